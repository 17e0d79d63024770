import sys


def main() -> None:
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    values = list(map(int, data[2 : 2 + n]))
    window = best = sum(values[:k])
    best_start = 1
    for i in range(k, n):
        window += values[i] - values[i - k]
        if window > best:
            best, best_start = window, i - k + 2
    print(best_start, f"{best / k:.6f}")


main()
