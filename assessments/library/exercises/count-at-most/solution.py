import sys
from bisect import bisect_right

lines = sys.stdin.read().split("\n")
n = int(lines[0])
values = [int(token) for token in lines[1].split()][:n]
count = int(lines[2])
print("\n".join(str(bisect_right(values, int(q))) for q in lines[3 : 3 + count]))
