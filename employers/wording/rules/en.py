"""English rules on protected grounds and gendered titles; the requirement and working-condition
rules are in ``en_conditions``. Patterns are case-insensitive; see ``rules/__init__``.
"""

from employers.wording.rules import rule
from employers.wording.rules.common import AGE
from employers.wording.rules.en_conditions import CONDITION_RULES
from employers.wording.rules.en_words import NUM, REQ

_POPULATION = (
    r"\b(?:players?|users?|children|kids|customers?|audience|students?|teens?|patients?)\b"
)

AGE_RULES = [
    rule(
        "age",
        r"\byoung(?:\s+and\s+\w+|,\s*\w+)?\s+(?:team|people|candidates?|talents?|professionals?"
        r"|graduates?|blood|person|guys?|crew|staff|engineers?|developers?|minds?|energy"
        r"|colleagues)\b",
        suggestion="dynamic team",
        # young people as the product's users, not as the people hired
        unless=r"\b(?:users?|customers?|clients?|audiences?|students?|patients?|members|market"
        r"|target)\s+(?:are|is|include)\b|\b(?:serves?|helps?|supports?|reach(?:es)?|targets?"
        r"|designed\s+for|built\s+for|aimed\s+at|used\s+by)\s+(?:\w+\s+)?young\b",
    ),
    rule(
        "age",
        r"\b(?:recent|new|fresh)\s+(?:college\s+|university\s+)?grad(?:uate)?s?\b"
        r"|\bfresh\s+out\s+of\s+(?:college|university|school)\b",
        suggestion="entry-level candidates welcome",
    ),
    rule("age", r"\bdigital\s+natives?\b", suggestion="comfortable with digital tools"),
    rule(
        "age",
        r"\b(?:under|below|younger\s+than|no\s+older\s+than|not\s+older\s+than|over|older\s+than)"
        r"\s+(?:the\s+age\s+of\s+)?" + AGE + r"(?:\s*(?:years?(?:\s+old|\s+of\s+age)?|y\.?o\.?))?"
        r"(?=\s*(?:[.,;:)!?]|$|to\b|and\b|years?\b|y\.?o))",
        unless=_POPULATION,
    ),
    rule(
        "age",
        r"\baged?\s+(?:between\s+)?" + AGE + r"\s*(?:-|–|to|and)\s*" + AGE + r"\b"
        r"|\bbetween\s+(?:the\s+ages\s+of\s+)?"
        + AGE
        + r"\s+and\s+"
        + AGE
        + r"\s+(?:years\s+old|years\s+of\s+age)",
        unless=_POPULATION,
    ),
    rule(
        "age",
        r"\b" + AGE + r"\s*(?:-|–|to)\s*" + AGE + r"\s*years?\s*old\b",
        unless=_POPULATION,
    ),
    rule(
        "age",
        r"\b(?:maximum|upper)\s+age\b|\bage\s+(?:limit|requirement|cap)\b|\byouthful\b",
        not_after=r"\bno\s*$",
    ),
    rule(
        "age",
        r"\b(?:no\s+more\s+than|not\s+more\s+than|maximum\s+(?:of\s+)?|max\.?\s+|at\s+most)\s*"
        + NUM
        + r"\s+years?(?:\s+of)?\s+(?:professional\s+|work\s+|relevant\s+)?experience"
        r"|\b"
        + NUM
        + r"\s+years?(?:\s+of)?\s+(?:\w+\s+)?experience\s+(?:max(?:imum)?|at\s+most)\b",
        suggestion="2+ years of experience",
    ),
    rule(
        "age",
        r"\b(?:more|over)\s+than\s+" + NUM + r"\s+years?\s+of\s+(?:\w+\s+)?experience\b"
        r"(?=[^.;]{0,60}\b(?:will\s+not|won't|need\s+not|not\s+be\s+considered|excluded"
        r"|ineligible|not\s+eligible|rejected|overqualified))",
    ),
    rule("age", r"\bdate\s+of\s+birth\b|\byear\s+of\s+birth\b"),
    rule(
        # an age as a ceiling: "max 30 years old", "up to 35 y.o."
        "age",
        r"\b(?:max(?:imum)?\.?|up\s+to|at\s+most)\s+(?:(?:an\s+)?age\s+(?:of\s+)?)?"
        + AGE
        + r"\s*(?:years?[\s-]*old|y\.?o\b\.?)",
        unless=_POPULATION,
    ),
    rule(
        # "30 years old or younger", "30 y.o. max", "35 or younger"
        "age",
        r"\b(?:aged?\s+)?"
        + AGE
        + r"\s*(?:(?:years?[\s-]*old|y\.?o\b\.?)\s*(?:max(?:imum)?\b|at\s+most\b|or\s+(?:younger"
        r"|under|below|less)\b)|or\s+younger\b)",
        unless=_POPULATION,
    ),
    rule("age", r"\baged?\s+" + AGE + r"\s+or\s+(?:under|below|less)\b", unless=_POPULATION),
    rule(
        # "age: 25-35", "age range 25 to 35", "age 30 max"
        "age",
        r"\bage(?:\s+range|\s+bracket|\s+group)?\s*[:\-–]?\s*"
        + AGE
        + r"\s*(?:-|–|to)\s*"
        + AGE
        + r"\b|\bage\s*[:\-–]?\s*(?:max(?:imum)?\.?\s*|under\s+|below\s+)"
        + AGE
        + r"\b|\bage\s*[:\-–]?\s*"
        + AGE
        + r"\s*(?:max(?:imum)?\b|or\s+(?:under|younger|below|less)\b)",
        unless=_POPULATION,
    ),
    rule("age", r"\b(?:under|over)[- ]" + AGE + r"'?s\b", unless=_POPULATION),
    rule(
        "age",
        r"\bin\s+(?:your|their|his|her)\s+(?:(?:early|mid|late)[\s-]+)?(?:twenties|thirties"
        r"|forties|fifties|20s|30s|40s|50s)\b",
        unless=_POPULATION,
    ),
    rule(
        # "between 25 and 35" about the person (not hours, staff or money)
        "age",
        r"\b(?:aged?|you\s+are|you're|be|candidates?|applicants?|someone|people|profiles?)"
        r"\s+between\s+"
        + AGE
        + r"\s+and\s+"
        + AGE
        + r"\b(?!\s*(?:[%€$£k+]|hours?|hrs?|h\b|days?|weeks?|months?|years?\s+of|employees|"
        r"people|staff|members|percent|euros?|dollars?|pounds?|users?|clients?|customers?|"
        r"projects?|words?|kg|lbs?))",
        unless=_POPULATION,
    ),
]

SEX_RULES = [
    rule(
        "sex_gender",
        r"\b(?:looking\s+for|seeking|want|prefer|hiring|hire|need|reserved\s+for|open\s+only\s+to"
        r"|only)\s+(?:an?\s+|only\s+)?(?:male|female|man|woman|men|women|gentleman|gentlemen"
        r"|lady|ladies|guy|guys|girl|girls|boy|boys)\b(?:\s+(?:candidates?|applicants?))?"
        r"(?!\s+(?:and|or)\s+(?:men|women|male|female))",
        suggestion="looking for a candidate",
    ),
    rule(
        "sex_gender",
        r"\b(?:male|female|men|women|man|woman)\s+(?:candidates?|applicants?|only|preferred|wanted"
        r"|required)\b(?:\s+(?:only|preferred|wanted|required))?",
    ),
    rule(
        "sex_gender",
        r"\bsexual\s+orientation\b|\bheterosexual\b|\bstraight\s+(?:candidates?|applicants?)\b"
        r"|\bgender\s+identity\b|\btransgender\b",
    ),
    rule(
        # "suited to a man", "ideal for a woman", "better suited to men"
        "sex_gender",
        r"\b(?:suited|suitable|ideal|reserved|better|more\s+suited|perfect|intended)\s+(?:to|for)"
        r"\s+(?:an?\s+)?(?:male|female|man|woman|men|women|gentleman|gentlemen|lady|ladies|guys?"
        r"|girls?|boys?)\b(?!\s+(?:and|or)\s+(?:men|women|male|female|man|woman))",
        suggestion="suited to a candidate with [skills]",
    ),
]

# Gendered nouns for a role, with the neutral word to use instead.
GENDERED_NOUNS = {
    "salesman": "salesperson",
    "salesmen": "salespeople",
    "saleswoman": "salesperson",
    "chairman": "chair",
    "chairwoman": "chair",
    "foreman": "supervisor",
    "foremen": "supervisors",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "fireman": "firefighter",
    "firemen": "firefighters",
    "policeman": "police officer",
    "cameraman": "camera operator",
    "repairman": "repair technician",
    "handyman": "maintenance technician",
    "deliveryman": "delivery driver",
    "workman": "worker",
    "workmen": "workers",
    "craftsman": "craftsperson",
    "draftsman": "drafter",
    "draughtsman": "drafter",
    "businessman": "businessperson",
    "tradesman": "tradesperson",
    "lineman": "line technician",
    "barman": "bartender",
    "serviceman": "service technician",
    "middleman": "intermediary",
    "waitress": "server",
    "waitresses": "servers",
    "hostess": "host",
    "stewardess": "flight attendant",
    "headmaster": "head teacher",
    "headmistress": "head teacher",
    "cleaning lady": "cleaner",
    "girl friday": "assistant",
}
# Pronouns about the hire: "he will report", "his first mission" (not "he or she", "s/he").
_HE = r"(?<!/)(?<!or\s)\b(?:he|she)\b(?!\s+or\s)(?!/)"
_HIS = r"(?<!/)(?<!or\s)\b(?:his|her)\b(?!\s+or\s)(?!/)"
_PRONOUN_REWRITE = (
    (r"\b(?:he|she)\s+is\b", "they are"),
    (r"\b(?:he|she)\s+has\b", "they have"),
    (r"\b(?:he|she)\b", "they"),
    (r"\b(?:his|her)\b", "their"),
)
TITLE_RULES = [
    *(
        rule("gendered_title", r"\b" + word.replace(" ", r"\s+") + r"\b", suggestion=neutral)
        for word, neutral in GENDERED_NOUNS.items()
    ),
    rule(
        "gendered_title",
        _HE + r"(?:\s+(?:will|would|should|must|shall|can|could|may|might|is|has|needs\s+to)"
        r"|'ll)(?:\s+\w+)?",
        rewrite=_PRONOUN_REWRITE,
    ),
    rule(
        "gendered_title",
        _HIS + r"(?:\s+own)?\s+(?:first|team|role|mission|main|responsibilities|duties|tasks|day"
        r"|work|manager|job|position|goals?|objectives?|key|new|direct|time|priority|priorities"
        r"|skills|experience|colleagues|reports|focus|career)\b(?:\s+\w+)?",
        rewrite=_PRONOUN_REWRITE,
    ),
]

FAMILY_RULES = [
    rule("family_pregnancy", r"\bmarital\s+status\b|\bmaiden\s+name\b"),
    rule(
        "family_pregnancy",
        r"\b(?:are|be|is|being|whether\s+you\s+are|if\s+you\s+are)\s+(?:you\s+)?(?:married|single"
        r"|divorced|engaged|widowed)\b(?:\s+(?:with|and)\s+no\s+(?:children|kids))?",
    ),
    rule(
        "family_pregnancy",
        r"\b(?:no|without|childless|any)\s+(?:children|kids|dependants|dependents)\b"
        r"|\b(?:have|having|plan\s+to\s+have|planning\s+to\s+have|want)\s+(?:any\s+)?(?:kids"
        r"|children|a\s+baby|babies)\b|\b(?:start(?:ing)?|plan(?:ning)?)\s+(?:a|your)\s+family"
        r"(?:\s+soon)?\b|\bfamily\s+plans\b",
        unless=_POPULATION.replace("children|kids|", ""),
    ),
    rule("family_pregnancy", r"\bpregnan\w*\b", not_after=r"(?:after|during)\s*$"),
    rule(
        "family_pregnancy",
        r"\b(?:without|free\s+of|no)\s+(?:family|childcare|caring)\s+(?:commitments"
        r"|responsibilities|obligations|ties|constraints)\b|\bsingle\s+(?:mothers?|parents?"
        r"|fathers?)\b|\bmothers\s+need\s+not\s+apply\b",
    ),
    rule(
        "family_pregnancy",
        r"\b(?:married|unmarried|single|divorced|childless)\s+(?:candidates?|applicants?|people"
        r"|persons?|profiles?)(?:\s+(?:only|preferred|wanted|required|welcome))?\b",
        not_after=r"\b(?:and|or|all|including)\s*$",
    ),
    rule(
        "family_pregnancy",
        r"\b(?:no|not)\s+(?:candidates?|applicants?|people|one|parents)\s+with\s+(?:young\s+"
        r"|small\s+)?(?:children|kids|babies|a\s+family|family\s+commitments)\b",
    ),
]

ETHNIC = (
    r"(?:european|caucasian|white|asian|african|arab|hispanic|latino|black|french|british"
    r"|american|anglo-saxon|north\s+african|middle\s+eastern|indian|chinese|western)"
)
ORIGIN_RULES = [
    rule(
        "origin_nationality",
        r"\b(?:only\s+)?(?:EU|US|U\.S\.|UK|french|british|american|european|\w+)\s+(?:citizens?"
        r"|nationals?)\s+only\b|\bonly\s+(?:EU|US|UK|french|british|american|european)\s+"
        r"(?:citizens?|nationals?)\b",
        unless=r"clearance|authori[sz]ed\s+to\s+work|right\s+to\s+work|work\s+permit",
    ),
    rule(
        "origin_nationality",
        r"\b(?:must|should)\s+(?:hold|have|possess|be)\s+(?:an?\s+)?(?:\w+\s+)?(?:passport"
        r"|citizen|national)\b|\bcitizenship\s+(?:is\s+)?" + REQ,
        unless=r"clearance|authori[sz]ed\s+to\s+work|right\s+to\s+work|work\s+permit",
    ),
    rule(
        "origin_nationality",
        r"\b(?:candidates?\s+|applicants?\s+|people\s+)?of\s+" + ETHNIC + r"\s+(?:origin|descent"
        r"|ethnicity|heritage|background|appearance)\b(?:\s+(?:preferred|only|required))?"
        r"|\b(?:caucasian|white)\s+(?:candidates?|applicants?|only|preferred)\b",
    ),
    rule(
        "origin_nationality",
        r"\b(?:race|racial|ethnicity|ethnic\s+(?:origin|background|group))\b|\bnative-born\b",
    ),
    rule(
        # "EU passport holders only", "only UK passport holders"
        "origin_nationality",
        r"\b(?:\w+\s+)?passport\s+holders?\s+only\b|\bonly\s+(?:\w+\s+)?passport\s+holders?\b",
        unless=r"clearance|authori[sz]ed\s+to\s+work|right\s+to\s+work|work\s+permit",
    ),
    rule(
        # the surname is a ground of its own in L.1132-1
        "origin_nationality",
        r"\b(?:foreign|ethnic|non-\w+|african|arab\w*|asian|muslim|jewish|immigrant)[- ]sounding"
        r"\s+(?:names?|surnames?|family\s+names?)\b|\b(?:surnames?|family\s+names?|last\s+names?)"
        r"\s+(?:of|from)\s+(?:\w+\s+)?(?:origin|descent|background)\b",
    ),
]

LANGS = (
    r"(?:english|french|spanish|german|italian|portuguese|dutch|arabic|chinese|mandarin"
    r"|japanese|korean|russian|polish|swedish|turkish)"
)
NATIVE_RULES = [
    rule(
        "native_language",
        r"\bnative(?:\s+or\s+near-native)?(?:\s+"
        + LANGS
        + r")?\s+speakers?\b(?:\s+"
        + REQ
        + r")?|\bnative\s+"
        + LANGS
        + r"\b(?!\s+(?:app|apps|application))",
        suggestion="fluent English (C1)",
    ),
    rule(
        "native_language",
        r"\b(?:" + LANGS + r"\s+(?:must\s+be|should\s+be|as|is)\s+(?:your|a|an)\s+)?(?:mother"
        r"\s+tongue|first\s+language|native\s+language)\b",
        suggestion="fluent English (C1)",
    ),
    rule(
        "native_language",
        r"\b(?:no|without\s+an?|neutral|non-?regional|perfect)\s+(?:\w+\s+)?accents?\b",
        suggestion="clear spoken English",
    ),
    rule(
        # measured against native speakers rather than against a level (CEFR C1/C2)
        "native_language",
        r"\bnative[- ]level(?:\s+(?:fluency|proficiency|command))?\b(?:\s+(?:in|of)\s+"
        + LANGS
        + r")?|\b(?<!near-)(?<!near\s)native[- ](?:like\s+)?(?:fluency|proficiency|command)\b",
        suggestion="fluent (C1/C2)",
    ),
]

APPEARANCE_RULES = [
    rule(
        "appearance",
        r"\b(?:include|attach|send|enclose|add|upload|with)\s+(?:a\s+|your\s+)?(?:recent\s+)?"
        r"(?:photo(?:graph)?|headshot|picture|selfie)s?\b(?:\s+(?:with|to)\s+your\s+(?:cv|resume"
        r"|r[ée]sum[ée]|application))?|\bphotos?\s+(?:is\s+)?(?:required|mandatory|must)\b"
        r"|\b(?:cv|resume)\s+with\s+(?:a\s+)?photo\b|\brecent\s+photo\b",
        suggestion="CV without photo",
    ),
    rule(
        "appearance",
        r"\b(?:presentable|attractive|good-looking|well[- ]groomed|good\s+looks|pleasant\s+"
        r"appearance|polished\s+appearance|physically\s+attractive)\b(?:\s+appearance)?"
        r"(?:\s+(?:is\s+)?(?:required|a\s+must|essential|expected))?",
        suggestion="professional manner with clients",
    ),
    rule(
        "appearance",
        r"\b(?:no\s+)?(?:visible\s+)?(?:tattoos?|piercings?)\b|\b(?:height|weight)\s+"
        r"(?:requirements?|minimum|maximum|of\s+at\s+least)\b",
        unless=r"welcome|accepted|no\s+problem|fine\b",
    ),
    rule(
        "appearance",
        r"\b(?:must|should|to|and)\s+be\s+(?:\w+\s+)?(?:slim|slender|thin|tall|petite|pretty|handsome"
        r"|good[- ]looking|beautiful)\b|\b(?:slim|slender|pretty|handsome|beautiful)"
        r"\s+(?:candidates?|applicants?|people|person|figure|build|women|men|girls?|guys?)\b",
    ),
]

HEALTH_RULES = [
    rule(
        "health_disability",
        r"\b(?:excellent|perfect|good|full)\s+(?:health|physical\s+condition|physical\s+health)\b"
        r"(?!\s+(?:insurance|benefits|plan|care|coverage|sector|cover))",
    ),
    rule(
        "health_disability",
        r"\bfree\s+(?:of|from)\s+(?:any\s+)?(?:chronic\s+)?(?:conditions?|illness\w*|diseases?"
        r"|disabilit\w+|medical\s+conditions?)\b",
    ),
    rule(
        "health_disability",
        r"\b(?:disclose\s+(?:any\s+)?)?(?:history\s+of\s+(?:\w+\s+)?(?:illness|disease|conditions?"
        r"|disorders?|sick\s+leave)|medical\s+history|mental\s+(?:illness|health\s+(?:issues"
        r"|conditions|problems|history)))\b",
    ),
    rule(
        "health_disability",
        r"\b(?:not\s+suitable|unsuitable|not\s+open|not\s+adapted|closed)\s+(?:\w+\s+){0,3}?"
        r"(?:disabilit\w+|disabled|handicap\w*|wheelchair\s+users?)\b",
    ),
    rule(
        "health_disability",
        r"\b(?:no|any)\s+(?:disabilit(?:y|ies)|chronic\s+(?:conditions?|illness\w*)|sick\s+(?:days"
        r"|leave)|(?:health|medical)\s+(?:issues|problems|conditions?))\b|\bable-bodied\b",
    ),
]

RELIGION_RULES = [
    rule("religion", r"\breligio\w+(?:\s+(?:symbols?|dress|clothing|practices?|beliefs?))?"),
    rule(
        "religion",
        r"\b(?:no\s+)?(?:headscarf|headscarves|hijabs?|kippahs?|yarmulkes?|turbans?|burqas?"
        r"|niqabs?|crucifix\w*)\b(?:\s+or\s+\w+)?",
    ),
    rule(
        "religion",
        r"\b(?:practi[sc]ing|devout|observant)\s+(?:\w+\s+)?(?:christians?|muslims?|jews?"
        r"|catholics?|hindus?|sikhs?|buddhists?|believers?)\b(?:\s+(?:preferred|only|required"
        r"|wanted))?|\b(?:christian|muslim|jewish|catholic|hindu|sikh|buddhist|atheist)s?\s+"
        r"(?:candidates?|applicants?|only|preferred|wanted|required)\b",
    ),
    rule(
        "religion",
        r"\b(?:look(?:ing)?\s+for|seek(?:ing)?|hire|want)\s+(?:\w+\s+)?believers?\b(?:\s+who\s+"
        r"share\s+our\s+(?:values|faith))?|\bshare\s+our\s+faith\b|\bchurch-?goers?\b",
    ),
    rule(
        # a faith as a requirement of a secular job: "Christian values are essential"
        "religion",
        r"\b(?:christian|catholic|protestant|evangelical|muslim|islamic|jewish|judeo-christian"
        r"|hindu|sikh|buddhist|biblical)\s+(?:values|faith|ethos|principles|beliefs?|morals)\b",
    ),
    rule(
        "religion",
        r"\b(?:attend|attends|attending|go\s+to|goes\s+to)\s+(?:church|mosque|synagogue|temple)\b"
        r"|\battend(?:s|ing)?\s+(?:sunday\s+)?mass\b(?!-|\s+(?:production|market|media|events?))",
    ),
]

UNION_RULES = [
    rule(
        "union_political",
        r"\b(?:trade|labou?r)\s+unions?\b|\b(?:active\s+)?unions?\s+(?:members?|membership"
        r"|activit\w+|involvement|affiliation|representatives?|reps?|organi[sz]\w+)\b"
        r"|\bunioni[sz]ed\b|\bnon-union\b",
    ),
    rule(
        "union_political",
        r"\bpolitical\s+(?:part(?:y|ies)|views|opinions|affiliations?|activit\w+|activism"
        r"|beliefs|engagement)\b|\belected\s+(?:office|officials?|positions?|mandates?)\b"
        r"|\bactivis[mt]s?\b",
    ),
    rule(
        "union_political",
        r"\bwhistle-?blow\w*\b",
        unless=r"polic(?:y|ies)|protection|hotline|procedure|channel|report(?:ing)?\s+line",
    ),
]

RESIDENCE_RULES = [
    rule(
        "residence",
        r"\blocal\s+(?:candidates|applicants|residents|people)\s+only\b|\b(?:locals|residents)\s+"
        r"only\b|\bonly\s+(?:local\s+(?:candidates|applicants)|\w+\s+residents)\b",
        suggestion="based in [work location]",
    ),
    rule(
        "residence",
        r"\b(?:must|should|required\s+to|need\s+to|have\s+to)\s+(?:already\s+)?(?:live|reside|be\s+"
        r"(?:living|residing|a\s+resident))\s+(?:with)?in(?:\s+\d+\s*(?:km|miles?|kilomet(?:er|re)s?)"
        r"|\s+the\s+city(?:\s+limits)?)?",
        suggestion="the role is based in [work location]",
    ),
    rule(
        "residence",
        r"\b(?:account|domiciliation)\s+(?:held\s+)?(?:with|at|in)\s+an?\s+(?:\w+\s+)?bank\b"
        r"|\b(?:french|uk|us|\w+)\s+bank\s+account\s+(?:required|mandatory|only)\b",
        suggestion="any bank account (SEPA area)",
    ),
    rule(
        "residence",
        r"\b(?:candidates?|applicants?|people)\s+(?:living\s+|from\s+)(?:in\s+)?(?:the\s+)?\w+"
        r"\s+(?:will\s+not|won't|need\s+not|are\s+not)\b",
    ),
    rule(
        # "only candidates residing in Paris", "candidates living in Lyon only"
        "residence",
        r"\bonly\s+(?:candidates?|applicants?|people|those|profiles?)\s+(?:who\s+(?:live|reside)"
        r"|residing|living|resident|domiciled)\s+(?:in|within|near|around)\b"
        r"|\b(?:candidates?|applicants?|people)\s+(?:residing|living|resident|domiciled)\s+"
        r"(?:in|within|near|around)\s+[^.;,]{1,40}?\s+only\b",
        suggestion="the role is based in [work location]",
    ),
]

RULES = [
    *AGE_RULES,
    *SEX_RULES,
    *TITLE_RULES,
    *FAMILY_RULES,
    *ORIGIN_RULES,
    *NATIVE_RULES,
    *APPEARANCE_RULES,
    *HEALTH_RULES,
    *RELIGION_RULES,
    *UNION_RULES,
    *RESIDENCE_RULES,
    *CONDITION_RULES,
]

QUESTION_RULES = [
    rule(
        "age",
        r"\bhow\s+old\s+are\s+you\b|\bwhat\s+is\s+your\s+age\b|\bwhen\s+were\s+you\s+born\b"
        r"|\bwhen\s+did\s+you\s+graduate\b",
    ),
    rule(
        "family_pregnancy",
        r"\bare\s+you\s+(?:married|single|pregnant|engaged|divorced|expecting)\b|\bdo\s+you\s+"
        r"(?:have|plan\s+(?:to\s+have|on\s+having)|want)\s+(?:any\s+)?(?:kids|children|a\s+family"
        r"|a\s+baby)\b|\byour\s+(?:husband|wife|spouse|boyfriend|girlfriend)\b|\bchildcare\b"
        r"|\bwho\s+(?:looks\s+after|takes\s+care\s+of)\s+your\s+(?:kids|children)\b",
    ),
    rule(
        "religion",
        r"\bwhat\s+is\s+your\s+(?:religion|faith)\b|\bwhich\s+church\b|\bdo\s+you\s+(?:go\s+to"
        r"\s+church|pray|attend\s+(?:church|mosque|synagogue|temple))\b|\bare\s+you\s+(?:religious"
        r"|christian|muslim|jewish|catholic|hindu|sikh|atheist)\b",
    ),
    rule(
        "residence",
        r"\bwhere\s+do\s+you\s+live\b|\byour\s+(?:home\s+)?address\b(?!\s+(?:email|e-mail))"
        r"|\bwhat\s+neighbou?rhood\b|\bdo\s+you\s+(?:own|rent)\s+your\s+home\b",
    ),
    rule(
        "union_political",
        r"\bare\s+you\s+(?:in|part\s+of|a\s+member\s+of)\s+a\s+(?:trade\s+|labou?r\s+)?union\b"
        r"|\bwho\s+did\s+you\s+vote\s+for\b|\bhow\s+do\s+you\s+vote\b|\byour\s+political\b",
    ),
    rule(
        "origin_nationality",
        r"\bwhere\s+are\s+you\s+(?:originally\s+)?from\b|\bwhere\s+were\s+you\s+born\b"
        r"|\bwhat\s+is\s+your\s+(?:nationality|ethnicity|ethnic\s+background|heritage)\b"
        r"|\bwhere\s+is\s+your\s+accent\s+from\b|\bare\s+you\s+an?\s+(?:\w+\s+)?citizen\b",
    ),
    rule(
        "health_disability",
        r"\bdo\s+you\s+have\s+(?:any\s+)?(?:disabilit(?:y|ies)|health\s+(?:problems|issues"
        r"|conditions)|medical\s+conditions?|chronic\s+\w+|illness\w*)\b|\bhave\s+you\s+(?:ever\s+)?"
        r"been\s+(?:sick|ill|hospitali[sz]ed|treated\s+for)\b|\bhow\s+many\s+sick\s+days\b"
        r"|\bare\s+you\s+(?:disabled|healthy|on\s+medication)\b",
    ),
    rule(
        "sex_gender",
        r"\bare\s+you\s+(?:gay|straight|lesbian|bisexual|transgender|trans)\b",
    ),
    rule(
        "personal_data",
        r"\bhow\s+much\s+(?:do|did)\s+you\s+(?:make|earn)\b|\bwhat\s+(?:is|was)\s+your\s+(?:current"
        r"|previous|last)\s+salary\b|\bhave\s+you\s+(?:ever\s+)?been\s+(?:arrested|convicted)\b",
    ),
    rule("appearance", r"\bhow\s+(?:tall\s+are\s+you|much\s+do\s+you\s+weigh)\b"),
    rule("career_gap", r"\bwhy\s+(?:is\s+there|do\s+you\s+have)\s+a\s+gap\b"),
]
