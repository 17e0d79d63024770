import sys

data = sys.stdin.buffer.read()
print(data.count(b"\n"), len(data.split()), len(data))
