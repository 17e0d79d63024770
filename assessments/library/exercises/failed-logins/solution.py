import re
import sys
from collections import Counter

counts = Counter(re.findall(r"Failed password for \S+ from (\S+)", sys.stdin.read()))
flagged = sorted((ip for ip, n in counts.items() if n >= 3), key=lambda ip: (-counts[ip], ip))
print("\n".join(f"{ip} {counts[ip]}" for ip in flagged) if flagged else "RAS")
