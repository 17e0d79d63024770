import sys

UNITS = ["KiB", "MiB", "GiB", "TiB"]
for line in sys.stdin.read().split():
    size = int(line)
    if size < 1024:
        print(f"{size} B")
        continue
    value, unit = size / 1024, 0
    while value >= 1024 and unit < 3:
        value /= 1024
        unit += 1
    print(f"{value:.1f} {UNITS[unit]}")
