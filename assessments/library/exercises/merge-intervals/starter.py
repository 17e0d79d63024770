import sys


def main() -> None:
    data = sys.stdin.read().split()
    # Écrivez votre solution ici.
    # Write your solution here.


main()
