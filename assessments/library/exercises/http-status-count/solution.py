import sys
from collections import Counter

counts = Counter(int(line.split()[3]) for line in sys.stdin if line.strip())
for status in sorted(counts):
    print(status, counts[status])
