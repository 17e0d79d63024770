"""French rules by class, second round (issue 21): more ways of saying each ground, written
from the classes of the grounds (an age or a sex as the team's identity, « jeune et ... »,
« homme de terrain », a generation or a decade as the profile, refusals written with
inclusive endings, data asked at application, places, faith and opinions as values...), not
from sentences. Patterns are folded and case-insensitive; see ``rules/__init__``.
"""

from employers.wording.rules import rule, rx
from employers.wording.rules.common import AGE, W
from employers.wording.rules.fr_words import NOT_ASKED, PREFER, REFUSED, REQ
from employers.wording.rules.titles_fr import EPICENE, TITLES

# an inclusive ending: « élu·es », « militant·es », « demandeur·euses », « municipaux·ales »
INCLUSIVE = r"(?:[·.\-](?:e|es|euse|euses|rice|rices|ale|ales|ve|ves|ne|nes|se|ses|te|tes)\b)?"
# the hire, or the people who apply
PERSON = rx(
    r"""
        (?:
            personnes? | profils? | candidat{W} | quelqu'un | collaborat{W} | recrues?
            | talents? | vous | tu | toi
        )
    """,
    W=W,
)
# a product's public rather than the hire
_PUBLIC = rx(r"""
    \b(?:
        [ée]l[èe]ves | enfants | patients | publics? | clients? | utilisateur\w*
        | usagers | apprenant\w* | lyc[ée]en\w* | [ée]tudiant\w* | b[ée]n[ée]ficiaires
        | jeunesse
    )\b
""")
# a refusal close to the words, with the forms REFUSED has not: « n'acceptons pas », « ne
# traitons pas », « n'est pas fait pour vous »
REFUSED_MORE = rx(
    r"""
        {REFUSED}
        | \bn'(?:accept | [ée]tudi | examin | envisage | embauch | int[ée]gr)\w*\s+pas\b
        | \bne\s+(?:trait | lis | lisons | regard | pren)\w*\s+pas\b
        | \bpas\s+(?:fait | faite)\s+pour\s+(?:vous | toi)
        | \bpas\s+de\b
        | \bpas\s+d'
        | \baucun\w*\b
        | \bmerci\s+de\s+ne\s+pas\b
    """,
    REFUSED=REFUSED,
)

# What comes just before « jeunes + job noun » when those young people are the ones the hire
# trains, coaches or serves: a preposition or a verb of serving, then a plural determiner.
_SERVED_BEFORE = rx(r"""
    (?:
        \baupr[èe]s
        | \baccompagn\w* | \bform\w* | \bencadr\w* | \bcoach\w* | \btutor\w* | \bmentor\w*
        | \bsuiv\w* | \bconseill\w* | \baid\w* | \bsoutien\w* | \bpour | \bavec | \bparmi
        | \bdestin\w*\s+(?:[àa]|aux) | \b[àa]\s+destination
    )
    \s+(?:de | des | d' | les | nos | vos | aux)\s*$
    | \baux\s*$
""")

# A job noun naming the hire, any gender or number (« développeur », « commerciale »,
# « comptables »), from the title lexicon: what « jeune » qualifies in a title or a profile.
JOB = (
    "(?:"
    + "|".join(
        sorted({w for entry in TITLES for w in entry[:2]} | set(EPICENE), key=len, reverse=True)
    )
    + r")(?:e|s|es)?\b"
)
# An age limit written after the person it is about: « (âgé·e) de moins de 30 ans ».
AGE_AFTER = rx(
    r"""
        \s+(?:[âa]g[ée]{W}\s+)?(?:de\s+ | d')?(?:moins | plus)\s+de\s+{AGE}\s*ans\b
    """,
    W=W,
    AGE=AGE,
)

AGE_CLASS = [
    rule(
        # « jeune » before a job noun is the hire's age (« un jeune commercial », « jeune
        # ingénieure »), and an age limit following it belongs to the same finding: « un
        # jeune développeur de moins de 30 ans » is one age requirement
        "age",
        rx(
            r"""
                \bjeunes?\s+{JOB}
                (?:\s+[\w·]+)?{AGE_AFTER}   # « jeune commercial terrain de moins de 30 ans »
                | \bjeunes?\s+{JOB}
            """,
            JOB=JOB,
            AGE_AFTER=AGE_AFTER,
        ),
        # the young people are those the hire serves (« auprès de jeunes développeurs »,
        # « vous encadrez des jeunes techniciens »), told by the words just before; another
        # public elsewhere in the sentence (« nos clients », « sans enfants ») says nothing
        not_after=_SERVED_BEFORE,
        # the noun stays, the age goes: « un développeur »
        rewrite=(
            (
                r"^jeunes?\s+(.*?)(?:\s+(?:[âa]g[ée]\S*\s+)?(?:de\s+|d')?(?:moins|plus)\s+de"
                r"\s+\d+\s*ans)?$",
                r"\1",
            ),
        ),
    ),
    rule(
        # « jeune et sans contraintes », « jeune, dynamique et motivé·e »: the hire's youth
        # listed with their qualities
        "age",
        rx(r"""
            \bjeunes?\s*(?:, | et)\s+(?!
                dipl | entreprise | pousse | start | soci | marque | structure | [ée]quipe
                | public | march
            )[\w·]+
            | (?:, | \bet)\s+jeunes?\s*(?:, | et | \. | $)
        """),
        # (a job noun just before counts: the title « Commercial jeune et dynamique (H/F) »)
        context=rx(
            r"""
                \b(?:
                    recherch\w* | cherch\w* | personne | profil | candidat\w* | vous | tu
                    | quelqu'un | collaborat\w* | recrue | id[ée]al\w*
                )\b
                | \b{JOB}[\w·()/-]*\s+(?:[\w·]+\s+)?jeunes?\b
            """,
            JOB=JOB,
        ),
        unless=_PUBLIC,
        # « une équipe jeune »: the team's age told, caught by the team rules when it is one
        not_after=rx(r"""
            (?:
                [ée]quipe | entreprise | structure | soci[ée]t[ée] | start-?up | bo[iî]te
                | agence | marque
            )\s+$
        """),
        # the age word goes, the other qualities stay (« jeune et dynamique » -> « dynamique »)
        rewrite=((r"\bjeunes?\s*(?:,|et)\s+(?=\w)", ""), (r"\bjeunes?\b", "motivé·e")),
    ),
    rule(
        # a decade of life as the profile: « profil quadra », « quinqua expérimenté·e »
        "age",
        # (« trentenaire », « quadragénaire » alone are the decade rules' words)
        rx(
            r"""
                \b(?:profils? | candidat{W} | personnes?)\s+(?:[\w·]+\s+)?(?:
                    quadras? | quinquas? | quinquag[ée]naires? | sexag[ée]naires?
                )\b
                | \b(?:quadras? | quinquas? | trentenaires?)\s+(?:\w+\s+)?{PREFER}
            """,
            W=W,
            PREFER=PREFER,
        ),
        suggestion="profil expérimenté",
    ),
    rule(
        # a ceiling of experience for a « jeune » or « junior » profile: « profil jeune, moins
        # de 3 ans d'expérience »
        "age",
        r"\bmoins\s+de\s+\d{1,2}\s+ans\s+d'exp[ée]rience\b",
        context=r"\bprofils?\s+(?:jeunes?|juniors?)\b|\bjeunes?\s+profils?\b|\bmaximum\b",
        unless=r"\bm[êe]me\s+(?:avec|si)\b|\bbienvenu|\baccept|\bpostulez\b|\baussi\b",
        suggestion="débutant·es bienvenu·es",
    ),
]

SEX_CLASS = [
    rule(
        # a sex preferred in everyday words: « plutôt un gars », « une femme serait mieux »,
        # « idéalement une nana »
        "sex_gender",
        rx(r"""
            \b(?:plut[ôo]t | id[ée]alement | surtout | de\s+pr[ée]f[ée]rence)\s+(?:un | une)\s+
            (?:homme | femme | gars | mec | nana | meuf | fille)\b
            | \b(?:un | une)\s+(?:homme | femme | gars | mec | nana | meuf | fille)\s+
            (?:serait | conviendrait | ferait)\s+(?:mieux | l'affaire | id[ée]al\w* | plus)
        """),
        suggestion="une personne (H/F)",
    ),
    rule(
        # a sex sought, whatever the verb and its adverbs: « nous cherchons donc avant tout une
        # femme », « on recrute plutôt un homme »
        "sex_gender",
        rx(r"""
            \b(?:
                cherch | recherch | recrut | souhait | voul | privil[ée]gi | pr[ée]f[ée]r
                | attend
            )\w*\s+(?:(?:
                donc | plut[ôo]t | avant\s+tout | de\s+pr[ée]f[ée]rence | surtout
                | en\s+priorit[ée] | id[ée]alement | vraiment | aussi
            )\s+){0,3}(?:
                une\s+femme | un\s+homme | une\s+fille | un\s+gar[çc]on | des\s+femmes
                | des\s+hommes | une\s+nana | un\s+mec
            )\b
        """),
        suggestion="nous recherchons une personne",
    ),
    rule(
        # a sex as the team's identity: « équipe 100 % masculine », « une équipe de mecs »
        "sex_gender",
        rx(r"""
            \b(?:[ée]quipes? | bande | groupe | bureau | open\s+space | service)\s+
            (?:[\w·]+\s+){0,3}?(?:
                100\s*%\s* | enti[èe]rement\s+ | exclusivement\s+ | purement\s+
            )(?:masculine | f[ée]minine)s?\b
            | \b(?:[ée]quipe | bande)\s+de\s+(?:mecs | gars | nanas | filles)\b
        """),
        suggestion="équipe",
    ),
    rule(
        # a sex's « touch » wanted: « une touche féminine serait la bienvenue »
        "sex_gender",
        rx(r"""
            \btouche\s+(?:f[ée]minine | masculine)\b
            | \b(?:pr[ée]sence | sensibilit[ée])\s+(?:f[ée]minine | masculine)\s+
              (?:
                  serait | est | bienvenue | appr[ée]ci[ée]e | souhait[ée]e
              )
        """),
        despite=r"\btouche\s+(?:f[ée]minine|masculine)|\bpr[ée]sence\s+(?:f[ée]minine|masculine)",
        suggestion="un regard nouveau",
    ),
    rule(
        # a mother or a father as the ideal hire: « parfait pour une maman »
        "sex_gender",
        r"\b(?:une|des|les)\s+(?:mamans?|m[èe]res?\s+de\s+famille|papas?)\b",
        context=r"\b(?:parfait|id[ée]al|con[çc]u|pens[ée]|adapt[ée]|convien|recherch|cherch)\w*",
        unless=r"\bcr[èe]che|\bcong[ée]|\bgarde\s+d'enfants?",
    ),
    rule(
        # « homme de terrain », « femme de réseau »: the hire named as a man or a woman
        "gendered_title",
        rx(r"""
            \b(?:homme | femme)s?\s+de\s+(?:
                terrain | r[ée]seau | confiance | dossiers? | chiffres | m[ée]tier | l'art
                | action | communication | d[ée]fis? | challenges? | parole | contact
                | d[ée]cision | caract[èe]re | poigne | talent | projets? | valeur
            )\b(?:\s+et\s+de\s+\w+)?
        """),
        suggestion="personne de terrain",
    ),
]

FAMILY_CLASS = [
    rule(
        "family_pregnancy",
        rx(r"""
            \b(?:parfait | id[ée]al | con[çc]u | pens[ée])\w*\s+pour\s+(?:
                une | un | les | des
            )\s+(?:mamans? | m[èe]res? | papas? | p[èe]res? | parents?)\b
        """),
        suggestion="adapté à toute personne qui souhaite un rythme de 4 jours",
    ),
]

ORIGIN_CLASS = [
    rule(
        # a passport of a country or zone required: « passeport UE obligatoire »
        "origin_nationality",
        rx(
            r"""
                \bpasseports?\s+(?:UE | europ[ée]en | fran[çc]ais | \w+ais | \w+ien)\s+
                (?:{REQ})
            """,
            REQ=REQ,
        ),
        unless=r"\bhabilitation|\bd[ée]fense\b|\bd[ée]placements?|\bvoyag",
    ),
    rule(
        # nationals of outside a zone turned away: « ressortissant·es hors UE »
        "origin_nationality",
        rx(
            r"""
                \b(?:candidatures\s+(?:de\s+ | des\s+)?)?(?:
                    ressortissant | [ée]tranger | personne | candidat
                )\w*{INCLUSIVE}\s+(?:hors | non)[- ](?:
                    UE | union\s+europ[ée]enne | europ[ée]en\w* | EEE
                )\b
            """,
            INCLUSIVE=INCLUSIVE,
        ),
        context=rx(
            r"""
                {REFUSED_MORE}
                | \buniquement\b
                | \bseul
            """,
            REFUSED_MORE=REFUSED_MORE,
        ),
        unless=r"\bbienvenu|\bvisa\b|\baccompagn",
    ),
]

RELIGION_CLASS = [
    rule(
        # a faith's values to share: « partageant nos valeurs chrétiennes »
        "religion",
        rx(r"""
            \bvaleurs\s+(?:\w+\s+)?(?:
                chr[ée]tiennes | catholiques | musulmanes | juives | protestantes
                | [ée]vang[ée]liques | islamiques | religieuses | bouddhistes
            )\b
        """),
    ),
    rule(
        # practice asked or refused: « non pratiquant·e souhaité·e »
        "religion",
        rx(
            r"""
                \bnon[- ]pratiquant{W}(?:\s+{PREFER} | \s+{REQ})?
                | \bpratiquant{W}\s+(?:{PREFER} | {REQ})
            """,
            W=W,
            PREFER=PREFER,
            REQ=REQ,
        ),
    ),
]

UNION_CLASS = [
    rule(
        # a political side as the profile: « sympathisant·e de la majorité présidentielle »
        "union_political",
        rx(
            r"""
                \b(?:sympathisant | militant | adh[ée]rent | encart[ée]){W}\s+(?:
                    de\s+la\s+ | du\s+ | d'un\s+ | au\s+ | [àa]\s+la\s+
                )?(?:
                    majorit[ée] | parti | gauche | droite | extr[êe]me | mouvement
                    | opposition | LR | RN | PS | LFI
                )\b
            """,
            W=W,
        ),
    ),
    rule(
        # elected office or candidacy held against the person
        "union_political",
        rx(
            r"""
                \b(?:
                    liste\s+[ée]lectorale
                    | mandats?\s+[ée]lectifs?
                    | [ée]lu{W}\s+(?:
                          municipa | locaux | locales | r[ée]giona | d[ée]partementa
                      )[\w·]*
                    | candidat{W}\s+(?:aux | [àa]\s+des)\s+[ée]lections
                )
            """,
            W=W,
        ),
        context=REFUSED_MORE,
        unless=r"\bbienvenu|\bprot[ée]g|\bcompatible",
    ),
    rule(
        # a whistleblower turned away (L.1132-1 since 2022)
        "union_political",
        rx(r"""
            \b(?:
                (?:d[ée]j[àa]\s+)?(?:lanc[ée] | donn[ée] | [ée]mis | signal[ée])\s+
                (?:
                    une | l'
                )\s*alerte
                | lanceu(?:r | se)s?\s+d'alertes?
            )\b
        """),
        context=rx(
            r"""
                {REFUSED_MORE}
                | \bsi\s+vous\s+avez\b
                | \bsi\s+tu\s+as\b
            """,
            REFUSED_MORE=REFUSED_MORE,
        ),
        unless=r"\bprot[ée]g|\bdispositif|\bproc[ée]dure|\bcanal|\bplateforme",
    ),
]

RESIDENCE_CLASS = [
    rule(
        # living somewhere as a condition: « Habiter Lyon intra-muros obligatoire », « des
        # personnes vivant déjà à Reims uniquement », « Vous habitez le quartier ? C'est une
        # condition »
        "residence",
        rx(r"""
            \b(?:habiter | r[ée]sider | vivre | vivant | habitant | r[ée]sidant | habitez | vivez
            | r[ée]sidez)\s+(?:d[ée]j[àa]\s+)?
            (?:[àa]\s+ | en\s+ | dans\s+(?:le | la | les)\s+ | le\s+ | la\s+ | au\s+ | sur\s+)?
            [\w'-]+(?:\s+intra-muros)?
        """),
        context=rx(
            r"""
                {REQ} | \bcondition\b | s'abstenir | \buniquement\b | \bseulement\b
            """,
            REQ=REQ,
        ),
        window="next",
        unless=r"\bpr[èe]s\s+de\s+chez\s+vous|d[ée]m[ée]nag|relocali|aide\s+au\s+logement",
        suggestion="poste basé à notre bureau",
    ),
    rule(
        # a home required: « domicile dans le 75, 92 ou 94 uniquement », « tu dois habiter Lyon »
        "residence",
        rx(
            r"""
                \bdomicil[\w\u00b7]*\s+(?:dans | [àa] | en | sur)\s+[^.;!?]{1,40}?\b
                (?:
                    uniquement | exclusivement | obligatoire\w* | exig\w* | imp[ée]rati\w*
                )
                | \b(?:dois | devez | devra | devrez | doit | devront)\s+(?:
                      obligatoirement\s+ | imp[ée]rativement\s+ | absolument\s+
                      | n[ée]cessairement\s+
                  )?(?:habiter | r[ée]sider | vivre | [êe]tre\s+domicili[ée]{W})(?:
                      \s+(?:[àa] | en | dans | sur)\s+[\w'-]+
                      | \s+(?!dans | [àa] | en)[A-Za-z][\w'-]+
                  )?
            """,
            W=W,
        ),
        unless=r"\bmoins\s+de\s+\d+\s*(?:min|km)|\bproximit[ée]|\bastreinte",
    ),
]

HEALTH_CLASS = [
    rule(
        # a treatment or past illness asked or held against the person
        "health_disability",
        rx(r"""
            \b(?:si\s+vous\s+suivez\s+)?(?:un\s+)?traitements?\s+m[ée]dica\w+
            (?:\s+lourds?)?
            | \bant[ée]c[ée]dents?\s+(?:
                  m[ée]dicaux
                  | de\s+(?:
                        d[ée]pression | burn-?out | maladie | cancer | troubles?
                        | sant[ée]
                    )\w*
              )(?:\s+ou\s+de\s+[\w-]+)?
        """),
        unless=NOT_ASKED,
    ),
    rule(
        # people with a disability turned away: « merci aux personnes ayant une RQTH de s'abstenir »
        "health_disability",
        rx(
            r"""
                \b(?:(?:merci\s+aux\s+)?personnes? | candidat{W} | profils?)\s+(?:
                    ayant | avec | en\s+situation\s+de | b[ée]n[ée]ficiaires?\s+d'une
                    | titulaires?\s+d'une
                )\s+(?:une\s+ | un\s+)?(?:rqth | handicap | mobilit[ée]\s+r[ée]duite)\b
                (?:\s+de\s+s'abstenir)?
            """,
            W=W,
        ),
        context=REFUSED_MORE,
        despite=REFUSED,
    ),
]

CONDITION_CLASS = [
    rule(
        # only holders of a degree considered: « nous n'étudions que les candidatures titulaires
        # d'un Master 2 »
        "diploma_rigid",
        rx(
            r"""
                \b(?:candidatures? | candidat{W} | profils? | personnes?)\s+(?:
                    titulaires? | dipl[ôo]m[ée]{W} | issu{W}
                )\s+d'une?\s+(?:
                    master | bac | dipl[ôo]me | doctorat | licence | bts | but | dut | mba
                    | titre
                )\w*(?:\s+\d)?
            """,
            W=W,
        ),
        context=r"\bn'\w+\s+que\b|\bne\s+\w+\s+que\b|\buniquement\b|\bseul|\bexclusivement\b",
        suggestion="Master 2 ou expérience équivalente",
    ),
    rule(
        # short trainings and career changers turned away
        "diploma_rigid",
        rx(
            r"""
                \bpas\s+de\s+(?:bootcamps? | reconversions? | autodidactes?)
                (?:,\s*pas\s+de\s+(?:bootcamps? | reconversions? | autodidactes?))?\b
                | \b(?:profils?\s+)?(?:issu{W}\s+)?(?:de\s+ | des\s+)?formations?\s+courtes?\b
            """,
            W=W,
        ),
        context=rx(
            r"""
                {REFUSED_MORE}
                | \bpas\s+de\s+(?:bootcamp | reconversion | autodidacte)
            """,
            REFUSED_MORE=REFUSED_MORE,
        ),
        unless=r"\bbienvenu|\bencourag|\bappr[ée]ci|\bvaloris",
    ),
    rule(
        # jobseekers and long breaks held against the person
        "career_gap",
        rx(
            r"""
                \bdemandeu\w*{INCLUSIVE}\s+d'emploi(?:\s+de\s+longue\s+dur[ée]e)?
                | \b(?:personnes? | candidat{W} | profils?)\s+(?:
                      en\s+recherche\s+d'emploi
                      | sans\s+emploi
                      | au\s+ch[ôo]mage
                      | sortant\s+d'une\s+(?:longue\s+)?(?:
                            pause | interruption | coupure | p[ée]riode\s+d'inactivit[ée]
                        )
                  )
            """,
            INCLUSIVE=INCLUSIVE,
            W=W,
        ),
        context=rx(
            r"""
                {REFUSED_MORE}
                | \s[ée]ligibles?\b
            """,
            REFUSED_MORE=REFUSED_MORE,
        ),
        unless=r"\bbienvenu|\bencourag|\bouvert|\baccompagn",
    ),
    rule(
        # in post now, as a condition: « vous êtes actuellement en CDI » next to a refusal
        "career_gap",
        rx(r"""
            \b(?:vous\s+[êe]tes | tu\s+es | [êe]tre)\s+actuellement\s+en\s+(?:
                CDI | poste | activit[ée]
            )\b
        """),
        context=rx(r"""
            \b(?:
                sans\s+emploi | [ée]ligibles? | exig\w* | obligatoire | uniquement
                | imp[ée]rati\w* | s'abstenir | au\s+moins
            )\b
        """),
        suggestion="vous avez une expérience",
    ),
    rule(
        # a licence held for years: seniority of a licence says nothing of the job
        "driving_licence",
        rx(r"""
            \bpermis\s+(?:B\s+ | de\s+conduire\s+)?(?:obtenu\s+)?depuis\s+(?:
                au\s+moins\s+ | plus\s+de\s+ | minimum\s+
            )?\d+\s+ans\b
        """),
        # required by a regulation (driving instructor, taxi, ambulance): lawful
        unless=rx(r"""
            r[ée]glement
            | exig[ée]s?\s+par\s+la\s+loi
            | moniteur
            | auto-[ée]cole
            | ambulanc
            | taxi
            | \bvtc\b
            # a licence asked as the entry to a further one the employer funds (bus, HGV)
            | financ
            | prise?\s+en\s+charge
            | transport\s+en\s+commun
            | conduct
            | chauffeur
            | \bbus\b
            | autocar
            | poids\s+lourds?
        """),
        suggestion="permis B apprécié pour les déplacements chez les clients",
    ),
    rule(
        # always reachable, at night, on leave (three rules, each starting at its own words)
        "excessive_availability",
        r"\b100\s*%\s*disponibles?\b",
        unless=r"\bastreinte\s+(?:r[ée]mun[ée]r|pay|compens)|\br[ée]cup[ée]r",
    ),
    rule(
        "excessive_availability",
        rx(r"""
            \b(?:compris | m[êe]me)\s+(?:pendant | durant | en)\s+(?:vos | tes | les)\s+
            (?:
                cong[ée]s | vacances | RTT | week-ends?
            )\b
        """),
        unless=rx(r"""
            \bastreinte\s+(?:r[ée]mun[ée]r | pay | compens)
            | \br[ée]cup[ée]r
            | \bpas\s+joignable
            | \bjamais\s+sollicit
            | \bd[ée]connect
        """),
    ),
    rule(
        "excessive_availability",
        rx(r"""
            \b(?:r[ée]ponses? | r[ée]pondre | r[ée]acti\w+)\s+(?:aux\s+ | [àa]\s+)?
            (?:
                alertes? | messages? | mails? | appels? | notifications?
            )?\s*(?:\w+\s+){0,2}?(?:
                la\s+nuit | le\s+week-end | les\s+week-ends | le\s+dimanche
            )\b(?:\s+attendu\w*)?
        """),
        unless=r"\bastreinte\s+(?:r[ée]mun[ée]r|pay|compens)|\br[ée]cup[ée]r",
        despite=r"\bsans\s+(?:astreinte|r[ée]mun[ée]ration|compensation|r[ée]cup)",
    ),
    rule(
        # hours not counted: « on ne regarde pas la montre », « on reste tous jusqu'à ... »
        "excessive_availability",
        rx(r"""
            \bne\s+regard\w*\s+pas\s+(?:la\s+montre | l'heure | ses\s+heures)\b
            | \bon\s+reste\s+(?:tous | toutes | tou[·.]tes)?\s*jusqu'[àa]\s+(?:
                  ce\s+qu | minuit | pas\s+d'heure | l'aube | tard
              )[^.;!?]{0,40}
        """),
        suggestion="horaires respectés",
    ),
    rule(
        # a lifestyle as the condition: « si ce n'est pas ton truc, on ne sera pas faits pour
        # bosser ensemble », « si tu ne joues pas ..., passe ton chemin »
        "culture_fit",
        rx(r"""
            \bsi\s+(?:ce\s+n'est | c'est)\s+pas\s+(?:ton | votre)\s+(?:
                truc | kif | d[ée]lire | style | came | genre
            )\b[^.!?]{0,80}?(?:
                pas\s+faits?\s+pour | passe\w*\s+(?:ton | votre)\s+chemin
                | pas\s+pour\s+(?:toi | vous) | pas\s+ta\s+place
            )[^.!?]{0,40}
            | \bsi\s+(?:tu\s+ne | vous\s+ne)\s+(?:\w+\s+){0,1}?(?:
                  joue | bois | aime | sors | fai | pratique
              )\w*\s+pas\b[^.!?]{0,60}?(?:
                  passe\w*\s+(?:ton | votre)\s+chemin | pas\s+pour\s+(?:toi | vous)
                  | t'ennuyer | vous\s+ennuyer | pas\s+(?:ta | votre)\s+place
              )
        """),
    ),
    rule(
        # locker-room or bro culture as the team's identity; bar crawls as team building
        "culture_fit",
        rx(r"""
            \besprit\s+bro\b
            | \bambiance\s+(?:de\s+)?(?:vestiaire | potache | mecs | testost\w*)
              (?:\s+assum[ée]e)?
            | \btourn[ée]es?\s+des\s+bars\b[^.!?]{0,40}
        """),
    ),
    rule(
        # school rank as the profile: « parcours académique d'excellence requis », « réservé
        # aux élèves de l'X »
        "school_prestige",
        rx(
            r"""
                \bparcours\s+(?:acad[ée]mique | scolaire | universitaire)\s+(?:
                    d'excellence | prestigieux | brillant | d'[ée]lite
                )(?:\s+{REQ})?
                | \br[ée]serv[ée]{W}\s+aux\s+(?:
                      [ée]l[èe]ves | dipl[ôo]m[ée]s | [ée]tudiant{W} | anciens | alumni
                  )\s+(?:de\s+l' | de\s+ | d' | des\s+)[^.;!?]{1,60}
                | \buniversit[ée]s?\s+de\s+province\b[^.;!?]{0,60}?(?:
                      ne\s+correspond\w*\s+pas
                      | pas\s+(?:au | [àa])\s+(?:niveau | nos\s+standards)
                  )[^.;!?]{0,30}
            """,
            REQ=REQ,
            W=W,
        ),
    ),
]

RULES = [
    *AGE_CLASS,
    *SEX_CLASS,
    *FAMILY_CLASS,
    *ORIGIN_CLASS,
    *RELIGION_CLASS,
    *UNION_CLASS,
    *RESIDENCE_CLASS,
    *HEALTH_CLASS,
    *CONDITION_CLASS,
]
