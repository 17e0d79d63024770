"""Where free text lives inside source code: comments and string literals.

In code submissions only these regions are redacted, so identifiers, numbers and syntax
stay untouched and the program keeps compiling. The scanner is language-agnostic
(Python, JS/TS, Java, C-like, SQL, shell); it does not need to be exact, only to never
put a placeholder outside a comment or a string.
"""

_TRIPLE = ('"""', "'''")


def text_regions(code: str) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    i, n = 0, len(code)
    while i < n:
        char = code[i]
        prev = code[i - 1] if i else "\n"
        if code.startswith(_TRIPLE, i):
            quote = code[i : i + 3]
            end = code.find(quote, i + 3)
            end = n if end < 0 else end
            regions.append((i + 3, end))
            i = end + 3
        elif char in "\"'`":
            j = i + 1
            while j < n and code[j] != char and not (code[j] == "\n" and char != "`"):
                j += 2 if code[j] == "\\" else 1
            regions.append((i + 1, min(j, n)))
            i = j + 1
        elif code.startswith("/*", i):
            end = code.find("*/", i + 2)
            end = n if end < 0 else end
            regions.append((i + 2, end))
            i = end + 2
        elif code.startswith("//", i) and prev != ":":
            end = _line_end(code, i)
            regions.append((i + 2, end))
            i = end
        elif char == "#" and (prev.isspace() or i == 0):
            end = _line_end(code, i)
            regions.append((i + 1, end))
            i = end
        elif code.startswith("-- ", i) and (prev.isspace() or i == 0):
            end = _line_end(code, i)
            regions.append((i + 3, end))
            i = end
        else:
            i += 1
    return [(s, e) for s, e in regions if e > s]


def _line_end(code: str, i: int) -> int:
    end = code.find("\n", i)
    return len(code) if end < 0 else end
