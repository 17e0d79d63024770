"""French rules on age, sex, the hire designated in one gender, and family; the other grounds
are in ``fr_person``, requirements and working conditions in ``fr_conditions``. Patterns are
folded (accents optional) and case-insensitive; see ``rules/__init__``.
"""

from employers.wording.rules import rule, rx
from employers.wording.rules.classes3 import FR as CLASS_RULES_3
from employers.wording.rules.classes4 import FR as CLASS_RULES_4
from employers.wording.rules.classes5 import FR as CLASS_RULES_5
from employers.wording.rules.classes6 import FR as CLASS_RULES_6
from employers.wording.rules.classes8 import FR as CLASS_RULES_8
from employers.wording.rules.common import AGE, W
from employers.wording.rules.fr_classes import RULES as CLASS_RULES
from employers.wording.rules.fr_conditions import CONDITION_RULES
from employers.wording.rules.fr_person import (
    APPEARANCE_RULES,
    HEALTH_RULES,
    NATIVE_RULES,
    ORIGIN_RULES,
    RELIGION_RULES,
    RESIDENCE_RULES,
    UNION_RULES,
)
from employers.wording.rules.fr_words import NOT_ASKED, ONLY, REFUSED, REFUSING

_PEOPLE = rx(
    r"""
        (?:
            [ée]quipes? | profils? | candidat{W} | collaborat{W} | personnes? | recrues?
            | talents? | coll[eè]gues? | salari[ée]{W} | dipl[ôo]m[ée]{W}
        )
    """,
    W=W,
)

AGE_RULES = [
    rule(
        "age",
        rx(
            r"""
                \bjeunes?\s+(?:
                    dipl[ôo]m[ée]{W} | talents? | recrues? | profils? | actifs? | candidat{W}
                    | collaborat{W} | personnes? | gens | sortant{W}
                )
            """,
            W=W,
        ),
        suggestion="profil débutant accepté",
    ),
    rule(
        "age",
        rx(
            r"""
                {_PEOPLE}\s+(?:[\w\u00b7]+\s+)?jeunes?\b(?:\s+et\s+dynamiques?)?
            """,
            _PEOPLE=_PEOPLE,
        ),
    ),
    rule("age", r"\bjeunes?\s+(?:et\s+\w+\s+)?[ée]quipes?\b", suggestion="équipe dynamique"),
    rule(
        "age",
        rx(r"""
            \b(?:vous\s+[êe]tes | tu\s+es | [êe]tre | soyez)\s+(?:\w+\s+)?jeunes?\b
            (?!\s+(?:entreprise | pousse | soci[ée]t[ée]))
        """),
    ),
    rule(
        "age",
        rx(
            r"""
                \b(?:[âa]g[ée]{W} | [âa]ge)\s+(?:
                    de\s+ | entre\s+ | minimum\s+ | maximum\s+ | max\.?\s+
                )?(?:moins\s+de\s+ | plus\s+de\s+)?{AGE}\s*(?:ans\s*)?
                (?:(?:[àa] | - | – | et)\s*{AGE}\s*)?ans\b
            """,
            W=W,
            AGE=AGE,
        ),
    ),
    rule(
        "age",
        rx(
            r"""
                # (« plus de 18 ans » is a legal minimum: majority, alcohol, night work)
                \b(?:moins | plus(?!\s+de\s+1[6-8]\s*ans))\s+de\s+(?:
                    {AGE}
                    | (?:vingt | trente | quarante | cinquante | soixante)(?:[- ](?:et[- ])?
                      (?:
                          un | deux | trois | quatre | cinq | six | sept | huit | neuf
                      ))?
                )\s*ans\b(?!\s*(?:
                    d'(?:exp[ée]rience | anciennet[ée] | existence) | de\s+m[ée]tier
                ))
            """,
            AGE=AGE,
        ),
        # a company's age, or the legal pay scale by age (apprentices, minors)
        unless=rx(r"""
            \bil\s+y\s+a\b | depuis | fond[ée]e | cr[ée][ée]e | existe
            | bar[èe]me | \bapprenti | \bsmic\b | \bmineurs?\b
        """),
    ),
    rule(
        "age",
        rx(
            r"""
                \b(?:entre\s+)?{AGE}\s*(?:ans\s*)?(?:[àa] | - | – | et)\s*{AGE}\s*ans\b
            """,
            AGE=AGE,
        ),
        not_after=r"(?:\bles|\bdes|\baux|\(|\bde)\s*$",
        unless=r"code\s+du\s+travail|conditions?\s+d'[âa]ge\s+l[ée]gal|r[ée]volus",
    ),
    rule(
        # an age as a ceiling with the person nearby: « Profil junior, 25 ans maximum »
        "age",
        rx(
            r"""
                \b{AGE}\s*ans\s*(?:maximum | max\.? | maxi | au\s+plus)\b
            """,
            AGE=AGE,
        ),
        context=r"profil|candidat|[âa]ge|\bvous\b|junior|personne|\btu\b",
        unless=rx(r"""
            conserv
            | donn[ée]es
            | contrat
            | mission
            | dur[ée]e
            | garantie
            | cdd
            | engagement
            | archiv
            | exp[ée]rience
        """),
    ),
    rule(
        # « Expérience : 5 ans maximum », « 2 ans d'XP max » (not « données conservées 2 ans
        # maximum »)
        "age",
        rx(r"""
            \b[0-9]{1,2}\s*(?:ans? | ann[ée]es)(?:\s+d'(?:exp[ée]rience | xp | exp\b\.?))?\s*(?:
                maximum | max\.? | maxi | au\s+plus
            )\b
        """),
        context=r"exp[ée]rience|\bxp\b|anciennet[ée]",
        suggestion="expérience souhaitée : 2 ans ou plus",
    ),
    rule(
        "age",
        # (« Max 5 ans d'XP », « pas plus de 2 ans d'exp. »: experience written short)
        rx(r"""
            \b(?:maximum | au\s+plus | pas\s+plus\s+de | max\.?)\s*:?\s*\d{1,2}\s*(?:
                ans? | ann[ée]es
            )\s+d'(?:exp[ée]rience | anciennet[ée] | xp | exp\b\.?)
        """),
        suggestion="expérience souhaitée : 2 ans ou plus",
    ),
    rule(
        "age",
        rx(r"""
            \bplus\s+de\s+\d{1,2}\s*(?:ans | ann[ée]es)\s+d'exp[ée]rience\b(?=[^.;]{0,60}
            (?:
                ne\s+seront\s+pas | s'abstenir | exclu | non\s+retenu | pas\s+retenu
                | surqualifi
            ))
        """),
    ),
    rule("age", r"\bmoyenne\s+d'[âa]ge\b(?:\s+(?:est\s+)?(?:de\s+)?\d{2}\s*ans)?"),
    rule(
        "age",
        rx(r"""
            \b(?:digital | digitaux | digitales?)\s+natives?\b
            | \bnati(?:f | ve | fs | ves)(?:[\u00b7.-]ve?s?)?\s+(?:du | de\s+l')\s*
              (?:
                  num[ée]rique | digital | web | internet
              )\b
        """),
        suggestion="à l'aise avec les outils numériques",
    ),
    rule("age", r"\blimites?\s+d'[âa]ge\b", not_after=r"sans\s*$"),
    # asked at application, a date of birth is personal data (L.1221-6) that reveals the age
    rule(
        "personal_data",
        r"\b(?:(?:votre|ta|leur)\s+)?(?:date|ann[ée]e|lieu)\s+de\s+naissance\b",
        unless=NOT_ASKED,
    ),
    rule(
        # "âge maximum : 35 ans", "âge limite 40 ans"
        "age",
        rx(
            r"""
                \b[âa]ge\s+(?:maximum | maxi | max\.? | limite)\s*[:\-–]?\s*{AGE}\s*ans\b
            """,
            AGE=AGE,
        ),
    ),
    rule(
        # a decade of life as a profile: "vous avez la trentaine", "trentenaire"
        "age",
        rx(r"""
            \b(?:avez | avoir | ayant | as | dans)\s+la\s+(?:
                vingtaine | trentaine | quarantaine | cinquantaine
            )\b
            | \b(?:vingtenaire | trentenaire | quadrag[ée]naire)s?\b
        """),
    ),
    rule(
        "age",
        rx(
            r"""
                \b(?:seniors? | retrait[ée]{W} | jeunes | quinqua\w*)\s+(?:
                    s'abstenir | non\s+accept{W} | exclu{W}
                )
            """,
            W=W,
        ),
    ),
    rule("age", rx(r"\br[ée]serv[ée]{W}\s+aux\s+jeunes\b", W=W)),
    rule(
        # a year or decade of birth: « né·e entre 1990 et 2000 », « nés après 1995 »
        "age",
        rx(
            r"""
                # a company's birth: « Née en 2008 à Lille, notre start-up … »
                \bn[ée]{W}\s+(?:entre | apr[èe]s | avant | en | [àa]\s+partir\s+de | depuis)
                \s+(?:194 | 195 | 196 | 197 | 198 | 199 | 200)\d\b
                (?:\s+(?:et | [àa] | - | –)\s+(?:19 | 20)\d\d)?
                (?![^.;]{0,30},\s*(?:notre | cette | la | le | l' | nous)\b)
                | \bn[ée]{W}\s+dans\s+les\s+ann[ée]es\s+(?:19)?[5-9]0\b
            """,
            W=W,
        ),
        not_after=rx(r"""
            (?:
                entreprise | soci[ée]t[ée] | start-?up | structure | agence | marque
                | scale-?up | id[ée]e | pme | association | [ée]quipe
            )[^.!?]{0,12}$
        """),
    ),
    rule(
        # generations and life stages as the profile: « génération Z », « millennials »
        "age",
        rx(r"""
            \b(?:
                g[ée]n[ée]ration\s+(?:
                    [xyz] | alpha | millennials? | tiktok | instagram | snapchat
                    | smartphone | internet | num[ée]rique | digitale?
                )
                | gen\s*[xyz]
                | millennials?
                | (?:baby-?)?boomers?
                | zoomers?
            )\b
        """),
        unless=rx(r"""
            \b(?:
                cibl | client | utilisat | audience | public | march[ée] | consommat
                | parler\s+[àa] | s'adress
            )\w*
            | \b(?:comment | ce\s+que | pourquoi | o[ùu])\s+(?:la\s+)?(?:
                  g[ée]n[ée]ration | millennials | boomers
              )
        """),
    ),
    rule(
        # « fraîchement diplômé·e », « sortie d'école » as a requirement; « sang neuf »
        "age",
        rx(
            r"""
                \bfra[îi]chement\s+(?:dipl[ôo]m[ée] | sorti | [ée]moulu | arriv[ée]){W}(?:\s+
                (?:
                    d' | de\s+l' | du\s+
                )(?:[ée]cole | universit[ée] | [ée]tudes | master | campus))?
                | \bchair\s+fra[îi]che\b
                | \bsang\s+(?:neuf | frais | jeune)\b
            """,
            W=W,
        ),
    ),
    rule(
        # a recent degree as a limit: « diplômé·e de l'année », « diplômé depuis moins de 2 ans »
        "age",
        rx(
            r"""
                \bdipl[ôo]m[ée]{W}\s+(?:
                    de\s+l'ann[ée]e
                    | (?:depuis\s+)?(?:moins\s+de | il\s+y\s+a\s+moins\s+de)\s+\d+\s*
                      (?:
                          ans | mois
                      )
                    | (?:en | de)\s+20\d\d(?:\s+(?:ou | et)\s+20\d\d)?\s+{ONLY}
                )
            """,
            W=W,
            ONLY=ONLY,
        ),
    ),
    rule(
        # older people named, then turned away: « les seniors (50 ans et +) ne correspondent
        # pas », « pas de quinquagénaires »
        "age",
        rx(r"""
            \b(?:
                seniors | quinquag[ée]naires? | quadrag[ée]naires? | sexag[ée]naires?
                | quinquas? | quadras? | retrait[ée]s? | personnes?\s+[âa]g[ée]es
                | profils?\s+(?:seniors? | [âa]g[ée]s | en\s+fin\s+de\s+carri[èe]re)
            )
        """),
        context=REFUSED,
    ),
    rule(
        "age",
        rx(r"""
            \b(?:
                seniors | quinquag[ée]naires? | quadrag[ée]naires? | quinquas?
                | retrait[ée]s? | [âa]g[ée]e?s
            )\b
        """),
        context=rx(
            r"""
                {REFUSING}(?:profils?\s+ | candidat{W}\s+ | personnes?\s+)?(?:
                    seniors? | quinquag[ée]naires? | quadrag[ée]naires? | quinquas?
                    | retrait[ée]s? | [âa]g[ée]{W}
                )\b
            """,
            REFUSING=REFUSING,
            W=W,
        ),
    ),
    rule(
        # an age as a bracket of people: « (50 ans et +) », « 45 ans ou plus »
        "age",
        rx(
            r"""
                \(\s*{AGE}\s*ans\s+(?:et | ou)\s+(?:\+ | plus)\s*\)
            """,
            AGE=AGE,
        ),
    ),
    rule(
        # a ceiling on experience said of the person: « si tu as moins de 5 ans d'expérience »
        "age",
        # (matched at « moins », the verb checked in the sentence: « as » is in every text)
        r"\bmoins\s+de\s+\d{1,2}\s*(?:ans|ann[ée]es)\s+d'exp[ée]rience\b(?!\s*\?)",
        context=rx(r"""
            \b(?:
                avez | as | ayant | avoir | justifiez | justifiant | cumulez | totalisez
                | comptez
            )\s+moins\s+de\s+\d
        """),
        unless=r"bienvenu|pas\s+grave|quand\s+m[êe]me|n'h[ée]sitez|accept[ée]|d[ée]butant",
        suggestion="expérience souhaitée : 2 ans ou plus",
    ),
]

SEX_RULES = [
    rule(
        "sex_gender",
        rx(
            r"""
                \b(?:
                    cherch | recherch | recrut | souhait | voul | veu | pr[ée]f[ée]r
                    | privil[ée]gi | r[ée]serv | embauch
                )\w*\s+(?:
                    donc\s+ | plut[ôo]t\s+ | de\s+pr[ée]f[ée]rence\s+
                    | pr[ée]f[ée]rentiellement\s+ | uniquement\s+ | exclusivement\s+
                    | avant\s+tout\s+ | surtout\s+
                )?(?:pour\s+ | [àa]\s+ | aux\s+)?(?:un\s+ | une\s+ | des\s+ | d' | les\s+)?
                (?:jeunes?\s+)?(?:
                    hommes? | femmes? | gar[çc]ons? | filles? | messieurs | monsieur | dames?
                    | candidat{W}\s+(?:masculin | f[ée]minin){W}
                    | candidatures?\s+(?:masculine | f[ée]minine)s?
                    | profils?\s+(?:masculin | f[ée]minin)s?
                )\b(?!\s+(?:ou | et)\s+(?:une?\s+ | des\s+)?(?:hommes? | femmes?))
            """,
            W=W,
        ),
        # the sex named after the verb gives way to a person, the verb kept (« Nous
        # privilégierons une candidature féminine pour… » -> « … une candidature pour… »)
        rewrite=(
            (r"\baux\s+(?:jeunes?\s+)?\w+$", "à toutes et à tous"),
            (r"\bdes\s+(?:jeunes?\s+)?\w+$", "des personnes"),
            (
                r"(?:\b(?:un|une|les)\s+)?(?:jeunes?\s+)?(?:homme|femme|gar[çc]on|fille"
                r"|monsieur|dame)s?$|\bmessieurs$",
                "une personne",
            ),
            (r"\s+(?:masculin|f[ée]minin)e?s?$", ""),
            (r"^", "nous recherchons une personne (H/F)"),
        ),
    ),
    rule(
        "sex_gender",
        rx(
            r"""
                \b(?:profil | candidat | candidature | personne | sexe)s?\s+(?:
                    masculin | f[ée]minin
                ){W}(?:\s+(?:souhait | exig | privil[ée]gi | pr[ée]f[ée]r | requi | attendu)
                {W})?
            """,
            W=W,
        ),
        suggestion="profil (H/F)",
    ),
    rule(
        "sex_gender",
        rx(
            r"""
                \b(?:hommes? | femmes?)\s+(?:
                    uniquement | exclusivement | de\s+pr[ée]f[ée]rence | seulement
                    | souhait[ée]{W} | exig[ée]{W} | privil[ée]gi[ée]{W}
                )
            """,
            W=W,
        ),
    ),
    rule(
        "sex_gender",
        rx(
            r"""
                \b(?:h[ée]t[ée]ro | homo | bi)sexuel{W}
                | \borientation\s+sexuelle\b
                | \bidentit[ée]\s+de\s+genre\b
                | \btransgenres?\b
            """,
            W=W,
        ),
    ),
    rule(
        # "poste adapté à un homme", "convient mieux à une femme"
        "sex_gender",
        rx(
            r"""
                \b(?:
                    adapt[ée] | id[ée]al | convient(?:\s+(?:mieux | davantage | plut[ôo]t))?
                    | convenant | r[ée]serv[ée] | pens[ée] | taill[ée]
                ){W}\s+(?:[àa]\s+(?:un | une | des) | aux | pour\s+(?:un | une | des))\s+
                (?:
                    hommes? | femmes? | gar[çc]ons? | filles? | messieurs | dames?
                )\b(?!\s+(?:ou | et)\s+(?:une?\s+ | des\s+ | aux\s+)?(?:hommes? | femmes?))
            """,
            W=W,
        ),
        suggestion="adapté à une personne ayant [compétences] (H/F)",
    ),
    rule(
        "sex_gender",
        rx(r"""
            \b(?:poste | emploi | fonction | m[ée]tier | travail)\s+(?:
                exclusivement\s+ | uniquement\s+ | plut[ôo]t\s+ | typiquement\s+
                | essentiellement\s+
            )?(?:masculin | f[ée]minin)e?s?\b
        """),
        suggestion="poste ouvert à toutes et à tous (H/F)",
    ),
    rule(
        # a sex as the ideal: « idéalement une femme », « de préférence un homme »
        "sex_gender",
        rx(r"""
            \b(?:
                id[ée]alement | (?<=\bde\s)pr[ée]f[ée]rence | pr[ée]f[ée]rablement
                | plut[ôo]t | (?<=\bsi\s)possible | obligatoirement | uniquement
                | exclusivement | forc[ée]ment | surtout
            )\s+(?:un | une | des)\s+(?:
                homme | femme | gar[çc]on | fille | monsieur | dame | mec | nana
                | candidate
            )s?\b(?!\s+(?:ou | et)\s+(?:une?\s+ | des\s+)?(?:
                hommes? | femmes? | candidats?
            ))
            | (?<=\bune\s)candidate\s+(?:serait | sera | est)\s+(?:
                  id[ée]ale | parfaite | pr[ée]f[ée]rable | souhait[ée]e
                  | privil[ée]gi[ée]e
              )
        """),
        suggestion="idéalement une personne (H/F)",
    ),
    rule(
        # a sex asked for as a quality: « une présence féminine », « une touche masculine »
        "sex_gender",
        rx(r"""
            \b(?:
                pr[ée]sence | touche | sensibilit[ée] | regard | [ée]nergie | douceur
                | recrue | main | profil | candidature
            )s?\s+(?:f[ée]minine | masculine)s?\b
        """),
        suggestion="une personne (H/F)",
    ),
    rule(
        # hiring someone to change the team's sex ratio: « une ingénieure pour renforcer la
        # parité » (encouraging applications stays lawful: see POSITIVE_ACTION)
        "sex_gender",
        rx(r"""
            \b(?:pour | afin\s+de)\s+(?:
                renforcer | am[ée]liorer | r?[ée]quilibrer | respecter | atteindre
            )\s+(?:la\s+ | notre\s+ | nos\s+ | l')?(?:parit[ée] | mixit[ée] | quotas?)\b
            | \b(?:f[ée]minis | masculinis)(?:er | ons)\s+(?:
                  l' | les\s+ | nos\s+ | notre\s+
              )?[ée]quipes?\b
        """),
        context=r"recrut|recherch|cherch|embauch|profil|candidat|poste",
        unless=r"tou(?:te)?s\s+les\s+candidatures|politique\s+(?:de\s+)?diversit",
        rewrite=((r"^.*$", "pour renforcer nos effectifs"),),
    ),
    rule(
        # « un autre mec », « encore une fille » to join a one-sex team
        "sex_gender",
        rx(r"""
            \b(?:un\s+autre | une\s+autre | encore\s+un | encore\s+une)\s+(?:
                mec | gars | homme | femme | fille | nana | gar[çc]on
            )\b
        """),
    ),
    rule(
        # a one-sex team looking for someone who resembles it
        "sex_gender",
        rx(r"""
            \b[ée]quipe\s+(?:
                100\s*%\s* | enti[èe]rement\s+ | exclusivement\s+ | uniquement\s+
            )?(?:masculine | f[ée]minine | de\s+(?:mecs | gars | filles | nanas))\b
        """),
        rewrite=((r"\s.*$", ""),),
        context=r"ressembl|m[êe]me|moule|un\s+autre|une\s+autre|nouveau\s+membre|rejoindre",
    ),
    rule("sex_gender", r"\bh[ée]t[ée]ros?\b(?!-)"),
]

FAMILY_RULES = [
    # asked at application (« précisez votre situation familiale et le nombre de vos enfants »):
    # the family situation itself, which no offer may ask about (L.1142-1, L.1132-1)
    rule(
        "family_pregnancy",
        rx(r"""
            \b(?:(?:votre | ta)\s+)?situation\s+(?:
                familiale | de\s+famille | matrimoniale | maritale
            )\b(?:\s+et\s+(?:le\s+)?nombre\s+(?:d'enfants | de\s+vos\s+enfants)
            (?:\s+[àa]\s+charge)?)?
            | \b(?:le\s+)?nombre\s+(?:d'enfants | de\s+vos\s+enfants | de\s+tes\s+enfants)
              \b(?:\s+[àa]\s+charge)?
        """),
        unless=NOT_ASKED,
        suggestion="votre CV",
    ),
    rule(
        "family_pregnancy",
        rx(r"""
            \b(?:sans\s+ | pas\s+d')enfants?\b(?:\s+[àa]\s+charge)?
            | \benfants?\s+[àa]\s+charge\b
        """),
        unless=r"cr[èe]che|garde|cong[ée]|ch[èe]ques?|vacances\s+scolaires",
    ),
    rule(
        "family_pregnancy",
        rx(
            r"""
                \bc[ée]libataires?\b
                | \b(?:mari[ée] | pacs[ée] | divorc[ée]){W}
            """,
            W=W,
        ),
    ),
    rule(
        "family_pregnancy",
        rx(r"""
            \b(?:m[èe]res? | p[èe]res? | parents?)\s+(?:de\s+famille\s+)?
            (?:c[ée]libataires?\s+)?s'abstenir
            | \b(?:m[èe]res? | p[èe]res?)\s+de\s+famille\b
        """),
        # « en bon père de famille », the old standard of care, says how to manage, not who
        not_after=r"\ben\s+bon\s+$",
    ),
    rule(
        "family_pregnancy",
        rx(r"""
            \b(?:pas\s+de\s+ | aucun\s+)?projets?\s+(?:
                parental | d'enfants?
                | de\s+(?:grossesse | b[ée]b[ée] | famille | maternit[ée] | naissance)
            )(?:\s+dans\s+les\s+\w+\s+(?:ans | ann[ée]es | mois))?
            | \bgrossesses?\b
            | \b(?:[êe]tes[- ]vous | [êe]tre | soyez | pas | non | femmes?)\s+enceintes?\b
        """),
        not_after=r"cong[ée]s?\s+(?:de\s+)?$",
    ),
    rule(
        "family_pregnancy",
        rx(r"""
            \b(?:sans\s+)?(?:attaches? | contraintes? | obligations? | charges?)
            \s+familiales?\b
            | \bnom\s+de\s+jeune\s+fille\b
        """),
    ),
    rule(
        # "enceinte" is also a loudspeaker or a site's grounds: only about a person
        "family_pregnancy",
        rx(r"""
            \b(?:femmes? | candidates? | salari[ée]es? | personnes?)\s+enceintes?\b
            | \benceintes?\s+(?:
                  s'abstenir | exclue?s? | non\s+accept[ée]es? | refus[ée]es?
              )
        """),
    ),
    rule(
        # single parents named at all: « mamans solo », « parents isolés », « familles
        # monoparentales »
        "family_pregnancy",
        rx(
            r"""
                \b(?:m[èe]res? | mamans? | p[èe]res? | papas? | parents?)\s+(?:
                    solos? | isol[ée]{W} | seul{W}
                )\b
                | \bfamilles?\s+monoparentales?\b
            """,
            W=W,
        ),
        unless=r"soutien|aide|accompagn|avantage|cr[èe]che|dispositif",
    ),
    rule(
        # parents named, then turned away
        "family_pregnancy",
        rx(r"""
            \b(?:
                m[èe]res
                | mamans
                | p[èe]res
                | papas
                | jeunes\s+parents
                | parents\s+de\s+jeunes\s+enfants
                | futures?\s+mamans?
                | femmes?\s+enceintes?
                | personnes?\s+(?:avec | ayant)\s+(?:des\s+)?enfants
                  (?:\s+en\s+bas\s+[âa]ge)?
            )
        """),
        context=REFUSED,
    ),
    rule(
        "family_pregnancy",
        rx(r"""
            \b(?:
                m[èe]res | mamans | jeunes\s+parents | futures?\s+mamans?
                | femmes?\s+enceintes? | enfants
            )\b
        """),
        context=rx(
            r"""
                {REFUSING}(?:
                    m[èe]res | mamans | jeunes\s+parents | futures?\s+mamans?
                    | femmes?\s+enceintes?
                    | personnes?\s+(?:avec | ayant)\s+(?:des\s+)?enfants
                )\b
            """,
            REFUSING=REFUSING,
        ),
    ),
    rule(
        # a leave to come, or just taken, held against someone: « pas de congé maternité
        # prévu dans les 12 mois », « susceptibles de partir en congé maternité »
        "family_pregnancy",
        rx(r"""
            \bcong[ée]s?\s+(?:de\s+)?(?:
                maternit[ée] | paternit[ée] | parental | d'adoption
            )(?:\s+(?:ou | et)\s+(?:de\s+)?(?:maternit[ée] | paternit[ée] | parental))?
        """),
        context=rx(r"""
            pr[ée]vu
            | prochain
            | susceptible
            | partir
            | \bpas\s+de
            | aucun
            | [ée]vit
            | dans\s+les\s+\d+
            | s'abstenir
            | envisag
            | projet
            | retour\s+de
            | revenant
            | rentr
            | merci
        """),
        unless=rx(r"""
            # a return after the leave welcomed: « les reprises après un congé parental sont les
            # bienvenues »
            allong
            | prolong
            | [ée]tendu
            | r[ée]mun[ée]r
            | pay[ée]
            | maintien
            | compl[ée]ment
            | semaines\s+de
            | jours\s+de
            | 100\s*%
            | avantage
            | accompagn
            | droit
            | bienvenu
            | reprises?\s+d'activit
        """),
    ),
    rule("family_pregnancy", r"\bsans\s+attaches?\b(?!\s+(?:technique|murale|rapide))"),
    rule(
        # asking about children at application: « si vous avez des enfants et leur âge »
        "family_pregnancy",
        rx(r"""
            \b(?:si\s+vous\s+avez | si\s+tu\s+as)\s+des\s+enfants\b
            (?:\s+et\s+leur\s+[âa]ge)?
            | \b(?:nombre\s+et\s+)?[âa]ges?\s+de\s+vos\s+enfants\b
        """),
        context=rx(r"""
            pr[ée]cis
            | indiqu
            | mention
            | merci
            | candidature
            | \bcv\b
            | renseign
            | dites
            | leur\s+[âa]ge
            | [âa]ges?\s+de
        """),
        unless=r"cr[èe]che|garde|ch[èe]ques|vacances\s+scolaires|horaires\s+(?:flexibles|adapt)",
    ),
]

# Nouns a French offer uses for itself or its team: « elle » after one of them is not the hire.
_FEMININE_SUBJECTS = rx(r"""
    (?:la | une | notre | cette | l' | votre | sa)\s*(?:
        formation | mission | [ée]quipe | entreprise | soci[ée]t[ée] | start-?up
        | scale-?up | structure | agence | plateforme | application | solution
        | p[ée]riode | r[ée]union | collectivit[ée] | association | banque | direction
        | offre | marque | boutique | [ée]cole | usine | filiale | journ[ée]e
        | semaine | prime | mutuelle | r[ée]mun[ée]ration | candidature | proc[ée]dure
        | [ée]tape | int[ée]gration | squad | team | tribu | cellule | activit[ée]
    )\b[^!?]{0,40}$
""")
_MASCULINE_SUBJECTS = rx(r"""
    (?:le | un | notre | ce | cet | l' | votre | son)\s*(?:
        poste | projet | contrat | processus | process | stage | salaire | produit
        | logiciel | groupe | cabinet | client | outil | recrutement | programme | cdd
        | cdi | site | bureau | service | d[ée]partement | p[ôo]le | entretien
        | onboarding | parcours | p[ée]rim[èe]tre | dispositif | plan | budget
        | studio | laboratoire | labo | r[ée]seau | syst[èe]me
    )\b[^!?]{0,40}$
""")
# « il » or « elle » then a verb in the future (« il encadrera », « elle sera rattachée »),
# not an impersonal « il » (« il faudra », « il sera possible de »).
_IMPERSONAL = rx(r"""
    (?!(?:
        y
        | s'agi\w*
        | faut
        | faudra
        | convien\w*
        | existe\w*
        | reste\w*
        | suffi\w*
        | sembl\w*
        | para[iî]\w*
        | (?:sera | est)\s+(?:
              possible | n[ée]cessaire | demand[ée] | propos[ée] | important | utile
              | question | temps | indispensable | pr[ée]f[ée]rable | souhaitable
              | conseill[ée] | facile | difficile
          )
    )\b)
""")
_FUTURE = rx(
    r"""
        \s+{_IMPERSONAL}(?:ne\s+ | n')?[a-z]+ra\b
    """,
    _IMPERSONAL=_IMPERSONAL,
)
_PARTICIPLES = rx(r"""
    (?:
        rattach | bas | plac | int[ée]gr | positionn | accompagn | encadr | form
        | [ée]paul | entour | guid | motiv | passionn | dot | int[ée]ress | attir
        | habitu | dipl[ôo]m | exp[ée]riment | sp[ée]cialis | organis | convaincu
        | reconnu | issu
    )
""")
DESIGNATION_RULES = [
    rule(
        "gendered_title",
        rx(
            r"""
                (?<!/)\bil\b(?!\s*(?:/ | ou\b | \()){_FUTURE}
            """,
            _FUTURE=_FUTURE,
        ),
        not_after=rx(
            r"""
                (?:\bou | /)\s*$
                | {_MASCULINE_SUBJECTS}
            """,
            _MASCULINE_SUBJECTS=_MASCULINE_SUBJECTS,
        ),
        rewrite=((r"\bil\b", "la personne recrutée"),),
        unless_hf=True,
    ),
    rule(
        "gendered_title",
        rx(
            r"""
                (?<!/)\belle\b(?!\s*(?:/ | ou\b | \()){_FUTURE}
            """,
            _FUTURE=_FUTURE,
        ),
        not_after=rx(
            r"""
                (?:\bou | /)\s*$
                | {_FEMININE_SUBJECTS}
            """,
            _FEMININE_SUBJECTS=_FEMININE_SUBJECTS,
        ),
        rewrite=((r"\belle\b", "la personne recrutée"),),
        unless_hf=True,
    ),
    rule(
        # the hire named in the masculine: « Le candidat sera intégré », « Profil du candidat »
        "gendered_title",
        rx(r"""
            # a doublet is inclusive: « le candidat ou la candidate »
            (?:(?<![\w']\ )(?<![\w'])\ble | \bdu | \bau)\s+(?:futur\s+ | nouveau\s+)?
            (?:
                candidat | collaborateur | titulaire\s+du\s+poste | postulant | laur[ée]at
                | heureux\s+[ée]lu | stagiaire | alternant
            )\b(?:\s+(?:retenu | id[ée]al | s[ée]lectionn[ée] | recrut[ée])\b)?
            (?![\u00b7(/-])(?!\s+(?:ou | et)\s+(?:la | une)\s)
        """),
        rewrite=(
            (r"\ble\s+candidat\s+retenu\b", "la personne retenue"),
            (r"\ble\s+candidat\s+id[ée]al\b", "la personne idéale"),
            (r"\ble\s+(?:futur\s+|nouveau\s+)?(?:candidat|postulant)\b", "la personne candidate"),
            (r"\bdu\s+(?:futur\s+)?(?:candidat|postulant)\b", "de la personne candidate"),
            (r"\bau\s+(?:futur\s+)?(?:candidat|postulant)\b", "à la personne candidate"),
            (r"\ble\s+futur\s+collaborateur\b", "la future recrue"),
            (r"\ble\s+(?:nouveau\s+)?collaborateur\b", "la personne recrutée"),
            (r"\bdu\s+(?:futur\s+|nouveau\s+)?collaborateur\b", "de la personne recrutée"),
            (r"\bau\s+(?:futur\s+|nouveau\s+)?collaborateur\b", "à la personne recrutée"),
            (r"\ble\s+titulaire\b", "la personne titulaire"),
            (r"\b(?:le|du|au)\s+stagiaire\b", "la ou le stagiaire"),
            (r"\b(?:le|du|au)\s+alternant\b", "l'alternant·e"),
            (r"\b(?:le|du|au)\s+laur[ée]at\b", "la personne lauréate"),
            (r"\ble\s+heureux\s+[ée]lu\b", "la personne retenue"),
        ),
        by_sentence=True,
    ),
    rule(
        # a participle opening the sentence agrees with « vous »: « Rattaché au DSI, vous … »
        # (the reader addressed in one gender, whatever the title says: issue 21)
        "gendered_title",
        rx(
            r"""
                (?<![\w,']\ )(?<![\w'])\b{_PARTICIPLES}(?:[ée]e?s? | u | ue | us)\b
                (?![\u00b7(/.-]\s*e)(?=[^.!?;]{0,80}?,\s*(?:vous | tu)\b)
            """,
            _PARTICIPLES=_PARTICIPLES,
        ),
        rewrite=((r"ée$", "é·e"), (r"ue$", "u·e"), (r"$", "·e")),
    ),
]

RULES = [
    *AGE_RULES,
    *SEX_RULES,
    *DESIGNATION_RULES,
    *FAMILY_RULES,
    *ORIGIN_RULES,
    *NATIVE_RULES,
    *APPEARANCE_RULES,
    *HEALTH_RULES,
    *RELIGION_RULES,
    *UNION_RULES,
    *RESIDENCE_RULES,
    *CONDITION_RULES,
    *CLASS_RULES,
    *CLASS_RULES_3,
    *CLASS_RULES_4,
    *CLASS_RULES_5,
    *CLASS_RULES_6,
    *CLASS_RULES_8,
]

# Personal questions in an interview (used by check_question on top of RULES).
QUESTION_RULES = [
    rule(
        "age",
        rx(
            r"""
                \bquel\s+[âa]ge\s+(?:avez | as)[- ](?:vous | tu)\b
                | \bvotre\s+[âa]ge\b
                | \b(?:[êe]tes | es)[- ](?:vous | tu)\s+n[ée]{W}\s+en\b
            """,
            W=W,
        ),
    ),
    rule(
        "family_pregnancy",
        rx(
            r"""
                \b(?:avez | as)[- ](?:vous | tu)\s+(?:des | un | une)\s+(?:
                    enfants? | b[ée]b[ée]s?
                )\b
                | \b(?:comptez | souhaitez | envisagez | pr[ée]voyez | voulez | pensez)
                  [- ]vous\s+(?:avoir | faire)\s+(?:des | un | d')\s*enfants?\b
                | \b[êe]tes[- ]vous\s+(?:
                      enceinte | mari[ée]{W} | pacs[ée]{W} | en\s+couple | c[ée]libataire
                      | divorc[ée]{W}
                  )
                | \bvotre\s+(?:conjoint | mari | [ée]pouse | compagnon | compagne)\b
                | \bvie\s+(?:de\s+couple | familiale | priv[ée]e)\b
                | \bmode\s+de\s+garde\b
            """,
            W=W,
        ),
    ),
    rule(
        "religion",
        rx(
            r"""
                \b(?:votre | ta)\s+(?:religion | confession | foi)\b
                | \b[êe]tes[- ]vous\s+(?:
                      croyant | pratiquant | musulman | juif | juive | catholique
                      | chr[ée]tien
                  ){W}
            """,
            W=W,
        ),
    ),
    rule(
        "residence",
        rx(r"""
            \bo[ùu]\s+(?:habitez | r[ée]sidez | vivez | logez | habites | vis)[- ]
            (?:
                vous | tu
            )\b
            | \bvotre\s+(?:adresse | lieu\s+de\s+r[ée]sidence | domicile | quartier)\b
              (?!\s+(?:e-?mail | mail | [ée]lectronique | ip))
        """),
    ),
    rule(
        "union_political",
        rx(
            r"""
                \b(?:pour\s+qui\s+)?votez[- ]vous\b
                | \bvos\s+opinions\b
                | \b[êe]tes[- ]vous\s+(?:militant | engag[ée]\s+politiquement | adh[ée]rent)
                  {W}
            """,
            W=W,
        ),
    ),
    rule(
        "origin_nationality",
        rx(
            r"""
                (?<=\bd')o[ùu]\s+(?:venez | [êe]tes | viens | es)[- ](?:vous | tu)\b
                | \b(?:votre | ta)\s+(?:nationalit[ée] | origine)s?\b
                | \bvos\s+parents\s+sont[- ]ils\b
                | \bvotre\s+nom\s+vient\b
                | \b[êe]tes[- ]vous\s+(?:fran[çc]ais | [ée]tranger | n[ée]{W}\s+en\s+france)
                  {W}
            """,
            W=W,
        ),
    ),
    rule(
        "health_disability",
        rx(
            r"""
                \b(?:avez | as)[- ](?:vous | tu)\s+(?:des | un | une)\s+(?:
                    probl[èe]mes?\s+de\s+sant[ée] | maladies? | handicaps? | traitements?
                    | soucis\s+de\s+sant[ée]
                )
                | \b[êe]tes[- ]vous\s+(?:malade | handicap[ée]{W} | en\s+bonne\s+sant[ée])
                | \bvotre\s+(?:[ée]tat\s+de\s+)?sant[ée]\b
                | \bcombien\s+d'arr[êe]ts
            """,
            W=W,
        ),
    ),
    rule(
        "sex_gender",
        rx(
            r"""
                \b[êe]tes[- ]vous\s+(?:
                    homosexuel | h[ée]t[ée]rosexuel | gay | lesbienne | bi | trans
                ){W}
                | \bvotre\s+(?:orientation\s+sexuelle | identit[ée]\s+de\s+genre | sexe)\b
            """,
            W=W,
        ),
    ),
    rule(
        "personal_data",
        rx(
            r"""
                \bcombien\s+(?:gagnez | gagniez | gagnes)[- ](?:vous | tu)\b
                | \b(?:avez | as)[- ](?:vous | tu)\s+(?:
                      un\s+casier | d[ée]j[àa]\s+[ée]t[ée]\s+condamn
                  ){W}
            """,
            W=W,
        ),
    ),
    rule("appearance", r"\bcombien\s+(?:pesez|mesurez)[- ]vous\b|\bvotre\s+(?:poids|taille)\b"),
    rule(
        "career_gap",
        rx(r"""
            \bpourquoi\s+(?:ce | ces | un)\s+trous?\b
            | \bqu'avez[- ]vous\s+fait\s+(?:entre | pendant)\b
        """),
    ),
]
