import sys

tokens = sys.stdin.read().split()
rows, cols = int(tokens[0]), int(tokens[1])
grid = [tokens[2 + r * cols : 2 + (r + 1) * cols] for r in range(rows)]
order = []
while grid:
    order.extend(grid.pop(0))
    grid = [list(row) for row in zip(*grid)][::-1]
print(" ".join(order))
