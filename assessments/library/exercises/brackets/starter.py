import sys


def main() -> None:
    for line in sys.stdin.read().splitlines():
        pass
    # Écrivez votre solution ici.
    # Write your solution here.


main()
