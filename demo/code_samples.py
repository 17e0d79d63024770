"""Programs the demo candidates handed in for the "brackets" exercise, with the verdicts the
grader gives them (checked against the real sandbox by tests/demo/test_code_samples.py, marked
`sandbox`): seed_demo stores these results without running anything.

Each sample is (code, {hidden test name: verdict other than AC}).
"""

RIGHTMOST_UNCLOSED = """import sys

PAIRS = {")": "(", "]": "[", "}": "{"}


def first_error(line):
    stack = []
    for position, char in enumerate(line, start=1):
        if char in "([{":
            stack.append((char, position))
        elif char in PAIRS:
            if not stack or stack[-1][0] != PAIRS[char]:
                return position
            stack.pop()
    if stack:
        return stack[-1][1]
    return None


for line in sys.stdin.read().splitlines():
    error = first_error(line)
    print("OK" if error is None else error)
"""

DEPTH_COUNTER = """import sys

for line in sys.stdin.read().splitlines():
    depth = 0
    error = None
    for position, char in enumerate(line, start=1):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth < 0:
                error = position
                break
    if error is None and depth > 0:
        error = line.index(next(c for c in line if c in "([{")) + 1
    print("OK" if error is None else error)
"""

REPEATED_REPLACE = """import sys

PAIRS = {")": "(", "]": "[", "}": "{"}

for line in sys.stdin.read().splitlines():
    brackets = "".join(c for c in line if c in "()[]{}")
    previous = None
    while previous != brackets:
        previous = brackets
        brackets = brackets.replace("()", "").replace("[]", "").replace("{}", "")
    if not brackets:
        print("OK")
        continue
    stack = []
    answer = None
    for position, char in enumerate(line, start=1):
        if char in "([{":
            stack.append((char, position))
        elif char in PAIRS:
            if not stack or stack[-1][0] != PAIRS[char]:
                answer = position
                break
            stack.pop()
    print(answer if answer is not None else stack[0][1])
"""

# From the best to the weakest; index 0 is the library's reference solution (all AC).
BRACKETS = [
    None,
    (REPEATED_REPLACE, {"imbrication-profonde": "TLE"}),
    (RIGHTMOST_UNCLOSED, {"ouvrante-la-plus-a-gauche": "WA", "imbrication-profonde": "WA"}),
    (
        DEPTH_COUNTER,
        {"croisement": "WA", "erreur-apres-ouvertes": "WA", "imbrication-profonde": "WA"},
    ),
]
