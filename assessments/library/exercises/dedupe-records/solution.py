import sys


def main() -> None:
    first_line = {}
    out = []
    for line_number, line in enumerate(sys.stdin.read().splitlines(), start=1):
        if not line.strip():
            continue
        email = line.split(";")[0].strip().lower()
        if email in first_line:
            out.append(f"{line_number} {first_line[email]}")
        else:
            first_line[email] = line_number
    out.append(str(len(first_line)))
    sys.stdout.write("".join(item + "\n" for item in out))


main()
