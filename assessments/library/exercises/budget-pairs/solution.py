import sys


def main() -> None:
    data = sys.stdin.read().split()
    n, target = int(data[0]), int(data[1])
    seen = {}
    pairs = 0
    for token in data[2 : 2 + n]:
        price = int(token)
        pairs += seen.get(target - price, 0)
        seen[price] = seen.get(price, 0) + 1
    print(pairs)


main()
