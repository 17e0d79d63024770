import sys
from datetime import date


def parse(text: str):
    day, month, year = map(int, text.split("/"))
    try:
        return date(year, month, day)
    except ValueError:
        return None


def main() -> None:
    out = []
    for line in sys.stdin.read().splitlines():
        if not line.strip():
            continue
        first, second = map(parse, line.split())
        if first is None or second is None:
            out.append("INVALIDE")
        else:
            out.append(str(abs((second - first).days)))
    sys.stdout.write("".join(item + "\n" for item in out))


main()
