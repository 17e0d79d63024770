"""French rules on job requirements and working conditions: school prestige, rigid diplomas,
career gaps, driving licences, personal data, team culture, availability, coded wording.

Patterns are folded (accents optional) and case-insensitive; see ``rules/__init__``.
"""

from employers.wording.rules import rule, rx
from employers.wording.rules.common import W
from employers.wording.rules.fr_words import GAP, NOT_ASKED, ONLY, PREFER, REFUSED, REFUSING, REQ

# What says a driving licence serves nothing in the job: it cancels a job reason found nearby.
_NO_DRIVING = rx(r"""
    s[ée]dentaire
    | t[ée]l[ée]travail\s+(?:int[ée]gral | complet | total | [àa]\s+100)
    | 100\s*%\s+(?:t[ée]l[ée]travail | remote | [àa]\s+distance)
    | full\s+remote
    | sans\s+d[ée]placements?
    | aucun\s+d[ée]placement
    | pas\s+de\s+d[ée]placements?
    | en\s+visio
    | poste\s+de\s+bureau
    # the licence asked against what the offer says of the job: « aucune visite client n'est
    # prévue, mais le permis B est obligatoire », « même si vous ne conduirez jamais »
    | aucune\s+visite | pas\s+de\s+visite
    | ne\s+conduir\w*\s+jamais | jamais\s+(?:de\s+)?(?:camion | v[ée]hicule | voiture)
    | par\s+principe | n[ée]anmoins
""")
# Personal documents asked for once hired, or said not to be needed, are fine.
_AT_HIRING = rx(r"""
    embauche
    | apr[èe]s\s+(?:la\s+)?(?:
          signature | l'offre | votre\s+arriv[ée]e | le\s+recrutement
      )
    | une\s+fois\s+(?:recrut | embauch | le\s+contrat | l'offre | votre\s+contrat)
    | ne\s+(?:vous\s+)?(?:sera | seront)\s+(?:demand | exig)
    | ne\s+(?:\w+\s+)?(?:demandons | joignez | envoyez | mettez | indiquez)\s+
      (?:\w+\s+)?pas
    | inutile
    | pas\s+besoin
    | jamais
    | premier\s+jour
    | signature\s+du\s+contrat
""")
# Leisure a team may share, and the trades where drinks are the product.
_LEISURE = rx(r"""
    (?:
        bi[èe]res? | ap[ée]ros? | alcool | whisky | vins? | tequila | shots?
        | soir[ée]es? | f[êe]tes? | foot(?:ball)? | rugby | fifa | jeux\s+vid[ée]o
        | gaming | poker | crossfit | muscu\w* | playstation | afterworks? | boire
    )
""")
_DRINKS_TRADE = rx(r"""
    brasserie
    | brasseur
    | distill
    | caviste
    | sommeli
    | spiritueux
    | boissons
    | vins\s+et
    | viticul
    | vignoble
    | oenolog
    | \u0153nolog
    | bar\s+[àa]
    | h[ôo]tellerie
    | club\s+de\s+(?:foot | rugby)
    | [ée]diteur\s+de\s+jeux
""")
# Evenings or weekends said to be neither paid nor given back.
_NOT_COMPENSATED = rx(r"""
    (?:
        sans\s+(?:aucune\s+)?(?:
            contrepartie | r[ée]cup[ée]ration | majoration | compensation
            | r[ée]mun[ée]ration | paiement | prime | repos\s+compensateur
            | astreinte\s+r[ée]mun[ée]r[ée]e
        )
        | non\s+(?:r[ée]cup[ée]r | r[ée]mun[ée]r | pay | major | compens | indemnis)
          \w*
        | b[ée]n[ée]voles?
        | gratuite?s?
        | pas\s+(?:r[ée]cup[ée]r | r[ée]mun[ée]r | pay)\w*
    )
""")

SCHOOL_RULES = [
    rule(
        "school_prestige",
        rx(
            r"""
                \b(?:profils?\s+)?grandes?\s+[ée]coles?\b(?:
                    \s+d'ing[ée]nieurs? | \s+de\s+commerce
                )?(?:\s+{REQ})?
            """,
            REQ=REQ,
        ),
        # grandes écoles named next to other paths, as one of them
        unless=rx(r"""
            \bcomme\s+(?:les\s+ | des\s+)?(?:universit | grandes | [ée]coles)
            | \bautant\s+que\b
            | \baussi\s+bien\b
            | \bpeu\s+importe
            | \bni\s+(?:une\s+)?grande
        """),
        suggestion="formation en informatique ou expérience équivalente",
    ),
    rule(
        "school_prestige",
        rx(r"""
            \b(?:
                [ée]coles? | universit[ée]s? | business\s+schools? | formations?
                | [ée]tablissements? | masters?
            )\s+(?:[\w']+\s+){0,3}?(?:
                du\s+ | de\s+ | d'un\s+ | class[ée]e?s?\s+dans\s+le\s+
            )?top\s*-?\s*\d+\b
            | \btop\s*-?\s*\d+\s+(?:des\s+)?(?:
                  [ée]coles? | universit[ée]s? | business\s+schools?
              )\b
        """),
        suggestion="formation en lien avec le poste ou expérience équivalente",
    ),
    rule(
        "school_prestige",
        rx(r"""
            \b(?:[ée]coles? | universit[ée]s? | formations?)\s+(?:\w+\s+){0,2}?(?:
                prestigieu\w+ | d'[ée]lite | de\s+renom | r[ée]put[ée]e?s?
                | de\s+premier\s+(?:plan | rang) | cibles?
            )\b
        """),
    ),
    rule(
        "school_prestige",
        rx(
            r"""
                \b(?:
                    polytechnique | HEC | ESSEC | ESCP | centrale | mines | ENS
                    | sciences\s+po | dauphine | ENSAE
                )(?:\s*(?:, | ou | /)\s*\w+){0,4}\s*(?:
                    uniquement | exclusivement | exig[ée]{W} | obligatoire{W} | seulement
                )
            """,
            W=W,
        ),
    ),
    rule(
        # a named elite school as the profile: "diplômé·e d'HEC ou de Polytechnique"
        "school_prestige",
        rx(
            r"""
                \b(?:dipl[ôo]m | issu | sorti | form){W}\s+(?:
                    de\s+l' | d' | de\s+ | des\s+ | du\s+
                )(?:
                    polytechnique | l'x\b | hec\b | essec | escp | centrale | mines\b | ens\b
                    | normale\s+sup | sciences\s+po | dauphine | ensae | insead | harvard
                    | stanford | oxford | cambridge
                )
            """,
            W=W,
        ),
        suggestion="formation en lien avec le poste ou expérience équivalente",
        unless=r"\b(?:fondat\w*|co-?fondat\w*|cto|ceo|pdg|dirigeant\w*|associ[ée]e?s)\b",
    ),
    rule(
        # prestige by league, accreditation or ranking: « Ivy League », « école triple
        # accréditée », « écoles du groupe A (classement ...) »
        "school_prestige",
        rx(r"""
            \b(?:ivy\s+league | oxbridge | russell\s+group)\b
            | \btriple(?:ment)?[- ]accr[ée]dit\w*
            | \baccr[ée]dit\w*\s+(?:AACSB | EQUIS | AMBA)\b
            | \b(?:[ée]coles? | universit[ée]s? | formations?)\s+(?:\w+\s+){0,2}?
              (?:
                  du\s+ | de\s+
              )?(?:groupe | rang | cat[ée]gorie | tier)\s+(?:A | 1)\b
            | \bclassement\s+(?:de\s+l' | du\s+ | des\s+ | l')?(?:
                  [ée]tudiant | usine\s+nouvelle | shanghai | challenges | figaro
                  | financial\s+times | ft | qs
              )\b
        """),
        suggestion="formation en lien avec le poste ou expérience équivalente",
    ),
    rule(
        # alumni of a named school as the requirement: « normalien·ne ou polytechnicien·ne »
        "school_prestige",
        rx(
            r"""
                \b(?:
                    normalien | polytechnicien | centralien | [ée]narque | sup[ée]locien
                    | gadzarts?
                ){W}(?:\s+(?:ou | et)\s+(?:
                    normalien | polytechnicien | centralien | [ée]narque
                ){W})?
            """,
            W=W,
        ),
        context=rx(
            r"""
                {ONLY}
                | {REQ}
                | {PREFER}
                | vous\s+[êe]tes
                | tu\s+es
                | profil
            """,
            ONLY=ONLY,
            REQ=REQ,
            PREFER=PREFER,
        ),
        unless=r"\b(?:fondat\w*|co-?fondat\w*|cto|ceo|pdg|dirigeant\w*|associ[ée]e?s)\b",
        suggestion="formation en lien avec le poste ou expérience équivalente",
    ),
    rule(
        # other schools turned away: « les profils universitaires ne seront pas étudiés »
        "school_prestige",
        rx(
            r"""
                \b(?:
                    (?:profils? | candidat{W} | dipl[ôo]m[ée]{W} | personnes?)\s+
                    (?:issu{W}\s+)?(?:
                        universitaires? | d'universit[ée]s? | de\s+(?:la\s+)?fac
                    )
                    | autres\s+(?:
                          [ée]coles | formations | universit[ée]s | profils | parcours
                      )
                )
            """,
            W=W,
        ),
        context=REFUSED,
        suggestion="formation en lien avec le poste ou expérience équivalente",
    ),
    rule(
        "school_prestige",
        r"\buniversitaires?\b",
        context=rx(
            r"""
                {REFUSING}(?:profils? | candidat{W} | dipl[ôo]m[ée]{W})\s+universitaires?\b
            """,
            REFUSING=REFUSING,
            W=W,
        ),
        suggestion="formation en lien avec le poste ou expérience équivalente",
    ),
]

DIPLOMA = rx(r"""
    (?:
        dipl[ôo]mes?(?:\s+d'(?:ing[ée]nieur | [ée]cole))?
        (?:\s+de\s+(?:niveau\s+)?\w+)?
        | bac\s*\+\s*\d
        | baccalaur[ée]at
        | BTS(?:\s+[A-Z]{2,5}\b)?
        | DUT
        | BUT
        | licences?\s+(?:pro\w* | en\s+\w+)
        | master\s*(?:\d | en\s+\w+)?
        | mast[èe]re
        | doctorat
        | MBA
        | titre\s+RNCP(?:\s+de\s+niveau\s+\d)?
        | niveau\s+bac\s*\+\s*\d
        | titre\s+d'ing[ée]nieur(?:\s+CTI)?
    )
""")
# "..., sans dérogation" / ": les autodidactes ne seront pas étudiés" belong to the same quote.
_REINFORCED = rx(
    r"""
        (?:\s*[,:;]\s*(?:
            [^.;]{0,30}?\b(?:aucune | sans | pas\s+d')\s+(?:
                [ée]quivalence | d[ée]rogation | exception
            )\w*
            | [^.;]{0,30}?autodidactes?\s+(?:\w+\s+){0,3}?(?:
                  ne\s+seront\s+pas | s'abstenir | exclu | non\s+retenu
              ){W}
        ))?
    """,
    W=W,
)
_EQUIVALENCE = rx(r"""
    \bou\b[^.;]{0,50}?(?:
        [ée]quivalen | exp[ée]rience | \bVAE\b | autodidacte | comp[ée]tences
    )
""")
_REGULATED = rx(r"""
    d'[ée]tat\b
    | r[ée]glement
    | l[ée]gal
    | ordre\s+des
    | habilitation
    | carte\s+professionnelle
""")
DIPLOMA_RULES = [
    rule(
        "diploma_rigid",
        rx(
            r"""
                \b{DIPLOMA}{GAP6}\s*,?\s*{REQ}{_REINFORCED}
            """,
            DIPLOMA=DIPLOMA,
            GAP6=GAP % 6,
            REQ=REQ,
            _REINFORCED=_REINFORCED,
        ),
        not_after=r"(?:aucun|sans|pas\s+de|pas\s+d')\s*$",
        unless=rx(
            r"""
                {_EQUIVALENCE}
                | {_REGULATED}
            """,
            _EQUIVALENCE=_EQUIVALENCE,
            _REGULATED=_REGULATED,
        ),
        suggestion="diplôme ou expérience équivalente",
    ),
    rule(
        "diploma_rigid",
        rx(
            r"""
                \b(?:aucune | sans | pas\s+d')\s+(?:
                    [ée]quivalence | d[ée]rogation | exception
                )(?:\s+(?:possible | accept[ée]e | ne\s+sera\s+accept[ée]e))?
                | \bautodidactes?\s+(?:\w+\s+){0,3}?(?:
                      ne\s+seront\s+pas | s'abstenir | exclu | non\s+retenu
                  ){W}
            """,
            W=W,
        ),
        context=DIPLOMA,
        unless=_REGULATED,
    ),
    rule(
        "diploma_rigid",
        rx(
            r"""
                \btitulaire\s+(?:
                    obligatoirement | imp[ée]rativement | n[ée]cessairement | exclusivement
                )\s+d'(?:un | une)\s+{DIPLOMA}
            """,
            DIPLOMA=DIPLOMA,
        ),
        suggestion="diplôme ou expérience équivalente",
    ),
    rule(
        # self-taught people, career changers, bootcamp graduates turned away
        "diploma_rigid",
        rx(
            r"""
                \b(?:
                    autodidactes?
                    | reconverti{W}
                    | personnes?\s+en\s+reconversion
                    | profils?\s+(?:
                          autodidactes? | reconvertis | en\s+reconversion | atypiques
                          | non\s+dipl[ôo]m[ée]s
                      )
                    | (?:dipl[ôo]m[ée]{W} | issu{W})\s+(?:de | d'un | des)\s+bootcamps?
                    | bootcamps?
                    | non[- ]dipl[ôo]m[ée]{W}
                    | sans\s+dipl[ôo]me
                )
            """,
            W=W,
        ),
        context=REFUSED,
        unless=rx(
            r"""
                {_REGULATED}
                | bienvenu
                | encourag
                | appr[ée]ci
                | valoris
            """,
            _REGULATED=_REGULATED,
        ),
        suggestion="diplôme ou expérience équivalente",
    ),
    rule(
        "diploma_rigid",
        rx(
            r"""
                \b(?:
                    autodidactes? | reconverti{W} | reconversion | bootcamps?
                    | non[- ]dipl[ôo]m[ée]{W}
                )
            """,
            W=W,
        ),
        context=rx(
            r"""
                {REFUSING}(?:profils?\s+)?(?:
                    autodidactes? | reconverti{W} | en\s+reconversion
                    | issus?\s+de\s+bootcamps? | non[- ]dipl[ôo]m[ée]{W}
                )(?:\s+(?:ni | ou | et)\s+(?:profils?\s+)?(?:autodidactes? | reconverti{W}))?
            """,
            REFUSING=REFUSING,
            W=W,
        ),
        unless=_REGULATED,
        suggestion="diplôme ou expérience équivalente",
    ),
    rule(
        # « les candidatures sans Master 2 ne seront pas lues »
        "diploma_rigid",
        rx(
            r"""
                \b(?:candidat{W} | profils? | personnes? | candidatures?)\s+sans\s+(?:\w+\s+)?
                {DIPLOMA}
            """,
            W=W,
            DIPLOMA=DIPLOMA,
        ),
        context=REFUSED,
        unless=_REGULATED,
        suggestion="diplôme ou expérience équivalente",
    ),
]

CAREER_RULES = [
    rule(
        "career_gap",
        rx(
            r"""
                \b(?:CV | parcours | carri[èe]re | historique)\s+(?:\w+\s+){0,2}?(?:
                    sans\s+(?:trous? | interruptions? | coupures? | ruptures? | pauses?)
                    | lin[ée]aire | continu | ininterrompu
                ){W}(?:\s+{REQ})?
            """,
            W=W,
            REQ=REQ,
        ),
        unless=rx(r"""
            \bne\s+cherch\w*\s+pas
            | \bni\s+(?:un\s+)?parcours
            | \bpas\s+besoin
            | \bpeu\s+importe
            | \bn'est\s+pas\s+(?:n[ée]cessaire | exig)
        """),
        suggestion="parcours variés bienvenus",
    ),
    rule(
        "career_gap",
        rx(r"""
            \btrous?\s+dans\s+(?:le | votre | ton | son)\s+(?:CV | parcours | carri[èe]re)
            | \bp[ée]riodes?\s+(?:d'inactivit[ée] | sans\s+emploi | de\s+ch[ôo]mage)
            | \b(?:pauses? | ruptures? | interruptions?)\s+de\s+carri[èe]re
        """),
    ),
    rule(
        "career_gap",
        rx(
            r"""
                \b(?:actuellement | d[ée]j[àa])\s+en\s+(?:poste | activit[ée] | emploi)\b
                (?:\s+{REQ})?
            """,
            REQ=REQ,
        ),
        unless=r"pr[ée]avis|\bsi\s+vous\b",
    ),
    rule(
        "career_gap",
        rx(
            r"""
                \b(?:
                    demandeu(?:r | se)s?\s+d'emploi | ch[ôo]meu(?:r | se)s? | sans[- ]emploi
                    | inacti(?:f | ve)s? | au\s+ch[ôo]mage
                )\s+(?:\w+\s+){0,3}?(?:
                    s'abstenir | exclu | ne\s+seront | non\s+retenu | refus | pas\s+accept
                ){W}
            """,
            W=W,
        ),
    ),
    rule(
        "career_gap",
        rx(r"""
            \b(?:cv | parcours | candidatures?)\s+(?:
                pr[ée]sentant | avec | comportant | qui\s+pr[ée]sentent
            )\s+(?:des\s+ | un\s+ | une\s+)?(?:
                trous? | interruptions? | p[ée]riodes?\s+d'inactivit[ée] | coupures?
                | pauses?
            )\b
        """),
        suggestion="tous les parcours sont bienvenus",
    ),
    rule(
        "career_gap",
        r"\ben\s+(?:poste|activit[ée]|emploi)\s+actuellement\b",
        unless=r"pr[ée]avis|\bsi\s+vous\b|\bou\s+(?:non|pas|en\s+recherche|sans\s+emploi)",
    ),
    rule(
        # jobseekers turned away before they are named: « nous ne considérons pas les personnes
        # en recherche d'emploi », « pas de demandeurs d'emploi »
        "career_gap",
        rx(r"""
            \b(?:
                demandeu(?:r | se)s?\s+d'emploi | ch[ôo]meu(?:r | se)s?
                | inacti(?:f | ve)s? | ch[ôo]mage
                | b[ée]n[ée]ficiaires?\s+du\s+(?:RSA | ch[ôo]mage)
            )\b
            | \brecherche\s+d'emploi\b
            | \bsans[- ]emploi\b
        """),
        context=rx(
            r"""
                {REFUSING}(?:personnes?\s+ | candidat{W}\s+ | profils?\s+)?(?:
                    demandeu(?:r | se)s?\s+d'emploi | ch[ôo]meu(?:r | se)s? | sans[- ]emploi
                    | inacti(?:f | ve)s? | au\s+ch[ôo]mage | en\s+recherche\s+d'emploi
                    | b[ée]n[ée]ficiaires?\s+du\s+(?:RSA | ch[ôo]mage) | sans\s+activit[ée]
                )\b
            """,
            REFUSING=REFUSING,
            W=W,
        ),
    ),
    rule(
        "career_gap",
        rx(r"""
            \b(?:
                recherche\s+d'emploi | b[ée]n[ée]ficiaires?\s+du\s+(?:RSA | ch[ôo]mage)
                | sans[- ]emploi | ch[ôo]meu(?:r | se)s? | demandeu(?:r | se)s?\s+d'emploi
                | inacti(?:f | ve)s? | (?:ann[ée]e | cong[ée])\s+sabbatique
                | pause\s+de\s+carri[èe]re | cong[ée]\s+(?:de\s+)?longue\s+dur[ée]e
            )
        """),
        context=REFUSED,
    ),
    rule(
        # work without a break since school: « ayant travaillé sans interruption »
        "career_gap",
        rx(r"""
            \b(?:travaill | exerc | employ)\w*\s+(?:\w+\s+){0,2}?(?:
                sans\s+(?:
                    interruption | discontinuit[ée] | coupure | pause | trou | arr[êe]t
                )s?
                | de\s+(?:fa[çc]on | mani[èe]re)\s+continue
                | en\s+continu
                | continuellement
            )\b
        """),
        unless=rx(r"""
            \bmachines?\b
            | serveurs?
            | production\s+en\s+continu
            | usine
            | 3x8
            | [ée]quipes?\s+post[ée]es
        """),
        suggestion="parcours variés bienvenus",
    ),
]

DL = rx(
    r"""
        (?:
            permis(?:\s+de\s+conduire)?
            (?:\s+(?:B | C | D | E | BE | CE | VL | PL | poids\s+lourds?))?(?:\s+valide)?
            | v[ée]hicule\s+(?:l[ée]ger\s+)?personnel
            | voiture\s+perso(?:nnelle)?\b
            | moyen\s+de\s+locomotion
            | v[ée]hicul[ée]{W}
            | motoris[ée]{W}
        )
    """,
    W=W,
)
_DRIVING_REASON = (
    # a driving job, or a licence said not needed (« pas besoin de permis »)
    rx(r"""
        conduct(?:eur | rice)
        | chauffeur
        | \bbus\b
        | autocar
        | moniteur
        | auto-[ée]cole
        | ambulanc
        | taxi
        | vtc
        | pas\s+(?:besoin\s+)?de\s+permis
        | sans\s+permis
        | permis\s+non\s+(?:requis | exig | n[ée]cess)
        | d[ée]placement
        | se\s+d[ée]placer
        | tourn[ée]es?
        | itin[ée]ran
        | chez\s+(?:nos | les | des | vos)\s+clients
        | sur\s+site
        | terrain
        | interventions?
        | intervenir
        | visit
        | v[ée]hicule\s+de\s+(?:service | fonction | soci[ée]t[ée])
        | conduite
        | (?<!permis\sde\s)conduire
        | livr
        | chantiers?
        | clients?\s+(?:de | dans)\s+(?:la | toute)
        # the vehicle the job drives, said in the reason given for the licence
        | patrouill
        | en\s+v[ée]hicule
        | essais?\s+routiers?
        | convoy
        | d[ée]pann
        | remorqu
        | tracteurs?
        | engins?
        | camion
        | ramassage
        | transport\s+(?:de\s+)?(?:personnes | patients | marchandises | scolaire)
    """)
)
DRIVING_RULES = [
    rule(
        "driving_licence",
        rx(
            r"""
                \b{DL}(?:\s+(?:et | ou)\s+{DL})?(?:\s+est)?{GAP3}\s*,?\s*(?:
                    {REQ} | essentiel{W}
                )
            """,
            DL=DL,
            GAP3=GAP % 3,
            REQ=REQ,
            W=W,
        ),
        unless=_DRIVING_REASON,
        despite=_NO_DRIVING,
        not_after=r"(?:pas\s+de|aucun|sans)\s+$",
        window="around",
        suggestion="permis B apprécié pour les déplacements chez les clients",
    ),
    rule(
        "driving_licence",
        rx(
            r"""
                \b(?:
                    [êe]tre | exige | requiert | n[ée]cessite
                    | doit\s+(?:avoir | poss[ée]der | disposer\s+d')
                    | devez\s+(?:avoir | poss[ée]der | [êe]tre | disposer\s+d')
                )\s+(?:titulaire\s+(?:du\s+ | d'un\s+))?(?:le\s+ | un\s+ | d'un\s+ | une\s+)?
                {DL}
            """,
            DL=DL,
        ),
        unless=_DRIVING_REASON,
        despite=_NO_DRIVING,
        window="around",
    ),
    rule(
        # a car or licence the person must already have: « vous disposez obligatoirement d'une
        # voiture personnelle »
        "driving_licence",
        rx(
            r"""
                \b(?:disposez | poss[ée]dez | avez | disposer | poss[ée]der | [êe]tes)\s+
                (?:
                    obligatoirement | imp[ée]rativement | n[ée]cessairement | absolument
                )\s+(?:d'une?\s+ | d'un\s+ | une?\s+ | le\s+)?{DL}
                | \b{ONLY}\s+(?:les\s+ | des\s+)?(?:candidat{W} | personnes? | profils?)\s+
                  (?:
                      v[ée]hicul[ée]{W}
                      | motoris[ée]{W}
                      | (?:avec | ayant | disposant\s+d')\s*(?:une?\s+)?(?:
                            voiture | v[ée]hicule | permis
                        )
                  )
            """,
            DL=DL,
            ONLY=ONLY,
            W=W,
        ),
        unless=_DRIVING_REASON,
        despite=_NO_DRIVING,
        window="around",
        suggestion="permis B apprécié pour les déplacements chez les clients",
    ),
]

PERSONAL_RULES = [
    rule(
        "personal_data",
        rx(r"""
            \b(?:copie | photocopie | scan)s?\s+(?:de\s+ | d' | du\s+)?(?:
                votre\s+ | ta\s+ | la\s+ | une\s+ | vos\s+ | le\s+
            )?(?:
                carte\s+(?:d'identit[ée] | nationale\s+d'identit[ée] | vitale)
                | pi[èe]ces?\s+d'identit[ée] | CNI | passeport | titre\s+de\s+s[ée]jour
                | permis\s+de\s+conduire | livret\s+de\s+famille | RIB
                | avis\s+d'imposition
            )
        """),
        unless=_AT_HIRING,
    ),
    rule(
        "personal_data",
        r"\b(?:extrait\s+(?:de\s+|du\s+)?)?casier\s+judiciaire(?:\s+vierge)?",
        unless=rx(r"""
            r[ée]glement
            | l[ée]gal
            | \bloi\b
            | obligation
            | mineurs
            | enfants
            | s[ée]curit[ée]\s+priv
            | habilitation
            | cnaps
        """),
    ),
    rule(
        "personal_data",
        rx(r"""
            \b(?:num[ée]ro | n° | no)\s+de\s+s[ée]cu(?:rit[ée]\s+sociale)?\b
            | \bNIR\b
            | \bcarte\s+vitale\b
            | \bavis\s+d'imposition\b
            | \brelev[ée]s?\s+bancaires?\b
        """),
        unless=_AT_HIRING,
    ),
    rule(
        "personal_data",
        rx(r"""
            \b(?:(?:votre | vos | ton | tes)\s+)?(?:
                salaire | r[ée]mun[ée]ration | package
            )s?\s+(?:
                actuel | actuelle | pr[ée]c[ée]dent | pr[ée]c[ée]dente | ant[ée]rieur
                | ant[ée]rieure | brut\s+actuel
            )s?\b
            | \b(?:(?:trois | 3 | deux | 2)\s+)?(?:derni[èe]re?s?\s+)?(?:
                  bulletins? | fiches?
              )\s+de\s+(?:paie | paye | salaire)\b
            | \bhistorique\s+(?:de\s+)?(?:salaires? | r[ée]mun[ée]rations?)\b
        """),
        # not asked (« nous ne demandons pas votre rémunération actuelle »), or the payslips
        # are the job's work (« établir les bulletins de paie »)
        unless=rx(
            r"""
                {NOT_ASKED}
                | \b(?:[ée]tabli\w* | [ée]dit\w* | r[ée]alis\w* | pr[ée]par\w* | g[ée]r\w*
                | trait\w* | contr[ôo]l\w* | saisi\w* | produi\w*)\s+(?:les\s+ | des\s+)?
                (?:bulletins | fiches)
            """,
            NOT_ASKED=NOT_ASKED,
        ),
        suggestion="vos prétentions salariales",
    ),
    rule("personal_data", r"\b(?:vos|tes)\s+(?:identifiants|mots?\s+de\s+passe)\b"),
    rule(
        # documents and identifiers asked for with the application, not at hiring
        "personal_data",
        rx(r"""
            \b(?:(?:une\s+)?(?:copie | photocopie | scan)s?\s+(?:recto[- ]verso\s+)?
            (?:
                de\s+ | d' | du\s+
            )?(?:votre\s+ | vos\s+ | leur\s+ | leurs\s+ | sa\s+ | son\s+ | la\s+ | le\s+)?)?
            (?:
                pi[èe]ces?\s+d'identit[ée]
                | cartes?\s+(?:d'identit[ée] | nationale\s+d'identit[ée] | vitale) | CNI\b
                | passeports? | num[ée]ros?\s+de\s+passeport | titres?\s+de\s+s[ée]jour
                | RIB\b | IBAN\b | relev[ée]s?\s+d'identit[ée]\s+bancaire
                | coordonn[ée]es\s+bancaires | actes?\s+de\s+naissance
                | extraits?\s+d'actes?\s+de\s+naissance | livrets?\s+de\s+famille
                | justificatifs?\s+de\s+domicile | lieux?\s+de\s+naissance
                | date\s+et\s+(?:votre\s+ | le\s+)?lieu\s+de\s+naissance
                | num[ée]ros?\s+de\s+s[ée]curit[ée]\s+sociale | avis\s+d'imposition
                | mots?\s+de\s+passe | identifiants\s+(?:de\s+connexion | \w+)
            )
        """),
        context=rx(r"""
            candidature
            | postul
            | dossier
            | joindre
            | joignez
            | envoy
            | transmet
            | fourni
            | indiqu
            | communiqu
            | renseign
            | demand
            | documents?
            | formulaire
            | d[èe]s\s+(?:l'envoi | la\s+premi[èe]re)
            | merci\s+de
        """),
        unless=_AT_HIRING,
    ),
]

CULTURE_RULES = [
    rule("culture_fit", r"\bwork\s+hard,?\s*(?:and\s+|&\s+|et\s+)?play\s+hard\b"),
    rule(
        "culture_fit",
        rx(r"""
            \b(?:on\s+ | nous\s+)?recrut\w*\s+(?:\w+\s+){0,3}?potes\b
            | \b(?:bande | [ée]quipe)\s+de\s+(?:potes | copains)\b
            | \bpotes\b
            | \bentre\s+(?:mecs | gars | copains)\b
            | \besprit\s+(?:de\s+bande | potache)\b
        """),
        suggestion="équipe soudée et accueillante",
    ),
    rule(
        "culture_fit",
        rx(r"""
            \b(?:fit | match)\s+culturel\b
            | \bculture\s+fit\b
            | \bfit\s+(?:avec\s+)?(?:l'[ée]quipe | la\s+team)\b
        """),
        not_after=rx(r"""
            (?:
                over | not | rather\s+than | instead\s+of | beyond | than
                | plut[ôo]t\s+que | pas\s+(?:de | le | du | sur\s+le | un\s+crit[èe]re)
                | \bno | au-del[àa]\s+du
            )\s*['\"\u00ab\u201c]?\s*(?:le\s+)?$
        """),
        unless=r"culture\s+add",
        suggestion="adhésion à nos valeurs de travail (à décrire)",
    ),
    rule(
        "culture_fit",
        rx(
            r"""
                \b(?:
                    ap[ée]ros? | ap[ée]ritifs? | happy\s+hours? | afterworks? | after-works?
                    | soir[ée]es? | pots?
                )\s+(?:\w+\s+){0,2}?(?:
                    arros[ée]{W}
                    | tous\s+les\s+(?:
                          lundis | mardis | mercredis | jeudis | vendredis | soirs
                      )
                    | chaque\s+(?:semaine | jeudi | vendredi | soir)
                    | le\s+(?:jeudi | vendredi)s?
                    | hebdo\w*
                    | du\s+(?:jeudi | vendredi)
                )
            """,
            W=W,
        ),
        unless=r"\bpas\s+(?:d'|de\s+)[\w']+\s+obligatoire|facultati|optionnel|sans\s+obligation",
        suggestion="moments d'équipe variés (avec ou sans alcool)",
    ),
    rule(
        "culture_fit",
        rx(
            r"""
                \b(?:bi[èe]res? | alcool | vins? | champagne | cocktails?)\s+(?:\w+\s+)?
                (?:
                    offert{W} | [àa]\s+volont[ée] | gratuit{W} | [àa]\s+disposition
                    | en\s+libre[- ]service | pression
                )
                | \bfrigos?\s+(?:[\w']+\s+){0,3}?(?:bi[èe]res? | alcool)(?:\s+artisanales?)?\b
                | \bbi[èe]res?\s+(?:\w+\s+){0,2}au\s+frigo\b
                | \bopen\s+bar\b
                | \bbeer\s+pong\b
            """,
            W=W,
        ),
    ),
    rule(
        # « on bosse dur et on fait la fête »: the French "work hard, play hard"
        "culture_fit",
        rx(r"""
            \b(?:on\s+)?(?:bosse | travaille)\s+dur\b[^.;!?]{0,40}?(?:
                f[êe]te | s'amuse | fait\s+la\s+f[êe]te
            )
        """),
    ),
    rule("culture_fit", r"\bwork\s+hard,?\s*(?:and\s+|&\s+|et\s+)?(?:play|party)\s+hard(?:er)?\b"),
    rule(
        # leisure or drinking made a condition: « si tu ne bois pas, tu vas t'ennuyer », « si tu
        # n'aimes pas la bière, ce poste n'est pas pour toi »
        "culture_fit",
        rx(
            r"""
                \bsi\s+(?:tu | vous)\s+(?:
                    ne\s+(?:bois | buvez)\s+pas
                    | n'(?:aimes | aimez)\s+pas\s+(?:\w+\s+){0,3}?{_LEISURE}
                )\b(?:[^.;!?]{0,60}?(?:
                    pas\s+pour\s+(?:toi | vous) | ennuyer | ta\s+place | votre\s+place
                    | chemin | int[ée]grer | t'abstenir | vous\s+abstenir
                ))?
            """,
            _LEISURE=_LEISURE,
        ),
        suggestion="moments d'équipe variés, chacun·e y participe comme il ou elle le souhaite",
        by_sentence=True,
    ),
    rule(
        # leisure tastes as a profile: « fan de foot et de soirées bières »
        "culture_fit",
        rx(
            r"""
                \bfans?\s+(?:de | d' | du | des)\s*{_LEISURE}
                (?:\s+(?:et | ,)\s+(?:de\s+ | d' | du\s+ | des\s+)?(?:\w+\s+)?{_LEISURE})?
            """,
            _LEISURE=_LEISURE,
        ),
        unless=_DRINKS_TRADE,
    ),
    rule(
        # drinking as team life: « des bières le jeudi soir », « la dernière bière »
        "culture_fit",
        rx(r"""
            \b(?:boi(?:re | t | vent | s) | buv\w+ | prend\w*)\s+(?:un | des | quelques)
            \s+(?:coups? | verres? | bi[èe]res? | pots?)\b
            | \b(?:
                  bi[èe]res? | ap[ée]ros? | tequila | whisky | shots? | vodka | rhum
                  | mojitos? | cocktails?
                  | soir[ée]es?\s+(?:arros[ée]es | bi[èe]res? | jusqu'[àa]\s+l'aube)
              )\b
        """),
        context=rx(r"""
            tous\s+les
            | chaque
            | le\s+(?:lundi | mardi | mercredi | jeudi | vendredi)
            | \bsoir
            | apr[èe]s\s+le\s+(?:travail | boulot)
            | afterwork
            | [ée]quipe
            | \bteam\b
            | bande
            | ensemble
            | on\s+(?:boit | fait | partage)
            | derni[èe]re
            | tourn[ée]e
            | open\s+bar
            | volont[ée]
            | au\s+bureau
            | frigo
            | f[êe]te
            | jusqu'[àa]
            | aube
            | s[ée]minaire
        """),
        unless=rx(
            r"""
                {_DRINKS_TRADE}
                | sans\s+alcool
                | facultati
                | optionnel
                | \bpas\s+(?:d'|de\s+)[\w']+\s+obligatoire
            """,
            _DRINKS_TRADE=_DRINKS_TRADE,
        ),
        suggestion="moments d'équipe variés (avec ou sans alcool)",
    ),
    rule(
        # sameness asked for: « du même moule », « qui nous ressemble », « le même mode de vie »
        "culture_fit",
        rx(r"""
            \b(?:du | dans\s+le | au)\s+(?:m[êe]me\s+)?moule\b
            | \bqui\s+(?:nous | lui | leur)\s+ressembl\w*
            | \bcomme\s+le\s+reste\s+de\s+(?:la\s+bande | l'[ée]quipe | la\s+team)\b
            | \b(?:m[êe]me | notre)\s+(?:mode | style | hygi[èe]ne)\s+de\s+vie\b
        """),
        suggestion="adhésion à nos valeurs de travail (à décrire)",
    ),
]

AVAIL = rx(
    r"""
        (?:
            disponib{W} | joignable{W} | pr[ée]sence | pr[ée]sent{W} | mobilisable{W}
            | connect[ée]{W} | travaill(?!eu[rs])\w* | r[ée]pondre
        )
    """,
    W=W,
)
WHEN = rx(r"""
    (?:
        24\s*h?\s*/\s*24
        | 7\s*j?\s*/\s*7
        | 24/7
        | h24
        | jour\s+et\s+nuit
        | (?:les\s+ | le\s+)?soirs?(?:\s+et\s+(?:les\s+ | le\s+)?week-?ends?)?
        | (?:les\s+ | le\s+)?week-?ends?
        | (?:les\s+ | le\s+)?dimanches?
        | (?:la\s+)?nuits?
        | [àa]\s+toute\s+heure
        | en\s+permanence
        | [àa]\s+tout\s+moment
        | (?:y\s+compris\s+)?pendant\s+(?:les | vos | ses | tes)\s+(?:
              cong[ée]s | vacances | arr[êe]ts\s+maladie
          )
        | tard\s+le\s+soir
        | [àa]\s+toute\s+heure
        | (?:les\s+)?jours\s+f[ée]ri[ée]s
    )
""")
_COMPENSATED = r"r[ée]mun[ée]r|r[ée]cup[ée]r|indemnis|compens|major[ée]|roulement|planning"
AVAILABILITY_RULES = [
    rule(
        "excessive_availability",
        rx(r"""
            \b(?:ne\s+)?compt\w*\s+pas\s+(?:
                ses | leurs | vos | nos | tes | mes | son | votre | leur
            )\s+(?:heures | temps)\b
            | \bsans\s+compter\s+(?:ses | vos | leurs | tes | son | votre)\s+(?:
                  heures | temps
              )\b
        """),
        suggestion="horaires de travail définis (35 h, RTT)",
    ),
    rule(
        "excessive_availability",
        rx(
            r"""
                \b{AVAIL}(?:\s+[\w',\u00b7-]+){0,4}?\s+{WHEN}(?:\s+et\s+{WHEN})?(?:\s+
                (?:
                    attendu | exig | requi | obligatoire | indispensable | imp[ée]rati
                ){W})?
            """,
            AVAIL=AVAIL,
            WHEN=WHEN,
            W=W,
        ),
        # « jamais le week-end », « pas de réunion le soir »: a limit, not a demand
        unless=rx(
            r"""
                {_COMPENSATED}
                | \b(?:pas | jamais | aucun\w*)\s+(?:de\s+ | d')?(?:[\w']+\s+){0,3}?
                  (?:
                      le\s+ | les\s+ | la\s+
                  )?(?:soir | week-?end | nuit | dimanche | samedi | 24)
            """,
            _COMPENSATED=_COMPENSATED,
        ),
        despite=_NOT_COMPENSATED,
        suggestion="horaires de bureau, astreintes planifiées et rémunérées",
    ),
    rule(
        "excessive_availability",
        rx(
            r"""
                \bdisponibilit[ée]\s+(?:
                    totale | permanente | illimit[ée]e | sans\s+faille | maximale | absolue
                    | h24 | 24/7
                )(?:\s+(?:exig | requi | attendu | imp[ée]rati | indispensable){W})?
            """,
            W=W,
        ),
        suggestion="horaires de travail définis",
    ),
    rule(
        "excessive_availability",
        rx(
            r"""
                \bsemaines?\s+de\s+(?:49 | [5-9]\d)\s*h
                | \bjourn[ée]es?\s+de\s+(?:1[1-9] | 2[0-4])\s*h
                # (« 60h/semaine », « 55 heures par semaine », « 50 h à la semaine »)
                | \b(?:49 | [5-9]\d)\s*h(?:eures)?\s*(?:par | / | [àa]\s+la)\s*(?:semaine\b | sem\b)
                | \bheures\s+sup\w*\s+non\s+(?:r[ée]mun[ée]r | pay | r[ée]cup[ée]r){W}
                | \bhoraires?\s+(?:extensibles | [àa]\s+rallonge | [ée]lastiques)\b
            """,
            W=W,
        ),
    ),
    rule(
        "excessive_availability",
        rx(r"""
            \bastreintes?\s+(?:
                non\s+(?:
                    r[ée]mun[ée]r[ée]es? | pay[ée]es? | compens[ée]es?
                    | r[ée]cup[ée]r[ée]es? | indemnis[ée]es?
                )
                | gratuites?
                | b[ée]n[ée]voles?
            )\b
        """),
        suggestion="astreintes rémunérées ou récupérées",
    ),
    rule(
        # evenings, nights, weekends without anything in return, or as the norm
        "excessive_availability",
        rx(r"""
            \b(?:week-?ends? | soir[ée]es | soirs | nuits? | dimanches? | samedis?)(?:\s+
            (?:
                et | ou
            )\s+(?:de\s+ | le\s+ | les\s+)?(?:
                nuit | soir[ée]?e? | week-?end | dimanche | samedi | jours\s+f[ée]ri[ée]
            )s?)?(?:\s+(?:travaill[ée]s? | de\s+(?:mise | d[ée]ploiement)\w*))?
            | \b(?:
                  interventions? | travail | permanences? | d[ée]ploiements?
                  | r[ée]unions? | appels?
              )\s+(?:de\s+ | le\s+ | la\s+ | du\s+ | en\s+)?(?:
                  nuit | soir[ée]?e? | week-?end | dimanche | samedi
              )s?\b
        """),
        context=rx(
            r"""
                {_NOT_COMPENSATED}
                | (?:sont | est | c'est)\s+la\s+norme
                | syst[ée]matiques?
                | \bfon?t\s+partie\s+du\s+(?:job | poste | jeu | m[ée]tier | deal)
                | \bsans\s+astreinte\b | \bhors\s+astreinte\b
            """,
            _NOT_COMPENSATED=_NOT_COMPENSATED,
        ),
        unless=rx(
            r"""
                {_COMPENSATED}
                | \bpas\s+de\b
                | jamais
                | aucun
            """,
            _COMPENSATED=_COMPENSATED,
        ),
        despite=_NOT_COMPENSATED,
        suggestion="horaires de bureau, astreintes planifiées et rémunérées",
    ),
    rule(
        "excessive_availability",
        rx(
            r"""
                \btoujours\s+(?:
                    joignable | connect[ée] | disponible | dispo | en\s+ligne
                    | sur\s+le\s+pont
                ){W}
                | \bdisponibilit[ée]\s+de\s+tous\s+les\s+instants\b
                | \b(?:forte | grande | pleine | totale)\s+disponibilit[ée]\s+(?:\w+\s+)?
                  (?:
                      {REQ} | attendue
                  )
                | \bcrunch\b
                | \bcorv[ée]able{W}
                | \bjusqu'[àa]\s+(?:2[1-3]\s*h(?:\d\d)? | minuit)\b
            """,
            W=W,
            REQ=REQ,
        ),
        unless=rx(
            r"""
                ouvert
                | horaires\s+d'ouverture
                | magasin
                | boutique
                | accueil\s+du\s+public
                | rotation
                | roulement
                | planning
                | [ée]quipe\s+de\s+(?:soir | nuit)
                | {_COMPENSATED}
            """,
            _COMPENSATED=_COMPENSATED,
        ),
        despite=_NOT_COMPENSATED,
        suggestion="horaires de travail définis",
    ),
]

NINJA_UNLESS = r"\bcmake\b|\bmeson\b|build\s+system|cha[îi]ne\s+de\s+compilation"
CODED_RULES = [
    rule(
        "gender_coded",
        rx(r"""
            (?<![/\w-])(?:
                ninjas? | rock\s*stars? | jedis? | gourous? | gurus? | super-?h[ée]ros
                | guerri(?:er | [èe]re)s? | requins? | tueu(?:r | se)s? | killers?
                | m[âa]les?\s+alpha | alpha\s+m[âa]les? | gladiateurs? | samoura[ïi]s?
                | samurais? | mercenaires? | pitbulls? | testost[ée]rone | cadors?
                | winners?
            )\b(?![-/]build)(?:\s+(?:du | de\s+la | de\s+l' | des | de | d')\s*[\w.+#-]+)?
        """),
        unless=NINJA_UNLESS,
        suggestion="expert·e",
    ),
    rule(
        "gender_coded",
        rx(
            r"""
                \b(?:conqu[ée]rant | combati(?:f | ve) | agressi(?:f | ve) | viril){W}
                | \bagressivit[ée]\b
            """,
            W=W,
        ),
        suggestion="persévérant·e",
    ),
    rule(
        "gender_coded",
        rx(r"""
            \bpr[ée]dat(?:eur | rice)s?\b
            | \bcarnassiers?\b
            | \baux\s+dents\s+longues\b
            | \b(?:
                  [ée]cras | d[ée]vor | an[ée]anti | d[ée]moli | massacr | pulv[ée]ris
                  | atomis
              )\w*\s+(?:
                  la\s+concurrence | les\s+concurrents | la\s+comp[ée]tition
                  | (?:ses | tes | vos | les | nos)\s+objectifs
                  | tout\s+sur\s+(?:son | ton | votre)\s+passage
              )
        """),
        suggestion="persévérant·e",
    ),
]


CONDITION_RULES = [
    *SCHOOL_RULES,
    *DIPLOMA_RULES,
    *CAREER_RULES,
    *DRIVING_RULES,
    *PERSONAL_RULES,
    *CULTURE_RULES,
    *AVAILABILITY_RULES,
    *CODED_RULES,
]
