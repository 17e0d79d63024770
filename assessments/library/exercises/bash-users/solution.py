import sys

users = [
    line.split(":")[0]
    for line in sys.stdin.read().splitlines()
    if line.split(":")[-1] == "/bin/bash"
]
for user in sorted(users):
    print(user)
