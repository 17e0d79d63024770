import sys

queries = [int(token) for token in sys.stdin.read().split()]
limit = max(queries + [1])
sieve = bytearray([1]) * (limit + 1)
sieve[0] = sieve[1] = 0
for i in range(2, int(limit**0.5) + 1):
    if sieve[i]:
        sieve[i * i :: i] = bytes(len(range(i * i, limit + 1, i)))
counts, running = [0] * (limit + 1), 0
for i in range(limit + 1):
    running += sieve[i]
    counts[i] = running
print("\n".join(str(counts[q]) for q in queries))
