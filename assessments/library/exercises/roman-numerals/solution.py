import sys

PAIRS = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]
out = []
for token in sys.stdin.read().split():
    number, letters = int(token), []
    for value, symbol in PAIRS:
        count, number = divmod(number, value)
        letters.append(symbol * count)
    out.append("".join(letters))
print("\n".join(out))
