"""Similarity between code submissions: token fingerprints with winnowing (as in MOSS).

Pure Python, no Django. The code is tokenised, identifiers and literals are replaced by
placeholders (so renaming variables changes nothing), layout and comments are dropped (so
reformatting changes nothing), k-grams of tokens are hashed and winnowed, and two submissions
are compared by the Jaccard index of their fingerprints. Fingerprints of the starter code are
removed first: every candidate starts from it.

The result is a flag for a human, never a verdict: short exercises have few good solutions.
"""

import builtins
import io
import keyword
import re
import tokenize
import zlib
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

K = 5  # tokens per k-gram
WINDOW = 4  # k-grams per winnowing window
THRESHOLD = 0.7  # flag from this Jaccard index on
MIN_FINGERPRINTS = 8  # below, there is too little code of one's own to compare

_KEEP_NAMES = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | frozenset(dir(builtins))
_DROP = {
    tokenize.COMMENT,
    tokenize.NL,
    tokenize.NEWLINE,
    tokenize.ENCODING,
    tokenize.ENDMARKER,
    tokenize.INDENT,
    tokenize.DEDENT,
}
# Python 3.12 splits f-strings into several tokens; 3.11 has one STRING token.
_FSTRING_START = getattr(tokenize, "FSTRING_START", None)
_FSTRING_REST = {
    getattr(tokenize, name) for name in ("FSTRING_MIDDLE", "FSTRING_END") if hasattr(tokenize, name)
}
# Any language without a tokenizer here (JavaScript next): words, numbers, strings, symbols.
_GENERIC = re.compile(
    r"""(?P<comment>//[^\n]*|/\*.*?\*/|\#[^\n]*)
      |(?P<string>"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`(?:\\.|[^`\\])*`)
      |(?P<number>\d[\w.]*)
      |(?P<name>[A-Za-z_$][\w$]*)
      |(?P<op>[^\s\w])""",
    re.VERBOSE | re.DOTALL,
)
_JS_KEEP = frozenset(
    "break case catch class const continue default do else export for function if import in "
    "instanceof let new of return switch this throw try typeof var while yield async await "
    "null undefined true false console Math Number String Array Object Map Set JSON".split()
)


def _python_tokens(source: str) -> list[str]:
    """Python's own tokenizer. Indentation tokens are dropped too: ``if x: y`` on one line or
    two is the same program. Unfinished code is tokenised up to the error, the rest generically.
    """
    tokens, last_line = [], 0
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            last_line = tok.end[0]
            if tok.type in _DROP or tok.string == ";":
                continue
            if tok.type == tokenize.NAME:
                tokens.append(tok.string if tok.string in _KEEP_NAMES else "V")
            elif tok.type == tokenize.NUMBER:
                tokens.append("N")
            elif tok.type == tokenize.STRING or tok.type == _FSTRING_START:
                tokens.append("S")
            elif tok.type not in _FSTRING_REST:
                tokens.append(tok.string)
    except (tokenize.TokenError, SyntaxError):  # IndentationError is a SyntaxError
        rest = "\n".join(source.splitlines()[last_line:])
        tokens.extend(_generic_tokens(rest, _KEEP_NAMES))
    return tokens


def _generic_tokens(source: str, keep: frozenset[str]) -> list[str]:
    tokens = []
    for match in _GENERIC.finditer(source):
        kind, text = match.lastgroup, match.group()
        if kind == "comment" or text == ";":
            continue
        if kind == "name":
            tokens.append(text if text in keep else "V")
        elif kind == "number":
            tokens.append("N")
        elif kind == "string":
            tokens.append("S")
        else:
            tokens.append(text)
    return tokens


def normalized_tokens(source: str, language: str = "python") -> list[str]:
    """The token stream that fingerprints are taken from."""
    if language == "python":
        return _python_tokens(source)
    return _generic_tokens(source, _JS_KEEP)


def _hash(gram: tuple[str, ...]) -> int:
    return zlib.crc32("\x1f".join(gram).encode())


def fingerprints(
    source: str, language: str = "python", *, k: int = K, window: int = WINDOW
) -> frozenset[int]:
    """Winnowed hashes of the k-grams of normalised tokens (Schleimer, Wilkerson, Aiken 2003)."""
    tokens = normalized_tokens(source, language)
    hashes = [_hash(tuple(tokens[i : i + k])) for i in range(len(tokens) - k + 1)]
    if len(hashes) <= window:
        return frozenset(hashes)
    selected = set()
    for start in range(len(hashes) - window + 1):
        chunk = hashes[start : start + window]
        smallest = min(chunk)
        # rightmost minimum, as winnowing prescribes
        selected.add((start + window - 1 - chunk[::-1].index(smallest), smallest))
    return frozenset(value for _, value in selected)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def similarity(a: str, b: str, language: str = "python", *, starter: str = "") -> float:
    """Jaccard index (0..1) of the two programs' fingerprints, starter code left out."""
    common = fingerprints(starter, language) if starter else frozenset()
    return jaccard(fingerprints(a, language) - common, fingerprints(b, language) - common)


@dataclass(frozen=True)
class SimilarPair:
    a: Hashable
    b: Hashable
    score: float


def similar_pairs(
    sources: Mapping[Hashable, str],
    language: str = "python",
    *,
    starter: str = "",
    threshold: float = THRESHOLD,
    min_fingerprints: int = MIN_FINGERPRINTS,
) -> list[SimilarPair]:
    """Pairs of ``sources`` (key -> code) whose similarity reaches ``threshold``, best first."""
    common = fingerprints(starter, language) if starter else frozenset()
    prints = {key: fingerprints(code, language) - common for key, code in sources.items()}
    prints = {key: fp for key, fp in prints.items() if len(fp) >= min_fingerprints}
    keys = list(prints)
    pairs = []
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            score = jaccard(prints[a], prints[b])
            if score >= threshold:
                pairs.append(SimilarPair(a, b, score))
    return sorted(pairs, key=lambda pair: -pair.score)
