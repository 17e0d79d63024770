import sys
from collections import Counter


def main() -> None:
    k = int(sys.stdin.readline())
    counts = Counter()
    word = []
    for char in sys.stdin.read():
        if char.isalpha():
            word.append(char)
        elif word:
            counts["".join(word).lower()] += 1
            word = []
    if word:
        counts["".join(word).lower()] += 1
    ranking = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for text, count in ranking[:k]:
        print(text, count)


main()
