"""French regex fragments shared by the rules: requirements, preferences, fillers."""

from employers.wording.rules import rx
from employers.wording.rules.common import W

REQ = rx(
    r"""
        (?:
            exig[ée]{W} | obligatoire{W} | requi[st]{W} | indispensable{W}
            | imp[ée]rati(?:f | ve){W} | imp[ée]rativement | obligatoirement
            | exclusivement | uniquement | n[ée]cessaire{W} | non\s+n[ée]gociable{W}
        )
    """,
    W=W,
)
PREFER = rx(
    r"""
        (?:
            souhait[ée]{W} | de\s+pr[ée]f[ée]rence | appr[ée]ci[ée]{W}
            # (any person of the verb: « nous privilégions », « nous préférons »)
            | privil[ée]gi(?:[ée]{W} | ons\b | ez\b | ent\b | e\b)
            | pr[ée]f[ée]r(?:ons | ez | erons | erions | erait)\b
        )
    """,
    W=W,
)
# Up to n words of filler that do not negate the requirement ("n'est requis" stays out).
# ("ou" stops it, unless it joins two fields: « Master 2 en finance ou en statistiques »)
GAP = rx(r"""
    (?:\s+(?!
        n' | ne\b | pas\b | non\b | mais\b | sans\b
        | ou\b(?!\s+(?:en | de | du | des)\s | \s+d')
    )[\w'\u00b7+()-]+){0,%d}?
""")

# Ways an offer turns away the people it has just named: « ... s'abstenir », « ... ne seront
# pas retenus », « ... non souhaitées », « ... n'est pas envisageable ».
REFUSED = (
    # Each branch starts at its distinctive word, the negation before it checked by a
    # lookbehind (patterns are folded: « être » is « etre »): searched as a context, the
    # refusal is then tried only where such a word is.
    rx(
        r"""
            (?:
                (?<=pas\s) | (?<=jamais\s) | (?<=pas\setre\s) | (?<=jamais\setre\s)
                | (?<=non\s) | (?<=pas\sles\s) | (?<=pas\sle\s)
            )(?:
                retenu | [ée]tudi[ée] | lue?s?\b | examin[ée] | consid[ée]r[ée]
                | pris\s+en\s+compte | accept[ée] | admis | s[ée]lectionn[ée] | convoqu[ée]
                | trait[ée] | bienvenu | [ée]ligible | recrut[ée] | embauch[ée] | int[ée]ress
                | re[çc]u | convi[ée] | envisageable | souhait[ée] | adapt[ée] | d[ée]sir[ée]
                | accept
            ){W}
            | \bs'abstenir
            | \b(?:correspond | convien | colle)\w*\s+pas\b
            | \binvit[ée]{W}\s+[àa]\s+ne\s+pas\s+postuler
            | \b(?:
                  exclu | refus[ée] | proscrit | interdit | [ée]cart[ée] | rejet[ée]
                  | [ée]limin[ée]
              ){W}
            | \binutile\s+de\s+postuler
            | (?<=ne\spas\s)postuler
            | \bpostulez\s+pas
            | \bpass(?:ez | e)\s+(?:votre | ton)\s+(?:chemin | route)
        """,
        W=W,
    )
)
# A refusal before the people it names: « nous ne recrutons pas de ... », « nous évitons de
# recruter des ... », « pas de ... ». Followed by an article or « candidatures de ».
REFUSING = rx(r"""
    (?:
        \bne\s+(?:
            recrut | retien | consid[èe]r | accept | embauch | [ée]tudi
            | s[ée]lectionn | convoqu | prend | voul | souhait | cherch | recherch
            | examin
        )\w*\s+pas
        | \b[ée]vit\w*\s+(?:
              de\s+(?:recruter | embaucher | retenir | s[ée]lectionner) | les | des
          )
        | \bpr[ée]f[ée]r\w*\s+[ée]viter
        | \bpas\s+de
        | \bpas\s+d'
        | \baucun\w*
        | \bexclu\w*
        | \bhors\s+de\s+question\s+de\s+(?:recruter | retenir)
    )\s*(?:les\s+ | des\s+ | de\s+ | d' | aux\s+)?
    (?:candidatures?\s+(?:de\s+ | des\s+ | d')?)?
""")
# Only some people: « uniquement », « exclusivement », « seul·e·s les », « réservé aux ».
ONLY = rx(
    r"""
        (?:
            uniquement | exclusivement | seulement | strictement | seul{W}
            | r[ée]serv[ée]{W} | prioritairement | de\s+pr[ée]f[ée]rence | id[ée]alement
            | pr[ée]f[ée]rence\s+(?:pour | aux? | donn[ée]e)
        )
    """,
    W=W,
)
# Asking not to send something is no request for it: « ne joignez pas de photo ».
NOT_ASKED = rx(r"""
    \bne\s+(?:
        joignez | mettez | envoyez | ajoutez | incluez | demandons | fournissez
        | indiquez
    )\s+(?:pas | jamais)
    | \bne\s+(?:demandons | demande | exigeons | collectons | souhaitons)\s+
      (?:
          ni | aucun
      )
    | \binutile
    | pas\s+besoin
    | sans\s+photo
    | non\s+(?:obligatoire | n[ée]cessaire)
    | n'(?:est | sont)\s+(?:pas | jamais)\s+(?:
          n[ée]cessaires? | obligatoires? | demand[ée]e?s? | exig[ée]e?s? | requis(?:es?)?
      )
    | \baucun\w*\b[^.;]{0,60}\bn'(?:est | sont)\s+(?:demand | exig | requis)
""")
