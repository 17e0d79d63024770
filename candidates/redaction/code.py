"""Where free text lives inside source code: comments, string literals and markup text.

In code submissions only these regions are redacted, so identifiers, numbers and syntax
stay untouched and the program keeps compiling. The scanner is language-agnostic
(Python, JS/TS, Java, C-like, SQL, shell, Pascal, HTML/JSX/Vue templates); it does not need
to be exact, only to never put a placeholder outside a comment, a string or markup text.
"""

import re
from bisect import bisect_right

_TRIPLE = ('"""', "'''")
# Pascal/Delphi: "{ comment }" and "(* comment *)" are comments there and only there.
_PASCAL_HEAD = re.compile(r"^\s*(?:program|unit)\s+\w+\s*;", re.IGNORECASE | re.MULTILINE)
_PASCAL_BLOCK = (
    re.compile(r"^\s*begin\s*$", re.IGNORECASE | re.MULTILINE),
    re.compile(r"^\s*end\s*[.;]", re.IGNORECASE | re.MULTILINE),
)
# A markup tag: <p>, </h1>, <a href="...">, <MyComponent prop={x} />.
_TAG = re.compile(r"<(?:/?[A-Za-z][\w\-.:]*(?:\s+[^<>]*?)?|!--)\s*/?>")
# Text between a tag and the next tag or template expression, without code punctuation.
_MARKUP_TEXT = re.compile(r"[^<{};=]*")
_WORDS = re.compile(r"[^\W\d_]{2,}[ \t]+[^\W\d_]")


# A line of prose in a code submission (a README section, a git log, a licence header without
# comment marks): several words, no code punctuation, no leading keyword.
_PROSE_LINE = re.compile(r"(?m)^[ \t#>*\-]*(?P<text>[^\W\d_][^={};\[\]<>$|\\`\n]*)$")
_CALL = re.compile(r"\w\(|\)\s*[.:]\s*\w")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_CODE_START = re.compile(
    r"(?i)(?:import|from|def|class|return|package|module|func|fn|let|const|var|val|if|else|elif|"
    r"for|while|select|insert|update|delete|create|alter|drop|run|cmd|copy|add|env|label|expose|"
    r"workdir|entrypoint|arg|git|cd|pip|npm|npx|yarn|docker|make|echo|export|apt|apt-get|sudo|"
    r"public|private|protected|static|async|await|try|catch|except|finally|with|yield|raise|throw|"
    r"new|use|require|include|using|namespace|struct|enum|interface|type|impl|match|case|switch|"
    r"break|continue|pass|go|defer|begin|end|then|do|done|fi|program|procedure|function)\b"
)


# A Markdown link or image, "[@kone90](https://github.com/kone90)": part of a line of prose.
_MD_LINK = re.compile(r"!?\[[^\]\n]{0,200}\]\([^)\s]{0,300}\)")


def _prose_lines(code: str) -> list[tuple[int, int]]:
    regions = []
    # Links masked with letters of the same length, so offsets stay those of ``code``.
    masked = _MD_LINK.sub(lambda m: "a" * len(m.group()), code) if "](" in code else code
    for m in _PROSE_LINE.finditer(masked):
        text = m.group("text")
        if len(_WORD_RE.findall(text)) >= 3 and not _CODE_START.match(text):
            if _CALL.search(text):
                continue  # "print(x)", "foo(a) + bar(b)": code
            regions.append((m.start("text"), m.end("text")))
    return regions


def text_regions(code: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) offsets of comments, strings, markup text and
    lines of prose."""
    regions = _scan(code, pascal=_is_pascal(code))
    extra = _markup_text(code) + _prose_lines(code)
    if extra:
        regions = _union(regions + extra)
    return regions


def _is_pascal(code: str) -> bool:
    if _PASCAL_HEAD.search(code):
        return True
    return ":=" in code and all(p.search(code) for p in _PASCAL_BLOCK)


def _scan(code: str, *, pascal: bool) -> list[tuple[int, int]]:
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
        elif char in "\"'`" and not (pascal and char != "'"):
            j = i + 1
            while j < n and code[j] != char and not (code[j] == "\n" and char != "`"):
                j += 2 if code[j] == "\\" and not pascal else 1
            regions.append((i + 1, min(j, n)))
            i = j + 1
        elif code.startswith("/*", i) or (pascal and code.startswith("(*", i)):
            close = "*/" if code[i] == "/" else "*)"
            end = code.find(close, i + 2)
            end = n if end < 0 else end
            regions.append((i + 2, end))
            i = end + 2
        elif pascal and char == "{":
            end = code.find("}", i + 1)
            end = n if end < 0 else end
            regions.append((i + 1, end))
            i = end + 1
        elif code.startswith("//", i) and prev != ":":
            end = _line_end(code, i)
            regions.append((i + 2, end))
            i = end
        elif char == "#" and (prev.isspace() or i == 0) and not pascal:
            end = _line_end(code, i)
            regions.append((i + 1, end))
            i = end
        elif code.startswith("-- ", i) and (prev.isspace() or i == 0):
            end = _line_end(code, i)
            regions.append((i + 3, end))
            i = end
        elif code.startswith("<!--", i):
            end = code.find("-->", i + 4)
            end = n if end < 0 else end
            regions.append((i + 4, end))
            i = end + 3
        else:
            i += 1
    return [(s, e) for s, e in regions if e > s]


def _markup_text(code: str) -> list[tuple[int, int]]:
    """Text content of HTML, JSX or Vue templates: "<p>Site réalisé par ...</p>"."""
    if "</" not in code and "/>" not in code:
        return []
    regions = []
    for tag in _TAG.finditer(code):
        m = _MARKUP_TEXT.match(code, tag.end())
        if m is None:
            continue
        if m.end() < len(code) and code[m.end()] not in "<{":
            continue
        text = m.group()
        closed = code.startswith("</", m.end())
        if (closed and any(c.isalpha() for c in text)) or _WORDS.search(text):
            if "&&" not in text and "||" not in text:
                regions.append((m.start(), m.end()))
    return regions


def _union(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def in_regions(regions: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(regions, (pos, float("inf"))) - 1
    return i >= 0 and regions[i][0] <= pos < regions[i][1]


def _line_end(code: str, i: int) -> int:
    end = code.find("\n", i)
    return len(code) if end < 0 else end
