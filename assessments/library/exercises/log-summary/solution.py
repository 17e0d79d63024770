import sys


def main() -> None:
    total = client_errors = server_errors = size_total = 0
    addresses = set()
    for line in sys.stdin:
        parts = line.split()
        if not parts:
            continue
        total += 1
        addresses.add(parts[0])
        status = int(parts[-2])
        if 400 <= status < 500:
            client_errors += 1
        elif 500 <= status < 600:
            server_errors += 1
        if parts[-1] != "-":
            size_total += int(parts[-1])
    print("total", total)
    print("ip", len(addresses))
    print("4xx", client_errors)
    print("5xx", server_errors)
    print("bytes", size_total)


main()
