import sys


def main() -> None:
    k = int(sys.stdin.readline())
    text = sys.stdin.read()
    # Écrivez votre solution ici.
    # Write your solution here.


main()
