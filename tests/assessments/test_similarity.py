"""Token fingerprints: robust to renaming and reformatting, not fooled by different algorithms."""

from assessments.similarity import fingerprints, similar_pairs, similarity

ORIGINAL = """
import sys

def longest_run(values):
    best = current = 0
    previous = None
    for value in values:
        if value == previous:
            current += 1
        else:
            current = 1
        previous = value
        best = max(best, current)
    return best

numbers = [int(x) for x in sys.stdin.read().split()]
print(longest_run(numbers))
"""

RENAMED_AND_REFORMATTED = """
import sys
# my own solution, honest
def f(xs):
    m = c = 0; p = None
    for x in xs:
        if x == p: c += 1
        else: c = 1
        p = x
        m = max(m,
                c)
    return m
data = [int(t) for t in sys.stdin.read().split()]
print( f(data) )
"""

DIFFERENT_ALGORITHM = """
import itertools
import sys

tokens = sys.stdin.read().split()
groups = [len(list(group)) for _, group in itertools.groupby(tokens)]
print(max(groups) if groups else 0)
"""


def test_renamed_variables_and_reformatting_keep_a_high_similarity():
    assert similarity(ORIGINAL, RENAMED_AND_REFORMATTED) >= 0.8


def test_a_different_algorithm_has_a_low_similarity():
    assert similarity(ORIGINAL, DIFFERENT_ALGORITHM) < 0.2


def test_comments_and_blank_lines_change_nothing():
    commented = ORIGINAL.replace("    return best", "\n    # done\n    return best  # the answer\n")
    assert fingerprints(commented) == fingerprints(ORIGINAL)


def test_literals_are_normalised():
    assert fingerprints("x = 1\nprint(x + 'a')\n") == fingerprints("y = 99\nprint(y + 'zz')\n")


def test_unfinished_code_is_still_compared():
    broken = ORIGINAL + "\ndef oops(:\n    (\n"
    assert similarity(ORIGINAL, broken) > 0.6


def test_the_starter_code_shared_by_everyone_does_not_count():
    starter = "import sys\n\ndef main():\n    data = sys.stdin.read().split()\n    print(data)\n"
    a = starter + "\nfor i in range(10):\n    print(i * i)\n"
    b = starter + "\nwhile True:\n    break\n"
    assert similarity(a, b) > similarity(a, b, starter=starter)


def test_similar_pairs_flags_only_the_near_copies():
    pairs = similar_pairs(
        {"Loutre": ORIGINAL, "Héron": RENAMED_AND_REFORMATTED, "Bison": DIFFERENT_ALGORITHM}
    )
    assert [(p.a, p.b) for p in pairs] == [("Loutre", "Héron")]


def test_tiny_programs_are_not_flagged():
    assert similar_pairs({"a": "print(1)\n", "b": "print(2)\n"}) == []


def test_other_languages_use_the_generic_tokenizer():
    js = (
        "const xs = input.split(' ');\nlet total = 0;\n"
        "for (const x of xs) { total += Number(x); }\n"
    )
    renamed = js.replace("total", "t").replace("xs", "parts")
    assert similarity(js, renamed, "javascript") == 1.0
