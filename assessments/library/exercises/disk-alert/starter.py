import sys


def main():
    data = sys.stdin.read()
    # À vous : calculez et affichez la réponse avec print(...)


main()
