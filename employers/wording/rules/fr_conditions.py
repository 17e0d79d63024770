"""French rules on job requirements and working conditions: school prestige, rigid diplomas,
career gaps, driving licences, personal data, team culture, availability, coded wording.

Patterns are folded (accents optional) and case-insensitive; see ``rules/__init__``.
"""

from employers.wording.rules import rule
from employers.wording.rules.common import W
from employers.wording.rules.fr_words import GAP, REQ

SCHOOL_RULES = [
    rule(
        "school_prestige",
        r"\b(?:profils?\s+)?grandes?\s+[ée]coles?\b(?:\s+d'ing[ée]nieurs?|\s+de\s+commerce)?"
        r"(?:\s+" + REQ + r")?",
        suggestion="formation en informatique ou expérience équivalente",
    ),
    rule(
        "school_prestige",
        r"\b(?:[ée]coles?|universit[ée]s?|business\s+schools?|formations?|[ée]tablissements?"
        r"|masters?)\s+(?:[\w']+\s+){0,3}?(?:du\s+|de\s+|d'un\s+|class[ée]e?s?\s+dans\s+le\s+)?"
        r"top\s*-?\s*\d+\b|\btop\s*-?\s*\d+\s+(?:des\s+)?(?:[ée]coles?|universit[ée]s?"
        r"|business\s+schools?)\b",
        suggestion="formation en lien avec le poste ou expérience équivalente",
    ),
    rule(
        "school_prestige",
        r"\b(?:[ée]coles?|universit[ée]s?|formations?)\s+(?:\w+\s+){0,2}?(?:prestigieu\w+"
        r"|d'[ée]lite|de\s+renom|r[ée]put[ée]e?s?|de\s+premier\s+(?:plan|rang)|cibles?)\b",
    ),
    rule(
        "school_prestige",
        r"\b(?:polytechnique|HEC|ESSEC|ESCP|centrale|mines|ENS|sciences\s+po|dauphine|ENSAE)"
        r"(?:\s*(?:,|ou|/)\s*\w+){0,4}\s*(?:uniquement|exclusivement|exig[ée]"
        + W
        + r"|obligatoire"
        + W
        + r"|seulement)",
    ),
    rule(
        # a named elite school as the profile: "diplômé·e d'HEC ou de Polytechnique"
        "school_prestige",
        r"\b(?:dipl[ôo]m|issu|sorti|form)"
        + W
        + r"\s+(?:de\s+l'|d'|de\s+|des\s+|du\s+)(?:polytechnique|l'x\b|hec\b|essec|escp|centrale"
        r"|mines\b|ens\b|normale\s+sup|sciences\s+po|dauphine|ensae|insead|harvard|stanford"
        r"|oxford|cambridge)",
        suggestion="formation en lien avec le poste ou expérience équivalente",
        unless=r"\b(?:fondat\w*|co-?fondat\w*|cto|ceo|pdg|dirigeant\w*|associ[ée]e?s)\b",
    ),
]

DIPLOMA = (
    r"(?:dipl[ôo]mes?(?:\s+d'(?:ing[ée]nieur|[ée]cole))?(?:\s+de\s+(?:niveau\s+)?\w+)?"
    r"|bac\s*\+\s*\d|baccalaur[ée]at|BTS(?:\s+[A-Z]{2,5}\b)?|DUT|BUT|licences?\s+(?:pro\w*"
    r"|en\s+\w+)|master\s*(?:\d|en\s+\w+)?|mast[èe]re|doctorat|MBA|titre\s+RNCP"
    r"(?:\s+de\s+niveau\s+\d)?|niveau\s+bac\s*\+\s*\d)"
)
# "..., sans dérogation" / ": les autodidactes ne seront pas étudiés" belong to the same quote.
_REINFORCED = (
    r"(?:\s*[,:;]\s*(?:[^.;]{0,30}?\b(?:aucune|sans|pas\s+d')\s+(?:[ée]quivalence|d[ée]rogation"
    r"|exception)\w*|[^.;]{0,30}?autodidactes?\s+(?:\w+\s+){0,3}?(?:ne\s+seront\s+pas|s'abstenir"
    r"|exclu|non\s+retenu)" + W + r"))?"
)
_EQUIVALENCE = (
    r"\bou\b[^.;]{0,50}?(?:[ée]quivalen|exp[ée]rience|\bVAE\b|autodidacte|comp[ée]tences)"
)
_REGULATED = r"d'[ée]tat\b|r[ée]glement|l[ée]gal|ordre\s+des|habilitation|carte\s+professionnelle"
DIPLOMA_RULES = [
    rule(
        "diploma_rigid",
        r"\b" + DIPLOMA + GAP % 4 + r"\s*,?\s*" + REQ + _REINFORCED,
        not_after=r"(?:aucun|sans|pas\s+de|pas\s+d')\s*$",
        unless=_EQUIVALENCE + "|" + _REGULATED,
        suggestion="diplôme ou expérience équivalente",
    ),
    rule(
        "diploma_rigid",
        r"\b(?:aucune|sans|pas\s+d')\s+(?:[ée]quivalence|d[ée]rogation|exception)(?:\s+(?:possible"
        r"|accept[ée]e|ne\s+sera\s+accept[ée]e))?|\bautodidactes?\s+(?:\w+\s+){0,3}?(?:ne\s+seront"
        r"\s+pas|s'abstenir|exclu|non\s+retenu)" + W,
        context=DIPLOMA,
        unless=_REGULATED,
    ),
    rule(
        "diploma_rigid",
        r"\btitulaire\s+(?:obligatoirement|imp[ée]rativement|n[ée]cessairement|exclusivement)\s+"
        r"d'(?:un|une)\s+" + DIPLOMA,
        suggestion="diplôme ou expérience équivalente",
    ),
]

CAREER_RULES = [
    rule(
        "career_gap",
        r"\b(?:CV|parcours|carri[èe]re|historique)\s+(?:\w+\s+){0,2}?(?:sans\s+(?:trous?"
        r"|interruptions?|coupures?|ruptures?|pauses?)|lin[ée]aire|continu|ininterrompu)"
        + W
        + r"(?:\s+"
        + REQ
        + r")?",
        suggestion="parcours variés bienvenus",
    ),
    rule(
        "career_gap",
        r"\btrous?\s+dans\s+(?:le|votre|ton|son)\s+(?:CV|parcours|carri[èe]re)"
        r"|\bp[ée]riodes?\s+(?:d'inactivit[ée]|sans\s+emploi|de\s+ch[ôo]mage)"
        r"|\b(?:pauses?|ruptures?|interruptions?)\s+de\s+carri[èe]re",
    ),
    rule(
        "career_gap",
        r"\b(?:actuellement|d[ée]j[àa])\s+en\s+(?:poste|activit[ée]|emploi)\b(?:\s+" + REQ + r")?",
        unless=r"pr[ée]avis|\bsi\s+vous\b",
    ),
    rule(
        "career_gap",
        r"\b(?:demandeu(?:r|se)s?\s+d'emploi|ch[ôo]meu(?:r|se)s?|sans[- ]emploi|inacti(?:f|ve)s?"
        r"|au\s+ch[ôo]mage)\s+(?:\w+\s+){0,3}?(?:s'abstenir|exclu|ne\s+seront|non\s+retenu|refus"
        r"|pas\s+accept)" + W,
    ),
    rule(
        "career_gap",
        r"\b(?:cv|parcours|candidatures?)\s+(?:pr[ée]sentant|avec|comportant|qui\s+pr[ée]sentent)"
        r"\s+(?:des\s+|un\s+|une\s+)?(?:trous?|interruptions?|p[ée]riodes?\s+d'inactivit[ée]"
        r"|coupures?|pauses?)\b",
        suggestion="tous les parcours sont bienvenus",
    ),
]

DL = (
    r"(?:permis(?:\s+de\s+conduire)?(?:\s+(?:B|C|D|E|BE|CE|VL|PL|poids\s+lourds?))?"
    r"(?:\s+valide)?|v[ée]hicule\s+(?:l[ée]ger\s+)?personnel|voiture\s+personnelle"
    r"|moyen\s+de\s+locomotion|v[ée]hicul[ée]" + W + r"|motoris[ée]" + W + r")"
)
_DRIVING_REASON = (
    r"d[ée]placement|se\s+d[ée]placer|tourn[ée]es?|itin[ée]ran|chez\s+(?:nos|les|des|vos)\s+clients"
    r"|sur\s+site|terrain|interventions?|intervenir|visit|v[ée]hicule\s+de\s+(?:service|fonction"
    r"|soci[ée]t[ée])|conduite|conduire|livr|chantiers?|clients?\s+(?:de|dans)\s+(?:la|toute)"
)
DRIVING_RULES = [
    rule(
        "driving_licence",
        r"\b" + DL + r"(?:\s+(?:et|ou)\s+" + DL + r")?(?:\s+est)?" + GAP % 3 + r"\s*,?\s*"
        r"(?:" + REQ + r"|essentiel" + W + r")",
        unless=_DRIVING_REASON,
        window="next",
        suggestion="permis B apprécié pour les déplacements chez les clients",
    ),
    rule(
        "driving_licence",
        r"\b(?:[êe]tre|exige|requiert|n[ée]cessite|doit\s+(?:avoir|poss[ée]der|disposer\s+d')"
        r"|devez\s+(?:avoir|poss[ée]der|[êe]tre|disposer\s+d'))\s+(?:le\s+|un\s+|d'un\s+|une\s+)?"
        + DL,
        unless=_DRIVING_REASON,
        window="next",
    ),
]

PERSONAL_RULES = [
    rule(
        "personal_data",
        r"\b(?:copie|photocopie|scan)s?\s+(?:de\s+|d'|du\s+)?(?:votre\s+|ta\s+|la\s+|une\s+|vos\s+"
        r"|le\s+)?(?:carte\s+(?:d'identit[ée]|nationale\s+d'identit[ée]|vitale)|pi[èe]ces?\s+"
        r"d'identit[ée]|CNI|passeport|titre\s+de\s+s[ée]jour|permis\s+de\s+conduire"
        r"|livret\s+de\s+famille|RIB|avis\s+d'imposition)",
    ),
    rule(
        "personal_data",
        r"\b(?:extrait\s+(?:de\s+|du\s+)?)?casier\s+judiciaire(?:\s+vierge)?",
        unless=r"r[ée]glement|l[ée]gal|\bloi\b|obligation|mineurs|enfants|s[ée]curit[ée]\s+priv"
        r"|habilitation|cnaps",
    ),
    rule(
        "personal_data",
        r"\b(?:num[ée]ro|n°|no)\s+de\s+s[ée]cu(?:rit[ée]\s+sociale)?\b|\bNIR\b|\bcarte\s+vitale\b"
        r"|\bavis\s+d'imposition\b|\brelev[ée]s?\s+bancaires?\b",
    ),
    rule(
        "personal_data",
        r"\b(?:(?:votre|vos|ton|tes)\s+)?(?:salaire|r[ée]mun[ée]ration|package)s?\s+(?:actuel"
        r"|actuelle|pr[ée]c[ée]dent|pr[ée]c[ée]dente|ant[ée]rieur|ant[ée]rieure|brut\s+actuel)s?\b"
        r"|\b(?:(?:trois|3|deux|2)\s+)?(?:derni[èe]re?s?\s+)?(?:bulletins?|fiches?)\s+de\s+"
        r"(?:paie|paye|salaire)\b|\bhistorique\s+(?:de\s+)?(?:salaires?|r[ée]mun[ée]rations?)\b",
        suggestion="vos prétentions salariales",
    ),
    rule("personal_data", r"\b(?:vos|tes)\s+(?:identifiants|mots?\s+de\s+passe)\b"),
]

CULTURE_RULES = [
    rule("culture_fit", r"\bwork\s+hard,?\s*(?:and\s+|&\s+|et\s+)?play\s+hard\b"),
    rule(
        "culture_fit",
        r"\b(?:on\s+|nous\s+)?recrut\w*\s+(?:\w+\s+){0,3}?potes\b|\b(?:bande|[ée]quipe)\s+de\s+"
        r"(?:potes|copains)\b|\bpotes\b|\bentre\s+(?:mecs|gars|copains)\b|\besprit\s+(?:de\s+bande"
        r"|potache)\b",
        suggestion="équipe soudée et accueillante",
    ),
    rule(
        "culture_fit",
        r"\b(?:fit|match)\s+culturel\b|\bculture\s+fit\b|\bfit\s+(?:avec\s+)?(?:l'[ée]quipe"
        r"|la\s+team)\b",
        suggestion="adhésion à nos valeurs de travail (à décrire)",
    ),
    rule(
        "culture_fit",
        r"\b(?:ap[ée]ros?|ap[ée]ritifs?|happy\s+hours?|afterworks?|after-works?|soir[ée]es?|pots?)"
        r"\s+(?:\w+\s+){0,2}?(?:arros[ée]" + W + r"|tous\s+les\s+(?:lundis|mardis|mercredis"
        r"|jeudis|vendredis|soirs)|chaque\s+(?:semaine|jeudi|vendredi|soir)|le\s+(?:jeudi|vendredi)"
        r"s?|hebdo\w*|du\s+(?:jeudi|vendredi))",
        suggestion="moments d'équipe variés (avec ou sans alcool)",
    ),
    rule(
        "culture_fit",
        r"\b(?:bi[èe]res?|alcool|vins?|champagne|cocktails?)\s+(?:\w+\s+)?(?:offert"
        + W
        + r"|[àa]\s+volont[ée]|gratuit"
        + W
        + r"|[àa]\s+disposition|en\s+libre[- ]service"
        r"|pression)|\bfrigos?\s+(?:[\w']+\s+){0,3}?(?:bi[èe]res?|alcool)(?:\s+artisanales?)?\b"
        r"|\bbi[èe]res?\s+(?:\w+\s+){0,2}au\s+frigo\b|\bopen\s+bar\b|\bbeer\s+pong\b",
    ),
    rule(
        "culture_fit",
        r"\b(?:baby-?foot|table\s+de\s+ping-?pong|ping-?pong|flipper|play\s?station|ps4|xbox|ps5"
        r"|consoles?\s+de\s+jeux|salle\s+de\s+jeux|bornes?\s+d'arcade|billard|fl[ée]chettes)\b",
        suggestion="espaces de pause variés",
    ),
    rule(
        # « on bosse dur et on fait la fête »: the French "work hard, play hard"
        "culture_fit",
        r"\b(?:on\s+)?(?:bosse|travaille)\s+dur\b[^.;!?]{0,40}?(?:f[êe]te|s'amuse|fait\s+la\s+f[êe]te)",
    ),
]

AVAIL = (
    r"(?:disponib"
    + W
    + r"|joignable"
    + W
    + r"|pr[ée]sence|pr[ée]sent"
    + W
    + r"|mobilisable"
    + W
    + r"|connect[ée]"
    + W
    + r"|travaill\w*|r[ée]pondre)"
)
WHEN = (
    r"(?:24\s*h?\s*/\s*24|7\s*j?\s*/\s*7|24/7|h24|jour\s+et\s+nuit|(?:les\s+|le\s+)?soirs?"
    r"(?:\s+et\s+(?:les\s+|le\s+)?week-?ends?)?|(?:les\s+|le\s+)?week-?ends?|(?:les\s+|le\s+)?"
    r"dimanches?|(?:la\s+)?nuits?|[àa]\s+toute\s+heure|en\s+permanence|[àa]\s+tout\s+moment"
    r"|(?:y\s+compris\s+)?pendant\s+(?:les|vos|ses|tes)\s+(?:cong[ée]s|vacances)|tard\s+le\s+soir)"
)
_COMPENSATED = r"r[ée]mun[ée]r|r[ée]cup[ée]r|indemnis|compens|major[ée]|roulement|planning"
AVAILABILITY_RULES = [
    rule(
        "excessive_availability",
        r"\b(?:ne\s+)?compt\w*\s+pas\s+(?:ses|leurs|vos|nos|tes|mes|son|votre|leur)\s+(?:heures"
        r"|temps)\b|\bsans\s+compter\s+(?:ses|vos|leurs|tes|son|votre)\s+(?:heures|temps)\b",
        suggestion="horaires de travail définis (35 h, RTT)",
    ),
    rule(
        "excessive_availability",
        r"\b" + AVAIL + r"(?:\s+[\w',\u00b7-]+){0,4}?\s+" + WHEN + r"(?:\s+et\s+" + WHEN + r")?"
        r"(?:\s+(?:attendu|exig|requi|obligatoire|indispensable|imp[ée]rati)" + W + r")?",
        unless=_COMPENSATED,
        suggestion="horaires de bureau, astreintes planifiées et rémunérées",
    ),
    rule(
        "excessive_availability",
        r"\bdisponibilit[ée]\s+(?:totale|permanente|illimit[ée]e|sans\s+faille|maximale|absolue"
        r"|h24|24/7)(?:\s+(?:exig|requi|attendu|imp[ée]rati|indispensable)" + W + r")?",
        suggestion="horaires de travail définis",
    ),
    rule(
        "excessive_availability",
        r"\bsemaines?\s+de\s+(?:49|[5-9]\d)\s*h|\bjourn[ée]es?\s+de\s+(?:1[1-9]|2[0-4])\s*h"
        r"|\b(?:49|[5-9]\d)\s*h(?:eures)?\s+(?:par|/)\s*semaine\b|\bheures\s+sup\w*\s+non\s+"
        r"(?:r[ée]mun[ée]r|pay|r[ée]cup[ée]r)" + W + r"|\bhoraires?\s+(?:extensibles|[àa]\s+"
        r"rallonge|[ée]lastiques)\b",
    ),
    rule(
        "excessive_availability",
        r"\bastreintes?\s+(?:non\s+(?:r[ée]mun[ée]r[ée]es?|pay[ée]es?|compens[ée]es?"
        r"|r[ée]cup[ée]r[ée]es?|indemnis[ée]es?)|gratuites?|b[ée]n[ée]voles?)\b",
        suggestion="astreintes rémunérées ou récupérées",
    ),
]

NINJA_UNLESS = r"\bcmake\b|\bmeson\b|build\s+system|cha[îi]ne\s+de\s+compilation"
CODED_RULES = [
    rule(
        "gender_coded",
        r"(?<![/\w-])(?:ninjas?|rock\s*stars?|jedis?|gourous?|gurus?|super-?h[ée]ros|guerri(?:er"
        r"|[èe]re)s?|requins?|tueu(?:r|se)s?|killers?|m[âa]les?\s+alpha|alpha\s+m[âa]les?"
        r"|gladiateurs?|samoura[ïi]s?|samurais?|mercenaires?|pitbulls?|testost[ée]rone|cadors?"
        r"|winners?)\b(?![-/]build)(?:\s+(?:du|de\s+la|de\s+l'|des|de|d')\s*[\w.+#-]+)?",
        unless=NINJA_UNLESS,
        suggestion="expert·e",
    ),
    rule(
        "gender_coded",
        r"\b(?:conqu[ée]rant|combati(?:f|ve)|agressi(?:f|ve)|viril)" + W + r"|\bagressivit[ée]\b",
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
