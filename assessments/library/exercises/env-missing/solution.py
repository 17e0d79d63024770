import sys

lines = sys.stdin.read().splitlines()
required = set(lines[0].split())
defined = {line.split("=", 1)[0] for line in lines[1:] if "=" in line}
missing = sorted(required - defined)
print("\n".join(missing) if missing else "OK")
