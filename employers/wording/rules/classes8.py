"""Rules by class, eighth round (issue 21): ways of saying a ground that earlier rounds did
not list, named from the misses of set H (seen) and a human walk, and written from the
language, each with its lawful neighbours as exemptions:

- the reader addressed as a man or a woman (« Vous êtes une femme… »), or asked which
  (« Êtes-vous un homme ou une femme ? »), a job said not for one sex, a sex « de préférence »;
- the reader addressed in the feminine (« Vous êtes souriante et organisée »), or asked in one
  gender (« Êtes-vous prêt ? »); the hire named in the feminine (« la candidate retenue »);
- numbers written in words: an age bracket (« entre dix-huit et vingt-cinq ans »), a week's
  hours (« semaines de cinquante-cinq heures »);
- overtime not counted, nights and week-ends without notice, work-life balance denied;
- residence: neighbourhoods turned away (« pas en quartier »), residents of a place not
  prioritised, years of residence asked;
- politics: the party one supports asked, militancy of any cause held against someone.

French rules here, English ones in ``classes8_en``. Patterns are folded and case-insensitive;
see ``rules/__init__``.
"""

import re

from employers.wording.rules import rule, rx
from employers.wording.rules.classes5 import _ADDRESSEE_ADJECTIVES, ADDRESSEE_IN_ONE_GENDER
from employers.wording.rules.common import W
from employers.wording.rules.fr_words import ONLY, PREFER, REFUSED, REFUSING, REQ
from employers.wording.textutil import fold

_SEX = rx(r"(?:homme | femme | fille | gar[çc]on | dame | monsieur | mec | nana)")

# The feminine of the addressee adjectives (folded) -> their inclusive form.
_FEMININE_ADJECTIVES = {
    "rigoureuse": "rigoureux·se",
    "curieuse": "curieux·se",
    "serieuse": "sérieux·se",
    "minutieuse": "minutieux·se",
    "meticuleuse": "méticuleux·se",
    "consciencieuse": "consciencieux·se",
    "ambitieuse": "ambitieux·se",
    "courageuse": "courageux·se",
    "chaleureuse": "chaleureux·se",
    "soigneuse": "soigneux·se",
    "organisee": "organisé·e",
    "motivee": "motivé·e",
    "passionnee": "passionné·e",
    "impliquee": "impliqué·e",
    "investie": "investi·e",
    "reactive": "réactif·ve",
    "creative": "créatif·ve",
    "attentive": "attentif·ve",
    "sportive": "sportif·ve",
    "perseverante": "persévérant·e",
    "bienveillante": "bienveillant·e",
    "patiente": "patient·e",
    "douee": "doué·e",
    "habituee": "habitué·e",
    "experimentee": "expérimenté·e",
    "confirmee": "confirmé·e",
    "diplomee": "diplômé·e",
    "prete": "prêt·e",
    "fiere": "fier·ère",
    "convaincue": "convaincu·e",
    "interessee": "intéressé·e",
    "familiere": "familier·ère",
    "polyvalente": "polyvalent·e",
    "independante": "indépendant·e",
    "precise": "précis·e",
    "discrete": "discret·ète",
    "souriante": "souriant·e",
    "accueillante": "accueillant·e",
    "avenante": "avenant·e",
    "disponible": "disponible",
}
_FEMININE = "|".join(sorted((k for k in _FEMININE_ADJECTIVES if k != "disponible"), key=len))
_ANY_GENDER = "|".join(
    sorted({*_ADDRESSEE_ADJECTIVES, *_FEMININE_ADJECTIVES} - {"disponible"}, key=len)
)
_INCLUSIVE = {**_ADDRESSEE_ADJECTIVES, **_FEMININE_ADJECTIVES}
# not followed by an inclusive ending: « organisée·s », « prêt·e »
_NOT_INCLUSIVE = r"(?![\u00b7(./-]\s*(?:e|s|se|ve|re|ere|te|ete)\b)"


def _inclusive(match: re.Match[str]) -> str:
    """The quote with each adjective of one gender in its inclusive form."""

    def one(word: re.Match[str]) -> str:
        return _INCLUSIVE.get(fold(word.group()), word.group())

    return re.sub(r"\b\w+\b" + _NOT_INCLUSIVE, one, match.group())


# Numbers written in words: ages from 16 to 69, weekly hours from 49 to 79.
_UNITS = rx(r"(?:[-\ ]et[-\ ]un | -(?:deux | trois | quatre | cinq | six | sept | huit | neuf))")
_AGE_WORDS = rx(
    r"""
        (?:seize | dix-sept | dix-huit | dix-neuf | (?:vingt | trente | quarante | cinquante
        | soixante){U}?)
    """,
    U=_UNITS,
)
_HOUR_WORDS = rx(
    r"""
        (?:quarante-neuf | cinquante{U}? | soixante(?:{U} | -dix | [-\ ]et[-\ ]onze
        | -(?:douze | treize | quatorze | quinze | seize | dix-sept | dix-huit | dix-neuf))?)
    """,
    U=_UNITS,
)

FR = [
    # ------------------------------------------------------------------- sex of the reader
    rule(
        # the reader addressed as a man or a woman: « Vous êtes une femme dynamique ? »
        # (« un homme de terrain » is a designation: see the titles)
        "sex_gender",
        rx(
            r"""
                \b(?:vous\s+[êe]tes | tu\s+es | [êe]tes[- ]vous | es[- ]tu)\s+(?:un | une)\s+
                {S}\b(?!\s+(?:ou | et)\s+(?:un | une)\s)(?!\s+(?:de\s | d'))
            """,
            S=_SEX,
        ),
        rewrite=((r"\b(?:un|une)\s+\w+$", "une personne"),),
    ),
    rule(
        # the sex asked: « Êtes-vous un homme ou une femme ? », « Vous êtes : homme / femme »
        "sex_gender",
        rx(r"""
            \b(?:[êe]tes[- ]vous | es[- ]tu | vous\s+[êe]tes)\s*:?\s*(?:
                (?:un\s+)?homme\s*(?:ou | /)\s*(?:une\s+)?femme
                | (?:une\s+)?femme\s*(?:ou | /)\s*(?:un\s+)?homme
            )\b\s*\??
        """),
        suggestion="",
    ),
    rule(
        # a job said not for one sex: « pas un métier pour une femme », « pas un poste de filles »
        "sex_gender",
        rx(r"""
            \bpas\s+(?:vraiment\s+ | trop\s+ | franchement\s+)?(?:un\s+)?(?:
                poste | m[ée]tier | travail | job | boulot | emploi
            )\s+(?:pour | de)\s+(?:une?\s+ | les\s+ | des\s+)?(?:
                femmes? | hommes? | filles? | nanas? | mecs? | gar[çc]ons?
            )\b
        """),
        suggestion="",
    ),
    rule(
        # a sex as a preference: « profil costaud, de préférence masculin »
        "sex_gender",
        rx(r"""
            \b(?:de\s+pr[ée]f[ée]rence | id[ée]alement | plut[ôo]t | si\s+possible)\s+
            (?:masculin | f[ée]minin)e?s?\b
        """),
        suggestion="",
    ),
    # -------------------------------------------------------- the reader in one gender
    rule(
        # « Vous êtes dynamique, souriante et organisée »
        "gendered_title",
        rx(ADDRESSEE_IN_ONE_GENDER, A=_FEMININE, X="", I=_NOT_INCLUSIVE),
        rewrite=((r"^[\s\S]*$", _inclusive),),
        by_sentence=True,
    ),
    rule(
        # the reader asked in one gender: « Êtes-vous prêt à relever le défi ? »
        "gendered_title",
        rx(
            r"""
                \b(?:[êe]tes[- ]vous | es[- ]tu)\s+(?:(?:tr[èe]s | vraiment | d[ée]j[àa])\s+)?
                (?:{A})\b{I}
            """,
            A=_ANY_GENDER,
            I=_NOT_INCLUSIVE,
        ),
        rewrite=((r"^[\s\S]*$", _inclusive),),
    ),
    rule(
        # the hire named in the feminine: « La candidate retenue sera formée »
        "gendered_title",
        rx(r"""
            (?<![\w'])(?<!\bou\s)(?<!\bet\s)(?<!/)\bla\s+(?:future\s+ | nouvelle\s+)?(?:
                candidate | collaboratrice | postulante | salari[ée]e\s+recrut[ée]e
            )\b(?:\s+(?:retenue | id[ée]ale | s[ée]lectionn[ée]e | recrut[ée]e)\b)?
            (?![\u00b7(/-])(?!\s+(?:ou | et)\s+(?:le | un)\s)
        """),
        rewrite=(
            (r"^la\s+\w+\s+retenue$|^la\s+\w+\s+recrut[ée]e$", "la personne retenue"),
            (r"^la\s+\w+\s+id[ée]ale$", "la personne idéale"),
            (r"^la\s+\w+\s+s[ée]lectionn[ée]e$", "la personne sélectionnée"),
            (r"^la\s+(?:future\s+|nouvelle\s+)?collaboratrice$", "la personne recrutée"),
            (r"^[\s\S]*$", "la personne candidate"),
        ),
    ),
    # ------------------------------------------------------------------ numbers in words
    rule(
        "age",
        rx(
            r"""
                \b(?:entre\s+)?{N}\s+(?:ans\s+)?(?:et | [àa])\s+{N}\s+ans\b
                (?!\s+(?:d'exp | d'anciennet | de\s+m[ée]tier | d'existence))
            """,
            N=_AGE_WORDS,
        ),
        not_after=r"(?:\bles|\bdes|\baux|\(|\bde)\s*$",
        unless=r"code\s+du\s+travail|conditions?\s+d'[âa]ge\s+l[ée]gal|r[ée]volus|enfants|jeunes\s+de",
    ),
    rule(
        "excessive_availability",
        rx(
            r"""
                \bsemaines?\s+de\s+{H}\s+heures\b
                | \b{H}\s+heures\s+(?:par | [àa]\s+la | /)\s*semaine\b
            """,
            H=_HOUR_WORDS,
        ),
    ),
    # ------------------------------------------------------------------------ availability
    rule(
        # overtime not counted: « heures sup non comptées », « heures supplémentaires offertes »
        "excessive_availability",
        rx(
            r"""
                \bheures\s+sup\w*\s+(?:non | pas | jamais)\s+(?:
                    compt | d[ée]compt | d[ée]clar | major
                ){W}
                | \bheures\s+sup\w*\s+(?:offertes | gratuites | [àa]\s+titre\s+gracieux)
            """,
            W=W,
        ),
        suggestion="heures supplémentaires comptées et récupérées",
    ),
    rule(
        # nights and week-ends at no notice: « soirs et week-ends selon les besoins, sans
        # prévenir »
        "excessive_availability",
        rx(r"""
            \b(?:nuits? | soirs? | soir[ée]es? | week-ends? | dimanches?)\b[^.\n;]{0,50}?
            \b(?:sans\s+(?:d[ée]lai\s+de\s+)?pr[ée]ven(?:ance | ir) | au\s+pied\s+lev[ée]
            | du\s+jour\s+au\s+lendemain)
        """),
        suggestion="horaires planifiés à l'avance, heures supplémentaires récupérées",
    ),
    rule(
        # the balance of work and private life denied: « oubliez l'équilibre vie pro / vie
        # perso »
        "excessive_availability",
        rx(r"""
            \b(?:pas\s+d' | oubliez\s+l' | adieu\s+l' | on\s+ne\s+fait\s+pas\s+dans\s+l')
            [ée]quilibre\s+(?:entre\s+)?vie\s+pro\w*
        """),
        suggestion="horaires définis, droit à la déconnexion",
    ),
    # ------------------------------------------------------------------------- residence
    rule(
        # neighbourhoods turned away: « vivre en centre-ville, pas en quartier », « pas de
        # candidats des cités »
        "residence",
        rx(
            r"""
                \bpas\s+(?:en | de | des | d'un | dans\s+(?:les?\s+ | un\s+)?)\s*(?:
                    quartiers?(?!\s+(?:d'affaires | historique | g[ée]n[ée]ral))
                    | banlieues? | cit[ée]s
                )\b
                | (?:\bpas\s+(?:de\s+ | d'))?\b(?:habitants? | r[ée]sident{W} | candidat{W}
                | personnes? | jeunes)\s+
                  (?:des | de\s+la | du | de)\s+(?:quartiers? | cit[ée]s | banlieues?)\b
                  (?!\s+(?:d'affaires | historique | g[ée]n[ée]ral))
            """,
            W=W,
        ),
        unless=r"\bqpv\b|politique\s+de\s+la\s+ville|emplois?\s+francs?|priorit",
        suggestion="",
    ),
    rule(
        # residents of a place not prioritised or turned away: « Résident·es de Seine-Saint-
        # Denis non prioritaires »
        "residence",
        rx(
            r"""
                \b(?:r[ée]sident{W} | habitant{W})\s+(?:de | du | des | d')\s*
                [\w'\u00b7-]+(?:\s+[\w'\u00b7-]+){0,3}?\s+(?:
                    (?:non | pas)\s+prioritaires? | {REFUSED}
                )
            """,
            W=W,
            REFUSED=REFUSED,
        ),
        suggestion="",
    ),
    rule(
        # years of residence asked: « résidant·e dans la vallée depuis au moins cinq ans »
        "residence",
        rx(r"""
            \b(?:r[ée]sid | habit | vivre | vivant | install[ée])\w*\s+[^.\n;]{0,40}?\bdepuis\s+
            (?:au\s+moins\s+ | plus\s+de\s+ | minimum\s+)?(?:
                \d{1,2} | un | une | deux | trois | quatre | cinq | six | dix
            )\s+(?:ans | ann[ée]es)\b
        """),
        suggestion="",
    ),
    # ------------------------------------------------------------------------ politics
    rule(
        # the party one supports or votes for asked
        "union_political",
        rx(r"""
            \bquel\s+(?:parti | candidat | bord)\s+(?:politique\s+)?(?:vous\s+ | tu\s+)?(?:
                soutenez | soutiens | votez | votes | pr[ée]f[ée]rez
            )\w*(?:-(?:vous | tu))?(?:[^.?!\n]{0,60}\?)?
            | \bpour\s+qui\s+(?:votez[- ]vous | votes[- ]tu | avez[- ]vous\s+vot[ée])
        """),
        suggestion="",
    ),
    rule(
        # militancy of any cause held against someone: « personnes ayant milité contre… »
        "union_political",
        r"\b(?:ayant|avoir|qui\s+ont)\s+milit[ée]\b[^.\n;,]{0,60}",
        context=rx(
            r"""{REFUSED} | {REFUSING} | {ONLY} | {REQ} | {PREFER} | \b[ée]cart\w* | \brefus\w*""",
            REFUSED=REFUSED,
            REFUSING=REFUSING,
            ONLY=ONLY,
            REQ=REQ,
            PREFER=PREFER,
        ),
        suggestion="",
    ),
]

# The occupational doctor's check, after hiring, is the lawful way to know one's fitness.
_OCCUPATIONAL = (
    r"m[ée]dec(?:in|ine)\s+du\s+travail|visite\s+d'information|aptitude\s+m[ée]dicale"
    r"|apr[èe]s\s+l'embauche|[àa]\s+l'embauche|sant[ée]\s+au\s+travail"
)
_CONDITION = rx(
    r"""{REFUSED} | {REFUSING} | {ONLY} | {REQ} | {PREFER} | \b[ée]cart\w* | \brefus\w*
    | \b[ée]liminatoire\w* | \br[ée]dhibitoire\w* | \bprioritaire\w*""",
    REFUSED=REFUSED,
    REFUSING=REFUSING,
    ONLY=ONLY,
    REQ=REQ,
    PREFER=PREFER,
)

FR += [
    # ---------------------------------------------------------------------------- health
    rule(
        # medical information asked with the application: « questionnaire médical à remplir
        # avec la candidature », « test génétique », « une santé de fer »
        "health_disability",
        rx(r"""
            \bquestionnaires?\s+(?:m[ée]dica(?:l | ux) | de\s+sant[ée])
            | \b(?:tests? | d[ée]pistages? | examens? | analyses?)\s+g[ée]n[ée]tiques?
            | \b(?:une\s+)?sant[ée]\s+de\s+fer
            | \b(?:prenez | suivez)[- ]vous\s+(?:un\s+)?(?:traitement | m[ée]dicament)s?
        """),
        unless=_OCCUPATIONAL,
        suggestion="",
    ),
    # ------------------------------------------------------------------------ career gap
    rule(
        # gaps held against someone for being unexplained: « les pauses non justifiées sont
        # éliminatoires »
        "career_gap",
        rx(r"""
            \b(?:pauses? | interruptions? | trous? | creux | coupures? | p[ée]riodes?\s+
            (?:d'inactivit[ée] | sans\s+emploi))\s+(?:non\s+ | in)
            (?:justifi[ée]e?s | expliqu[ée]e?s)
        """),
        context=_CONDITION,
        suggestion="",
    ),
    # ------------------------------------------------------------------------------ origin
    rule(
        # the country of birth asked, a name of French stock, residence permits refused
        "origin_nationality",
        rx(r"""
            \bpays\s+de\s+naissance
            | \b(?:nom | nom\s+de\s+famille | patronyme)\s+(?:bien\s+)?(?:fran[çc]ais
            | traditionnel | de\s+chez\s+nous)
        """),
        unless=r"ne\s+(?:demandons|demande)|jamais|aucun",
        suggestion="",
    ),
    rule(
        "origin_nationality",
        rx(
            r"""
            (?:\b(?:titulaires?\s+d'un\s+)?titres?\s+de\s+s[ée]jour
            | \b(?:r[ée]fugi[ée]{W} | demandeu(?:r | se)s?\s+d'asile))[^.\n;?!]{0,60}
        """,
            W=W,
        ),
        context=rx(
            r"""{REFUSED} | {REFUSING} | \b[ée]cart\w* | \brefus\w* | \bmême\s+avec""",
            REFUSED=REFUSED,
            REFUSING=REFUSING,
        ),
        unless=r"bienvenu|accept[ée]|accueill|ouvert|autoris",
        suggestion="",
    ),
]
