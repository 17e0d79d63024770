"""English rules by class, second round (issue 21): more ways of saying each ground, written
from the classes of the grounds (explicit limits in words, generations as the hire, a sex or
an age as the team's identity, "only"/"preferred"/"need not apply", negations, data asked at
application...), not from sentences. Patterns are folded and case-insensitive; see
``rules/__init__``.
"""

from employers.wording.rules import rule
from employers.wording.rules.en_words import NOT_ASKED, REFUSED, REQ

# the hire or the people applying, named
PERSON = (
    r"(?:you|candidates?|applicants?|people|persons?|someone|somebody|hires?|profiles?|talents?"
    r"|individuals?|recruits?|go-getters?|closers?|guys?|gals?|folks|team|crew|floor|squad)"
)
# the hire's number words for an age
AGE_WORD = (
    r"(?:twenty|thirty|forty|fifty|sixty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
)
# a product's public, not the hire
_PUBLIC = (
    r"\b(?:users?|customers?|clients?|audiences?|consumers?|readers|shoppers|subscribers|players"
    r"|patients|students|learners|children|kids|market\w*|target\w*)\b"
)

AGE_CLASS = [
    rule(
        # "young" said of the hire or of the team they join: "you're young", "a hungry, young
        # go-getter", "our young sales floor"
        "age",
        r"\byoung,?\s+(?:and\s+)?(?:\w+,?\s+){0,2}?(?:go-getters?|hustlers?|hires?|recruits?"
        r"|sales\s+(?:floor|team|force)|floor|workforce|teammates?|colleagues|squad|tribe|bunch"
        r"|closers?|spirits?|gun)\b",
        unless=_PUBLIC,
        suggestion="motivated",
    ),
    rule(
        "age",
        r"\b(?:you(?:'re|\s+are)|you\s+should\s+be|we(?:'re|\s+are)(?:\s+all)?)\s+young\b",
        unless=_PUBLIC,
        suggestion="you're motivated",
    ),
    rule(
        # a generation wanted: "Gen Z talent", "we prefer millennials", "hiring Gen Z"
        "age",
        r"\b(?:gen[- ]?(?:z|y|alpha)|generation\s+(?:z|y)|zoomers?|millennials?|boomers?)\s+"
        r"(?:talents?|candidates?|applicants?|hires?|profiles?|people|folks|energy|mindset)\b"
        r"|\b(?:prefer|hire|hiring|recruit\w*|looking\s+for|seeking|want|after)\s+(?:\w+\s+)?"
        r"(?:gen[- ]?(?:z|y|alpha)|zoomers|millennials|boomers)\b",
        suggestion="people comfortable with social media",
    ),
    rule(
        # a fellow member of a generation: "a fellow digital native"
        "age",
        r"\b(?:an?|fellow)\s+(?:fellow\s+)?digital\s+native\b",
        suggestion="someone comfortable with digital tools",
    ),
    rule(
        # an age limit in words: "under thirty", "over fifty need not apply"
        "age",
        r"\b(?:under|below|over|above|younger\s+than|older\s+than|past|in\s+(?:your|their)\s+"
        r"(?:early|mid|late)?[- ]?)\s*"
        + AGE_WORD
        + r"(?:ies)?\b(?!\s+(?:minutes|seconds|hours|days"
        r"|weeks|months|km|miles|people|employees|countries|clients|customers|percent|users|%))",
        context=r"\b(?:you|you're|candidates?|applicants?|ideal|aged|must|should|be|people|team"
        r"|we're|prefer\w*|only)\b",
        suggestion="at any age",
    ),
]

SEX_CLASS = [
    rule(
        # a team of one sex as the team's identity: "our all-male team", "an all-female crew"
        "sex_gender",
        r"\ball[- ](?:male|female|men|women|boys|girls)\b(?:\s+(?:\w+\s+)?(?:team|group|crew|squad"
        r"|department|office|floor|leadership))?",
        suggestion="our team",
    ),
    rule(
        # keeping up with, fitting in with, "the guys" / "the boys"
        "sex_gender",
        r"\b(?:keep\s+up\s+with|fit\s+in\s+with|one\s+of|hang\s+with|banter\s+with)\s+the\s+"
        r"(?:guys|boys|lads|girls|ladies)\b",
        suggestion="work well with the team",
    ),
    rule(
        # the role suits or is for a man / a woman: "suits a guy", "perfect for a mum"
        "sex_gender",
        r"\b(?:suits?|suited\s+to|ideal\s+for|perfect\s+for|made\s+for|better\s+for|right\s+for)"
        r"\s+(?:a|an)\s+(?:guy|man|woman|girl|lady|gentleman|mum|mom|mother|dad|father|bloke)\b",
        suggestion="suits someone",
    ),
    rule(
        # sexual orientation required
        "sex_gender",
        r"\b(?:must|should|to)\s+be\s+(?:straight|heterosexual|gay|lesbian)\b"
        r"|\b(?:straight|heterosexual)\s+(?:candidates?|applicants?|only|preferred)\b",
    ),
    rule(
        "sex_gender",
        r"\bgirl\s+friday\b|\bgal\s+friday\b|\bman\s+friday\b",
        suggestion="executive assistant",
    ),
]

FAMILY_CLASS = [
    rule(
        # parents turned away or childless people preferred: "no kids ideally", "better suited
        # to someone without young children", "not compatible with childcare responsibilities"
        "family_pregnancy",
        r"\bno\s+(?:kids|children)\b|\bwithout\s+(?:young\s+|small\s+)?(?:kids|children"
        r"|family\s+(?:commitments|ties|obligations))\b|\b(?:childcare|family|parental)\s+"
        r"(?:responsibilities|commitments|obligations|constraints)\b",
        context=r"\b(?:ideally|preferably|preferred|suited|suits|compatible|better|ideal|only"
        r"|must|should|need|required|not\s+for|fit|you)\b",
        unless=NOT_ASKED + r"|\b(?:support|leave|benefits?|allowance|policy|whatever"
        r"|regardless|respect|balance|around)\b",
    ),
    rule(
        "family_pregnancy",
        r"\b(?:perfect|ideal|great|suited|made)\s+for\s+(?:a|an)\s+(?:mum|mom|mother|dad|father"
        r"|parent)\b",
        suggestion="suits anyone who wants a four-day week",
    ),
]

PERSONAL_CLASS = [
    rule(
        # personal data asked at application: date and place of birth, marital status, number
        # of children, ID copy, social security number (L.1221-6: no direct link with the job)
        "personal_data",
        r"\b(?:your\s+|their\s+)?(?:birth\s*date|number\s+of\s+(?:children|kids|dependants)"
        r"|(?:a\s+)?cop(?:y|ies)\s+of\s+(?:your\s+)?(?:ID|identity\s+(?:card|document)|passport"
        r"|driving\s+licence)|social\s+security\s+number|national\s+insurance\s+number)\b",
        context=r"\b(?:please|include|provide|state|send|attach|indicate|give|share|fields?"
        r"|form|with\s+your|application|CV|resume|list|enclose|mention)\b",
        unless=NOT_ASKED,
    ),
    rule(
        "personal_data",
        r"\b(?:share|send|give|provide)\s+(?:us\s+)?your\s+(?:\w+\s+)?(?:login|password"
        r"|credentials)\b",
    ),
]

ORIGIN_CLASS = [
    rule(
        # a birthplace as the profile: "French-born candidates", "born and raised in Germany"
        "origin_nationality",
        r"\b[a-z]+-born\s+(?:candidates?|applicants?|people|profiles?|speakers?|nationals?)\b"
        r"|\bborn\s+and\s+(?:raised|bred)\s+in\s+[a-z]+",
        unless=r"\b(?:company|startup|founded|business|brand|product|idea)\b",
    ),
    rule(
        # a region of the world's people turned away: "no Eastern European freelancers"
        "origin_nationality",
        r"\bno\s+(?:(?:eastern|western|southern|northern|central|north|south|east|west)\s+)?"
        r"(?:european|asian"
        r"|african|arab|indian|chinese|latin\s+american|middle\s+eastern|foreign|non-\w+)\s+"
        r"(?:freelancers?|candidates?|applicants?|people|profiles?|developers?|contractors?"
        r"|workers?|nationals?)\b",
    ),
    rule(
        # a background or a look of origin asked: "someone with a Western European background",
        # "Caucasian profile required"
        "origin_nationality",
        r"\b(?:with|of|from)\s+an?\s+(?:(?:eastern|western|southern|northern)\s+)?(?:european"
        r"|asian|african|arab|caucasian|white|black|latin\w*|hispanic|anglo-saxon)\s+"
        r"(?:background|heritage|descent|origin|look|appearance)\b"
        r"|\b(?:caucasian|white|european|asian|african|arab)\s+(?:profiles?|looks?|faces?"
        r"|features)\s+(?:\w+\s+)?" + REQ,
    ),
    rule(
        # nationality required: "candidates must hold French nationality", "we do not consider
        # other nationalities"
        "origin_nationality",
        r"\b(?:hold|have|possess|of)\s+(?:\w+\s+)?(?:french|british|german|american|eu|european"
        r"|us|uk|\w+ish|\w+ese|\w+ian)\s+(?:nationality|citizenship)\b"
        r"|\b(?:other|foreign)\s+nationalities\b",
        context=r"\b(?:must|should|required|only|do\s+not|don't|not|need|mandatory|have\s+to)\b",
        unless=r"clearance|security\s+vetting|defen[cs]e|authori[sz]ed\s+to\s+work"
        r"|\bwelcome\b|visa\s+sponsor",
    ),
    rule(
        # a surname judged by its sound: "French-sounding surname"
        "origin_nationality",
        r"\b[a-z]+[- ]sounding\s+(?:sur|family\s+|last\s+|first\s+)?names?\b",
    ),
]

NATIVE_CLASS = [
    rule(
        # "German native" (the language, then "native")
        "native_language",
        r"\b(?:english|french|spanish|german|italian|portuguese|dutch|arabic|chinese|mandarin"
        r"|japanese|korean|russian|polish|swedish|turkish)\s+natives?\b(?!\s+(?:app|plants?"
        r"|species))",
        suggestion="fluent German (C2)",
    ),
]

APPEARANCE_CLASS = [
    rule(
        # body measures: "minimum height 1.75 m", "height over 1m80", "weight in proportion"
        "appearance",
        r"\b(?:minimum|maximum|min\.?|max\.?)\s+(?:height|weight)\b(?:\s*(?:of\s+)?:?\s*\d[\d.,]*"
        r"\s*(?:m|cm|kg)?)?|\b(?:height|weight)\s+(?:of\s+)?(?:at\s+least|over|under|above"
        r"|below|minimum|max\w*)\s+\d[\d.,]*\s*(?:m|cm|kg)?",
    ),
    rule(
        # a photo with any adjective: "a full-length photo", "a photo of yourself"
        "appearance",
        r"\b(?:an?\s+)?(?:full[- ]length|full[- ]body|head[- ]to[- ]toe|recent|flattering"
        r"|professional)\s+(?:photo|picture|headshot)s?\b|\bphoto\s+of\s+yourself\b",
        unless=NOT_ASKED + r"|\b(?:product|portfolio|food|real\s+estate|photograph\w*)\b",
    ),
    rule(
        # an appearance required: "conservative in appearance", "dress to impress"
        "appearance",
        r"\b(?:\w+\s+)?in\s+appearance\b|\bdress\s+to\s+impress\b|\bgood[- ]looking\b"
        r"|\bphysically\s+attractive\b",
        suggestion="professional conduct with clients",
    ),
]

HEALTH_CLASS = [
    rule(
        # health as a requirement: "clean bill of health required", "a valid, healthy person",
        # "a medical certificate with your application"
        "health_disability",
        r"\bclean\s+bill\s+of\s+health\b|\b(?:an?\s+)?(?:valid,?\s+|fit,?\s+|able-bodied,?\s+)?"
        r"healthy\s+(?:person|individual|candidates?|applicants?|people)\b"
        r"|\b(?:attach|include|provide|send)\s+(?:us\s+)?(?:a|your)\s+medical\s+"
        r"(?:certificate|record|history)s?\b",
    ),
    rule(
        # people with a disability turned away: "unsuitable for people with reduced mobility"
        "health_disability",
        r"\b(?:unsuitable|not\s+suitable|not\s+suited|not\s+open|not\s+possible)\s+for\s+"
        r"(?:people|persons|candidates|anyone|someone|those)\s+(?:with|in)\s+(?:a\s+)?"
        r"(?:reduced\s+mobility|disabilit\w+|wheelchairs?|health\s+(?:issues|conditions))\b",
    ),
]

UNION_CLASS = [
    rule(
        # union or employee representation held against the person: "never been involved in
        # a works council", "former union reps"
        "union_political",
        r"\b(?:works\s+councils?|union\s+(?:reps?|representatives?|members?|activit\w+"
        r"|involvement)|shop\s+stewards?|party\s+members(?:hip)?|candidacy\s+for\s+election"
        r"|political\s+(?:activis\w+|engagement|affiliation))\b",
        context=r"\b(?:never|no|not|don't|won't|prefer|avoid|only|must|without|former)\b",
        unless=r"\b(?:our|the)\s+(?:works\s+council|union\s+representatives?)\s+(?:negotiat\w+"
        r"|sits?|meets?|signed|agreed)|\bsit\s+on\b|\bwelcome\b|\bprotected\b|\bconsult\w*",
    ),
    rule(
        "union_political",
        r"\bwhistle-?blow\w*",
        context=REFUSED + r"|\b(?:never|no|not|don't|prefer|avoid)\b",
        unless=r"\bprotect\w*|\bpolicy|\bprocedure|\bchannel|\bhotline|\bsafe",
    ),
]

RESIDENCE_CLASS = [
    rule(
        # places refused or required: "no applicants from the suburbs", "Paris postcodes only",
        # "residents of X need not apply", "candidates living in 'sensitive' neighbourhoods"
        "residence",
        r"\b(?:applicants?|candidates?|people)\s+(?:from|living\s+in|based\s+in)\s+(?:the\s+)?"
        r"['\"‘’]?(?:suburbs|banlieues?|sensitive|deprived|poor|rough|outer|estates?|projects"
        r"|ghettos?)\b['\"‘’]?(?:\s+(?:neighbou?rhoods?|areas|estates))?"
        r"|\bpostcodes?\s+(?:\(\w+\)\s+)?only\b|\b\w+\s+postcodes?\s+(?:\(\d+\)\s+)?only\b"
        r"|\bresidents\s+of\s+[\w-]+(?:\s+[\w-]+)?",
        context=REFUSED + r"|\bonly\b|\bno\b|don't|do\s+not|must",
        unless=r"\bwelcome\b|\bpriority\b|\bencourag",
    ),
]

CONDITION_CLASS = [
    rule(
        # a degree with no equivalence: "experience cannot substitute for the degree", "only
        # candidates holding a Master's", "a 5-year degree is compulsory"
        "diploma_rigid",
        r"\bexperience\s+(?:cannot|can't|will\s+not|won't|does\s+not)\s+(?:substitute|replace"
        r"|compensate)\b(?:\s+(?:for\s+)?(?:the\s+|a\s+)?(?:degree|diploma))?"
        r"|\bonly\s+(?:candidates?|applicants?|people)\s+(?:holding|with)\s+(?:a|an)\s+"
        r"(?:master'?s|phd|bachelor'?s|degree|msc|mba)\b"
        r"|\b(?:\d|five|four|three)-year\s+(?:\w+\s+)?degree\b(?:\s+\([^)]{1,12}\))?\s+(?:is\s+)?"
        + REQ,
        unless=r"\bor\s+equivalent\b|\bequivalent\s+experience\b",
    ),
    rule(
        "diploma_rigid",
        r"\b(?:bootcamp|self-taught|online\s+course|short\s+course)\s*(?:certificates?|graduates?"
        r"|profiles?|candidates?|backgrounds?)?",
        context=REFUSED + r"|don't\s+bother|do\s+not\s+bother|\bno\s+(?:bootcamp|self-taught)",
        unless=r"\bwelcome\b|\bencourag|\bvalued?\b",
    ),
    rule(
        # currently employed required, unemployment held against the person
        "career_gap",
        r"\b(?:must|should|need\s+to)\s+(?:be|currently\s+be)\s+(?:currently\s+)?(?:in\s+(?:a\s+)?"
        r"(?:permanent\s+|full-time\s+)?(?:role|job|position)|employed)\b"
        r"|\bout\s+of\s+work\s+for\b|\b(?:gaps?|breaks?)\s+of\s+(?:more\s+than|over)\s+\w+\s+"
        r"(?:months?|years?)\b",
        unless=r"\bwelcome\b|\bno\s+problem\b|\bfine\b|\bencourag",
    ),
    rule(
        # a licence asked though the job needs none, or refusing those without one
        "driving_licence",
        r"\bwithout\s+a\s+driv\w+\s+licen[cs]e\b",
        context=REFUSED,
    ),
    rule(
        # always reachable, weekends and leave included
        "excessive_availability",
        r"\b100\s*%\s+available\b|\balways\s+on\s+(?:slack|teams|call|email)\b"
        r"|\b(?:quick|fast|immediate)\s+(?:replies|answers|responses)\s+(?:on|at|during)\s+"
        r"(?:weekends|nights|evenings|holidays)\b|\b(?:including|even)\s+(?:on|during)\s+(?:your\s+)?"
        r"(?:holidays|vacations?|leave|days\s+off)\b",
        unless=r"\bpaid\b|\bcompensat\w*|\brota\b|\bon-call\s+allowance",
    ),
    rule(
        # drinking or partying as a condition of belonging
        "culture_fit",
        r"\b(?:drinking|drinks|partying|going\s+out|go\s+out)\s+(?:with\s+the\s+team\s+)?"
        r"(?:on\s+\w+days?\s+|every\s+\w+day\s+)?(?:is|are)\s+(?:basically\s+|pretty\s+much\s+"
        r"|practically\s+|kind\s+of\s+)?(?:mandatory|compulsory|expected|required|a\s+must)"
        r"|\bgo\s+out\s+every\s+\w+day\b|\bteetotal\w*\s+(?:\w+\s+){0,3}?(?:boring|bored|fit|won't"
        r"|struggle|not\s+for)"
        r"|\bif\s+you\s+love\s+(?:\w+[\s-]){0,2}(?:drinks|drinking|partying|beers?)\b"
        r"|\bfamily\s+we\s+party\s+with\b",
        unless=r"\balcohol-free\b|\bnon-alcoholic\b|\boptional\b|\bno\s+pressure\b",
    ),
    rule(
        # "if that's not your vibe, we're not a match": a lifestyle as the condition
        "culture_fit",
        r"\bif\s+(?:that's|this\s+is|it's)\s+not\s+your\s+(?:vibe|thing|scene|cup\s+of\s+tea)\b"
        r"[^.!?]{0,60}?\b(?:not\s+a\s+(?:match|fit)|not\s+for\s+you|look\s+elsewhere)\b",
    ),
    rule(
        # macho wording: "a true alpha", "dominates every deal"
        "gender_coded",
        r"\b(?:true|real|an?)\s+alpha\b|\bdominat(?:es|e|ing)\s+(?:every|each|all|the)\s+"
        r"(?:\w+\s+){0,2}?(?:deals?|cycles?|markets?|rooms?|competition)\b"
        r"|\bbe\s+the\s+hero\s+of\b",
        suggestion="lead",
    ),
]

RULES = [
    *AGE_CLASS,
    *SEX_CLASS,
    *FAMILY_CLASS,
    *PERSONAL_CLASS,
    *ORIGIN_CLASS,
    *NATIVE_CLASS,
    *APPEARANCE_CLASS,
    *HEALTH_CLASS,
    *UNION_CLASS,
    *RESIDENCE_CLASS,
    *CONDITION_CLASS,
]
