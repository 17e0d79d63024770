import sys

slow = [line.strip() for line in sys.stdin if line.strip() and int(line.split()[1]) > 1000]
for line in slow:
    print(line)
print("TOTAL", len(slow))
