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
# ("ou" stops it, unless it joins two fields: « Master 2 en finance ou en statistiques »)
GAP = (
    r"(?:\s+(?!n'|ne\b|pas\b|non\b|mais\b|sans\b|ou\b(?!\s+(?:en|de|du|des)\s|\s+d'))"
    r"[\w'\u00b7+()-]+){0,%d}?"
)

# Ways an offer turns away the people it has just named: « ... s'abstenir », « ... ne seront
# pas retenus », « ... non souhaitées », « ... n'est pas envisageable ».
REFUSED = (
    # Each branch starts at its distinctive word, the negation before it checked by a
    # lookbehind (patterns are folded: « être » is « etre »): searched as a context, the
    # refusal is then tried only where such a word is.
    r"(?:(?<=pas\s)|(?<=jamais\s)|(?<=pas\setre\s)|(?<=jamais\setre\s)|(?<=non\s)|(?<=pas\sles\s)"
    r"|(?<=pas\sle\s))(?:retenu|[ée]tudi[ée]|lue?s?\b|examin[ée]|consid[ée]r[ée]|pris\s+en\s+compte"
    r"|accept[ée]|admis|s[ée]lectionn[ée]|convoqu[ée]|trait[ée]|bienvenu|[ée]ligible|recrut[ée]"
    r"|embauch[ée]|int[ée]ress|re[çc]u|convi[ée]|envisageable|souhait[ée]|adapt[ée]|d[ée]sir[ée]"
    r"|accept)"
    + W
    + r"|\bs'abstenir|\b(?:correspond|convien|colle)\w*\s+pas\b|\binvit[ée]"
    + W
    + r"\s+[àa]\s+ne\s+pas\s+postuler|\b(?:exclu|refus[ée]|proscrit|interdit|[ée]cart[ée]"
    r"|rejet[ée]|[ée]limin[ée])"
    + W
    + r"|\binutile\s+de\s+postuler|(?<=ne\spas\s)postuler|\bpostulez\s+pas"
    r"|\bpassez\s+votre\s+chemin"
)
# A refusal before the people it names: « nous ne recrutons pas de ... », « nous évitons de
# recruter des ... », « pas de ... ». Followed by an article or « candidatures de ».
REFUSING = (
    r"(?:\bne\s+(?:recrut|retien|consid[èe]r|accept|embauch|[ée]tudi|s[ée]lectionn|convoqu"
    r"|prend|voul|souhait|cherch|recherch|examin)\w*\s+pas|\b[ée]vit\w*\s+(?:de\s+(?:recruter"
    r"|embaucher|retenir|s[ée]lectionner)|les|des)|\bpr[ée]f[ée]r\w*\s+[ée]viter|\bpas\s+de"
    r"|\bpas\s+d'|\baucun\w*|\bexclu\w*|\bhors\s+de\s+question\s+de\s+(?:recruter|retenir))"
    r"\s*(?:les\s+|des\s+|de\s+|d'|aux\s+)?(?:candidatures?\s+(?:de\s+|des\s+|d')?)?"
)
# Only some people: « uniquement », « exclusivement », « seul·e·s les », « réservé aux ».
ONLY = (
    r"(?:uniquement|exclusivement|seulement|strictement|seul"
    + W
    + r"|r[ée]serv[ée]"
    + W
    + r"|prioritairement|de\s+pr[ée]f[ée]rence|id[ée]alement"
    r"|pr[ée]f[ée]rence\s+(?:pour|aux?|donn[ée]e))"
)
# Asking not to send something is no request for it: « ne joignez pas de photo ».
NOT_ASKED = (
    r"\bne\s+(?:joignez|mettez|envoyez|ajoutez|incluez|demandons|fournissez|indiquez)\s+pas"
    r"|\bne\s+(?:demandons|demande|exigeons|collectons|souhaitons)\s+(?:ni|aucun)"
    r"|\binutile|pas\s+besoin|sans\s+photo|non\s+(?:obligatoire|n[ée]cessaire)"
    r"|n'est\s+pas\s+(?:n[ée]cessaire|obligatoire|demand[ée])"
    r"|\baucun\w*\b[^.;]{0,60}\bn'(?:est|sont)\s+(?:demand|exig|requis)"
)
