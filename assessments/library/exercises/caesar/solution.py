import sys

lines = sys.stdin.read().split("\n")
k = int(lines[0]) % 26
lower = "abcdefghijklmnopqrstuvwxyz"
upper = lower.upper()
table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
for line in lines[1:-1]:
    print(line.translate(table))
