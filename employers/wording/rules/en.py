"""English rules on protected grounds and gendered titles; the requirement and working-condition
rules are in ``en_conditions``. Patterns are case-insensitive; see ``rules/__init__``.
"""

from employers.wording.rules import rule
from employers.wording.rules.common import AGE
from employers.wording.rules.en_conditions import CONDITION_RULES
from employers.wording.rules.en_words import NUM, REFUSED, REFUSING, REQ

# Asking not to send something is no request for it: "don't include your date of birth".
_NOT_ASKED = (
    r"\b(?:don't|do\s+not|never)\s+(?:include|send|add|attach|put|mention|state)|no\s+need\s+(?:to|for)"
    r"|we\s+don't\s+need|not\s+(?:needed|required)|leave\s+(?:out|off)|\bomit"
)
_POPULATION = (
    r"\b(?:players?|users?|children|kids|customers?|audience|students?|teens?|patients?)\b"
    # an age condition set by law: "apprenticeships are open to people aged 16 to 29"
    r"|\bunder\s+\w+\s+law\b|\bby\s+law\b|statutory|legal\s+(?:age|requirement)|apprentice\w*"
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
        r"(?=\s*(?:[.,;:)!?/–-]|$|(?:to|and|or|with|who|ideally|preferred|only|please|max|maximum"
        r"|years?)\b|y\.?o))",
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
        not_after=r"\bno\s+(?:\w+\s+)?$|\bno\s*$",
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
    rule("age", r"\bdate\s+of\s+birth\b|\byear\s+of\s+birth\b", unless=_NOT_ASKED),
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
    rule(
        # a year or decade of birth: "born after 1990", "born in the 90s"
        "age",
        r"\bborn\s+(?:after|before|between|in|from|since)\s+(?:the\s+)?(?:(?:19|20)\d\d(?:\s*(?:and"
        r"|to|-|–)\s*(?:19|20)\d\d)?|(?:19|20)?\d0'?s|'\d0s|eighties|nineties)\b",
        unless=r"\b(?:company|startup|start-up|founded|business|idea|project|product|brand|firm"
        r"|agency|studio|we\s+were)\b",
    ),
    rule(
        # generations and life stages as the profile: "Gen Z", "millennials", "20-something"
        "age",
        r"\b(?:gen[- ]?(?:z|y|alpha)|generation\s+(?:z|y|alpha)|zoomers?|millennials?|boomers?"
        r"|baby[- ]boomers?|(?:twenty|thirty|forty)[- ]?somethings?)\b",
        unless=r"\b(?:target\w*|users?|customers?|clients?|audiences?|market\w*|consumers?|readers"
        r"|reach\w*|brands?|content\s+for|speak\s+to|appeal\s+to|shoppers|subscribers)\b"
        # the generation as the product's public: "how Gen Z discovers products"
        r"|\b(?:how|what|why|where|when)\s+(?:gen|generation|millennials|boomers|zoomers)",
    ),
    rule("age", r"\b[234]0-somethings?\b|\b[234]0\s+somethings?\b"),
    rule("age", r"\b(?:fresh|new|young)\s+blood\b", suggestion="new perspectives"),
    rule(
        # graduation recency as a limit: "graduates from the last two years only"
        "age",
        r"\bgraduat\w*\s+(?:from\s+|in\s+|within\s+)?(?:the\s+)?(?:last|past)\s+(?:\w+\s+)?"
        r"(?:years?|months?)\b(?:\s+only)?|\bgraduated\s+(?:in|after|since)\s+20\d\d"
        r"(?:\s+or\s+(?:later|after))?\b|\bclass\s+of\s+20\d\d\s+(?:or\s+20\d\d\s+)?only\b",
        suggestion="entry-level candidates welcome",
    ),
    rule(
        # older people named, then turned away
        "age",
        r"\b(?:older\s+(?:candidates|applicants|workers|people|professionals|profiles)|seniors"
        r"|retirees|pensioners)",
        context=REFUSED,
    ),
    rule(
        "age",
        r"\b(?:older\s+(?:candidates|applicants|workers|people|professionals)|retirees|pensioners|boomers)\b",
        context=REFUSING
        + r"(?:older\s+(?:candidates|applicants|workers|people|professionals)|retirees|pensioners"
        r"|boomers)\b",
    ),
    rule(
        # a ceiling on experience said of the person: "you have less than 5 years"
        "age",
        r"\b(?:you|must|should)\s+(?:have|has)\s+(?:less|fewer)\s+than\s+"
        + NUM
        + r"\s+years?\b(?:\s+of\s+(?:\w+\s+)?experience)?",
        suggestion="2+ years of experience",
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
    rule(
        # a sex as the ideal: "ideally a woman", "preferably a man"
        "sex_gender",
        r"\b(?:ideally|preferably|ideal\s+(?:candidate|hire|person)\s+(?:is|would\s+be)|must\s+be"
        r"|should\s+be)\s+(?:an?\s+)?(?:woman|man|lady|guy|gentleman|girl|boy|female|male)\b"
        r"(?!\s+or\b|[- ](?:hours?|days?|power|made)\b)",
        suggestion="ideally a candidate with [skills]",
    ),
    rule(
        "sex_gender",
        r"\b(?:another|one\s+more|a\s+new)\s+(?:guy|gal|girl|lady|bloke|dude|man|woman|lad)\b"
        r"(?![-\w])",
    ),
    rule(
        # a sex asked for as a quality: "a female touch", "feminine presence"
        "sex_gender",
        r"\b(?:female|feminine|male|masculine|woman's|man's)\s+(?:touch|presence|energy|hire"
        r"|recruit|sensibility)\b",
        suggestion="a candidate with [skills]",
    ),
    rule(
        # hiring to change the sex ratio (encouraging applications stays lawful)
        "sex_gender",
        r"\b(?:hire|hiring|recruit\w*|looking\s+for|seeking)\s+(?:\w+\s+){0,3}?to\s+(?:improve"
        r"|balance|fix|even\s+out|boost)\s+(?:our\s+|the\s+)?(?:gender\s+(?:balance|ratio|mix"
        r"|split|numbers)|male[- ]female\s+ratio)\b",
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
    rule(
        # a pronoun about the hire after what they will do: "who can hold his ground"
        "gendered_title",
        r"\b(?:who|that)\s+(?:can|will|must|should|could|is\s+able\s+to|knows\s+how\s+to|wants\s+to"
        r"|likes\s+to)\s+(?:\w+\s+){1,3}?(?:his|himself|herself)\b(?!\s+or\b|/)",
        rewrite=(
            (r"\bhis\b", "their"),
            (r"\bhimself\b", "themselves"),
            (r"\bherself\b", "themselves"),
        ),
    ),
]

FAMILY_RULES = [
    rule("family_pregnancy", r"\bmarital\s+status\b|\bmaiden\s+name\b", unless=_NOT_ASKED),
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
    rule(
        # a leave to come, or just taken, held against someone
        "family_pregnancy",
        r"\b(?:maternity|paternity|parental|adoption)\s+leave\b",
        context=r"returning\s+from|back\s+from|not\s+a\s+(?:good\s+)?fit|need\s+not|plan(?:s|ning)?"
        r"\b|within\s+the\s+next|next\s+\w+\s+(?:months|years)|likely\s+to|avoid|\bno\b|won't"
        r"|will\s+not|expect(?:ing)?\b|recently",
        unless=r"generous|enhanced|\bpaid\b|fully|\bweeks\b|policy|top[- ]up|benefit|support"
        r"|extended|\boffer|entitle",
    ),
    rule(
        "family_pregnancy",
        r"\bsingle\s+(?:mums?|moms?|dads?)\b|\bsolo\s+(?:parents?|mums?|moms?|dads?)\b",
        unless=r"support|benefit|help|programme|program",
    ),
    rule(
        # parents named, then turned away
        "family_pregnancy",
        r"\b(?:mothers|mums|moms|fathers|dads|(?:young|new)\s+parents|parents\s+of\s+young\s+"
        r"(?:children|kids)|(?:women|people|candidates|applicants)\s+with\s+(?:young\s+|small\s+)?"
        r"(?:children|kids|families)|new\s+(?:mothers|mums|moms)|expectant\s+mothers|pregnant\s+"
        r"(?:women|candidates|applicants)|young\s+mothers)",
        context=REFUSED,
    ),
    rule(
        # asking about children with the application
        "family_pregnancy",
        r"\b(?:whether|if)\s+you\s+have\s+(?:any\s+)?(?:children|kids)\b(?:\s+and\s+their\s+ages)?"
        r"|\b(?:the\s+)?(?:number\s+and\s+)?ages?\s+of\s+your\s+(?:children|kids)\b"
        r"|\byour\s+(?:children|kids)'?s?\s+ages\b",
        context=r"include|state|tell\s+us|let\s+us\s+know|mention|indicate|application|\bcv\b"
        r"|resume|ages?",
        unless=r"childcare\s+(?:support|allowance|voucher)|nursery|creche|school\s+holidays"
        r"|flexible",
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
    rule(
        "origin_nationality",
        r"\b(?:must|should)\s+(?:hold|have|possess|be)\s+(?:an?\s+)?(?:\w+\s+){0,3}?(?:passport"
        r"|citizen|national)s\b",
        unless=r"clearance|authori[sz]ed\s+to\s+work|right\s+to\s+work|work\s+permit",
    ),
    rule(
        # what the person "will be" or "must be": "will be Caucasian", "must be white"
        "origin_nationality",
        r"\b(?:will|must|should|to)\s+be\s+(?:of\s+)?(?:\w+\s+)?(?:caucasian|white|black|asian"
        r"|hispanic|latino|latina|arab|african)\b(?!-\w|\s+(?:label\w*|glove|board|list\w*|paper\w*"
        r"|space|hat|box|collar|market|union|commission|parliament|noise|belt)\b)",
    ),
    rule(
        # a birthplace or ancestry asked of the person
        "origin_nationality",
        r"\b(?:you\s+(?:were|are)|must\s+(?:have\s+been|be)|should\s+be|candidates?|applicants?"
        r"|someone)\s+(?:\w+\s+)?born\s+(?:and\s+(?:raised|bred)\s+)?in\s+(?!\d)(?:the\s+)?[a-z]+"
        r"|\bnative\s+of\s+[a-z]+|\byour\s+parents'?\s+(?:nationalit\w+|origins?|country\s+of\s+"
        r"(?:birth|origin)|birthplace|ethnicit\w+)|\b(?:nationality|origin|ethnicity)\s+of\s+your"
        r"\s+parents\b",
        unless=r"\b(?:company|startup|founded|business|idea|project|product|brand|firm)\b",
    ),
    rule(
        # people from outside a zone turned away: "no non-EU candidates", "foreigners need not
        # apply"
        "origin_nationality",
        r"\bnon[- ](?:EU|EEA|UK|US)\s+(?:citizens|nationals|candidates|applicants"
        r"|passport\s+holders)\b|\b(?:foreigners|foreign\s+nationals|immigrants|non-nationals)",
        context=REFUSED,
        unless=r"visa|sponsor|relocation|welcome|support|assist|authori[sz]ed\s+to\s+work"
        r"|right\s+to\s+work|work\s+permit",
        despite=REFUSED,
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
    rule(
        # an accent singled out or turned away
        "native_language",
        r"\b(?:your\s+)?accents?\s+(?:must|should|has\s+to|needs\s+to)\s+be\b(?:\s+\w+)?",
        unless=r"\b(?:all|any|every)\s+accents?\b|accents?\s+(?:are\s+)?welcome",
        suggestion="clear spoken English",
    ),
    rule(
        "native_language",
        # "candidates with an accent won't be considered" (anchored on "accent": fast)
        r"\baccents?\b",
        context=REFUSED,
        unless=r"\b(?:all|any|every)\s+accents?\b|accents?\s+(?:are\s+)?welcome",
        suggestion="clear spoken English",
    ),
    rule(
        # non-native speakers turned away: "no ESL writers", "learners ... will not be considered"
        "native_language",
        r"\bno\s+(?:ESL|EFL|non-native)\b(?:\s+(?:writers?|speakers?|candidates?|applicants?))?",
        unless=r"\bteach\w*|tutor\w*|instructor|classes|lessons|students",
        suggestion="fluent English (C1)",
    ),
    rule(
        "native_language",
        r"\b(?:(?:ESL|EFL)\s+(?:writers|speakers|candidates)|non-natives?(?:\s+(?:speakers?"
        r"|writers?|candidates?))?|(?:language\s+)?learners|second[- ]language\s+speakers)",
        context=REFUSED,
        unless=r"\bteach\w*|tutor\w*|instructor|classes|lessons|students",
        suggestion="fluent English (C1)",
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
        unless=_NOT_ASKED,
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
    rule(
        # a photo asked for, whatever its adjectives: "include a full-length photo"
        "appearance",
        r"\b(?:include|attach|send|enclose|add|upload|submit|provide)\s+(?:us\s+)?(?:a\s+|your\s+"
        r"|an\s+|two\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:photo(?:graph)?|headshot|picture|selfie)s?\b",
        unless=r"portfolio|products?|work\s+samples|of\s+(?:your|the)\s+(?:work|projects?|designs?)"
        r"|\bdon't|\bdo\s+not|no\s+need|never|without|not\s+(?:needed|required)|rather\s+not",
        suggestion="CV without photo",
    ),
    rule(
        # body measures asked for: "your height and weight"
        "appearance",
        r"\byour\s+(?:height|weight|measurements|dress\s+size|clothing\s+size|bmi)(?:\s+and\s+"
        r"(?:your\s+)?(?:height|weight|measurements))?\b|\bheight\s+and\s+weight\b"
        r"|\bweight\s+and\s+height\b",
    ),
    rule(
        # an appearance judged: "a clean, conventional appearance", "a polished look"
        "appearance",
        r"\b(?:(?:clean|conventional|polished|professional|neat|smart|well-groomed|groomed"
        r"|attractive|pleasant|corporate|sharp|elegant|youthful|sporty|trendy|stylish)"
        r"(?:\s*,\s*|\s+and\s+|\s+))+(?:appearance|look|looks|image)\b"
        r"(?:\s+(?:is\s+)?(?:required|a\s+must|essential|expected|mandatory))?",
        unless=r"\b(?:ui|ux|interfaces?|websites?|sites?|apps?|products?|brand\w*|slides?|decks?"
        r"|dashboards?|pages?|screens?|designs?|reports?|documents?|presentations?|code|visuals?"
        r"|feel)\b",
        suggestion="professional manner with clients",
    ),
    rule(
        # grooming and dress turned away or imposed: "no dreadlocks, no facial hair"
        "appearance",
        r"\bno\s+(?:visible\s+)?(?:dreadlocks|dreads|locs|beards?|facial\s+hair|moustaches?"
        r"|mustaches?|braids|afros?|long\s+hair|dyed\s+hair|colou?red\s+hair|tattoos|piercings)\b"
        r"(?:\s*(?:,|or|and)\s*(?:no\s+)?(?:visible\s+)?\w+(?:\s+hair)?)*"
        r"|\b(?:heels|high\s+heels|make-?up|skirts?|lipstick)\s+(?:are\s+|is\s+)?(?:required"
        r"|mandatory|expected|a\s+must|compulsory)\b",
        unless=r"safety|hygiene|food|hairnet|machinery|laborator",
    ),
    rule(
        # bodies as a profile: "slim, tall and photogenic candidates"
        "appearance",
        r"\b(?:(?:slim|slender|thin|tall|petite|pretty|handsome|beautiful|good-looking|photogenic"
        r"|athletic|attractive|young-looking)(?:\s*,\s*|\s+and\s+|\s+or\s+|\s+))+(?:candidates?"
        r"|applicants?|people|persons?|women|men|girls?|guys?|staff|hosts?|hostesses|models?"
        r"|individuals?)\b|\bphotogenic\b",
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
    rule(
        "health_disability",
        r"\bphysically\s+(?:fit|healthy|strong|robust)\b|\bfit\s+and\s+healthy\b|\bin\s+(?:good"
        r"|great|excellent|top|peak)\s+(?:physical\s+)?shape\b|\bphysical\s+fitness\b",
        unless=r"\blift|carry|\d+\s*(?:kg|lbs?)|warehouse|standing|on\s+your\s+feet|manual|outdoor"
        r"|climb|construction|safety|firefight|military",
        despite=r"desk|office-based|remote",
    ),
    rule(
        # sick leave and absences held against someone
        "health_disability",
        r"\b(?:past|previous|prior)\s+(?:sick\s+(?:leave|days)|illness\w*|medical\s+leave"
        r"|absences?)\b|\b(?:sick\s+(?:leave|days)|absence\s+(?:record|history)|medical\s+leave"
        r"|time\s+off\s+sick|work(?:place)?\s+(?:injur\w+|accidents?))\b",
        context=r"past|previous|history|record|last\s+\w+\s+years|number\s+of|how\s+many|disclose"
        r"|declare|\blist\b|questionnaire|with\s+your\s+application|no\s+more\s+than|fewer\s+than"
        r"|\bnone\b|need\s+not|not\s+be\s+considered|will\s+not|won't|excluded",
        unless=r"\bpaid\b|policy|unlimited|generous|benefit|allowance|entitle|full\s+pay|covered"
        r"|days\s+of",
    ),
    rule(
        # health questions at application
        "health_disability",
        r"\b(?:health|medical)\s+(?:questionnaire|declaration|screening|check|form)s?\b",
        context=r"with\s+your\s+application|when\s+applying|to\s+apply|before\s+(?:the\s+)?interview"
        r"|at\s+application|application\s+form|to\s+be\s+completed|fill",
        unless=r"after\s+(?:the\s+|an\s+)?offer|occupational|once\s+hired|upon\s+hiring|onboarding",
    ),
    rule(
        # illnesses and disabilities named to turn people away
        "health_disability",
        r"\b(?:diabet\w+|epilep\w+|asthma\w*|chronic\s+(?:illness\w*|conditions?|diseases?|pain)"
        r"|disabilit(?:y|ies)|disabled\s+(?:people|candidates|applicants)|mental\s+health\s+"
        r"(?:conditions?|issues|problems)|depression|anxiety\s+disorders?|hiv|cancer|autis\w+"
        r"|adhd|wheelchair\s+users?|health\s+conditions?)",
        context=r"(?:" + REFUSED + r"|(?:is|are)\s+(?:not\s+)?(?:incompatible|unsuitable))",
    ),
    rule(
        "health_disability",
        r"\b(?:disabilit\w+|chronic\s+\w+|health\s+conditions?|diabetes|epilepsy|mental\s+health\s+\w+)",
        context=REFUSING
        + r"(?:people|candidates|applicants|anyone|those)\s+with\s+(?:an?\s+)?(?:disabilit\w+"
        r"|chronic\s+\w+|health\s+conditions?|diabetes|epilepsy|mental\s+health\s+\w+)",
    ),
]

RELIGION_RULES = [
    rule(
        "religion",
        r"\breligio\w+(?:\s+(?:symbols?|dress|clothing|practices?|beliefs?))?",
        # accommodating a faith is no criterion: "flexible schedule around religious holidays"
        unless=r"flexib|accommodat|time\s+off|days?\s+off|\bleave\b|let\s+(?:your|us|them)\s+"
        r"(?:\w+\s+)?know|respect|welcome|any\s+faith|all\s+faiths|swap",
        despite=REFUSED
        + "|"
        + REFUSING
        + r"|\bno\s+religio|not\s+(?:allowed|permitted|accommodated)|\bbanned|prohibit",
    ),
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
    rule(
        # a faith, or none, as what the person must be: "must be Christian or of no faith"
        "religion",
        r"\b(?:must|should|to)\s+be\s+(?:an?\s+)?(?:practi[sc]ing\s+|devout\s+)?(?:christian|muslim"
        r"|jewish|jew|catholic|protestant|hindu|sikh|buddhist|atheist|religious|believer"
        r"|evangelical|of\s+(?:no|the\s+same)\s+faith)s?\b(?:\s+or\s+(?:of\s+)?(?:no\s+faith|an?\s+"
        r"\w+|\w+))?|\bof\s+no\s+faith\b|\bnon-?believers?\b|\bno\s+religious\s+affiliation\b",
    ),
    rule(
        # people named by a religious practice, then turned away
        "religion",
        r"\b(?:who\s+(?:observe|keep|practi[sc]e|fast|pray|celebrate)\w*|observing|keeping"
        r"|fasting|praying)\b(?:\s+\w+){0,3}?\s+(?:sabbath|shabbat|ramadan|lent|prayers?"
        r"|religious\s+\w+|mass|church|mosque|synagogue|temple)\b",
        context=REFUSED,
    ),
    rule(
        "religion",
        r"\b(?:sabbath|shabbat|ramadan|friday\s+prayers?|daily\s+prayers?|prayer\s+breaks?"
        r"|religious\s+(?:holidays|observance))\b",
        context=r"(?:"
        + REFUSED
        + r"|(?:is|are)\s+not\s+(?:allowed|permitted|possible|accommodated))",
    ),
    rule(
        "religion",
        r"\b(?:prayer\s+breaks?|fasting|religious\s+(?:holidays|observance|dress))\b",
        context=REFUSING
        + r"(?:prayer\s+breaks?|fasting|religious\s+(?:holidays|observance|dress))\b",
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
    rule(
        "union_political",
        r"\b(?:trade\s+)?unionists?\b|\bunion\s+cards?\b|\bapolitical\b|\bpolitically\s+neutral\b"
        r"|\b(?:keep|leave)\s+your\s+(?:politics|political\s+\w+|opinions|views)\b",
        not_after=r"\b(?:we\s+are|we're|organi[sz]ation\s+is|charity\s+is|is\s+an?)\s+(?:\w+\s+)?$",
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
    rule(
        # where applicants live, with a preference or a refusal nearby
        "residence",
        r"\b(?:candidates?|applicants?|people|those|someone|anyone)\s+(?:who\s+(?:live|lives|reside"
        r"|resides)|living|residing|resident|domiciled)\s+(?:in|within|near|around|outside|inside"
        r"|close\s+to)\b",
        context=r"\bonly\b|prefer|ideally|must|required|rejected|not\s+be\s+considered|need\s+not"
        r"|won't|will\s+not|not\s+a\s+fit|excluded",
        unless=r"welcome|open\s+to|anywhere|relocat|remote|regardless|wherever|from\s+all",
        suggestion="the role is based in [work location]",
    ),
    rule(
        # a distance from home to work: "live within 30 minutes of the office"
        "residence",
        r"\b(?:live|lives|living|reside|residing)\s+(?:within|less\s+than|under|no\s+more\s+than)\s+"
        r"(?:an?\s+|\d+\s*)(?:km|miles?|minutes?|mins?|hours?|kilomet\w+|walk|commute)\b",
        suggestion="the role is based in [work location]",
    ),
    rule(
        # places whose people are turned away: "applicants from the suburbs will not be considered"
        "residence",
        r"\b(?:suburbs|suburban\s+\w+|banlieue|commuters?|council\s+estates?|housing\s+estates?"
        r"|deprived\s+areas?|outside\s+(?:the\s+)?(?:city|paris|london|[a-z]+\s+centre))",
        context=REFUSED,
        despite=REFUSED,
    ),
    rule("residence", r"\bno\s+commuters\b"),
    rule(
        "residence",
        r"\bbank\s+account\s+(?:opened|held|domiciled)\s+(?:with|at|in)\s+(?:one\s+of\s+)?(?:our|an?)"
        r"\s+(?:\w+\s+)?(?:branch(?:es)?|bank|network)\b",
        suggestion="any bank account (SEPA area)",
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
