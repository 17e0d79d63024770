"""French rules on job requirements and working conditions: school prestige, rigid diplomas,
career gaps, driving licences, personal data, team culture, availability, coded wording.

Patterns are folded (accents optional) and case-insensitive; see ``rules/__init__``.
"""

from employers.wording.rules import rule
from employers.wording.rules.common import W
from employers.wording.rules.fr_words import GAP, ONLY, PREFER, REFUSED, REFUSING, REQ

# What says a driving licence serves nothing in the job: it cancels a job reason found nearby.
_NO_DRIVING = (
    r"s[ée]dentaire|t[ée]l[ée]travail\s+(?:int[ée]gral|complet|total|[àa]\s+100)|100\s*%\s+"
    r"(?:t[ée]l[ée]travail|remote|[àa]\s+distance)|full\s+remote|sans\s+d[ée]placements?"
    r"|aucun\s+d[ée]placement|pas\s+de\s+d[ée]placements?|en\s+visio|poste\s+de\s+bureau"
)
# Personal documents asked for once hired, or said not to be needed, are fine.
_AT_HIRING = (
    r"embauche|apr[èe]s\s+(?:la\s+)?(?:signature|l'offre|votre\s+arriv[ée]e|le\s+recrutement)"
    r"|une\s+fois\s+(?:recrut|embauch|le\s+contrat|l'offre|votre\s+contrat)|ne\s+(?:vous\s+)?"
    r"(?:sera|seront)\s+(?:demand|exig)|ne\s+(?:\w+\s+)?(?:demandons|joignez|envoyez|mettez"
    r"|indiquez)\s+(?:\w+\s+)?pas|inutile|pas\s+besoin|jamais|premier\s+jour|signature\s+du\s+contrat"
)
# Leisure a team may share, and the trades where drinks are the product.
_LEISURE = (
    r"(?:bi[èe]res?|ap[ée]ros?|alcool|whisky|vins?|tequila|shots?|soir[ée]es?|f[êe]tes?"
    r"|foot(?:ball)?|rugby|fifa|jeux\s+vid[ée]o|gaming|poker|crossfit|muscu\w*|playstation"
    r"|afterworks?|boire)"
)
_DRINKS_TRADE = (
    r"brasserie|brasseur|distill|caviste|sommeli|spiritueux|boissons|vins\s+et|viticul|vignoble"
    r"|oenolog|\u0153nolog|bar\s+[àa]|h[ôo]tellerie|club\s+de\s+(?:foot|rugby)|[ée]diteur\s+de\s+jeux"
)
# Evenings or weekends said to be neither paid nor given back.
_NOT_COMPENSATED = (
    r"(?:sans\s+(?:aucune\s+)?(?:contrepartie|r[ée]cup[ée]ration|majoration|compensation"
    r"|r[ée]mun[ée]ration|paiement|prime|repos\s+compensateur|astreinte\s+r[ée]mun[ée]r[ée]e)"
    r"|non\s+(?:r[ée]cup[ée]r|r[ée]mun[ée]r|pay|major|compens|indemnis)\w*|b[ée]n[ée]voles?"
    r"|gratuite?s?|pas\s+(?:r[ée]cup[ée]r|r[ée]mun[ée]r|pay)\w*)"
)

SCHOOL_RULES = [
    rule(
        "school_prestige",
        r"\b(?:profils?\s+)?grandes?\s+[ée]coles?\b(?:\s+d'ing[ée]nieurs?|\s+de\s+commerce)?"
        r"(?:\s+" + REQ + r")?",
        # grandes écoles named next to other paths, as one of them
        unless=r"\bcomme\s+(?:les\s+|des\s+)?(?:universit|grandes|[ée]coles)|\bautant\s+que\b"
        r"|\baussi\s+bien\b|\bpeu\s+importe|\bni\s+(?:une\s+)?grande",
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
    rule(
        # prestige by league, accreditation or ranking: « Ivy League », « école triple
        # accréditée », « écoles du groupe A (classement ...) »
        "school_prestige",
        r"\b(?:ivy\s+league|oxbridge|russell\s+group)\b|\btriple(?:ment)?[- ]accr[ée]dit\w*"
        r"|\baccr[ée]dit\w*\s+(?:AACSB|EQUIS|AMBA)\b"
        r"|\b(?:[ée]coles?|universit[ée]s?|formations?)\s+(?:\w+\s+){0,2}?(?:du\s+|de\s+)?(?:groupe"
        r"|rang|cat[ée]gorie|tier)\s+(?:A|1)\b|\bclassement\s+(?:de\s+l'|du\s+|des\s+|l')?"
        r"(?:[ée]tudiant|usine\s+nouvelle|shanghai|challenges|figaro|financial\s+times|ft|qs)\b",
        suggestion="formation en lien avec le poste ou expérience équivalente",
    ),
    rule(
        # alumni of a named school as the requirement: « normalien·ne ou polytechnicien·ne »
        "school_prestige",
        r"\b(?:normalien|polytechnicien|centralien|[ée]narque|sup[ée]locien|gadzarts?)"
        + W
        + r"(?:\s+(?:ou|et)\s+(?:normalien|polytechnicien|centralien|[ée]narque)"
        + W
        + r")?",
        context=ONLY + "|" + REQ + "|" + PREFER + r"|vous\s+[êe]tes|tu\s+es|profil",
        unless=r"\b(?:fondat\w*|co-?fondat\w*|cto|ceo|pdg|dirigeant\w*|associ[ée]e?s)\b",
        suggestion="formation en lien avec le poste ou expérience équivalente",
    ),
    rule(
        # other schools turned away: « les profils universitaires ne seront pas étudiés »
        "school_prestige",
        r"\b(?:(?:profils?|candidat"
        + W
        + r"|dipl[ôo]m[ée]"
        + W
        + r"|personnes?)\s+(?:issu"
        + W
        + r"\s+)?(?:universitaires?|d'universit[ée]s?|de\s+(?:la\s+)?fac)|autres\s+(?:[ée]coles"
        r"|formations|universit[ée]s|profils|parcours))",
        context=REFUSED,
        suggestion="formation en lien avec le poste ou expérience équivalente",
    ),
    rule(
        "school_prestige",
        r"\buniversitaires?\b",
        context=REFUSING
        + r"(?:profils?|candidat"
        + W
        + r"|dipl[ôo]m[ée]"
        + W
        + r")\s+universitaires?\b",
        suggestion="formation en lien avec le poste ou expérience équivalente",
    ),
]

DIPLOMA = (
    r"(?:dipl[ôo]mes?(?:\s+d'(?:ing[ée]nieur|[ée]cole))?(?:\s+de\s+(?:niveau\s+)?\w+)?"
    r"|bac\s*\+\s*\d|baccalaur[ée]at|BTS(?:\s+[A-Z]{2,5}\b)?|DUT|BUT|licences?\s+(?:pro\w*"
    r"|en\s+\w+)|master\s*(?:\d|en\s+\w+)?|mast[èe]re|doctorat|MBA|titre\s+RNCP"
    r"(?:\s+de\s+niveau\s+\d)?|niveau\s+bac\s*\+\s*\d|titre\s+d'ing[ée]nieur(?:\s+CTI)?)"
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
        r"\b" + DIPLOMA + GAP % 6 + r"\s*,?\s*" + REQ + _REINFORCED,
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
    rule(
        # self-taught people, career changers, bootcamp graduates turned away
        "diploma_rigid",
        r"\b(?:autodidactes?|reconverti"
        + W
        + r"|personnes?\s+en\s+reconversion|profils?\s+(?:autodidactes?|reconvertis|en\s+"
        r"reconversion|atypiques|non\s+dipl[ôo]m[ée]s)|(?:dipl[ôo]m[ée]"
        + W
        + r"|issu"
        + W
        + r")\s+(?:de|d'un|des)\s+bootcamps?|bootcamps?|non[- ]dipl[ôo]m[ée]"
        + W
        + r"|sans\s+dipl[ôo]me)",
        context=REFUSED,
        unless=_REGULATED + r"|bienvenu|encourag|appr[ée]ci|valoris",
        suggestion="diplôme ou expérience équivalente",
    ),
    rule(
        "diploma_rigid",
        r"\b(?:autodidactes?|reconverti"
        + W
        + r"|reconversion|bootcamps?|non[- ]dipl[ôo]m[ée]"
        + W
        + r")",
        context=REFUSING
        + r"(?:profils?\s+)?(?:autodidactes?|reconverti"
        + W
        + r"|en\s+reconversion|issus?\s+de\s+bootcamps?|non[- ]dipl[ôo]m[ée]"
        + W
        + r")(?:\s+(?:ni|ou|et)\s+(?:profils?\s+)?(?:autodidactes?|reconverti"
        + W
        + r"))?",
        unless=_REGULATED,
        suggestion="diplôme ou expérience équivalente",
    ),
    rule(
        # « les candidatures sans Master 2 ne seront pas lues »
        "diploma_rigid",
        r"\b(?:candidat"
        + W
        + r"|profils?|personnes?|candidatures?)\s+sans\s+(?:\w+\s+)?"
        + DIPLOMA,
        context=REFUSED,
        unless=_REGULATED,
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
        unless=r"\bne\s+cherch\w*\s+pas|\bni\s+(?:un\s+)?parcours|\bpas\s+besoin|\bpeu\s+importe"
        r"|\bn'est\s+pas\s+(?:n[ée]cessaire|exig)",
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
    rule(
        "career_gap",
        r"\ben\s+(?:poste|activit[ée]|emploi)\s+actuellement\b",
        unless=r"pr[ée]avis|\bsi\s+vous\b|\bou\s+(?:non|pas|en\s+recherche|sans\s+emploi)",
    ),
    rule(
        # jobseekers turned away before they are named: « nous ne considérons pas les personnes
        # en recherche d'emploi », « pas de demandeurs d'emploi »
        "career_gap",
        r"\b(?:demandeu(?:r|se)s?\s+d'emploi|ch[ôo]meu(?:r|se)s?|inacti(?:f|ve)s?|ch[ôo]mage"
        r"|b[ée]n[ée]ficiaires?\s+du\s+(?:RSA|ch[ôo]mage))\b|\brecherche\s+d'emploi\b"
        r"|\bsans[- ]emploi\b",
        context=REFUSING
        + r"(?:personnes?\s+|candidat"
        + W
        + r"\s+|profils?\s+)?(?:demandeu(?:r|se)s?\s+d'emploi|ch[ôo]meu(?:r|se)s?|sans[- ]emploi"
        r"|inacti(?:f|ve)s?|au\s+ch[ôo]mage|en\s+recherche\s+d'emploi|b[ée]n[ée]ficiaires?\s+du"
        r"\s+(?:RSA|ch[ôo]mage)|sans\s+activit[ée])\b",
    ),
    rule(
        "career_gap",
        r"\b(?:recherche\s+d'emploi|b[ée]n[ée]ficiaires?\s+du\s+(?:RSA|ch[ôo]mage)"
        r"|sans[- ]emploi|ch[ôo]meu(?:r|se)s?|demandeu(?:r|se)s?\s+d'emploi|inacti(?:f|ve)s?"
        r"|(?:ann[ée]e|cong[ée])\s+sabbatique|pause\s+de\s+"
        r"carri[èe]re|cong[ée]\s+(?:de\s+)?longue\s+dur[ée]e)",
        context=REFUSED,
    ),
    rule(
        # work without a break since school: « ayant travaillé sans interruption »
        "career_gap",
        r"\b(?:travaill|exerc|employ)\w*\s+(?:\w+\s+){0,2}?(?:sans\s+(?:interruption|discontinuit[ée]"
        r"|coupure|pause|trou|arr[êe]t)s?|de\s+(?:fa[çc]on|mani[èe]re)\s+continue|en\s+continu"
        r"|continuellement)\b",
        unless=r"\bmachines?\b|serveurs?|production\s+en\s+continu|usine|3x8|[ée]quipes?\s+post[ée]es",
        suggestion="parcours variés bienvenus",
    ),
]

DL = (
    r"(?:permis(?:\s+de\s+conduire)?(?:\s+(?:B|C|D|E|BE|CE|VL|PL|poids\s+lourds?))?"
    r"(?:\s+valide)?|v[ée]hicule\s+(?:l[ée]ger\s+)?personnel|voiture\s+personnelle"
    r"|moyen\s+de\s+locomotion|v[ée]hicul[ée]" + W + r"|motoris[ée]" + W + r")"
)
_DRIVING_REASON = (
    # a driving job, or a licence said not needed (« pas besoin de permis »)
    r"conduct(?:eur|rice)|chauffeur|\bbus\b|autocar|moniteur|auto-[ée]cole|ambulanc|taxi|vtc"
    r"|pas\s+(?:besoin\s+)?de\s+permis|sans\s+permis|permis\s+non\s+(?:requis|exig|n[ée]cess)"
    r"|d[ée]placement|se\s+d[ée]placer|tourn[ée]es?|itin[ée]ran|chez\s+(?:nos|les|des|vos)\s+clients"
    r"|sur\s+site|terrain|interventions?|intervenir|visit|v[ée]hicule\s+de\s+(?:service|fonction"
    r"|soci[ée]t[ée])|conduite|(?<!permis\sde\s)conduire|livr|chantiers?|clients?\s+(?:de|dans)\s+(?:la|toute)"
)
DRIVING_RULES = [
    rule(
        "driving_licence",
        r"\b" + DL + r"(?:\s+(?:et|ou)\s+" + DL + r")?(?:\s+est)?" + GAP % 3 + r"\s*,?\s*"
        r"(?:" + REQ + r"|essentiel" + W + r")",
        unless=_DRIVING_REASON,
        despite=_NO_DRIVING,
        not_after=r"(?:pas\s+de|aucun|sans)\s+$",
        window="around",
        suggestion="permis B apprécié pour les déplacements chez les clients",
    ),
    rule(
        "driving_licence",
        r"\b(?:[êe]tre|exige|requiert|n[ée]cessite|doit\s+(?:avoir|poss[ée]der|disposer\s+d')"
        r"|devez\s+(?:avoir|poss[ée]der|[êe]tre|disposer\s+d'))\s+(?:titulaire\s+(?:du\s+|d'un\s+))?"
        r"(?:le\s+|un\s+|d'un\s+|une\s+)?" + DL,
        unless=_DRIVING_REASON,
        despite=_NO_DRIVING,
        window="around",
    ),
    rule(
        # a car or licence the person must already have: « vous disposez obligatoirement d'une
        # voiture personnelle »
        "driving_licence",
        r"\b(?:disposez|poss[ée]dez|avez|disposer|poss[ée]der|[êe]tes)\s+(?:obligatoirement"
        r"|imp[ée]rativement|n[ée]cessairement|absolument)\s+(?:d'une?\s+|d'un\s+|une?\s+|le\s+)?"
        + DL
        + r"|\b"
        + ONLY
        + r"\s+(?:les\s+|des\s+)?(?:candidat"
        + W
        + r"|personnes?|profils?)\s+(?:v[ée]hicul[ée]"
        + W
        + r"|motoris[ée]"
        + W
        + r"|(?:avec|ayant|disposant\s+d')\s*(?:une?\s+)?(?:voiture|v[ée]hicule|permis))",
        unless=_DRIVING_REASON,
        despite=_NO_DRIVING,
        window="around",
        suggestion="permis B apprécié pour les déplacements chez les clients",
    ),
]

PERSONAL_RULES = [
    rule(
        "personal_data",
        r"\b(?:copie|photocopie|scan)s?\s+(?:de\s+|d'|du\s+)?(?:votre\s+|ta\s+|la\s+|une\s+|vos\s+"
        r"|le\s+)?(?:carte\s+(?:d'identit[ée]|nationale\s+d'identit[ée]|vitale)|pi[èe]ces?\s+"
        r"d'identit[ée]|CNI|passeport|titre\s+de\s+s[ée]jour|permis\s+de\s+conduire"
        r"|livret\s+de\s+famille|RIB|avis\s+d'imposition)",
        unless=_AT_HIRING,
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
        unless=_AT_HIRING,
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
    rule(
        # documents and identifiers asked for with the application, not at hiring
        "personal_data",
        r"\b(?:(?:une\s+)?(?:copie|photocopie|scan)s?\s+(?:recto[- ]verso\s+)?(?:de\s+|d'|du\s+)?"
        r"(?:votre\s+|vos\s+|leur\s+|leurs\s+|sa\s+|son\s+|la\s+|le\s+)?)?(?:pi[èe]ces?\s+"
        r"d'identit[ée]|cartes?\s+(?:d'identit[ée]|nationale\s+d'identit[ée]|vitale)|CNI\b"
        r"|passeports?|num[ée]ros?\s+de\s+passeport|titres?\s+de\s+s[ée]jour|RIB\b|IBAN\b"
        r"|relev[ée]s?\s+d'identit[ée]\s+bancaire|coordonn[ée]es\s+bancaires|actes?\s+de\s+naissance"
        r"|extraits?\s+d'actes?\s+de\s+naissance|livrets?\s+de\s+famille|justificatifs?\s+de\s+"
        r"domicile|lieux?\s+de\s+naissance|date\s+et\s+(?:votre\s+|le\s+)?lieu\s+de\s+naissance"
        r"|num[ée]ros?\s+de\s+s[ée]curit[ée]\s+sociale|avis\s+d'imposition|mots?\s+de\s+passe"
        r"|identifiants\s+(?:de\s+connexion|\w+))",
        context=r"candidature|postul|dossier|joindre|joignez|envoy|transmet|fourni|indiqu|communiqu"
        r"|renseign|demand|documents?|formulaire|d[èe]s\s+(?:l'envoi|la\s+premi[èe]re)|merci\s+de",
        unless=_AT_HIRING,
    ),
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
        not_after=r"(?:over|not|rather\s+than|instead\s+of|beyond|than|plut[ôo]t\s+que|pas\s+(?:de|le|du"
        r"|sur\s+le|un\s+crit[èe]re)|\bno|au-del[àa]\s+du)\s*['\"\u00ab\u201c]?\s*(?:le\s+)?$",
        unless=r"culture\s+add",
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
        # « on bosse dur et on fait la fête »: the French "work hard, play hard"
        "culture_fit",
        r"\b(?:on\s+)?(?:bosse|travaille)\s+dur\b[^.;!?]{0,40}?(?:f[êe]te|s'amuse|fait\s+la\s+f[êe]te)",
    ),
    rule("culture_fit", r"\bwork\s+hard,?\s*(?:and\s+|&\s+|et\s+)?(?:play|party)\s+hard(?:er)?\b"),
    rule(
        # leisure or drinking made a condition: « si tu ne bois pas, tu vas t'ennuyer », « si tu
        # n'aimes pas la bière, ce poste n'est pas pour toi »
        "culture_fit",
        r"\bsi\s+(?:tu|vous)\s+(?:ne\s+(?:bois|buvez)\s+pas|n'(?:aimes|aimez)\s+pas\s+"
        r"(?:\w+\s+){0,3}?"
        + _LEISURE
        + r")\b(?:[^.;!?]{0,60}?(?:pas\s+pour\s+(?:toi|vous)|ennuyer|ta\s+place|votre\s+place"
        r"|chemin|int[ée]grer|t'abstenir|vous\s+abstenir))?",
        suggestion="moments d'équipe variés, chacun·e y participe comme il ou elle le souhaite",
        by_sentence=True,
    ),
    rule(
        # leisure tastes as a profile: « fan de foot et de soirées bières »
        "culture_fit",
        r"\bfans?\s+(?:de|d'|du|des)\s*"
        + _LEISURE
        + r"(?:\s+(?:et|,)\s+(?:de\s+|d'|du\s+|des\s+)?(?:\w+\s+)?"
        + _LEISURE
        + r")?",
        unless=_DRINKS_TRADE,
    ),
    rule(
        # drinking as team life: « des bières le jeudi soir », « la dernière bière »
        "culture_fit",
        r"\b(?:boi(?:re|t|vent|s)|buv\w+|prend\w*)\s+(?:un|des|quelques)\s+(?:coups?|verres?"
        r"|bi[èe]res?|pots?)\b"
        r"|\b(?:bi[èe]res?|ap[ée]ros?|tequila|whisky|shots?|vodka|rhum|mojitos?|cocktails?"
        r"|soir[ée]es?\s+(?:arros[ée]es|bi[èe]res?|jusqu'[àa]\s+l'aube))\b",
        context=r"tous\s+les|chaque|le\s+(?:lundi|mardi|mercredi|jeudi|vendredi)|\bsoir|apr[èe]s"
        r"\s+le\s+(?:travail|boulot)|afterwork|[ée]quipe|\bteam\b|bande|ensemble|on\s+(?:boit|fait"
        r"|partage)|derni[èe]re|tourn[ée]e|open\s+bar|volont[ée]|au\s+bureau|frigo|f[êe]te"
        r"|jusqu'[àa]|aube|s[ée]minaire",
        unless=_DRINKS_TRADE + r"|sans\s+alcool|facultati|optionnel",
        suggestion="moments d'équipe variés (avec ou sans alcool)",
    ),
    rule(
        # sameness asked for: « du même moule », « qui nous ressemble », « le même mode de vie »
        "culture_fit",
        r"\b(?:du|dans\s+le|au)\s+(?:m[êe]me\s+)?moule\b|\bqui\s+(?:nous|lui|leur)\s+ressembl\w*"
        r"|\bcomme\s+le\s+reste\s+de\s+(?:la\s+bande|l'[ée]quipe|la\s+team)\b"
        r"|\b(?:m[êe]me|notre)\s+(?:mode|style|hygi[èe]ne)\s+de\s+vie\b",
        suggestion="adhésion à nos valeurs de travail (à décrire)",
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
    r"|(?:y\s+compris\s+)?pendant\s+(?:les|vos|ses|tes)\s+(?:cong[ée]s|vacances|arr[êe]ts\s+maladie)"
    r"|tard\s+le\s+soir|[àa]\s+toute\s+heure|(?:les\s+)?jours\s+f[ée]ri[ée]s)"
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
        # « jamais le week-end », « pas de réunion le soir »: a limit, not a demand
        unless=_COMPENSATED
        + r"|\b(?:pas|jamais|aucun\w*)\s+(?:de\s+|d')?(?:[\w']+\s+){0,3}?(?:le\s+|les\s+|la\s+)?"
        r"(?:soir|week-?end|nuit|dimanche|samedi|24)",
        despite=_NOT_COMPENSATED,
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
    rule(
        # evenings, nights, weekends without anything in return, or as the norm
        "excessive_availability",
        r"\b(?:week-?ends?|soir[ée]es|soirs|nuits?|dimanches?|samedis?)"
        r"(?:\s+(?:et|ou)\s+(?:de\s+|le\s+|les\s+)?(?:nuit|soir[ée]?e?|week-?end|dimanche|samedi"
        r"|jours\s+f[ée]ri[ée])s?)?(?:\s+(?:travaill[ée]s?|de\s+(?:mise|d[ée]ploiement)\w*))?"
        r"|\b(?:interventions?|travail|permanences?|d[ée]ploiements?|r[ée]unions?|appels?)\s+"
        r"(?:de\s+|le\s+|la\s+|du\s+|en\s+)?(?:nuit|soir[ée]?e?|week-?end|dimanche|samedi)s?\b",
        context=_NOT_COMPENSATED + r"|(?:sont|est|c'est)\s+la\s+norme|syst[ée]matiques?",
        unless=_COMPENSATED + r"|\bpas\s+de\b|jamais|aucun",
        despite=_NOT_COMPENSATED,
        suggestion="horaires de bureau, astreintes planifiées et rémunérées",
    ),
    rule(
        "excessive_availability",
        r"\btoujours\s+(?:joignable|connect[ée]|disponible|dispo|en\s+ligne|sur\s+le\s+pont)"
        + W
        + r"|\bdisponibilit[ée]\s+de\s+tous\s+les\s+instants\b|\b(?:forte|grande|pleine|totale)\s+"
        r"disponibilit[ée]\s+(?:\w+\s+)?(?:"
        + REQ
        + r"|attendue)|\bcrunch\b|\bcorv[ée]able"
        + W
        + r"|\bjusqu'[àa]\s+(?:2[1-3]\s*h(?:\d\d)?|minuit)\b",
        unless=r"ouvert|horaires\s+d'ouverture|magasin|boutique|accueil\s+du\s+public|rotation"
        r"|roulement|planning|[ée]quipe\s+de\s+(?:soir|nuit)|" + _COMPENSATED,
        despite=_NOT_COMPENSATED,
        suggestion="horaires de travail définis",
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
    rule(
        "gender_coded",
        r"\bpr[ée]dat(?:eur|rice)s?\b|\bcarnassiers?\b|\baux\s+dents\s+longues\b"
        r"|\b(?:[ée]cras|d[ée]vor|an[ée]anti|d[ée]moli|massacr|pulv[ée]ris|atomis)\w*\s+(?:la\s+"
        r"concurrence|les\s+concurrents|la\s+comp[ée]tition|(?:ses|tes|vos|les|nos)\s+objectifs"
        r"|tout\s+sur\s+(?:son|ton|votre)\s+passage)",
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
