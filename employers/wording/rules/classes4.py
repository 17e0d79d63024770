"""Rules by class, fourth round (issue 21): ways of saying a ground that the third round did
not list, named from the misses of an independent set (E) and written from the language:

- religion: a practice refused at work (prayer, fasting, the sabbath, a religious beard or
  sign), « sans aménagement », « pas d'exception », "must not require";
- union and politics: an elected mandate, a union, whistle-blowing or a party named, then
  refused (« s'abstenir », « incompatible », "need not apply", « nous évitons »);
- personal data: pay history or a credit score asked, as a question or a requirement;
- availability: never off, messages answered at any hour or at midnight, unpaid overtime,
  nights and Sundays « sans préavis »;
- career gap: an unbroken career required (« expérience continue », « sans période blanche »);
- sex: a gender identity refused or a presentation required;
- family: the children's age asked, a job « peu adapté » to parents.

Patterns are folded and case-insensitive; see ``rules/__init__``.
"""

from employers.wording.rules import rule, rx
from employers.wording.rules.en_words import NOT_ASKED as EN_NOT_ASKED
from employers.wording.rules.en_words import REFUSED as EN_REFUSED
from employers.wording.rules.fr_words import NOT_ASKED, ONLY, REFUSED, REFUSING
from employers.wording.rules.titles_fr import TITLES

# a religious practice or sign, named as what work will not make room for
_PRACTICE_FR = rx(r"""
    (?:
        pri[èe]res? | ramadan | je[ûu]n(?:er | ent | eurs?) | shabb?at | sabbat | car[êe]me
        | f[êe]tes?\s+religieuses?
        | barbe\s+religieuse | signes?\s+religieux | voile | hijab | kippa | turban
        | tenue\s+religieuse
    )
""")
_PRACTICE_REFUSED_FR = rx(
    r"""
        \bsans\s+(?:am[ée]nagement | exception | d[ée]rogation | adaptation)
        | \bpas\s+d'(?:exception | am[ée]nagement | adaptation)
        | \bnon\s+(?:accept | tol[ée]r | admis | autoris)
        | \b(?:interdit | refus[ée] | proscrit | exclu)
        | \bincompatibles? | \b(?:pas | non | peu)\s+compatibles?
        | {REFUSED} | {REFUSING}
    """,
    REFUSED=REFUSED,
    REFUSING=REFUSING,
)
_PRACTICE_EN = rx(r"""
    (?:
        prayers? | prayer\s+breaks? | ramadan | fasting | sabbath | shabbat | religious\s+holidays?
        | religious\s+(?:dress | attire | symbols? | beards? | head\s*coverings?) | hijabs?
        | headscarf | headscarves | turbans? | kippahs?
    )
""")
_PRACTICE_REFUSED_EN = rx(
    r"""
        \bmust\s+not\s+(?:require | need | ask) | \bno\s+(?:exceptions? | accommodations?)
        | \bnot\s+(?:accommodated | allowed | permitted | accepted | tolerated)
        | \bwithout\s+(?:exception | accommodation) | \bcannot\s+accommodate
        | \bnot\s+compatible | \bincompatible
        | {EN_REFUSED}
    """,
    EN_REFUSED=EN_REFUSED,
)
# where a practice is accommodated or a neutrality duty applies, saying so is lawful
_PRACTICE_LAWFUL = rx(r"""
    \bpossibles?\b | \baccommod\w*\s+(?:on\s+request | where) | \bwe\s+accommodate
    | neutralit[ée] | service\s+public | fonction\s+publique | hygi[èe]ne | s[ée]curit[ée]
    | safety | food\s+hygiene
""")

# an elected mandate, a union or whistle-blowing, the protected activity itself
_ACTIVITY_FR = rx(r"""
    (?:
        mandats?\s+(?:d'[ée]lu\S* | syndica\w* | politique\w* | [ée]lectif\w* | municipa\w*
        | r[ée]giona\w* | d[ée]partementa\w* | locaux | local | de\s+conseill\w+)
        | [ée]lu\S*\s+(?:loca\w* | municipa\w* | syndica\w*) | conseill\w+\s+municipa\w*
        | lanc\w+\s+(?:une\s+|des\s+)?alertes? | lanceu\w+\s+d'alerte
        | membres?\s+(?:de\s+la\s+|de\s+|du\s+|d'un\s+)?(?:cgt | cfdt | sud | unsa | fo
          | cfe-cgc | syndicat\w* | parti\w*)
        | (?:cgt | cfdt | unsa | cfe-cgc)\b
    )
""")
_ACTIVITY_REFUSED_FR = rx(
    r"""
        incompatible | {REFUSED} | {REFUSING} | \b[ée]vit\w* | \bpas\s+pour\s+(?:les\s+)?\w+
    """,
    REFUSED=REFUSED,
    REFUSING=REFUSING,
)
_ACTIVITY_EN = rx(r"""
    (?:
        (?:local\s+|town\s+|city\s+|county\s+)?councill?ors? | elected\s+officials?
        | union\s+(?:members? | reps? | representatives? | activists? | organi[sz]ers?)
        | shop\s+stewards? | whistle-?blowers? | political\s+activists?
        | (?:labour | tory | green | party)\s+members?
    )
""")
_ACTIVITY_REFUSED_EN = rx(
    r"""
        incompatible | {EN_REFUSED} | \bno\s+ | \bnot\s+(?:considered | suitable | eligible)
    """,
    EN_REFUSED=EN_REFUSED,
)

FR = [
    rule(
        # « Barbe religieuse non acceptée », « pendant le ramadan sans aménagement »,
        # « pas d'exception pour le shabbat »
        "religion",
        rx(r"\b{P}\b", P=_PRACTICE_FR),
        context=_PRACTICE_REFUSED_FR,
        unless=_PRACTICE_LAWFUL,
        suggestion="dans le respect du règlement intérieur",
    ),
    rule(
        # « Un mandat d'élu·e local·e serait incompatible », « Ancien·nes membres de la CGT ou
        # de SUD s'abstenir », « Nous évitons les profils ayant déjà lancé une alerte »
        "union_political",
        rx(r"\b{A}", A=_ACTIVITY_FR),
        context=_ACTIVITY_REFUSED_FR,
        suggestion="candidatures de toutes et tous bienvenues",
    ),
    rule(
        # pay history asked: « Quelle était votre rémunération chez votre précédent
        # employeur ? », « votre salaire actuel à indiquer »
        "personal_data",
        rx(r"""
            \bquel(?:le)?\s+(?:est | [ée]tait)\s+(?:votre | ta)\s+(?:r[ée]mun[ée]ration | salaire)
            (?:\s+(?:actuel\w* | pr[ée]c[ée]dent\w* | brut\w* | annuel\w*))*
            (?:\s+(?:chez | dans)\s+(?:votre | ton)\s+(?:pr[ée]c[ée]dent | ancien | dernier)
            \s+(?:employeur | poste))?
            | \b(?:votre | ta)\s+(?:r[ée]mun[ée]ration | salaire)
            \s+(?:actuel\w* | pr[ée]c[ée]dent\w*)
        """),
        unless=NOT_ASKED + r"|\bne\s+(?:demandons|demanderons|posons)\b|\bjamais\b",
        suggestion="vos prétentions salariales",
    ),
    rule(
        # never off: messages at any hour, nights and Sundays without notice
        "excessive_availability",
        rx(r"""
            \b(?:messages? | mails? | appels? | sollicitations?)\s+(?:\w+\s+){0,3}?
            [àa]\s+toute\s+heure
            | \b[àa]\s+toute\s+heure\s+(?:du\s+jour\s+et\s+de\s+la\s+nuit)?
            | \b(?:nuits? | dimanches? | jours?\s+f[ée]ri[ée]s?)(?:\s*,\s*\w+)*(?:\s+et\s+[\w\s]+?)?
            \s+sans\s+pr[ée]avis
        """),
        unless=r"\bpay[ée]e?s?\b|\bmajor[ée]|\br[ée]mun[ée]r|\br[ée]cup[ée]r|\bastreinte\s+pay",
        suggestion="horaires définis, heures supplémentaires récupérées",
    ),
    rule(
        # an unbroken career: « expérience continue sur les 5 dernières années », « CV sans
        # période blanche »
        "career_gap",
        rx(r"""
            \bexp[ée]rience\s+(?:professionnelle\s+)?continue\b
            (?:\s+(?:sur|depuis)\s+les\s+\d+\s+derni[èe]res\s+ann[ée]es)?
            | \bsans\s+(?:p[ée]riodes?\s+(?:blanches? | d'inactivit[ée]) | trous? | interruptions?)
            (?:\s+dans\s+(?:le | votre)\s+(?:cv | parcours))?
            | \bparcours\s+sans\s+(?:interruption | coupure)
        """),
        suggestion="tous les parcours sont bienvenus",
    ),
    rule(
        # a gender identity refused: « Pas de personnes trans ou non-binaires »
        "sex_gender",
        rx(r"""
            \b(?:personnes?\s+)?(?:trans(?:genres?)? | transsexuel\w* | non-binaires?)
            (?:\s+(?:ou | et)\s+(?:trans(?:genres?)? | non-binaires?))?\b
        """),
        context=REFUSING + "|" + REFUSED,
        suggestion="une personne (H/F)",
    ),
    rule(
        # the children's age or the job « peu adapté » to parents
        "family_pregnancy",
        rx(r"""
            \b(?:vos | tes)\s+enfants\s+(?:sont | seront)\s+(?:d[ée]j[àa]\s+)?(?:grands | autonomes
            | scolaris[ée]s | majeurs)
            | \b(?:peu | pas | mal)\s+adapt\w*\s+(?:aux | [àa]\s+des)\s+
            (?:parents | m[èe]res | p[èe]res | mamans | papas | familles)
            (?:\s+de\s+(?:jeunes\s+)?enfants)?
        """),
        suggestion="horaires compatibles avec la vie personnelle",
    ),
]

EN = [
    rule(
        # "Must not require prayer breaks", "no exceptions for religious holidays"
        "religion",
        rx(r"\b{P}\b", P=_PRACTICE_EN),
        context=_PRACTICE_REFUSED_EN,
        unless=_PRACTICE_LAWFUL,
        suggestion="in line with our internal rules",
    ),
    rule(
        # "Local councillors need not apply", "no union reps", "whistle-blowers not considered"
        "union_political",
        rx(r"\b{A}", A=_ACTIVITY_EN),
        context=_ACTIVITY_REFUSED_EN,
        suggestion="applications from everyone welcome",
    ),
    rule(
        # pay history or a credit score asked
        "personal_data",
        rx(r"""
            \bwhat\s+(?:is | was | are | were)\s+your\s+(?:current | previous | last | present)
            \s+(?:base\s+)?(?:salary | pay | compensation | wage | earnings)
            | \bcredit\s+(?:score | check | report | history)(?:\s+report)?
        """),
        unless=EN_NOT_ASKED + r"|\bnever\b|\bwe\s+don't\b|\bwe\s+do\s+not\b",
        suggestion="your salary expectations",
    ),
    rule(
        # never off: "you'll never truly clock off", Slack at midnight, unpaid overtime
        "excessive_availability",
        rx(r"""
            \bnever\s+(?:\w+\s+)?(?:clock | switch | log | sign)\s+off
            | \b(?:answer | reply\s+to | respond\s+to | check)\s+(?:\w+\s+){0,2}?(?:at | after)
            \s+midnight
            | \bno\s+overtime\s+(?:pay | paid) | \bunpaid\s+overtime
            | \bovertime\s+(?:is\s+)?(?:not\s+paid | unpaid)
        """),
        suggestion="defined working hours, overtime compensated",
    ),
    rule(
        # a presentation required: "must be comfortable presenting as male"
        "sex_gender",
        rx(r"\bpresent(?:ing|s)?\s+as\s+(?:a\s+)?(?:male|female|man|woman|masculine|feminine)\b"),
        suggestion="candidates of any gender",
    ),
]

# masculine job nouns naming the hire (« le consultant interviendra »)
_JOB_MASC = "(?:" + "|".join(sorted({entry[0] for entry in TITLES}, key=len, reverse=True)) + ")"
# what the hire will do, said in the future about them
_HIRE_VERBS = rx(r"""
    (?:
        interviendra | sera | aura | devra | rejoindra | travaillera | assurera | prendra
        | participera | int[ée]grera | pilotera | g[ée]rera | accompagnera | encadrera
        | b[ée]n[ée]ficiera | reportera | pourra
    )
""")

FR += [
    rule(
        # nationality or origin refused without a statute: « Binationaux s'abstenir »,
        # « Ressortissant·es UE uniquement », « Pas de titre de séjour, même valide »,
        # « un profil bien de chez nous »
        "origin_nationality",
        rx(
            r"""
                \bbinationa\w*
                | \b(?:ressortissant | citoyen)[\w·]*\s+(?:\w+\s+){0,3}?{ONLY}
                | {REFUSING}titres?\s+de\s+s[ée]jour(?:\s*,?\s+m[êe]me\s+valides?)?
                | \btitres?\s+de\s+s[ée]jour\s*,?\s+m[êe]me\s+valides?
                | \bbien\s+de\s+chez\s+nous\b
            """,
            ONLY=ONLY,
            REFUSING=REFUSING,
        ),
        unless=r"fonction\s+publique|concours|statut|habilitation|d[ée]fense",
        suggestion="autorisation de travail en France",
    ),
    rule(
        # the hire designated in the masculine by a job noun and a future verb
        "gendered_title",
        rx(r"\ble\s+{J}\s+{V}\b", J=_JOB_MASC, V=_HIRE_VERBS),
        unless_hf=True,
        rewrite=((r"^le\s+(\S+)", r"la personne recrutée (\1·e)"),),
    ),
    rule(
        # a future role named in the masculine: « Tu seras le référent sécurité », « Vous serez
        # l'interlocuteur privilégié » (the reader addressed in one gender, whatever the title
        # says: issue 21)
        "gendered_title",
        rx(
            r"""
            \b(?:vous\s+serez | tu\s+seras | vous\s+deviendrez | tu\s+deviendras | vous\s+devenez
            | tu\s+deviens)\s+(?:
                (?:le\s+ | un\s+)(?:responsable | pilote | chef | {M})
                # (« notre responsable » says no gender)
                | (?:notre\s+ | l')(?:{M})
            )\b(?![\u00b7(/.-]\s*\w)
            (?:\s+(?:privil[ée]gi[ée] | unique | principal | technique | commercial))?
            (?![\u00b7(/.-]\s*e)
            """,
            M=r"r[ée]f[ée]rent|garant|interlocuteur|repr[ée]sentant|animateur|coordinateur"
            r"|ambassadeur|expert",
        ),
        suggestion="vous aurez la responsabilité",
    ),
    rule(
        # a blood group, a private health fact, asked at application
        "health_disability",
        r"\bgroupes?\s+sanguins?\b",
        suggestion="aménagements du poste possibles sur demande",
    ),
    rule(
        # a height floor: « Minimum 1m70 », « taille minimum 1,75 m »
        "appearance",
        rx(r"""
            \b(?:minimum | min\.? | au\s+moins)\s*:?\s*1\s*[m,.]\s*[5-9]\d\b
            | \b1\s*[m,.]\s*[5-9]\d\s*(?:m\s*)?(?:minimum | min\b)
        """),
        suggestion="sens du contact client",
    ),
    rule(
        # a selfie sent with the application
        "appearance",
        r"\bselfies?\b",
        unless=NOT_ASKED,
        suggestion="sens du contact client",
    ),
    rule(
        # experience never worth the degree: « l'expérience ne remplace pas le diplôme »
        "diploma_rigid",
        rx(r"""
            \bl'exp[ée]rience\s+ne\s+(?:remplace | compense | vaut | remplacera)\s+pas
            (?:\s+(?:le | un)\s+dipl[ôo]me)?
            | \b[ée]quivalences?\s+(?:non\s+accept[ée]e?s? | refus[ée]e?s? | exclues?)
        """),
        suggestion="diplôme ou expérience équivalente",
    ),
    rule(
        # the end of a career as a criterion: « Encore loin de la retraite ? »
        "age",
        r"\b(?:loin|proches?)\s+de\s+la\s+retraite\b",
        suggestion="débutant·es comme expérimenté·es bienvenu·es",
    ),
    rule(
        # parties as the job: « on fait la fête autant qu'on travaille », « tu dois kiffer les
        # soirées »
        "culture_fit",
        rx(r"""
            \bf(?:ait | aisons | ais)\s+la\s+f[êe]te\s+autant
            | \b(?:dois | devez | faut)\s+(?:\w+\s+)?(?:kiffer | aimer | adorer)\s+(?:les\s+)?
            (?:soir[ée]es | f[êe]tes | ap[ée]ros? | afterworks? | bi[èe]res?)
            | \bparticipation\s+(?:attendue | obligatoire | exig[ée]e)\s+de\s+tout\s+le\s+monde
        """),
        suggestion="des moments d'équipe variés et facultatifs",
    ),
]

EN += [
    rule(
        # nationality or origin without a statute: "Must be a French national", "No applicants
        # from outside Western Europe", "raised in Italy preferred", "Caucasian appearance"
        "origin_nationality",
        rx(r"""
            \bmust\s+be\s+an?\s+(?:[\w-]+\s+)?(?:national | citizen)\b
            | \bno\s+(?:applicants? | candidates? | applications? | one)\s+from\s+outside
            (?:\s+(?:the\s+)?[\w-]+){1,2}
            | \b(?:raised | brought\s+up | grew\s+up)\s+in\s+[\w-]+(?:\s+[\w-]+)?\s+
            (?:preferred | only | required | ideally | a\s+must)
            | \bcaucasian\b
        """),
        unless=r"clearance|security\s+vetting|civil\s+service|by\s+law|statut",
        suggestion="right to work in France",
    ),
    rule(
        # "PhD only", "equivalent experience not accepted"
        "diploma_rigid",
        rx(r"""
            \b(?:phd | doctorate | master'?s | bachelor'?s | mba)\s+(?:holders\s+)?only\b
            | \b(?:equivalent\s+)?experience\s+(?:is\s+ | will\s+)?not\s+(?:be\s+)?
            (?:accepted | considered | a\s+substitute)
            | \bexperience\s+(?:cannot | can't | will\s+not | won't | does\s+not | doesn't)\s+
            (?:replace | substitute | compensate | make\s+up)
            | \bno\s+equivalen\w+\s+(?:accepted | considered)
        """),
        # (« experience is not considered » alone may mean beginners are welcome; the degree
        # may be named in the sentence before: "Degree required. Experience is not a
        # substitute.")
        context=r"degree|diploma|qualification|phd|doctorate|master|bachelor|mba|\bbsc\b|\bmsc\b",
        window="around",
        suggestion="degree or equivalent experience",
    ),
    rule(
        # parties as the job: "work hard, play harder", "hanging out with us after hours"
        "culture_fit",
        rx(r"""
            \bwork\s+hard\s*(?:, | and)\s*play\s+hard(?:er)?
            | \bhang(?:ing)?\s+out\s+with\s+us\s+after\s+(?:hours | work)
            | \bmates\s+at\s+the\s+pub
        """),
        suggestion="varied, optional team events",
    ),
    rule(
        # "dominant personality", "thrives on conquest"
        "gender_coded",
        r"\bdominant\s+(?:personality|character|type)\b|\bthrives?\s+on\s+conquest\b",
        suggestion="a motivated person",
    ),
    rule(
        # "a blood group asked"
        "health_disability",
        r"\bblood\s+(?:group|type)\b",
        suggestion="reasonable adjustments available on request",
    ),
]
