import sys


def luhn_ok(number: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(number)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def main() -> None:
    seen = set()
    out = []
    for line_number, line in enumerate(sys.stdin.read().splitlines(), start=1):
        number = line.replace(" ", "")
        if len(number) != 14 or any(c not in "0123456789" for c in number):
            out.append(f"{line_number} FORMAT")
        elif not luhn_ok(number):
            out.append(f"{line_number} CLE")
        elif number in seen:
            out.append(f"{line_number} DOUBLON")
        else:
            seen.add(number)
    out.append(f"OK {len(seen)}")
    sys.stdout.write("".join(item + "\n" for item in out))


main()
