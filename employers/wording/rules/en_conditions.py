"""English rules on job requirements and working conditions: school prestige, rigid degrees,
career gaps, driving licences, personal data, team culture, availability, coded wording.

Patterns are case-insensitive; see ``rules/__init__``.
"""

from employers.wording.rules import rule

SCHOOL_RULES = [
    rule(
        "school_prestige",
        r"\b(?:top|elite|prestigious|renowned|top-tier|tier[- ]?(?:1|one)|first-tier|top-ranked"
        r"|highly\s+ranked|target|best)\s*-?\s*(?:\d+\s+)?(?:\w+\s+){0,2}?(?:universit(?:y|ies)"
        r"|schools?|colleges?|institutions?)\b(?:\s+graduates?)?(?:\s+only)?",
        suggestion="relevant training or equivalent experience",
    ),
    rule(
        "school_prestige",
        r"\b(?:ivy\s+league|oxbridge|russell\s+group|grandes?\s+[ée]coles?)\b",
    ),
    rule(
        # a named elite school as the profile: "graduate of Harvard, Stanford or MIT"
        "school_prestige",
        r"\b(?:graduates?|degree|alumni|alumnus|alumna)\s+(?:of|from)\s+(?:harvard|stanford|mit\b"
        r"|oxford|cambridge|princeton|yale|caltech|insead|polytechnique|hec\b|essec)",
        suggestion="relevant training or equivalent experience",
        unless=r"\b(?:co-?founders?|founders?|cto|ceo|our\s+(?:team|people|staff|engineers)\s+"
        r"(?:include|are|come))\b",
    ),
]

DIPLOMA = (
    r"(?:(?:bachelor|master|doctoral)'?s?(?:\s+degree)?|(?:bsc|msc|ba|ma|phd|mba|meng|beng)\b"
    r"|degree|diploma|doctorate)"
)
DIPLOMA_RULES = [
    rule(
        "diploma_rigid",
        r"\b" + DIPLOMA + r"(?:\s+(?!not\b|or\b)[\w'-]+){0,6}?\s*,?\s*(?:is\s+|are\s+)?"
        r"(?:strictly\s+|absolutely\s+)?(?:required|mandatory|compulsory|essential|a\s+must"
        r"|non-negotiable)\b(?:\s*[,;:]\s*(?:with\s+)?no\s+(?:equivalent|exceptions?)(?:\s+\w+){0,3}?"
        r"\s+(?:accepted|considered|allowed|made|experience)\b)?",
        not_after=r"\bno\s*$",
        unless=r"\bor\b[^.;]{0,50}?(?:equivalen|experience|self-taught|bootcamp|skills)"
        r"|licen[cs]|regulat|by\s+law",
        suggestion="degree or equivalent experience",
    ),
    rule(
        "diploma_rigid",
        r"\bno\s+(?:equivalent|exceptions?)(?:\s+\w+){0,3}?\s+(?:accepted|considered|allowed"
        r"|made)\b|\bno\s+exceptions\s+for\s+experience\b",
        context=DIPLOMA,
    ),
    rule(
        "diploma_rigid",
        r"\b(?:candidates?|applicants?|people|those|profiles?)\s+without\s+(?:an?\s+)?"
        + DIPLOMA
        + r"\s+(?:will\s+not|won't|need\s+not|cannot|can't|are\s+not)\b(?:\s+be\s+considered)?",
        suggestion="degree or equivalent experience",
    ),
]

CAREER_RULES = [
    rule(
        "career_gap",
        r"\bno\s+(?:career|employment|cv|resume|work)\s+(?:gaps?|breaks?)\b|\b(?:no|without|any)"
        r"\s+(?:unexplained\s+|unjustified\s+|long\s+)?(?:gaps?|breaks?)\s+in\s+(?:your\s+|the\s+)?"
        r"(?:employment|career|cv|resume|work)"
        r"(?:\s+history)?|\b(?:career|employment|cv|resume)\s+gaps?\b",
        suggestion="all career paths welcome",
    ),
    rule(
        "career_gap",
        r"\b(?:continuous|unbroken|uninterrupted)\s+(?:employment|career|work)(?:\s+history)?\b",
    ),
    rule(
        "career_gap",
        r"\b(?:currently|presently)\s+(?:be\s+)?employed\b(?:\s+(?:candidates|applicants))?"
        r"(?:\s+only)?"
        r"|\b(?:candidates?|applicants?)\s+who\s+are\s+(?:currently|presently)\s+(?:employed"
        r"|working)\b",
        unless=r"notice\s+period|\bif\s+you\b",
    ),
    rule(
        "career_gap",
        r"\b(?:unemployed|jobless|out\s+of\s+work)\s+(?:\w+\s+){0,6}?(?:will\s+not|need\s+not"
        r"|won't|not\s+be\s+considered|excluded)(?:\s+be\s+considered)?",
    ),
]

DL = (
    r"(?:(?:full\s+|valid\s+|clean\s+|current\s+)*(?:driving|driver'?s?)\s+licen[cs]e"
    r"|own\s+(?:car|vehicle|transport(?:ation)?)|access\s+to\s+a\s+(?:car|vehicle))"
)
_DRIVING_REASON = (
    r"travel|driv(?:e|ing)\s+to|visit|customer\s+sites?|client\s+sites?|on\s+the\s+road"
    r"|\bfield\b|company\s+(?:car|van|vehicle)|deliver|on-site|across\s+the\s+region|rounds"
    r"|routes?\b"
)
DRIVING_RULES = [
    rule(
        "driving_licence",
        r"\b(?:must\s+(?:have|hold|possess|own)|required\s+to\s+have|requires?|need\s+(?:a|to\s+"
        r"have))\s+(?:a\s+|an\s+|your\s+)?" + DL,
        unless=_DRIVING_REASON,
        window="next",
        suggestion="driving licence a plus for client visits",
    ),
    rule(
        "driving_licence",
        r"\b" + DL + r"(?:\s+(?:and|or)\s+" + DL + r")?(?:\s+[\w']+){0,3}?\s+(?:is\s+|are\s+)?"
        r"(?:required|mandatory|essential|needed|necessary|a\s+must|compulsory)\b",
        unless=_DRIVING_REASON,
        window="next",
        suggestion="driving licence a plus for client visits",
    ),
]

PERSONAL_RULES = [
    rule(
        "personal_data",
        r"\b(?:a\s+)?(?:copy|copies|scan|photocopy)\s+of\s+(?:your\s+)?(?:passport|id(?:entity)?\s+"
        r"(?:card|document)|national\s+id|driver'?s?\s+licen[cs]e|birth\s+certificate"
        r"|residence\s+permit)\b",
    ),
    rule(
        "personal_data",
        r"\b(?:your\s+)?(?:social\s+security|national\s+insurance|tax\s+(?:id|identification))\s+"
        r"(?:number|no\.?)\b|\bSSN\b",
    ),
    rule(
        "personal_data",
        r"\b(?:criminal\s+(?:record|history|background|convictions?)|police\s+(?:record"
        r"|certificate))\b",
        unless=r"by\s+law|regulat|vulnerable|children|after\s+(?:the\s+)?offer|clearance",
    ),
    rule(
        "personal_data",
        r"\b(?:your\s+)?(?:current|previous|past|last|prior)\s+(?:salary|pay|compensation|wage"
        r"|earnings|remuneration)\b|\b(?:salary|pay|compensation)\s+history\b|\b(?:your\s+)?"
        r"(?:last\s+(?:\w+\s+)?)?pay\s*slips?\b|\bpay\s+stubs?\b|\btax\s+returns?\b"
        r"|\bbank\s+statements?\b",
        suggestion="your salary expectations",
    ),
    rule("personal_data", r"\byour\s+(?:\w+\s+)?(?:passwords?|credentials|login\s+details)\b"),
]

CULTURE_RULES = [
    rule("culture_fit", r"\bwork\s+hard,?\s*(?:and\s+|&\s+)?play\s+hard\b"),
    rule(
        "culture_fit",
        r"\b(?:culture|cultural)\s+fit\b(?:\s+is\s+(?:our|the|a)\s+(?:\w+\s+){0,2}?(?:criterion"
        r"|priority|must))?",
        suggestion="shares our working values (describe them)",
    ),
    rule(
        "culture_fit",
        r"\bfits?\s+(?:right\s+)?in\s+with\s+(?:the|our)\s+(?:gang|guys|boys|lads|crew)\b"
        r"|\b(?:the|our)\s+gang\b|\bone\s+of\s+the\s+(?:guys|boys|lads)\b|\bbro\s+culture\b"
        r"|\b(?:bunch|band|gang|group|team)\s+of\s+(?:bros|lads|dudes|buddies)\b|\bbrogrammers?\b"
        r"|\bfrat\b",
    ),
    rule(
        "culture_fit",
        r"\b(?:beer|booze|alcohol|wine|kegs?)\s+(?:fridge|on\s+tap|o'clock|fridays?|thursdays?"
        r"|every\s+\w+|included|provided|bar)\b|\b(?:friday|thursday|weekly|after-work)\s+"
        r"(?:drinks|beers|happy\s+hours?)\b|\bhappy\s+hours?\b|\bkeg(?:erator)?s?\b",
        suggestion="varied team events (alcohol optional)",
    ),
    rule(
        "culture_fit",
        r"\b(?:ping-?pong|foosball|beer\s+pong|pool|table\s+tennis)\s+tables?\b|\b(?:games?"
        r"|gaming)\s+room\b|\bplay\s?station\b|\bxbox\b|\barcade\s+machines?\b",
    ),
    rule(
        "culture_fit",
        r"\b(?:able|willing|happy|expected|required|must\s+be\s+able)\s+to\s+drink\b"
        r"|\bdrinks?\s+with\s+(?:clients|customers|the\s+team|colleagues)\b",
        suggestion="varied team events (alcohol optional)",
    ),
]

AVAILABILITY_RULES = [
    rule(
        "excessive_availability",
        r"\blong\s+(?:working\s+)?hours\b(?:\s+are\s+part\s+of\s+the\s+(?:deal|job))?",
        not_after=r"(?:\bno|without|not\s+about)\s*$",
        suggestion="sustainable hours",
    ),
    rule(
        "excessive_availability",
        r"\b(?:available|reachable|contactable|on\s+call|online|responsive|work(?:ing)?)\s+"
        r"(?:\w+\s+){0,3}?(?:24/7|24x7|24\s*hours\s+a\s+day|(?:a)?round\s+the\s+clock|(?:on\s+)?"
        r"(?:nights|evenings)(?:\s+and\s+weekends)?|(?:on\s+)?weekends|at\s+all\s+times|any\s*time"
        r"|during\s+(?:your\s+)?(?:holidays|vacations?|time\s+off))\b",
        unless=r"\bpaid\b|compensat|premium|time\s+off\s+in\s+lieu|rotation|one\s+week\s+in",
        suggestion="available during business hours; planned, paid on-call",
    ),
    rule(
        "excessive_availability",
        r"\b(?:49|[5-9]\d|1[0-6]\d)[- ]?(?:hour|hr|h)\s+(?:work\s*)?weeks?\b",
    ),
    rule(
        "excessive_availability",
        r"\b(?:1[2-9]|2[0-4])[- ]?(?:hour|hr|h)\s+(?:work\s*)?days?\b",
        unless=r"\bshifts?\b.*\b(?:paid|premium)\b",
    ),
    rule(
        "excessive_availability",
        r"\b(?:whatever\s+it\s+takes|no\s+9-to-5|not\s+a\s+9-to-5|unpaid\s+overtime"
        r"|overtime\s+(?:is\s+)?expected)\b",
    ),
]

CODED_RULES = [
    rule(
        "gender_coded",
        r"(?<![/\w-])(?:(?:coding|code|devops|sales|marketing|data|javascript|python|growth|tech|design|cloud|security|seo)\s+)?(?:ninjas?|rock\s*stars?"
        r"|rockstars?|jedis?|gurus?|superheroe?s?|super\s+heroes|warriors?|sharks?|alpha\s+males?"
        r"|gladiators?|samurais?|mercenar(?:y|ies))\b(?![-/]build)",
        unless=r"\bcmake\b|\bmeson\b|build\s+system",
        suggestion="skilled engineer",
    ),
    rule(
        "gender_coded",
        r"\bkiller\s+instinct\b|\bkillers?\b(?!\s+(?:app|apps|feature|features))"
        r"|\bcrush(?:ing)?\s+(?:it|the\s+competition)\b|\bdominat(?:e|ing)\s+the\s+(?:market"
        r"|competition)\b|\bmanly\b|\bgo-getter\b",
        suggestion="strong drive",
    ),
    rule(
        "gender_coded",
        r"\baggressive(?:ly)?\b(?!\s+(?:timelines?|deadlines?|caching|pricing|schedules?|growth"
        r"|targets?|roadmap|optimi\w*|expansion|goals?))(?:\s+(?:closer|sales\w*|hunter"
        r"|negotiator|attitude|personality|mindset))?",
        suggestion="persuasive",
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
