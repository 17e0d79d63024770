import re
import sys
import unicodedata

for line in sys.stdin.read().splitlines():
    plain = unicodedata.normalize("NFD", line).encode("ascii", "ignore").decode()
    print(re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-"))
