"""Rules by class, sixth round (issue 21), in English: see ``classes5`` for the classes and
their lawful neighbours.

Patterns are folded and case-insensitive; see ``rules/__init__``.
"""

from employers.wording.rules import rule, rx
from employers.wording.rules.en_words import NOT_ASKED as EN_NOT_ASKED
from employers.wording.rules.en_words import REFUSED as EN_REFUSED

_YEAR = r"(?:19|20)\d\d"
# a requirement or a refusal in English
_EN_DEMAND = rx(
    r"""
        \bonly\b | exclusively | preferred | preferably | ideally | required | mandatory
        | \bmust\b | essential | needed | a\s+plus | {EN_REFUSED} | \bno\b | \bnot\b
    """,
    EN_REFUSED=EN_REFUSED,
)

EN = [
    # ------------------------------------------------------------------------------- age
    rule(
        # a window of graduation years: "Graduated between 2020 and 2023", "you graduated in
        # 2024 or later"
        "age",
        rx(
            r"""
                \bgraduat(?:ed | ing | ion)\s+(?:
                    between\s+{Y}\s+and\s+{Y}
                    | (?:in | after | since | from | before)\s+{Y}
                      (?:\s+(?:or | and)\s+(?:later | after | earlier | before | {Y}))?
                )
            """,
            Y=_YEAR,
        ),
        unless=r"founders?|our\s+ceo|co-?founded|our\s+trainers",
        suggestion="a degree in the field, whatever the year",
    ),
    rule(
        # the start of a career as the only stage, its end turned away
        "age",
        r"\b(?:early|late)[- ]career\b",
        context=rx(
            r"""
                \bonly\b | exclusively | solely | reserved | {EN_REFUSED} | \bno\b
            """,
            EN_REFUSED=EN_REFUSED,
        ),
        suggestion="at any career stage",
    ),
    rule(
        # someone young, young parents: "perfect for someone young and hungry", "Young mums
        # need not apply"
        "age",
        rx(r"""
            \b(?:someone | somebody)\s+young\b
            | \byoung(?:er)?\s+(?:mums? | moms? | mothers? | dads? | fathers? | parents?
            | women | woman | men | man | gals? | girls? | lads? | recruits? | hires?
            | applicants?)\b
        """),
        # young people the job serves, as users or pupils
        unless=rx(r"""
            \b(?:serv\w* | help\w* | support\w* | coach\w* | teach\w* | for)\s+(?:\w+\s+)?young\s+
            (?:people | users | adults) | \b(?:users? | customers? | clients? | audience)\b
        """),
        rewrite=((r"\byoung(?:er)?\s+", ""),),
    ),
    # ------------------------------------------------------------------------------- sex
    rule(
        # a sex favoured: "Men are favoured for the night rounds"
        "sex_gender",
        r"\b(?:men|women|males?|females?|man|woman)\b",
        context=rx(r"""
            (?:are | is | would\s+be)\s+(?:favou?red | preferred | prioriti[sz]ed)
            | \bpreferably\b | \bpreference\s+(?:for | to | given) | \bfavou?red\b
        """),
        unless=r"(?:men|women)\s+(?:and|or)\s+(?:wo)?men|parity|balance|under-?represented|toilets?|changing",
        suggestion="candidates of any gender",
    ),
    rule(
        # a guy or a girl wanted: "Native English-speaking guy wanted", "we want a young,
        # good-looking guy"
        "sex_gender",
        rx(r"""
            \b(?:guys? | blokes? | lads? | gals? | girls? | chaps?)\s+(?:wanted | needed | only
            | preferred | required)\b
            | \b(?:want | need | seek | seeking | hire | hiring | looking\s+for | recruiting)\s+
            (?:a | an | one | some | two | \d+)\s+(?:[\w,-]+\s+){0,3}?(?:guys? | blokes? | lads?
            | gals? | girls? | chaps?)\b
        """),
        suggestion="candidates of any gender",
    ),
    rule(
        # a family man as the profile
        "sex_gender",
        r"\bfamily\s+(?:man|guy|woman)\b",
        context=r"ideal|perfect|looking|want|suit|you|candidate|profile",
        suggestion="a steady, reliable person",
    ),
    # --------------------------------------------------------------- the hire's own things
    rule(
        # "Whoever joins will have his own budget", "The new hire should bring his own ideas"
        "gendered_title",
        r"(?<!/)(?<!or\s)\b(?:his|her)\s+own\s+\w+|\bbring\s+(?:his|her)\b(?!\s+or\b)(?!/)",
        context=rx(r"""
            \bwhoever\b | \bthe\s+(?:new\s+ | right\s+ | ideal\s+ | successful\s+ | selected\s+
            | chosen\s+)?(?:hire | candidate | applicant | recruit | person | joiner | starter
            | employee)\b | \bnew\s+(?:hire | joiner | starter | colleague | recruit
            | team\s+member)\b
        """),
        rewrite=((r"\b(?:his|her)\b", "their"),),
    ),
    # ----------------------------------------------------------------------------- family
    rule(
        # plans for children asked: "Do you plan to have children?"
        "family_pregnancy",
        rx(r"""
            \b(?:plan | planning | intend | intending | thinking | want | wanting | hope
            | hoping)\w*\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:have | start)\s+(?:a\s+family | children
            | kids | a\s+baby | another\s+child)
        """),
        unless=r"leave|benefit|support|policy|scheme|allowance",
        suggestion=None,
    ),
    rule(
        # without dependants: "Ideal for someone with no dependants"
        "family_pregnancy",
        rx(r"""
            \b(?:no | without)\s+(?:dependants | dependents | family\s+(?:commitments | ties
            | obligations | responsibilities))\b
        """),
        suggestion="available on the published rota",
    ),
    # ----------------------------------------------------------------------------- origin
    rule(
        # dual nationals refused: "No dual nationals", "Dual citizens need not apply"
        "origin_nationality",
        r"\bdual\s+(?:nationals?|citizens?|nationality|citizenship)\b",
        context=rx(
            r"""
                {EN_REFUSED} | \bno\b | \bnot\b | \bonly\b | exclud
            """,
            EN_REFUSED=EN_REFUSED,
        ),
        unless=r"welcome",
        suggestion="right to work in France",
    ),
    rule(
        # one's nationality or one's parents' asked
        "origin_nationality",
        rx(r"""
            \b(?:state | indicate | include | provide | give | tell\s+us | mention | list)\s+
            (?:\w+\s+){0,2}?your\s+(?:nationality | citizenship | ethnicity | ethnic\s+origin
            | country\s+of\s+birth)
            | \byour\s+parents'?\s+(?:nationality | origin | country\s+of\s+birth | birthplace)
        """),
        unless=EN_NOT_ASKED,
        suggestion="right to work in France",
    ),
    # -------------------------------------------------------------------------- residence
    rule(
        # a postcode as a condition: "Postcode starting with 13 only"
        "residence",
        rx(r"""
            \b(?:post\s*codes? | postal\s+codes? | zip\s*codes?)\s*:?\s*(?:(?:starting | beginning)
            \s+with\s+ | in\s+)?[a-z]{0,2}\d{1,5}[a-z]?(?:\s*(?:or | and | , | - | to)\s*[a-z]{0,2}
            \d{1,5}[a-z]?)*
        """),
        context=_EN_DEMAND,
        suggestion="based at our office",
    ),
    rule(
        # a bank account of a country: "A UK bank account is required to apply"
        "residence",
        rx(r"""
            \b(?:uk | us | french | irish | british | local | eu | european | german | spanish
            | italian | dutch | belgian)\s+bank\s+accounts?\b
        """),
        context=r"required|\bmust\b|to\s+apply|\bonly\b|\bneed|mandatory|to\s+be\s+considered",
        suggestion="based at our office",
    ),
    # -------------------------------------------------------------------- religion, opinions
    rule(
        # faith asked about: "Please tell us about your faith"
        "religion",
        rx(r"""
            \b(?:tell\s+us | let\s+us\s+know | share | state | indicate | mention)\s+(?:about\s+)?
            (?:your | what)\s+(?:faith | religion | religious\s+(?:beliefs? | practice)
            | church)
        """),
        suggestion="in line with our internal rules",
    ),
    rule(
        # a political leaning preferred
        "union_political",
        rx(r"""
            \b(?:conservative | liberal | progressive | left-?wing | right-?wing | labour | tory
            | republican | democrat(?:ic)?)\s+(?:political\s+)?(?:views | values | leanings?
            | politics | sympathies | voters? | supporters?)\b
            | \bpolitical\s+(?:views | leanings? | affiliation | orientation)\b
        """),
        context=r"\bonly\b|prefer|a\s+plus|required|\bmust\b|ideally|share|aligned|in\s+line",
        unless=EN_NOT_ASKED + r"|regardless|whatever|all\s+political",
        suggestion="applications from everyone welcome",
    ),
    rule(
        # strikes asked about or held against: "Have you ever been on strike?"
        "union_political",
        rx(r"""
            \b(?:been\s+on | gone\s+on | taken\s+part\s+in | joined | participated\s+in)\s+
            (?:a\s+)?strikes?\b
            | \bstrike\s+(?:history | record)\b | \bstrikers?\b
        """),
        context=rx(
            r"""
                \btell\b | \bstate\b | indicate | have\s+you | \bever\b | \bno\b | \bnot\b
                | {EN_REFUSED}
            """,
            EN_REFUSED=EN_REFUSED,
        ),
        suggestion="applications from everyone welcome",
    ),
    rule(
        # a pledge not to join a union: "sign a no-union pledge", "agree not to join a union"
        "union_political",
        rx(r"""
            \bno[- ]union\s+(?:pledge | agreement | clause | policy | commitment | contract)
            | \bnot\s+to\s+(?:join | form | organi[sz]e)\s+(?:a\s+ | any\s+)?(?:trade\s+)?unions?
            | \bunion[- ]free\s+(?:pledge | commitment | agreement)
        """),
        suggestion="applications from everyone welcome",
    ),
    # --------------------------------------------------------------------------- career gap
    rule(
        # never out of work: "You have never been out of work"
        "career_gap",
        rx(r"""
            \bnever\s+(?:been\s+(?:out\s+of\s+work | unemployed | between\s+jobs)
            | left\s+the\s+(?:job\s+market | workforce | labou?r\s+market)
            | stopped\s+working | had\s+a\s+(?:career\s+)?(?:gap | break))
        """),
        suggestion="all career paths welcome",
    ),
    rule(
        # a gap made a rejection: "Unexplained gaps = rejection"
        "career_gap",
        rx(r"""
            \b(?:gaps? | breaks?)\b[^.\n=]{0,40}?\s*(?:= | → | -> | ⇒)\s*(?:automatic\s+
            | immediate\s+ | instant\s+)?(?:rejection | rejected | no\s+interview | out\b
            | disqualif\w*)
        """),
        suggestion="all career paths welcome",
    ),
    rule(
        # returning after a break turned away ("returners" are otherwise welcome)
        "career_gap",
        rx(r"""
            \bcareer\s+(?:breaks? | gaps?)
            | \breturn(?:ing | ers?)\s+(?:to\s+work
                | from\s+(?:a\s+)?(?:long\s+)?(?:career\s+)?break)
            | \blong\s+(?:career\s+)?breaks?
        """),
        context=rx(
            r"""
                {EN_REFUSED} | \bno\s+one\b | \bnot\s+for\b | please\s+don't
            """,
            EN_REFUSED=EN_REFUSED,
        ),
        despite=rx(
            r"""
                {EN_REFUSED} | \bno\s+one\b | \bnot\s+for\b | please\s+don't
            """,
            EN_REFUSED=EN_REFUSED,
        ),
        suggestion="all career paths welcome",
    ),
    # ------------------------------------------------------------------------------ culture
    rule(
        # people one would have a drink with: "people we'd want to have a beer with"
        "culture_fit",
        r"\b(?:have|grab|share|enjoy)\s+(?:a\s+)?(?:beers?|pints?|drinks?)\s+with\b",
        context=r"\bhire\b|hiring|people|someone|folks|colleagues|recruit|\bwe\s+want",
        suggestion="varied, optional team events",
    ),
    rule(
        # non-drinkers left out: "non-drinkers might feel left out"
        "culture_fit",
        r"\bnon-?drinkers?\b|\bteetotal\w*|\bpeople\s+who\s+don't\s+drink\b|\bif\s+you\s+don't\s+drink\b",
        context=rx(
            r"""
                left\s+out | fit\s+in | \bfeel | won't | might | bored | not\s+for | {EN_REFUSED}
            """,
            EN_REFUSED=EN_REFUSED,
        ),
        unless=r"welcome|soft\s+drinks|alcohol-free|non-alcoholic",
        suggestion="varied, optional team events",
    ),
    rule(
        # a party or a game made compulsory: "Friday poker night is mandatory"
        "culture_fit",
        # (the compulsion said of the party itself, next to it; the rule begins at the party)
        rx(
            r"""
                \b{P}\b(?=[^.\n]{0,40}?\b(?:is | are)\s+(?:mandatory | compulsory | expected
                | non-negotiable))
            """,
            P=rx(r"""
                (?:poker | karaoke | pub\s+quiz | happy\s+hours? | game\s+nights? | drinks
                | (?<!political\s)(?:parties | party) | paintball | beer\s+pong | pub\s+crawls?)
            """),
        ),
        unless=rx(r"""
            optional | during\s+working\s+hours
            | \b(?:not | never | no\s+(?:\w+\s+){0,2}?(?:is\s+)?)(?:mandatory | compulsory)
        """),
        suggestion="varied, optional team events",
    ),
    rule(
        # "Mandatory Friday drinks", "compulsory karaoke night"
        "culture_fit",
        rx(r"""
            \b(?:mandatory | compulsory)\s+(?:\w+\s+){0,2}?(?:poker | karaoke | pub\s+quiz
            | happy\s+hours? | game\s+nights? | drinks | parties | party | paintball
            | beer\s+pong | pub\s+crawls?)\b
        """),
        unless=r"optional|during\s+working\s+hours",
        suggestion="varied, optional team events",
    ),
    # ----------------------------------------------------------------------------- diploma
    rule(
        # "No degree = no interview"; a degree as a hard requirement
        "diploma_rigid",
        rx(r"""
            # (the rule begins at the degree: "no degree = no interview")
            (?<=\bno\s)(?:degree | diploma | bachelor'?s | master'?s)\s*(?:= | → | -> | , | :)
            \s*no\s+(?:interview | job | offer | application | hire)
            | \b(?:degree | diploma | master'?s | bachelor'?s | phd | mba | bsc | msc)\b
              [^.\n]{0,30}?\b(?:hard | absolute | strict)\s+requirement
        """),
        suggestion="degree or equivalent experience",
    ),
    # ------------------------------------------------------------------------ availability
    rule(
        # no right to disconnect: "Right to disconnect? Not here."
        "excessive_availability",
        r"\bright\s+to\s+disconnect\b",
        context=r"not\s+here|not\s+for\s+us|doesn't\s+(?:exist|apply)|forget|no\s+such|isn't\s+a\s+thing",
        unless=r"respect|guarantee|policy|we\s+(?:honou?r|apply)|protect",
        window="next",
        suggestion="right to disconnect respected",
    ),
    rule(
        # weeks beyond 48 hours: "Expect 60-hour weeks", "55 hrs/week"
        "excessive_availability",
        # (the rule begins at "hour", its figure checked behind it: "60 hours a week",
        # "55-hour weeks")
        rx(r"""
            \b(?:hours(?<=\b(?:49 | [5-9]\d)[\s-]hours) | hour(?<=\b(?:49 | [5-9]\d)[\s-]hour)
            | hrs(?<=\b(?:49 | [5-9]\d)[\s-]hrs))\b\s*(?:(?:/ | per | a)\s*weeks?\b
            | (?:work\s*)?weeks?\b)
        """),
        unless=r"\bmax|no\s+more\s+than|never\s+more|legal|limit",
        suggestion="defined working hours, overtime compensated",
    ),
    rule(
        # replies at any hour: "Slack replies within 10 minutes, any time of day"
        "excessive_availability",
        rx(r"""
            \b(?:repl(?:y | ies) | respond\w* | answer\w* | reachable | available | online)\b
            [^.\n]{0,40}?\b(?:any\s+time\s+of\s+(?:the\s+)?(?:day | night) | day\s+or\s+night
            | at\s+any\s+hour | (?:a)?round\s+the\s+clock | 24/7)
        """),
        unless=r"\bpaid\b|rota|rotation|shifts?\b|compensat|allowance",
        suggestion="defined working hours, overtime compensated",
    ),
    # ------------------------------------------------------------------------------- words
    rule(
        "gender_coded",
        rx(r"""
            \b10x\s+(?:engineers? | developers? | devs? | hackers? | coders? | programmers?
            | talents? | marketers? | people | hires?)\b
            | \b(?:sales | marketing | growth | coding | code | data | ops | absolute | total
            | real | closing)\s+beasts?\b
            | (?<=\ba\s)beast\s+(?:at | in | when)\b
            | \bthrives?\s+under\s+fire\b
        """),
        suggestion="a motivated person",
    ),
    # ------------------------------------------------------------------------------ health
    rule(
        # eyesight without glasses: "Perfect eyesight without glasses required"
        "health_disability",
        r"\bperfect\s+(?:eye)?sight\b|\b20/20\s+vision\b|\bwithout\s+glasses\b|\bperfect\s+vision\b",
        unless=r"pilot|aptitude|occupational|corrected|safety|protective",
        suggestion="reasonable adjustments available on request",
    ),
    rule(
        # a mental-health history: "No history of depression or burnout"
        "health_disability",
        r"\bburn-?\s?outs?\b|\bdepression\b|\bmental\s+(?:health\s+)?(?:issues|illness|history|problems|conditions)\b",
        context=rx(
            r"""
                \bno\s+(?:history | recent) | \bnever\b | \bwithout\b | \bfree\s+of | \bmust\s+not
                | required | {EN_REFUSED}
            """,
            EN_REFUSED=EN_REFUSED,
        ),
        unless=r"prevent|support|days?\b|benefit|programme|program|\beap\b|wellbeing|counsel|we\s+offer",
        suggestion="reasonable adjustments available on request",
    ),
    rule(
        # a medical file asked with the application: "share your full medical file"
        "health_disability",
        r"\bmedical\s+(?:files?|records?|history|reports?)\b|\bhealth\s+(?:records?|questionnaire)\b",
        context=r"share|send|attach|provide|include|submit|application|upload|enclose",
        unless=EN_NOT_ASKED + r"|occupational\s+health|after\s+(?:the\s+)?offer",
        suggestion="reasonable adjustments available on request",
    ),
    # ------------------------------------------------------------------------------ school
    rule(
        # a famous school or nothing: "Oxbridge or nothing"
        "school_prestige",
        r"\b(?:oxbridge|ivy\s+league|russell\s+group)\b(?:\s+(?:graduates?|degree))?\s+or\s+nothing\b",
        suggestion="degree or equivalent experience",
    ),
]
