import sys

for line in sys.stdin.read().split():
    euros, cents = divmod(int(line), 100)
    print(f"{euros:,}".replace(",", " ") + f",{cents:02d} €")
