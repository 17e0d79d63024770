"""French regex fragments shared by the rules: requirements, preferences, fillers."""

from employers.wording.rules.common import W

REQ = (
    r"(?:exig[ée]"
    + W
    + r"|obligatoire"
    + W
    + r"|requi[st]"
    + W
    + r"|indispensable"
    + W
    + r"|imp[ée]rati(?:f|ve)"
    + W
    + r"|imp[ée]rativement|obligatoirement|exclusivement"
    + r"|uniquement|n[ée]cessaire"
    + W
    + r"|non\s+n[ée]gociable"
    + W
    + r")"
)
PREFER = (
    r"(?:souhait[ée]"
    + W
    + r"|de\s+pr[ée]f[ée]rence|appr[ée]ci[ée]"
    + W
    + r"|privil[ée]gi[ée]"
    + W
    + r")"
)
# Up to n words of filler that do not negate the requirement ("n'est requis" stays out).
GAP = r"(?:\s+(?!n'|ne\b|pas\b|ou\b)[\w'\u00b7+()-]+){0,%d}?"
