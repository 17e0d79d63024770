import sys
from collections import Counter

levels = Counter(line.split()[1] for line in sys.stdin if len(line.split()) >= 2)
for level in ("ERROR", "WARN", "INFO"):
    print(level, levels[level])
