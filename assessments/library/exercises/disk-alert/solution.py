import sys

lines = sys.stdin.read().splitlines()
threshold = int(lines[0])
alerts = [
    line for line in lines[1:] if line.strip() and int(line.split()[1].rstrip("%")) >= threshold
]
print("\n".join(alerts) if alerts else "RAS")
