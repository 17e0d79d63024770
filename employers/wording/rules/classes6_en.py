"""Rules by class, seventh round (issue 21), in English: see ``classes6`` for the classes and
their lawful neighbours.

Patterns are folded and case-insensitive; see ``rules/__init__``.
"""

from employers.wording.rules import rule, rx
from employers.wording.rules.common import AGE
from employers.wording.rules.en_words import NOT_ASKED, ONLY, REFUSED, REFUSING, REQ

# A refusal or a condition, said in any of the ways English offers say it.
_TURNED_AWAY = rx(
    r"""
        {REFUSED} | {REFUSING} | \bdeal-?breakers? | \bdisqualif\w* | \bautomatic\s+(?:rejection
        | no)\b | \brules?\s+(?:you\s+)?out | \bplease\s+(?:don't | do\s+not)\s+apply
        | \bnot\s+(?:for\s+you | your\s+(?:team | vibe | place)) | \b(?:don't | won't)\s+last
        | \bwe\s+(?:can't | cannot)\s+(?:hire | employ | accept | take)
    """,
    REFUSED=REFUSED,
    REFUSING=REFUSING,
)
_DEMAND = rx(
    r"""
        {ONLY} | {REQ} | {TURNED} | \bmust\b | \bprefer\w* | \bexpect\w* | \bneed\w*
        | \bwant\w* | \bfocus\w*\s+on
    """,
    ONLY=ONLY,
    REQ=REQ,
    TURNED=_TURNED_AWAY,
)
_NOT_IMPOSED = rx(r"""
    \b(?:not | never | no\s+one\s+is)\s+(?:\w+\s+)?(?:expected | mandatory | compulsory | obliged
    | required) | \boptional\b | \bno\s+pressure\b | \balcohol-free\b | \bnon-alcoholic\b
    | \bif\s+you\s+(?:want | like | wish)
""")

_LEISURE = rx(r"""
    (?:
        # (every form written out: "pubs?" would be looked for at every "public")
        bar | bars | pub | pubs | drinks | open\s+bar | open\s+bars | happy\s+hour | happy\s+hours
        | parties | party | night\s+out | nights\s+out | rugby | football | tournament
        | tournaments | pint | pints | beer | beers | karaoke | socials
    )
""")
# (drinks as the trade)
_LEISURE_TRADE = r"bartend|brewer|brewery|pub\s+(?:chain|group)|hospitality|sommelier|catering"

EN = [
    # ------------------------------------------------------------------------ career gap
    rule(
        # only people in a job now: "Only candidates currently in employment"
        "career_gap",
        rx(r"""
            \bcurrently\s+(?:
                in\s+(?:a\s+ | paid\s+)?(?:employment | work | job | post | role | position)
                | employed | working | in\s+a\s+(?:job | role | position)
            )
        """),
        context=_DEMAND,
        suggestion="whatever your current situation",
    ),
    rule(
        # a gap longer than some time as a refusal
        "career_gap",
        rx(r"""
            \b(?:
                gap | gaps | break | breaks | period\s+of\s+(?:unemployment | inactivity)
                | periods\s+of\s+(?:unemployment | inactivity) | unemployment
            )\s+(?:[\w']+\s+){0,3}?(?:
                longer\s+than | of\s+more\s+than | over | exceeding | beyond | more\s+than
                | of\s+at\s+least
            )\s+(?:\d+ | one | two | three | four | six | twelve)\s+(?:months? | years? | weeks?)
        """),
        context=_TURNED_AWAY,
        suggestion="all career paths considered",
    ),
    rule(
        # "We don't hire job-hoppers or people with gaps"
        "career_gap",
        rx(r"""
            \b(?:job-?hoppers? | (?:people | candidates | applicants | anyone)\s+with\s+
            (?:career\s+ | employment\s+ | cv\s+)?gaps | (?:cvs? | resumes?)\s+with\s+gaps)
        """),
        context=_TURNED_AWAY,
        suggestion="all career paths considered",
    ),
    *(
        rule(
            # past long-term sick leave held against someone (a gap, and a health ground)
            category,
            rx(r"""
                \b(?:long-?term | extended | prolonged | repeated)\s+sick\s+leave
                | \bsick\s+leave\s+(?:[\w']+\s+){0,3}?in\s+the\s+(?:past | last)
            """),
            context=_TURNED_AWAY,
            suggestion=suggestion,
        )
        for category, suggestion in (
            ("career_gap", "all career paths considered"),
            ("health_disability", "adjustments available on request"),
        )
    ),
    # ---------------------------------------------------------------------------- health
    rule(
        # "We don't hire people with a history of back or joint problems"
        "health_disability",
        rx(r"""
            \bhistory\s+of\s+(?:[\w'-]+\s+){0,4}?(?:
                problems? | issues? | conditions? | injur(?:y | ies) | illness(?:es)? | disorders?
                | diseases? | surgery
            )
            | \b(?:people | anyone | candidates | applicants | staff)\s+(?:with | who\s+have
              | who've\s+had)\s+(?:a\s+ | any\s+)?(?:disabilit\w+ | chronic\s+\w+ | wheelchairs?
              | reduced\s+mobility | mental\s+health\s+\w+ | long-term\s+conditions?)
        """),
        context=_TURNED_AWAY,
        despite=_TURNED_AWAY,
        suggestion="adjustments available on request",
    ),
    rule(
        # a medical certificate of no illness with the application
        "health_disability",
        rx(r"""
            \bmedical\s+(?:certificate | note | report)\s+(?:confirming | proving | stating
            | showing | attesting)\s+(?:that\s+)?(?:you\s+(?:have | are)\s+)?(?:no | free\s+of
            | in\s+good\s+health)
        """),
        unless=r"occupational|after\s+(?:the\s+)?(?:offer|hiring)|regulat|aviation|" + NOT_ASKED,
        suggestion="fitness checked by occupational health after hiring",
    ),
    # ------------------------------------------------------------------------------- sex
    rule(
        # a woman or a man sought by any verb: "The practice needs a woman in this role"
        "sex_gender",
        rx(r"""
            \b(?:
                need | needs | want | wants | expect | expects | prefer | prefers
                | looking\s+for | seeking | require | requires | hire | hiring | love
                | 'd\s+love | would\s+love
            )\s+(?:a | an | another | one\s+more | some)\s+(?:[\w-]+\s+)?(?:
                woman | man | female | male | girl | guy | lady | gentleman | women | men
                | girls | guys | ladies
            )\b(?!\s+or\s+(?:a\s+)?(?:woman | man))
            | \b(?:a\s+)?(?:female | male)\s+(?:voice | presence | touch | energy)\b
            | \byou(?:'re | \s+are)\s+a\s+(?:[\w-]+\s+)?(?:girl | guy | woman | man | lady
              | gentleman | dude)\b
        """),
        unless=r"voice[- ]?over|casting|dubbing|character|\brole\s+of|\bor\s+(?:a\s+)?wo(?:man)",
        # (searched in the sentences naming a sex, not tried at every "need")
        by_sentence=True,
        suggestion="a person (any gender)",
    ),
    rule(
        # "a tough guy" is coded and sexed at once
        "sex_gender",
        r"\btough\s+guys?\b|\bman\s+enough\b|\bmanly\s+man\b",
        suggestion="a resilient person",
    ),
    rule(
        "gender_coded",
        r"\btough\s+guys?\b|\bman\s+enough\b|\bmanly\s+man\b|\bshout\w*\s+when\s+needed",
        suggestion="a resilient person",
    ),
    # -------------------------------------------------------------------------- religion
    rule(
        # a faith named and refused: "No Muslims or Jews", "Christians need not apply"
        "religion",
        rx(r"""
            \bno\s+(?:muslims? | jews? | christians? | hindus? | sikhs? | catholics? | buddhists?
            | atheists?)\b
            | \b(?:muslims? | jews? | jewish\s+people | christians? | hindus? | sikhs? | catholics?
              | atheists?)\s+(?:need\s+not | should\s+not | won't | will\s+not | are\s+not
              | cannot)
            | \bfor\s+religious\s+reasons\b
        """),
        context=_TURNED_AWAY,
        # (searched in the sentences naming a faith, not tried at every "no")
        by_sentence=True,
        suggestion="respect for everyone's beliefs",
    ),
    rule(
        # worship expected: "attendance at Sunday mass is expected"
        "religion",
        rx(r"""
            \b(?:attend | attending | attendance\s+at | participation\s+in | join\s+(?:us\s+)?
            (?:at | for))\s+(?:[\w']+\s+)?(?:mass | church | prayers? | worship | chapel
            | mosque | synagogue)
        """),
        context=r"expect|required|mandatory|compulsory|must|a\s+plus|welcome",
        unless=r"optional|voluntary|not\s+(?:required|expected|mandatory)",
        suggestion="respect for everyone's beliefs",
    ),
    # ------------------------------------------------------------------------- residence
    rule(
        # living somewhere as a condition: "already live in …", "have lived in … for at least
        # five years", "locals only" (each begins at a word rarer than "must" or "have")
        "residence",
        rx(r"""
            \balready\s+(?:live | reside | living | residing)\s+in\b
            | \blived\s+in\s+(?:[\w'-]+\s+){1,3}?for\s+(?:at\s+least\s+ | over\s+ | more\s+than\s+)?
              \w+\s+years?
            | \blocals?\s+only\b
        """),
        unless=r"on-call|on\s+call|within\s+\d+\s+min|reloca|commut",
        suggestion="role based at [workplace]",
    ),
    # ------------------------------------------------------------------------ appearance
    rule(
        # a headshot or a full-length photo with the application
        "appearance",
        rx(r"""
            \bheadshots?\b
            | \bphotos?\s+of\s+yourself
        """),
        context=r"\bask|send|attach|include|\bwith\s+your|application|submit|provide|\bcv\b",
        unless=NOT_ASKED
        + r"|\bno\s+(?:\w+\s+)?(?:headshots?|photos?)|model|casting|actor|actress|r\.?\s*1142",
        suggestion="CV and cover letter",
    ),
    rule(
        # a look or an origin's looks: "European-looking staff", "a Parisian look" (searched
        # in the sentences holding "look", rarer than the adjectives)
        "appearance",
        rx(r"""
            \b(?:european | asian | african | french | mediterranean | nordic | scandinavian
            | western | white | latin | caucasian | arab | middle-eastern)[- ]looking\b
            | \b(?:parisian | european | nordic | scandinavian | mediterranean | french
              | californian | healthy | sporty)\s+look\b
        """),
        unless=r"model|casting|r\.?\s*1142|uniform|costume",
        by_sentence=True,
        suggestion="professional conduct with clients",
    ),
    rule(
        # a glow, a size: "with a healthy glow, size 36-38"
        "appearance",
        rx(r"""
            \bhealthy\s+glow\b
            | \bsize\s+(?:3[2-9] | 4[0-6] | [4-9] | 1[0-6])(?:\s*(?:[-/\u2013] | to\s)\s*
              (?:3[2-9] | 4[0-6] | [4-9] | 1[0-6]))?\b(?!\s*(?:cm | mm | kg | %))
        """),
        unless=r"model|casting|r\.?\s*1142|uniform|costume",
        suggestion="professional conduct with clients",
    ),
    rule(
        # the same look as an origin: "European-looking staff"
        "origin_nationality",
        rx(r"""
            \b(?:european | asian | african | french | mediterranean | nordic | scandinavian
            | western | white | latin | caucasian | arab | middle-eastern)[- ]looking\b
        """),
        by_sentence=True,
        suggestion="right to work in France",
    ),
    rule(
        # fitting a brand's image with one's body: "to fit our spa image", "slim and elegant"
        "appearance",
        rx(r"""
            \b(?:fit | match | embody | reflect)\s+(?:our | the)\s+(?:[\w-]+\s+)?(?:image
            | look | aesthetic)\b
            | \bslim\s+and\s+\w+ | \b\w+\s+and\s+slim\b
        """),
        context=r"staff|hosts?|candidates?|\byou\b|\bprefer|someone|people|team",
        by_sentence=True,
        unless=r"model|casting|r\.?\s*1142|brand\s+guidelines|design|content|copy",
        suggestion="professional conduct with clients",
    ),
    # -------------------------------------------------------------------------- language
    rule(
        # an accent as a demand: "a native British accent", "whose accent reveals…"
        "native_language",
        rx(r"""
            \b(?:native | neutral | british | american | english | standard | received | parisian
            | local | regional | foreign | strong | heavy | noticeable)\s+(?:british\s+
            | english\s+ | american\s+ | french\s+)?accents?\b
            | \baccents?\s+(?:reveals? | betrays?)
            | \baccent\b(?<=whose\saccent) | \baccent\b(?<=without\saccent)
            | \baccent\b(?<=without\san\saccent) | \baccent\b(?<=without\sany\saccent)
        """),
        context=rx(
            r"""
                {REQ} | {ONLY} | {TURNED} | \bmust\b | \bneed\w* | \bno\b | \bprefer\w*
                | \bexpect\w*
            """,
            REQ=REQ,
            ONLY=ONLY,
            TURNED=_TURNED_AWAY,
        ),
        # (searched in the sentences holding its words, not tried at every "English")
        by_sentence=True,
        suggestion="fluent spoken English",
    ),
    # ---------------------------------------------------------------------------- origin
    rule(
        # "of European culture", "a Western background"
        "origin_nationality",
        rx(r"""
            \bof\s+(?:european | western | french | british | christian | white)\s+(?:culture
            | background | descent | heritage | origin | stock)
            | \b(?:european | western | white)\s+(?:background | heritage)\b
        """),
        context=_DEMAND,
        by_sentence=True,
        suggestion="right to work in France",
    ),
    # ---------------------------------------------------------------- unions and politics
    rule(
        # union or party membership asked about or refused
        "union_political",
        rx(r"""
            \bnot\s+(?:a\s+)?members?\s+of\s+(?:any | a)\s+(?:trade\s+)?(?:union | political
            \s+party)
            | \b(?:union | party)\s+(?:membership | affiliation)
            | \bpolitical\s+(?:affiliation | views | activity | activities | leanings)\b
            | \bstood\s+for\s+election
        """),
        context=rx(
            r"""
                {TURNED} | \bconfirm | \bdeclare | \bstate\b | \btell\s+us | \bdisclose
                | \bindicate | \bavoid | \blet\s+us\s+know | \bmention
            """,
            TURNED=_TURNED_AWAY,
        ),
        unless=r"regardless|protected|respect|freedom|we\s+(?:don't|do\s+not|never)\s+ask",
        suggestion=None,
    ),
    # --------------------------------------------------------------------------- culture
    rule(
        # drinking and parties bound by a word of obligation next to them: "Friday drinks are
        # mandatory", "you'll be expected at the bar every Thursday" (not anywhere in the
        # sentence: "mandatory safety training, then a welcome party" binds nothing)
        "culture_fit",
        rx(
            r"""
                \b{LEISURE}\b(?=[^.;!?\n]{0,50}?\b(?:mandatory | compulsory | expected | sacred
                | non-negotiable)\b)
                | \b(?:expected | required | must\s+(?:come | join | attend))\s+(?:at | to\s+(?:join
                | attend | come\s+to) | for)\s+(?:the\s+ | our\s+)?(?:[\w-]+\s+){0,3}?{LEISURE}\b
            """,
            LEISURE=_LEISURE,
        ),
        unless=_NOT_IMPOSED + "|" + _LEISURE_TRADE,
        suggestion="varied team events, optional",
    ),
    rule(
        # … or by what is said of those who stay away: "our Thursday open bar is sacred and we
        # expect the whole team to show up", "if that's not your vibe, we're not your team"
        "culture_fit",
        rx(r"\b{LEISURE}\b", LEISURE=_LEISURE),
        context=rx(r"""
            \bwe\s+expect | \bshow\s+up | \bbe\s+there | \bnot\s+your\s+(?:vibe | team | place
            | thing) | \bnot\s+for\s+you | \b(?:don't | won't | doesn't)\s+last
            | \bpart\s+of\s+the\s+job | \beveryone\s+(?:comes | joins | goes | is\s+there)
        """),
        unless=_NOT_IMPOSED + "|" + _LEISURE_TRADE,
        suggestion="varied team events, optional",
    ),
    rule(
        # non-drinkers or privacy as a misfit; hiring by referral only
        "culture_fit",
        rx(r"""
            \bnon-?drinkers? | \bteetotal\w* | \b(?:don't | doesn't | do\s+not)\s+drink\b
            | \b(?:private | personal)\s+life\b(?=[^.;!?\n]{0,40}?\b(?:to\s+yourself | separate))
        """),
        context=_TURNED_AWAY + r"|\bfit\b|\bplace\b|\bsorry\b",
        suggestion="varied team events, optional",
    ),
    rule(
        "culture_fit",
        rx(r"""
            \breferrals?\s+only\b
            | \bonly\s+(?:through | via | by)\s+(?:referrals? | recommendations?)
            | \bcircle\b(?<=part\sof\sthat\scircle) | \bcircle\b(?<=part\sof\sour\scircle)
        """),
        suggestion="applications open to all",
    ),
    # ---------------------------------------------------------------------- availability
    rule(
        # reachable at all hours, or without any compensation
        "excessive_availability",
        rx(r"""
            \bwhenever\s+(?:needed | required | asked),?\s+without\s+exception
            | \bwith\s+no\s+(?:formal\s+)?(?:on-call\s+(?:rota | allowance | pay) | compensation
            | overtime\s+pay)
            | \b(?:weekend | evening | night | holiday)\s+work(?:\s+\w+)?,?\s+unpaid
            | \bunpaid\s+(?:overtime | weekends? | evenings?)
        """),
        unless=r"\bpaid\s+(?:on-call|overtime)|premium",
        suggestion="defined working hours, on-call paid",
    ),
    rule(
        # "reachable 24/7"
        "excessive_availability",
        r"\b(?:reachable|available|contactable|on\s+call|online)\s+24\s*/\s*7\b",
        unless=r"\bpaid\s+(?:on-call|overtime)|premium|rota",
        suggestion="defined working hours, on-call paid",
    ),
    rule(
        # those who leave on time looked down on: "people who go home at 7 don't last"
        "excessive_availability",
        rx(r"""
            \bpeople\s+who\s+(?:go\s+home | leave)\s+(?:at\s+\d+ | early | on\s+time
            | at\s+\w+\s+o'clock)
        """),
        context=r"don't\s+last|won't\s+last|not\s+for|frowned|look\s+elsewhere|not\s+a\s+fit",
        suggestion="defined working hours",
    ),
    # ---------------------------------------------------------------------------- family
    rule(
        # people without young children preferred, "whose children have left home"
        "family_pregnancy",
        rx(r"""
            \b(?:no | without)\s+(?:young\s+ | small\s+)?(?:children | kids)\b
            | \b(?:children | kids)\s+(?:have\s+)?(?:already\s+)?(?:grown\s+up | left\s+home)
            | \bchildless\b
            | \bchildren\b(?<=whose\schildren) | \bkids\b(?<=whose\skids)
        """),
        context=rx(
            r"""
                {ONLY} | \bprefer\w* | \bideal\w* | \bsuit\w* | \bbetter | {TURNED}
            """,
            ONLY=ONLY,
            TURNED=_TURNED_AWAY,
        ),
        unless=r"childcare|leave|nursery|patients?|clients?|customers?|users?|pupils?",
        suggestion="available according to the published schedule",
    ),
    rule(
        # the partner's job asked
        "family_pregnancy",
        rx(r"""
            \b(?:spouse | partner | husband | wife)'s\s+(?:job | occupation | profession
            | employer | work | income)
            | \b(?:occupation | job | profession | employer)\s+of\s+your\s+(?:spouse | partner
            | husband | wife)
        """),
        suggestion=None,
    ),
    rule(
        # parental leave denied
        "family_pregnancy",
        rx(r"""
            \bno\s+(?:[\w-]+\s+or\s+)?(?:parental | maternity | paternity | adoption)\s+leave
            | \bwithout\s+(?:taking\s+)?(?:any\s+)?(?:parental | maternity | paternity)\s+leave
        """),
        suggestion="statutory leave guaranteed",
    ),
    # ------------------------------------------------------------------------------- age
    rule(
        # an age range aimed at the people hired: "candidates aged 22 to 28"
        "age",
        rx(
            r"""
                \b(?:candidates? | applicants? | profiles? | someone | hires? | recruits?)\s+
                aged\s+(?:between\s+)?{AGE}\s*(?:to | - | \u2013 | and)\s*{AGE}\b
            """,
            AGE=AGE,
        ),
        # (the legal ages of an apprenticeship or a youth scheme)
        unless=r"\blaw\b|legal|statutory|apprentic|scheme|programme|program\b",
        suggestion="candidates of any age",
    ),
    # ---------------------------------------------------------------------- coded words
    rule(
        # hunting and killing images: "a lone wolf who hunts down leads", "smells blood"
        "gender_coded",
        rx(r"""
            \blone\s+wol(?:f | ves)\b
            | \bhunts?\s+down\b
            | \bdevours?\b
            | \bsmells?\s+blood\b
            | \bgo(?:es)?\s+in\s+for\s+the\s+kill\b
            | \bhungry\s+(?:hunter | wolf | closer | shark)
        """),
        suggestion="persistent",
    ),
]

EN += [
    rule(
        # every alternative to a degree refused: "we will not consider experience or
        # certifications as an alternative"
        "diploma_rigid",
        rx(r"""
            \b(?:not | never)\s+consider\s+(?:[\w()',.-]+\s+){0,8}?as\s+(?:an?\s+)?(?:alternative
            | substitute | equivalent)
            | \bwith\s+no\s+exceptions?\b
        """),
        context=r"degree|master|bachelor|diploma|phd|doctorate|mba",
        unless=r"regulat|\blaw\b|legal|statutory",
        suggestion="degree or equivalent experience",
    ),
    rule(
        # one's credit or debts asked: "provide your credit score", "never been bankrupt"
        "personal_data",
        rx(r"""
            \bcredit\s+(?:score | report | history | rating) | \bpersonal\s+bankruptcy
            | \bdebt\s+restructuring
        """),
        context=r"provide|confirm|send|share|submit|attach|declare|must|required|never",
        unless=NOT_ASKED,
        suggestion=None,
    ),
]
