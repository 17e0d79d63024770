import sys
from urllib.parse import unquote_plus

for line in sys.stdin.read().splitlines():
    values = {}
    for pair in line.split("&"):
        if pair:
            key, _, value = pair.partition("=")
            values.setdefault(unquote_plus(key), []).append(unquote_plus(value))
    for key in sorted(values):
        print(f"{key}={','.join(values[key])}")
    print("--")
