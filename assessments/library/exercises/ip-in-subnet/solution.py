import sys


def to_int(address):
    a, b, c, d = (int(part) for part in address.split("."))
    return (a << 24) | (b << 16) | (c << 8) | d


lines = sys.stdin.read().split()
network, prefix = lines[0].split("/")
mask = (0xFFFFFFFF << (32 - int(prefix))) & 0xFFFFFFFF
base = to_int(network) & mask
for address in lines[1:]:
    print("OUI" if to_int(address) & mask == base else "NON")
