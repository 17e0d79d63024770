import sys

PAIRS = {")": "(", "]": "[", "}": "{"}


def first_error(line: str) -> int | None:
    stack = []  # (opening bracket, 1-based position)
    for position, char in enumerate(line, start=1):
        if char in "([{":
            stack.append((char, position))
        elif char in PAIRS:
            if not stack or stack[-1][0] != PAIRS[char]:
                return position
            stack.pop()
    return stack[0][1] if stack else None


def main() -> None:
    out = []
    for line in sys.stdin.read().splitlines():
        error = first_error(line)
        out.append("OK" if error is None else str(error))
    sys.stdout.write("".join(item + "\n" for item in out))


main()
