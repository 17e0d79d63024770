import sys


def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    numbers = list(map(int, data[1 : 1 + 2 * n]))
    intervals = sorted(zip(numbers[0::2], numbers[1::2]))
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    if not merged:
        print(0)
        print(0)
        return
    longest = merged[0]
    for slot in merged:
        if slot[1] - slot[0] > longest[1] - longest[0]:
            longest = slot
    print(len(merged))
    print(sum(b - a for a, b in merged))
    print(longest[0], longest[1])


main()
