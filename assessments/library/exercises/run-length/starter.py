import sys


def main() -> None:
    lines = sys.stdin.read().splitlines()
    # Écrivez votre solution ici.
    # Write your solution here.


main()
