import sys


def encode(text: str) -> str:
    pieces = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        pieces.append(text[i] + str(j - i))
        i = j
    return "".join(pieces)


def decode(text: str) -> str:
    pieces = []
    i = 0
    while i < len(text):
        char = text[i]
        j = i + 1
        while j < len(text) and text[j] in "0123456789":
            j += 1
        pieces.append(char * int(text[i + 1 : j]))
        i = j
    return "".join(pieces)


def main() -> None:
    lines = sys.stdin.read().splitlines()
    mode = lines[0].strip()
    text = lines[1] if len(lines) > 1 else ""
    print(encode(text) if mode == "encode" else decode(text))


main()
