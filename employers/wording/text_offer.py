"""Offer-scope findings the text itself proves, without the offer's fields (issue 21).

``check()`` reads an excerpt, not a whole offer: silence about pay or a contract's end proves
nothing there. What the text can prove is said in it:

- ``salary_missing``: a pay line that gives no figure (« Rémunération : selon profil »,
  « Salaire : N.C. », "Compensation: competitive, DOE", "salary will be discussed") while no
  amount appears anywhere in the text;
- ``contract_incomplete``: a fixed-term or temp contract named with no duration or end in the
  text, or one said to be undetermined (« durée non précisée », "length TBD"), and part-time
  work named with no hours (« horaires à définir », "mornings only");
- ``contradiction``: two statements of the text that exclude each other (beginners welcome and
  years required, no degree and a degree required, « anglais non requis » and a C1 level,
  full remote and office presence every day, internship and permanent contract, full-time and
  part-time or too few hours). The later statement is the quote.

``check_offer`` (``offer.py``) reconciles these with the offer's fields: a text finding that
the fields answer (a salary, an end date, weekly hours) is dropped, and an offer-level finding
already given by the text is not repeated.

Speed: every regex here is searched only when a cheap ``in`` test on the folded text finds
a word it needs; most offers run none of them.
"""

import re
from functools import cache

from employers.wording.categories import categories
from employers.wording.finding import Finding
from employers.wording.rules.messages import OFFER_MESSAGES
from employers.wording.text_values import (
    PAY_LABEL_WORDS,
    PLACE_WORDS,
    pay_contradiction,
    place_contradiction,
)
from employers.wording.text_words import Plan, WordIndex, plan

# the folded text is in lower case: no re.IGNORECASE, which makes re slower
_I = re.NOFLAG

# ---------------------------------------------------------------------------------- salary
_PAY_WORDS = (
    "salai",
    "remunera",
    "package",
    "salary",
    "compensation",
    "pay:",
    " pay ",
    "wage",
    "tjm",
)
# an amount of money: « 2 400 € », « 38-42 k€ », "£45k", "$60,000", « SMIC », "€13/h"
_AMOUNT = re.compile(
    r"\d\s*(?:k\s*)?(?:€|eur\b|euros?\b|£|\$|k\b|chf)|[€£$]\s*\d|\bsmic\b|\bminimum\s+wage\b"
    r"|\d\s*(?:€|eur)?\s*/\s*(?:h|heure|hour|mois|month|an|year|jour|day)\b|\btjm\s*:?\s*\d",
    _I,
)
_CURRENCIES = ("€", "£", "$")  # a currency sign is an amount, found without a regex
# Money that is not pay: a company's revenue or funds, a budget, counts of people (« 120 M€
# de CA », "we raised €12m", « 150 k€/mois de budget », "200k young workers").
_NOT_PAY_MONEY = re.compile(
    r"\d\s*(?:m|md|mds|bn|b)\s*(?:€|\$|£|eur)|[€$£]\s*\d+(?:[.,]\d+)?\s*(?:m|bn|b)\b"
    r"|\bmillions?\b|\bmilliards?\b|\bbillions?\b|chiffre\s+d'affaires|\bca\b|\braised\b"
    r"|\blev[ée]e|\bfunding|\bturnover|\brevenue|\bbudget|\bvalued|\bvalorisation"
    r"|\d\s*k\s+(?:[a-z]+\s+)?(?:users|people|workers|customers|clients|employees|members"
    r"|followers|downloads|subscribers|utilisateur|personnes|salari|abonn|visiteurs|visitors)",
    _I,
)
_PAY = r"(?:salaire|r[ée]mun[ée]ration|package|salary|compensation|pay|wages?|tjm|r[ée]mu|rate)"
# what stands for a figure: « selon profil », « à négocier », « N.C. », "DOE", "TBD"...
_VAGUE = (
    r"(?:selon(?!\s+(?:la\s+|le\s+)?(?:grille|bar[èe]me)\b(?!\s+interne))|suivant|en\s+fonction\s+d|[àa]\s+(?:n[ée]gocier|d[ée]finir|discuter|voir|d[ée]terminer)"
    r"|n\.?\s?c\.?(?=\W|$)|non\s+(?:communiqu|pr[ée]cis|d[ée]fini)|confidenti|attracti|motivant"
    r"|comp[ée]titi|int[ée]ressant|n[ée]gociable|negotiable|d\.?o\.?e\b|depending|dependent"
    r"|based\s+on|commensurate|tbd\b|tbc\b|to\s+be\s+(?:discussed|defined|agreed|confirmed)"
    r"|will\s+be\s+discussed|on\s+en\s+parle|en\s+entretien|discussed|upon\s+request|on\s+request"
    # pay left to a later talk: « nous en parlerons ensemble », « lors du premier entretien »
    r"|(?:nous\s+)?en\s+parler|parlerons|discuterons|lors\s+(?:du|de\s+l')\s*(?:premier\s+)?entretien"
    r"|at\s+(?:the\s+)?(?:first\s+)?interview"
    r"|sur\s+demande|market\s+rate|ajust|attractive|great|excellent|top|generous"
    # the reader is sent to ask: « nous consulter », "contact us", "ask us at interview"
    r"|nous\s+(?:consulter|contacter|demander)|contact\s+us|ask\s+us|enquire|inquire"
    # pay left open or to the statute without its grid: « statutaire », « à la hauteur de vos
    # ambitions », "according to the statutory conditions", "open — make us an offer", "we'll
    # tell you on arrival", « on verra »
    r"|statutaire(?!\s*(?:\+|\(|selon|grille|indice|sur\s+la\s+base))"
    r"|(?:statutory|according\s+to)(?!\s+(?:the\s+)?(?:statutory\s+|legal\s+|official\s+"
    r"|national\s+|collective\s+|apprenticeship\s+)?(?:pay\s+)?(?:scale|grid|rates?|agreement))"
    r"|[àa]\s+la\s+hauteur|make\s+us\s+an\s+offer|faites[- ]nous\s+une\s+(?:offre|proposition)"
    r"|open\s*(?:[,—–-]|$)|on\s+arrival|[àa]\s+l'arriv[ée]e|we'll\s+(?:tell|see|talk)|on\s+verra"
    r"|it\s+depends|[çc]a\s+d[ée]pend)\w*"
    # the words a formula is about: « selon profil », "based on experience"
    r"(?:\s+(?:le\s+|la\s+|votre\s+|ton\s+|your\s+)?(?:profils?|exp[ée]riences?|postes?"
    r"|comp[ée]tences|niveau|experience|skills|level))?"
)
_SALARY_VAGUE = re.compile(
    # a pay label then, within a few words, what stands for its figure
    r"\b"
    + _PAY
    + r"\w*\b[^.\n|;!?]{0,40}?"
    + _VAGUE
    # or the vague word first: "a competitive salary", « un package attractif »
    + r"|\b(?:comp[ée]titi\w*|attracti\w*|motivant\w*|generous|excellent|great|int[ée]ressant\w*)"
    r"\s+(?:\w+\s+)?" + _PAY + r"\b",
    _I,
)

# -------------------------------------------------------------------------------- contract
_FIXED_WORDS = (
    "cdd",
    "determinee",
    "fixed",
    "temporary",
    "short-term",
    "short term",
    "interim",
    "saisonn",
    "vacataire",
    "seasonal",
)
_FIXED_TERM = re.compile(
    r"\bcdd\b|\bcontrat\s+[àa]\s+dur[ée]e\s+d[ée]termin[ée]e|\b(?:mission|contrat)\s+d'int[ée]rim"
    # (a temp agency that hires, « agence d'intérim », is the employer, not the contract)
    r"|\bint[ée]rim\b(?<!agence\sinterim)(?<!agence\sd'interim)(?<!agences\sd'interim)(?<!societe\sd'interim)"
    r"(?<!cabinet\sd'interim)(?<!entreprise\sd'interim)(?<!reseau\sd'interim)"
    r"(?<!groupe\sd'interim)|\bcontrat\s+saisonnier|\bfixed[- ]term\b"
    r"|\btemporary\s+(?:contract|role|position|job)"
    r"|\bseasonal\s+(?:contract|role|position|job)"
    r"|\bshort[- ]term\s+(?:contract|role|position|assignment)"
    # (a « vacataire » is hired by the job, for no stated length)
    r"|\bvacataire\b",
    _I,
)
# a duration or an end: « 6 mois », « jusqu'au 30 juin », « du 3 mars au 30 août », "until",
# "12-month", « fin de contrat : », "end date: 31/08"
_DURATION = re.compile(
    r"(?<![.,\d])\b\d{1,2}(?:[.,]\d)?\s*-?\s*(?:mois|semaines?|months?|weeks?|jours|days|an\b"
    r"(?!\s+hour)|ans\b|year\b|years\b)(?!'?\s+(?:d'exp|of\s+exp|exp))|\bjusqu'(?:au|[àa]|en)\b|\buntil\b|\btill\b"
    r"|\bdu\s+\d{1,2}(?:er)?\s+\w+\s+au\s+\d|\bfrom\s+\d{1,2}\s+\w+\s+to\b|\b\d{1,2}/\d{1,2}"
    r"(?:/\d{2,4})?\s*(?:au|to|-|–)\s*\d{1,2}/\d{1,2}|\bend\s+date\s*:?\s*\d|\bfin\s*:?\s*\d"
    r"|\b(?:un|une|one|a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen"
    r"|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|dix-huit)[\s-]+(?:mois|semaines"
    r"|months?|weeks?(?!-end)|ans?|years?)\b|\b(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t"
    r"|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|june|july|august"
    r"|september|october|november|december)\s+(?:\d{4}|prochain)"
    # a range of two dates, « 1er mai – 31 octobre », "1 May - 30 September"
    r"|\b\d{1,2}(?:er|st|nd|rd|th)?\s+[a-zéû]{3,9}\.?\s*(?:-|–|au|to)\s*\d{1,2}(?:er|st|nd|rd|th)?"
    r"\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
    r"|d[ée]cembre|jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept?\w*|oct\w*|nov\w*"
    r"|dec\w*)\b",
    _I,
)
# how long the company or someone has been at something is no contract's length: « depuis
# 15 ans », "since 15 years", « il y a 30 ans », "20 years ago", « 12 ans d'existence »
_AGE_BEFORE = re.compile(
    r"(?:\bdepuis|\bsince|\bil\s+y\s+a|\bfor\s+(?:over|more\s+than)|\bover\s+the\s+(?:last|past))"
    r"(?:\s+(?:plus\s+de|pr[eè]s\s+de|over|more\s+than|nearly|almost|about|environ))?\s*$"
)
_AGE_AFTER = re.compile(r"\s*(?:ago\b|old\b|d'existence|d'histoire|of\s+history|d'expertise)")
# a duration said to be undetermined is no duration: « durée non précisée », "length TBD"
_NO_DURATION = re.compile(
    r"\bdur[ée]e\s+(?:non\s+(?:pr[ée]cis|d[ée]fini|d[ée]termin|communiqu)\w*|ind[ée]termin\w*"
    r"|[àa]\s+(?:d[ée]finir|d[ée]terminer|pr[ée]ciser|voir)|selon\s+[\w\s']{1,25}"
    r"|variable|inconnue)"
    r"|\b(?:length|duration|end\s+date|term)\s*(?:\(|:|is|will\s+be)?\s*(?:tbd|tbc|unknown"
    r"|not\s+(?:yet\s+)?(?:known|defined|fixed|set)|to\s+be\s+(?:defined|confirmed|agreed)"
    r"|depends|open|flexible)"
    r"|\bend\s+date\s+(?:depends|to\s+be)",
    _I,
)
_PART_WORDS = ("partiel", "part-time", "part time", "non complet")
# (« temps non complet » is the public service's part time)
_PART_TIME = re.compile(r"\btemps\s+(?:partiel|non\s+complet)\b|\bpart[- ]time\b", _I)
# the line that states the contract: « Contrat : … », "Contract: …", « Durée du travail : … »
_CONTRACT_LINE = re.compile(
    r"(?:contrat|contract|type\s+d'emploi|type\s+de\s+poste|nature\s+du\s+contrat|dur[ée]e"
    r"|temps\s+de\s+travail|working\s+(?:time|hours)|employment\s+type|job\s+type)"
    r"[^\n:]{0,20}:",
    _I,
)


def _on_contract_line(regex: re.Pattern, folded: str) -> re.Match | None:
    """The first match of ``regex`` on the line stating the contract, else its first match
    (a title's « (part-time) » is not the statement a reader corrects)."""
    first = None
    for m in regex.finditer(folded):
        first = first or m
        line = folded[folded.rfind("\n", 0, m.start()) + 1 : m.start()]
        if _CONTRACT_LINE.search(line):
            return m
    return first


# part-time as an option of a full-time job: « temps plein ou temps partiel », "full-time or
# part-time": the hours of the full-time job are the offer's
_PART_OPTION = re.compile(
    r"(?:temps\s+(?:plein|complet)|full[- ]time)\s*(?:ou|or|/)\s*(?:[àa]\s+)?$", _I
)
# hours of work: « 24 h », « 20 heures », « 8h30-12h », "20 hours", « 80 % », « 3 jours par
# semaine », "3 days a week", « mi-temps » (a half of full time); not a pay rate « 12 €/h »
_HOURS = re.compile(
    r"(?<![€$£/])\b\d{1,2}(?:[.,]\d{1,2})?\s*(?:h\b|h\d{2}|heures?\b|hours?\b|hrs?\b)"
    r"|\b\d{2}\s*%|\bmi-temps\b|\bhalf[- ]time\b|\b\d\s*(?:jours?|j|days?)\s*(?:par|/|a|per)\s*"
    r"(?:semaine|sem\b|week)|\b\d/5\b",
    _I,
)
_NO_HOURS = re.compile(
    r"\bhoraires?\s+(?:[àa]\s+(?:d[ée]finir|d[ée]terminer|pr[ée]ciser|voir)|non\s+\w+"
    r"|variables?|selon\s+\w+)|\bhours?\s+(?:to\s+be\s+(?:confirmed|defined|agreed)|tbd|tbc"
    r"|vary|variable|depend\w*|flexible|not\s+(?:yet\s+)?(?:fixed|set|defined))"
    r"|\b(?:mornings?|afternoons?|evenings?|matin[ée]?e?s?|apr[eè]s-midis?|soir[ée]?e?s?)"
    r"\s+(?:only|uniquement|seulement)",
    _I,
)

# --------------------------------------------------------------------------- contradictions
# each side: (words one of which the folded text must hold, regex)
_YEARS = (
    r"\b(?:{n})\s*\+?\s*(?:ans|ann[ée]es|years?|yrs)\s*\+?\s*(?:(?:minimum\s+)?d'exp[ée]rience"
    r"|(?:of\s+)?(?:[\w'+#.-]+\s+){{0,5}}experience|(?:minimum|min\.?)\b|d'anciennet[ée])"
    r"(?:\s+(?:minimum|exig[ée]s?|requis|obligatoires?|indispensables?|required|minimum))?"
)
# what makes a requirement a wish: « ... serait un plus », "... is a plus", « appréciée »
_WISH = re.compile(
    r"[^.;\n]{0,40}?\b(?:un\s+plus|a\s+plus|appr[ée]ci|souhait|id[ée]al|bonus|nice\s+to"
    r"|preferred|ideally|an\s+advantage|un\s+atout|would\s+be\s+(?:great|good))",
    _I,
)
_MANY = r"[5-9]|[1-3]\d"  # five years and more
_SOME = r"[2-9]|[1-3]\d"  # two years and more
_SENIOR = r"\b(?:senior\s+level|niveau\s+(?:senior|expert)|profil\s+senior|expert\s+level)\b"
# a job said to be fully remote
_FULL_REMOTE = (
    (
        "100 % tele",
        "100% tele",
        "teletravail complet",
        "teletravail integral",
        "teletravail total",
        "teletravail 100",
        "full remote",
        "fully remote",
        "full-remote",
        "fully-remote",
        "100% remote",
        "100 % remote",
        "remote-only",
        "remote only",
        "a distance",
    ),
    r"\b100\s*%\s*(?:en\s+)?t[ée]l[ée]travail|\bt[ée]l[ée]travail\s+(?:complet|int[ée]gral|total"
    r"|100\s*%)|\bfull(?:y)?[- ]remote\b|\b100\s*%\s*remote\b|\bremote[- ]only\b"
    r"|\b(?:enti[eè]rement|totalement)\s+[àa]\s+distance",
)
_PAIRS: list[tuple[str, tuple[tuple[str, ...], str], tuple[tuple[str, ...], str]]] = [
    (
        "beginner_vs_years",
        (
            (
                "debutant",
                "sans experience",
                "aucune experience",
                "experience non",
                "premier emploi",
                "jeune diplome",
                "jeunes diplome",
                "entry-level",
                "entry level",
                "no experience",
                "no prior",
                "no previous",
                "beginner",
                "graduates welcome",
                "first job",
            ),
            r"\bd[ée]butant\S*\s+(?:accept|bienvenu|admis|possible)|\bsans\s+exp[ée]rience\b"
            r"|\baucune\s+exp[ée]rience\s+(?:requise|exig[ée]e|n[ée]cessaire|demand[ée]e)"
            r"|\bexp[ée]rience\s+non\s+(?:requise|exig[ée]e|n[ée]cessaire)|\bpremier\s+emploi\b"
            r"|\bjeunes?\s+dipl[ôo]m\S*\s+(?:accept|bienvenu)|\bentry[- ]level\b"
            r"|\bno\s+(?:prior\s+|previous\s+)?experience\s+(?:required|needed|necessary)"
            r"|\bbeginners?\s+(?:welcome|accepted)|\bgraduates?\s+welcome|\bfirst\s+job\b",
        ),
        (("ans d", "ans minimum", "annees", "year", "yrs"), _YEARS.format(n=_SOME)),
    ),
    (
        "beginner_vs_years",
        (
            (
                "junior",
                "alternan",
                "apprenti",
                "professionnalisation",
                "stagiaire",
                "stage de",
                "internship",
                "intern ",
                "trainee",
            ),
            r"(?<!des\s)(?<!les\s)(?<!two\s)\bjunior\b(?!s|\s+[\w-]+s\b)|\balternan(?:ce|t\S*)\b|\bapprenti(?:ssage|\S*)\b"
            r"|\bcontrat\s+de\s+professionnalisation\b|\bstagiaire\b|\bstage\s+de\b"
            r"|\binternship\b|\bintern\b|\bapprenticeship\b|\btrainee\b",
        ),
        (
            (
                "ans d",
                "ans minimum",
                "annees",
                "year",
                "yrs",
                "senior level",
                "niveau senior",
                "profil senior",
                "niveau expert",
                "expert level",
            ),
            _YEARS.format(n=_MANY) + "|" + _SENIOR,
        ),
    ),
    (
        "diploma",
        (
            (
                "aucun diplome",
                "sans diplome",
                "diplome non",
                "no degree",
                "no formal",
                "no diploma",
                "no qualification",
                "degree not",
            ),
            r"\baucun\s+dipl[ôo]me\s+(?:n'est\s+)?(?:requis|exig[ée]|n[ée]cessaire|demand[ée])"
            r"|\bsans\s+dipl[ôo]me\b|\bdipl[ôo]me\s+non\s+(?:requis|exig[ée]|obligatoire)"
            r"|\bno\s+(?:formal\s+)?(?:degree|diploma|qualifications?)\s+(?:is\s+)?"
            r"(?:required|needed|necessary)|\bdegree\s+not\s+(?:required|needed)",
        ),
        (
            ("bac", "master", "licence", "diplome", "degree", "phd", "doctorat", "bachelor"),
            r"\b(?:bac\s*\+\s*\d|master\S*|licence|doctorat|dipl[ôo]me\s+d'ing[ée]nieur)"
            r"[^.\n]{0,40}?\b(?:obligatoire|exig[ée]|requis|indispensable|imp[ée]ratif)"
            r"|\b(?:titulaire|diplom[ée]\S*)\s+d'un\s+(?:bac\s*\+|master|doctorat|dipl[ôo]me)"
            r"|\bmust\s+(?:hold|have)\s+(?:a|an)\s+(?:\w+\s+)?(?:master|bachelor|phd|degree"
            r"|doctorate|msc|bsc)\S*(?:\s+(?:degree\s+)?in\s+[\w\s]{1,30}?\b(?=[.,;\n]|$))?"
            r"|\b(?:master\S*|bachelor\S*|phd|degree|msc|bsc)\s+(?:is\s+)?(?:required|mandatory)",
        ),
    ),
    (
        "language",
        (
            (
                "non requis",
                "not required",
                "pas requis",
                "non necessaire",
                "not needed",
                "non exige",
                "pas besoin de parler",
                "no english",
                "no german",
                "no french",
                "no spanish",
            ),
            r"\b(?:anglais|english|allemand|german|espagnol|spanish|fran[çc]ais|french)\s+"
            r"(?:non|not|pas)\s+(?:requis|required|n[ée]cessaire|needed|exig[ée]|obligatoire)"
            r"|\bpas\s+besoin\s+de\s+parler\s+\w+|\bno\s+(?:english|german|spanish|french)\s+"
            r"(?:required|needed)",
        ),
        (
            ("b2", "c1", "c2", "courant", "fluent", "bilingu"),
            r"\b(?:niveau\s+)?(?:b2|c1|c2)\b[^.\n]{0,15}?\b(?:exig[ée]|requis|obligatoire"
            r"|indispensable|required|mandatory)|\b(?:courant|bilingue|fluent|fluency)\b"
            r"[^.\n]{0,15}?\b(?:exig[ée]|requis|obligatoire|indispensable|required|mandatory)",
        ),
    ),
    (
        "remote_vs_office",
        _FULL_REMOTE,
        (
            ("bureau", "office", "site", "locaux", "presentiel"),
            r"\bpr[ée]sence\s+(?:obligatoire|requise|exig[ée]e|quotidienne)\s+(?:au|sur|dans|[àa])\s+"
            r"[^.\n]{0,60}|\b(?:pr[ée]sentiel|sur\s+site)\s+(?:obligatoire|5\s*j|tous\s+les\s+jours)"
            r"[^.\n]{0,40}|\bbased\s+(?:in|at)\s+(?:our|the)\s+[^.\n]{0,30}?office[^.\n]{0,30}?"
            r"(?:5|five)\s+days|\b(?:in|at)\s+(?:the|our)\s+office\s+(?:5|five)\s+days"
            r"|\bon[- ]site\s+(?:5|five)\s+days"
            r"|\b(?:5|cinq)\s+jours\s+(?:sur\s+5\s+)?(?:au\s+bureau|sur\s+site)"
            # most days of the week at the office, the office named or not
            r"|\bpr[ée]sence\s+(?:au\s+bureau|sur\s+site|dans\s+(?:nos|les)\s+locaux)[^.\n]{0,30}?"
            r"\b(?:[3-5]|trois|quatre|cinq)\s+jours|\b(?:be|work)\s+(?:in|at|from)\s+(?:the|our)\s+"
            r"(?:[\w-]+\s+)?office\s+(?:every\s+day|daily|(?:[3-5]|three|four|five)\s+days)",
        ),
    ),
    (
        "internship_vs_permanent",
        (
            ("stage", "internship", "intern ", "intern,", "intern."),
            # (a stage of a process, or a regulated traineeship after a diploma, is no internship)
            r"(?<!every\s)(?<!each\s)(?<!any\s)(?<!this\s)(?<!that\s)(?<!next\s)(?<!final\s)"
            r"(?<!first\s)(?<!early\s)(?<!later\s)(?<!au\s)\bstage\b(?!\s+(?:of|d'expertise))"
            r"|\bstagiaire\b|\binternship\b|\bintern\b",
        ),
        (
            ("cdi", "permanent", "indetermin"),
            r"\bcdi\b|\bpermanent\s+(?:contract|position|role|job)|\bcontrat\s+[àa]\s+dur[ée]e"
            r"\s+ind[ée]termin[ée]e",
        ),
    ),
    (
        "working_time",
        (
            ("temps plein", "temps complet", "full-time", "full time"),
            r"\btemps\s+(?:plein|complet)\b|\bfull[- ]time\b",
        ),
        (
            (
                "partiel",
                "part-time",
                "part time",
                "heures par",
                "h par",
                "h/s",
                "hours per",
                "hours a",
                "hours/",
                "h/w",
                "hrs",
            ),
            # hours are read whole, decimal part included: "37.5h/week" is not "5h/week"
            r"\btemps\s+partiel\b|\bpart[- ]time\b|(?<![\d.,])(?:[1-9]|[12]\d)(?:[.,]\d{1,2})?"
            r"\s*(?:h|heures|hours|hrs)\s*(?:par|/|a|per)\s*(?:semaine|sem\b|week|wk)",
        ),
    ),
    (
        "working_time",
        (("temps partiel", "part-time", "part time"), r"\btemps\s+partiel\b|\bpart[- ]time\b"),
        (
            # (the hours' figures: 35 to 49)
            tuple(str(n) for n in range(35, 50)),
            r"(?<![\d.,])(?:3[5-9]|4\d)(?:[.,]\d{1,2})?\s*(?:h|heures|hours|hrs)\b\s*"
            r"(?:(?:par|/|a|per)\s*(?:semaine|sem\b"
            r"|week|wk))?",
        ),
    ),
    (
        "remote_vs_relocation",
        _FULL_REMOTE,
        (
            ("relocat", "demenag", "s'installer", "move to"),
            r"\brelocat(?:e|ion|ing)\b[^.\n]{0,40}?\b(?:required|mandatory|expected|compulsory"
            r"|needed|necessary|obligatory)|\b(?:must|will\s+need\s+to|will\s+have\s+to"
            r"|have\s+to|required\s+to)\s+(?:relocate|move)\s+to\b[^.\n,;]{0,30}"
            r"|\bd[ée]m[ée]nagement\s+(?:[àa]|sur|vers|en|dans)\s+[^.\n]{0,30}?\b(?:obligatoire"
            r"|exig[ée]|requis|indispensable|imp[ée]ratif)|\b(?:vous\s+devrez|obligation\s+de"
            r"|devez)\s+(?:d[ée]m[ée]nager|vous\s+installer|vous\s+relocaliser)\b[^.\n,;]{0,30}",
        ),
    ),
    (
        "weekends",
        (
            (
                "week-end",
                "weekend",
                "week end",
                "samedi",
                "dimanche",
                "saturday",
                "sunday",
                "lundi au vendredi",
                "monday to friday",
            ),
            r"\b(?:pas\s+de|jamais\s+(?:de|le)|aucun|sans)\s+(?:travail\s+(?:le|du|en)\s+)?"
            r"(?:week-?\s?ends?|samedis?|dimanches?)\b|\bweek-?\s?ends?\s+(?:libres?|off|free)\b"
            r"|\bno\s+(?:weekend|week-end|saturday|sunday)s?\s*(?:work|shifts?)?\b"
            r"|\bnever\s+(?:on\s+|at\s+)?(?:weekends|week-ends|saturdays|sundays)\b"
            r"|\b(?:du\s+)?lundi\s+au\s+vendredi\s+(?:uniquement|seulement)|\bmonday\s+to\s+friday"
            r"\s+only\b",
        ),
        (
            ("samedi", "dimanche", "week-end", "weekend", "saturday", "sunday"),
            r"\b(?:travail|ouverture|pr[ée]sence|permanences?|service|astreintes?)\s+(?:le\s+|les\s+"
            r"|du\s+)?(?:samedis?|dimanches?|week-?\s?ends?)\b(?:\s+(?:obligatoires?|par\s+roulement"
            r"|inclus))?|\b(?:samedis?|dimanches?|week-?\s?ends?)\s+(?:travaill[ée]s?|inclus"
            r"|obligatoires?)|\b(?:saturday|sunday|weekend|week-end)\s+(?:shifts?|work|working)\b"
            r"|\b(?:work(?:ing)?|shifts?)\s+(?:on\s+)?(?:saturdays?|sundays?|weekends?)\b"
            r"|\b(?:rota|schedule)\s+includes\s+(?:every\s+)?(?:saturday|sunday|weekend)s?"
            r"|\bweek-?\s?ends?\s+(?:included|required)",
        ),
    ),
    (
        "shifts",
        (
            (
                "horaires fixes",
                "horaire fixe",
                "horaires de journee",
                "fixed hours",
                "fixed daytime",
                "fixed day",
                "fixed schedule",
                "day shifts only",
                "pas de travail de nuit",
                "no night",
            ),
            r"\bhoraires?\s+(?:fixes?|de\s+journ[ée]e)\b|\bfixed\s+(?:daytime\s+|day\s+)?"
            r"(?:hours|schedule)\b|\bday\s+shifts?\s+only\b|\b(?:pas\s+de|aucun|jamais\s+de)\s+"
            r"travail\s+de\s+nuit|\bno\s+night\s+(?:work|shifts?)",
        ),
        (
            (
                "2x8",
                "3x8",
                "4x8",
                "5x8",
                "x 8",
                "poste",
                "alternant",
                "rotating",
                "rotation",
                "shift",
                "travail de nuit",
                "postes de nuit",
                "decale",
            ),
            r"\b[2-5]\s?x\s?8\b|\btravail\s+post[ée]|\b[ée]quipes?\s+alternantes?"
            r"|\brotating\s+(?:\w+\s+)?shifts?|\bshift\s+(?:work|rotation|pattern)s?\b"
            r"|\bnight\s+shifts?|\bpostes?\s+de\s+nuit|\btravail\s+de\s+nuit"
            r"|\bhoraires\s+d[ée]cal[ée]s",
        ),
    ),
    (
        "permanent_vs_fixed_term",
        (
            ("cdi", "permanent", "indetermin"),
            r"\bcdi\b|\bpermanent\s+(?:contract|position|role|job|post)\b|\bpermanent\s*[,|]"
            r"|\bcontrat\s+[àa]\s+dur[ée]e\s+ind[ée]termin[ée]e",
        ),
        (
            ("cdd", "determinee", "fixed-term", "fixed term", "temporary", "month", "mois"),
            r"\bcdd\b|\bcontrat\s+[àa]\s+dur[ée]e\s+d[ée]termin[ée]e|\bfixed[- ]term\b"
            r"(?:\s+(?:contract|role|position|assignment|post))?|\btemporary\s+(?:contract|role"
            r"|position|job|assignment|post)|\b\d{1,2}[- ](?:month|week|mois)\s+(?:fixed[- ]term\s+"
            r"|temporary\s+)?(?:assignment|contract|mission|role)",
        ),
    ),
]
# a later step or an option is no contradiction: « stage pouvant déboucher sur un CDI »,
# "internship with a view to a permanent contract", « temps plein ou temps partiel »
_BRIDGE = re.compile(
    r"d[ée]bouch|embauche|[àa]\s+l'issue|suivi\s+d'un|possibilit|perspective|en\s+vue\s+d"
    r"|with\s+a\s+view|lead\s+to|leading\s+to|turn\s+into|convert|conversion|pr[ée]-?embauche"
    r"|\bthen\b|\bpuis\b|\bensuite\b|\bou\b|\bor\b|\bpossible|envisageable|option|accept[ée]"
    r"|n[ée]gociable|\bet\s+(?:des\s+)?(?:cdi|cdd)\b|apr[eè]s|after|later|futur"
    r"|\bsi\s|\bif\s|sur\s+demande|on\s+request"
    # a fallback for a public post, or a later change of hours: « à défaut, aux contractuel·les
    # (CDD) », « temps partiel évolutif vers un temps plein »
    r"|[àa]\s+d[ée]faut|contractuel|[ée]volut|vers\s+un\s+temps",
    _I,
)
# a fixed-term contract that may be extended is still fixed-term: no bridge to a permanent one
_EXTENSION = re.compile(
    r"possib\w*\s+(?:extension|prolongation|renouvellement|renewal)|(?:extension|prolongation"
    r"|renouvellement|renewal)\s+(?:possible|envisageable)|\brenouvelable|\brenewable",
    _I,
)


def _bridged(folded: str, lo: int, hi: int) -> bool:
    extended = [m.span() for m in _EXTENSION.finditer(folded, lo, hi)]
    return any(
        not any(a <= m.start() < b for a, b in extended) for m in _BRIDGE.finditer(folded, lo, hi)
    )


_COMPILED_PAIRS = [
    (name, (a_words, re.compile(a, _I)), (b_words, re.compile(b, _I)))
    for name, (a_words, a), (b_words, b) in _PAIRS
]
_CONTRADICTION_MESSAGES = {
    "diploma": {
        "fr": "L'offre dit qu'aucun diplôme n'est requis puis en exige un.",
        "en": "The offer says no degree is required, then requires one.",
    },
    "language": {
        "fr": "L'offre dit qu'une langue n'est pas requise puis en exige un niveau.",
        "en": "The offer says a language is not required, then requires a level of it.",
    },
    "remote_vs_office": {
        "fr": "L'offre annonce un poste en télétravail complet puis exige une présence sur site.",
        "en": "The offer says the job is fully remote, then requires office presence.",
    },
    "working_time": OFFER_MESSAGES["working_time_mismatch"],
    "remote_vs_relocation": {
        "fr": "L'offre annonce un poste en télétravail complet puis exige un déménagement.",
        "en": "The offer says the job is fully remote, then requires relocating.",
    },
    "weekends": {
        "fr": "L'offre promet des week-ends libres puis annonce du travail le week-end.",
        "en": "The offer promises weekends off, then announces weekend work.",
    },
    "shifts": {
        "fr": "L'offre annonce des horaires fixes puis un travail posté ou de nuit.",
        "en": "The offer states fixed hours, then shift or night work.",
    },
    "permanent_vs_fixed_term": {
        "fr": "L'offre annonce un CDI puis un contrat à durée déterminée.",
        "en": "The offer states a permanent contract, then a fixed-term one.",
    },
    "two_places": {
        "fr": "L'offre indique deux lieux de travail différents.",
        "en": "The offer gives two different places of work.",
    },
    "two_salaries": {
        "fr": "L'offre indique deux rémunérations qui ne se recoupent pas.",
        "en": "The offer states two pay figures that do not match.",
    },
}


# A rewrite for each finding, in the text's language: a placeholder to fill that already reads
# as what is missing (with an example figure, so the rewrite no longer lacks one), or, for a
# contradiction, its later side said as a wish or as the first side says it.
SUGGESTIONS = {
    "salary_missing": {
        "fr": "Salaire : [fourchette, ex. 38 000 – 42 000 € brut annuel]",
        "en": "Salary: [range, e.g. €38,000–42,000 gross a year]",
    },
    "fixed_term_without_end": {
        "fr": "CDD de [durée, ex. 6 mois]",
        "en": "Fixed-term contract of [duration, e.g. 6 months]",
    },
    "undetermined_end": {
        "fr": "durée : [ex. 6 mois]",
        "en": "duration: [e.g. 6 months]",
    },
    "part_time_without_hours": {
        "fr": "Temps partiel, [ex. 24 h] par semaine",
        "en": "Part-time, [e.g. 24 hours] a week",
    },
    "undetermined_hours": {
        "fr": "[ex. 24 h par semaine]",
        "en": "[e.g. 24 hours a week]",
    },
    "beginner_vs_years": {
        "fr": "une première expérience est un plus",
        "en": "some experience is a plus",
    },
    "diploma": {"fr": "diplôme apprécié", "en": "a degree is a plus"},
    "language": {"fr": "bon niveau apprécié", "en": "a good level is a plus"},
    "remote_vs_office": {
        "fr": "rencontres ponctuelles au bureau",
        "en": "occasional meetings at the office",
    },
    "internship_vs_permanent": {"fr": "convention de stage", "en": "internship agreement"},
    "full_time": {"fr": "temps plein", "en": "full-time"},
    "part_time": {"fr": "temps partiel", "en": "part-time"},
    "few_hours": {"fr": "35 heures par semaine", "en": "35 hours a week"},
    "full_hours": {"fr": "[ex. 24 h] par semaine", "en": "[e.g. 24 hours] a week"},
    "remote_vs_relocation": {
        "fr": "déménagement possible, non exigé",
        "en": "relocation is possible, not required",
    },
    "weekends": {"fr": "du lundi au vendredi", "en": "Monday to Friday"},
    "shifts": {"fr": "horaires de journée", "en": "daytime hours"},
    "permanent_vs_fixed_term": {"fr": "CDI", "en": "permanent contract"},
    "two_places": {
        "fr": "Poste basé à [le lieu indiqué plus haut]",
        "en": "The role is based in [the place given above]",
    },
    "two_salaries": {
        "fr": "Salaire : [la fourchette indiquée plus haut]",
        "en": "Salary: [the range given above]",
    },
}


def _message(reason: str, locale: str) -> str:
    return (_CONTRADICTION_MESSAGES.get(reason) or OFFER_MESSAGES[reason])[locale]


def _finding(
    category: str, text: str, span: tuple[int, int], message: str, suggestion: str
) -> Finding:
    meta = categories()[category]
    start, end = span
    if text[start : start + 1].isupper():
        suggestion = suggestion[:1].upper() + suggestion[1:]
    return Finding(
        category=category,
        severity=meta["severity"],
        start=start,
        end=end,
        quote=text[start:end],
        message=message,
        legal_basis=meta["legal_basis"],
        suggestion=suggestion,
    )


@cache
def _words_plan() -> Plan:
    """Every word the checks below look for, and how to find them (``text_words``)."""
    words = [*_PAY_WORDS, *_CURRENCIES, *_FIXED_WORDS, *_PART_WORDS, *PAY_LABEL_WORDS]
    words += PLACE_WORDS
    later_words: list[str] = []
    for _, (a_words, _a), (b_words, _b) in _COMPILED_PAIRS:
        words += a_words
        later_words += b_words
    # the second sides are asked for only once a first side is there: looked up then
    return plan(words + later_words, lazy=set(later_words) - set(words))


@cache
def index_tokens() -> tuple[str, ...]:
    """The tokens whose places, where they begin a word, ``text_offer_findings`` can take
    from the engine's anchor pass (``positions``), in a fixed order."""
    return tuple(_words_plan().tokens)


# a word's beginning: where a side's match can start
_WORD_START = re.compile(r"\b\w")


def _near(regex: re.Pattern, index: WordIndex, words: tuple[str, ...]) -> list[re.Match]:
    """The matches of ``regex`` that start at a word beginning at most 40 characters before
    one of ``words``, or at that word: ``re`` would try a regex starting with an alternation
    at every position of what it searches, so it is tried only at those word beginnings
    (every side's matches begin a word; a match may run up to 160 characters past its
    word)."""
    folded = index.folded
    size = len(folded)
    tried: set[int] = set()
    found: dict[tuple[int, int], re.Match] = {}
    match = regex.match
    for word in words:
        for at in index.at(word):
            end = min(size, at + len(word) + 160)
            for begins in _WORD_START.finditer(folded, max(0, at - 40), at + 1):
                start = begins.start()
                if start in tried:
                    continue
                tried.add(start)
                m = match(folded, start, end)
                if m is not None and m.end() > m.start():
                    found.setdefault(m.span(), m)
    return [found[span] for span in sorted(found)]


def _pay_amount(folded: str, currency: bool) -> bool:
    """Whether the text gives an amount that can be pay (not a revenue, funds or a budget):
    the currency signs first (found by ``str.find``), then the other amounts, each judged by
    the words around it, stopping at the first that can be pay."""
    if currency:
        for sign in _CURRENCIES:
            at = folded.find(sign)
            while at >= 0:
                if not _NOT_PAY_MONEY.search(folded[max(0, at - 30) : at + 16]):
                    return True
                at = folded.find(sign, at + 1)
    for m in _AMOUNT.finditer(folded):
        if not _NOT_PAY_MONEY.search(folded[max(0, m.start() - 30) : m.end() + 15]):
            return True
    return False


def _salary(text: str, index: WordIndex, locale: str, lang: str) -> list[Finding]:
    folded = index.folded
    if not index.has(_PAY_WORDS) or _pay_amount(folded, index.has(_CURRENCIES)):
        return []
    found = _SALARY_VAGUE.search(folded)
    if found is None:
        return []
    message = OFFER_MESSAGES["salary_missing"][locale]
    suggestion = SUGGESTIONS["salary_missing"][lang]
    return [_finding("salary_missing", text, found.span(), message, suggestion)]


# A rhythm of work is no length: "5 days a week", « 6 jours sur 7 », « 35 h sur 6 jours »,
# "39 hours a week", « deux fois par semaine ».
_RHYTHM_AFTER = re.compile(r"\s*(?:a|per|par|/|sur|each|every)\s+(?:week|semaine|7)\b")
_RHYTHM_BEFORE = re.compile(
    r"(?:\d\s*(?:h|hours?|heures|days?|jours|shifts?|times|fois)|twice|once|\bh)\s*(?:sur\s*)?$"
)
# A start or a deadline is no end: « Début : janvier 2027 », « Prise de poste : 3 janvier
# 2027 », « Candidatures avant le 10 décembre 2026 », "Start: March 2027".
_START_BEFORE = re.compile(
    r"(?:d[ée]but\w*|prise\s+de\s+(?:poste|fonctions?)|d[èe]s|[àa]\s+partir\s+d\w*|avant|"
    r"candidatures?|date\s+limite|start\w*|from|before|deadline|by|apply|entr[ée]e\s+en\s+"
    r"fonctions?|embauche|poste\s+[àa]\s+pourvoir|available|disponible)"
    r"(?:\s+(?:le|on|du|in|en|date))?\s*:?\s*(?:le\s+)?(?:\d{1,2}(?:er)?\s*)?$"
)
# The ages of a public served: « club 4-12 ans », "children aged 6 to 12 years".
_PUBLIC_AGES = re.compile(
    r"(?:club|enfants?|children|kids|jeunes|[âa]g[ée]e?s|aged|mineur\w*)\W+(?:de\s+|from\s+)?"
    r"\d{1,2}\s*(?:-|–|[àa]|to)\s*$"
)


def _contract_length(folded: str) -> bool:
    """Whether the text gives a length or an end that can be the contract's."""
    for m in _DURATION.finditer(folded):
        before = folded[max(0, m.start() - 30) : m.start()]
        if _AGE_BEFORE.search(before) or _AGE_AFTER.match(folded, m.end()):
            continue
        if _PUBLIC_AGES.search(before):
            continue
        if _RHYTHM_AFTER.match(folded, m.end()) or (
            re.match(r"(?:a|une?|one)\s", m.group()) and _RHYTHM_BEFORE.search(before)
        ):
            continue
        if re.match(r"\d{1,2}\s*(?:jours|days)", m.group()) and _RHYTHM_BEFORE.search(before):
            continue
        if m.group()[:1].isalpha() and not re.match(
            r"(?:du|from|jusqu|until|till|end|fin|un|une|one|a|two|three|four|five|six|seven|eight"
            r"|nine|ten|eleven|twelve|eighteen|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze"
            r"|douze)\b",
            m.group(),
        ):
            # a month and a year: the contract's end, unless it is said to be its start or
            # the date to apply by
            if _START_BEFORE.search(before):
                continue
        return True
    return False


def _with_vague(
    contract: re.Match, vague: re.Match | None, folded: str, kind: str
) -> tuple[tuple[int, int], str | None]:
    """The span to quote and the kind of rewrite (None: the vague words' own): the contract
    words, the vague words where they stand apart, or both where the vague words follow the
    contract in its clause (« Temps partiel, horaires à voir »: one statement, rewritten
    whole)."""
    if vague is None:
        return contract.span(), kind
    gap = folded[contract.end() : vague.start()]
    if 0 <= len(gap) <= 30 and not re.search(r"[.;!?\n|]", gap):
        return (contract.start(), vague.end()), kind
    return vague.span(), None


def _contract(text: str, index: WordIndex, locale: str, lang: str) -> list[Finding]:
    folded = index.folded
    findings = []
    if index.has(_FIXED_WORDS) and (fixed := _on_contract_line(_FIXED_TERM, folded)):
        undetermined = _NO_DURATION.search(folded)
        if undetermined or not _contract_length(folded):
            span, kind = _with_vague(fixed, undetermined, folded, "fixed_term_without_end")
            kind = kind or "undetermined_end"
            message = OFFER_MESSAGES["fixed_term_without_end"][locale]
            suggestion = SUGGESTIONS[kind][lang]
            findings.append(_finding("contract_incomplete", text, span, message, suggestion))
    if index.has(_PART_WORDS) and (part := _on_contract_line(_PART_TIME, folded)):
        if _PART_OPTION.search(folded, max(0, part.start() - 25), part.start()):
            return findings
        vague = _NO_HOURS.search(folded)
        if vague or not _HOURS.search(folded):
            span, kind = _with_vague(part, vague, folded, "part_time_without_hours")
            kind = kind or "undetermined_hours"
            message = OFFER_MESSAGES["part_time_without_hours"][locale]
            suggestion = SUGGESTIONS[kind][lang]
            findings.append(_finding("contract_incomplete", text, span, message, suggestion))
    return findings


def _contradiction_suggestion(reason: str, later: str, lang: str) -> str:
    if reason == "working_time":
        if _PART_TIME.search(later):
            kind = "full_time"
        elif re.search(r"temps|full", later):
            kind = "part_time"
        else:
            hours = re.match(r"\d+", later)
            kind = "few_hours" if hours and int(hours[0]) < 35 else "full_hours"
        return SUGGESTIONS[kind][lang]
    return SUGGESTIONS[reason][lang]


def _contradictions(text: str, index: WordIndex, locale: str, lang: str) -> list[Finding]:
    folded = index.folded
    findings: list[Finding] = []
    for reason, (a_words, a_regex), (b_words, b_regex) in _COMPILED_PAIRS:
        if not (index.has(a_words) and index.has(b_words)):
            continue
        sides = _near(a_regex, index, a_words)
        if not sides:
            continue
        for b in _near(b_regex, index, b_words):
            # a statement of one side is not the other: « pas de travail le week-end » holds
            # « travail le week-end »
            if any(m.start() < b.end() and b.start() < m.end() for m in sides):
                continue
            a = sides[0]
            if _WISH.match(folded, b.end()):
                continue
            first, second = (a, b) if a.start() < b.start() else (b, a)
            # a step or an option just before the later side, in it or just after it
            around = max(first.end(), second.start() - 50)
            if _bridged(folded, around, second.end() + 25):
                continue
            span = second.span()
            if not any(f.start < span[1] and span[0] < f.end for f in findings):
                message = _message(reason, locale)
                suggestion = _contradiction_suggestion(reason, second.group(), lang)
                findings.append(_finding("contradiction", text, span, message, suggestion))
            break
    for reason, value_span in (
        ("two_places", place_contradiction(text, index)),
        ("two_salaries", pay_contradiction(index)),
    ):
        if value_span is None:
            continue
        span = value_span
        if not any(f.start < span[1] and span[0] < f.end for f in findings):
            message, suggestion = _message(reason, locale), SUGGESTIONS[reason][lang]
            findings.append(_finding("contradiction", text, span, message, suggestion))
    return findings


def text_offer_findings(
    text: str,
    folded: str,
    locale: str,
    lang: str,
    positions: dict[str, list[int]] | None = None,
) -> list[Finding]:
    """Offer-scope findings that ``text`` (folded as ``folded``, in ``lang``) proves on its
    own, messages in ``locale``. ``positions``: token of ``index_tokens`` -> the places it
    begins a word, from the engine's anchor pass (without them, a pass of its own finds the
    words)."""
    the_plan = _words_plan()
    if positions is None:
        index = WordIndex.from_automaton(folded, the_plan)
    else:
        index = WordIndex.from_tokens(folded, the_plan, positions)
    return (
        _salary(text, index, locale, lang)
        + _contract(text, index, locale, lang)
        + _contradictions(text, index, locale, lang)
    )
