"""English rules on the person: origin and nationality, language, appearance, health,
religion, opinions and union activity, residence. Patterns are folded and case-insensitive;
see ``rules/__init__``.
"""

from employers.wording.rules import rule
from employers.wording.rules.en_words import NOT_ASKED, REFUSED, REFUSING, REQ

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
        # "must be German nationals", "must be British or French citizens"
        r"\b(?:must|should)\s+(?:hold|have|possess|be)\s+(?:an?\s+)?(?:\w+\s+){0,3}?(?:passport"
        r"|citizen|national)s?\b|\bcitizenship\s+(?:is\s+)?" + REQ,
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
        r"|someone)\s+(?:\w+\s+)?born\s+(?:and\s+(?:raised|bred)\s+)?in\s+(?!\d)"
        r"(?!the\s+(?:early|mid|late|\d))(?:the\s+)?[a-z]+"
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
        by_sentence=True,
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
        unless=NOT_ASKED
        + r"|\bof\s+(?:your|the|our)\s+(?:products?|work|projects?|designs?|items?|listings?)"
        r"|portfolio|marketplace",
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
        by_sentence=True,
    ),
    rule(
        # body measures asked for: "your height and weight"
        "appearance",
        r"\byour\s+(?:height|weight|measurements|dress\s+size|clothing\s+size|bmi)(?:\s+and\s+"
        r"(?:your\s+)?(?:height|weight|measurements))?\b|\bheight\s+and\s+weight\b"
        r"|\bweight\s+and\s+height\b",
        by_sentence=True,
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
        by_sentence=True,
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
        unless=r"\b(?:our|the)\s+(?:works\s+council|unions?|CSE|staff\s+representatives)\b"
        r"|\bnegotiat\w*|\bcollective\s+(?:agreement|bargaining)|\bemployee\s+relations"
        r"|\bwork\s+(?:closely\s+)?with\b|\bsits?\s+on\b|\bwelcome\b|\bprotected\b",
        despite=r"\b(?:don't|do\s+not|won't|never|no)\s+(?:\w+\s+)?(?:hire|consider|want|accept)",
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
    rule("residence", r"\bno\s+commuters\b", by_sentence=True),
    rule(
        "residence",
        r"\bbank\s+account\s+(?:opened|held|domiciled)\s+(?:with|at|in)\s+(?:one\s+of\s+)?(?:our|an?)"
        r"\s+(?:\w+\s+)?(?:branch(?:es)?|bank|network)\b",
        suggestion="any bank account (SEPA area)",
    ),
]
