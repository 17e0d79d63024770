"""English rules on job requirements and working conditions: school prestige, rigid degrees,
career gaps, driving licences, personal data, team culture, availability, coded wording.

Patterns are case-insensitive; see ``rules/__init__``.
"""

from employers.wording.rules import rule, rx
from employers.wording.rules.en_words import NOT_ASKED, REFUSED, REFUSING

# What says a car serves nothing in the job: it cancels a job reason found nearby.
_NO_DRIVING = rx(r"""
    \bno\s+travel
    | without\s+travel
    | fully\s+remote
    | remote\s+role
    | office-based
    | desk-based
    | desk\s+job
    | next\s+to\s+the\s+metro
    | sedentary
    # the licence asked against what the offer says of the job: "no field visits, a licence
    # is nonetheless required"
    | \bno\s+(?:field\s+ | client\s+ | customer\s+)?(?:travel | visits?)
    | \bnever\s+(?:drive | travel)
    | \bnonetheless | \bnevertheless
""")
# Personal documents asked for once hired, or said not to be needed, are fine.
_AT_HIRING = rx(r"""
    once\s+(?:you(?:'ve | \s+have)?\s+)?(?:signed | hired | accepted | joined)
    | after\s+(?:the\s+ | an\s+ | a\s+ | your\s+)?(?:
          offer | signature | contract | hiring | hire
      )
    | upon\s+hiring
    | at\s+onboarding
    | on\s+your\s+first\s+day
    | when\s+you\s+(?:join | start)
    | only\s+(?:at | once | after)
    | \bdon't
    | \bdo\s+not
    | \bnever\b
    | we\s+won't
    | not\s+(?:ask | request | need)
""")
# Leisure a team may share, and the trades where drinks or games are the product.
_LEISURE = rx(r"""
    (?:
        beers? | craft\s+beer | booze | drinking | whisk(?:e)?y | tequila | shots
        | cocktails | wine | partying | parties | fifa | video\s+games | gaming
        | poker | football | soccer | rugby | crossfit | the\s+pub | pub\s+crawls?
        | bar\s+crawls? | nightlife | clubbing | both
    )
""")
_DRINKS_TRADE = rx(r"""
    brewer\w*
    | distiller\w*
    | winer\w*
    | vineyard
    | sommelier
    | spirits
    | beverage
    | drinks\s+(?:industry | brand | company)
    | hospitality
    | game\s+studio
    | games\s+studio
    | esports
    | football\s+club
""")
# Nights or weekends said to be paid or given back, and said not to be.
_COMPENSATED = r"\bpaid\b|compensat|premium|time\s+off\s+in\s+lieu|\btoil\b|rotation"
_NOT_COMPENSATED = rx(r"""
    (?:
        unpaid
        | no\s+extra\s+pay
        | without\s+(?:extra\s+ | additional\s+ | any\s+)?(?:
              pay | compensation | time\s+off(?:\s+in\s+lieu)? | overtime\s+pay
          )
        | with\s+no\s+(?:[\w-]+\s+){0,2}?(?:
              compensation | pay | time\s+off(?:\s+in\s+lieu)? | toil
          )
        | no\s+(?:on-call\s+ | overtime\s+)?(?:
              compensation | time\s+off\s+in\s+lieu | toil
          )
        | not\s+(?:paid | compensated)
    )
""")


SCHOOL_RULES = [
    rule(
        "school_prestige",
        rx(r"""
            \b(?:
                top | elite | prestigious | renowned | top-tier | tier[- ]?(?:1 | one)
                | first-tier | top-ranked | highly\s+ranked | target | best
            )\s*-?\s*(?:\d+\s+)?(?:\w+\s+){0,3}?(?:
                universit(?:y | ies) | schools? | colleges? | institutions?
            )\b(?:\s+graduates?)?(?:\s+only)?
        """),
        suggestion="relevant training or equivalent experience",
    ),
    rule(
        "school_prestige",
        r"\b(?:ivy\s+league|oxbridge|russell\s+group|grandes?\s+[ée]coles?)\b",
    ),
    rule(
        # a named elite school as the profile: "graduate of Harvard, Stanford or MIT"
        "school_prestige",
        rx(r"""
            \b(?:graduates? | degree | alumni | alumnus | alumna)\s+(?:of | from)\s+
            (?:
                harvard | stanford | mit\b | oxford | cambridge | princeton | yale
                | caltech | insead | polytechnique | hec\b | essec
            )
        """),
        suggestion="relevant training or equivalent experience",
        unless=rx(r"""
            \b(?:
                co-?founders? | founders? | cto | ceo
                | our\s+(?:team | people | staff | engineers)\s+(?:include | are | come)
            )\b
        """),
    ),
    rule(
        # other schools turned away: "university graduates need not apply"
        "school_prestige",
        rx(r"""
            \b(?:
                (?:
                    state | public | regular | non-target | other | lesser-known
                    | second-tier | local
                )\s+(?:universities | schools | colleges)
                | university\s+graduates
                | uni\s+grads
                | other\s+backgrounds
                | community\s+college\s+\w+
            )
        """),
        context=REFUSED,
        suggestion="relevant training or equivalent experience",
    ),
]

DIPLOMA = rx(r"""
    (?:
        (?:bachelor | master | doctoral)'?s?(?:\s+degree)?
        | (?:bsc | msc | ba | ma | phd | mba | meng | beng)\b | degree | diploma
        | doctorate
    )
""")
DIPLOMA_RULES = [
    rule(
        "diploma_rigid",
        rx(
            r"""
                \b{DIPLOMA}(?:\s+(?!not\b | or\b)[\w'-]+){0,6}?\s*,?\s*(?:is\s+ | are\s+)?
                (?:
                    strictly\s+ | absolutely\s+
                )?(?:
                    required | mandatory | compulsory | essential | a\s+must | non-negotiable
                )\b(?:\s*[,;:]\s*(?:with\s+)?no\s+(?:equivalent | exceptions?)(?:\s+\w+){0,3}?
                \s+(?:accepted | considered | allowed | made | experience)\b)?
            """,
            DIPLOMA=DIPLOMA,
        ),
        not_after=r"\bno\s*$",
        unless=rx(r"""
            \bor\b[^.;]{0,50}?(?:equivalen | experience | self-taught | bootcamp | skills)
            | licen[cs]
            | regulat
            | by\s+law
            # the alternative accepted in the next clause: "…; equivalent experience is also
            # accepted" (a refusal of it is the category's ``despite``)
            | (?:equivalent | comparable | relevant)\s+(?:\w+\s+){0,8}?(?:accepted | considered
              | welcome)
        """),
        window="next",
        suggestion="degree or equivalent experience",
    ),
    rule(
        "diploma_rigid",
        rx(r"""
            \bno\s+(?:equivalent | exceptions?)(?:\s+\w+){0,3}?\s+(?:
                accepted | considered | allowed | made
            )\b
            | \bno\s+exceptions\s+for\s+experience\b
        """),
        context=DIPLOMA,
    ),
    rule(
        "diploma_rigid",
        rx(
            r"""
                \b(?:candidates? | applicants? | people | those | profiles?)\s+without\s+
                (?:an?\s+)?{DIPLOMA}\s+(?:
                    will\s+not | won't | need\s+not | cannot | can't | are\s+not
                )\b(?:\s+be\s+considered)?
            """,
            DIPLOMA=DIPLOMA,
        ),
        suggestion="degree or equivalent experience",
    ),
    rule(
        # self-taught people, career changers, bootcamp graduates turned away
        "diploma_rigid",
        rx(r"""
            \b(?:
                bootcamp\s+(?:grads? | graduates | alumni) | bootcampers
                | self-taught\s+(?:\w+\s+)? | career[- ]changers
            )
        """),
        context=rx(
            r"""
                {REFUSED}
                | \bno\s+(?:
                      bootcamp\s+(?:grads? | graduates) | self-taught | career[- ]changers
                  )\b
            """,
            REFUSED=REFUSED,
        ),
        unless=r"licen[cs]|regulat|by\s+law|welcome|encourag|valued|we\s+love|value",
        suggestion="degree or equivalent experience",
    ),
]

CAREER_RULES = [
    rule(
        "career_gap",
        rx(r"""
            \bno\s+(?:career | employment | cv | resume | work)\s+(?:gaps? | breaks?)\b
            | \b(?:no | without | any)\s+(?:unexplained\s+ | unjustified\s+ | long\s+)?
              (?:
                  gaps? | breaks?
              )\s+in\s+(?:your\s+ | the\s+)?(?:employment | career | cv | resume | work)
              (?:\s+history)?
            | \b(?:career | employment | cv | resume)\s+gaps?\b
        """),
        suggestion="all career paths welcome",
    ),
    rule(
        "career_gap",
        rx(r"""
            \b(?:continuous | unbroken | uninterrupted)\s+(?:employment | career | work)
            (?:\s+history)?\b
        """),
    ),
    rule(
        "career_gap",
        rx(r"""
            \b(?:currently | presently)\s+(?:be\s+)?employed\b
            (?:\s+(?:candidates | applicants))?(?:\s+only)?
            | \b(?:candidates? | applicants?)\s+who\s+are\s+(?:currently | presently)\s+
              (?:
                  employed | working
              )\b
        """),
        unless=r"notice\s+period|\bif\s+you\b|\bor\s+(?:between|not|unemployed|looking)|whether",
    ),
    rule(
        "career_gap",
        rx(r"""
            \b(?:unemployed | jobless | out\s+of\s+work)\s+(?:\w+\s+){0,6}?(?:
                will\s+not | need\s+not | won't | not\s+be\s+considered | excluded
            )(?:\s+be\s+considered)?
        """),
    ),
    rule(
        # people between jobs, on benefits or back from a break, turned away
        "career_gap",
        rx(r"""
            \b(?:
                unemployed
                | jobless
                | jobseekers
                | job\s+seekers
                | unemployment\s+benefits
                | between\s+jobs
                | returning\s+from\s+(?:a\s+)?(?:long(?:-term)? | extended)\s+(?:
                      leave | break | absence
                  )
                | gap\s+years?
                | sabbaticals?
                | career\s+breaks?
                | long-term\s+(?:leave | unemployed)
            )
        """),
        context=REFUSED,
        suggestion="all career paths welcome",
    ),
    rule(
        "career_gap",
        r"\b(?:unemployed|jobless|between\s+jobs|unemployment\s+benefits)\b",
        context=rx(
            r"""
                {REFUSING}(?:people | candidates? | applicants? | those | anyone)?\s*
                (?:who\s+(?:are | is)\s+)?(?:
                    unemployed | jobless | between\s+jobs | on\s+unemployment\s+benefits
                )\b
            """,
            REFUSING=REFUSING,
        ),
        suggestion="all career paths welcome",
    ),
    rule(
        # only the currently employed: "we only consider applicants who are currently in a job"
        "career_gap",
        rx(r"""
            \bonly\s+(?:consider | hire | accept | interview | review)\s+(?:\w+\s+){0,2}?
            (?:who\s+are\s+)?(?:currently | presently)\s+(?:
                in\s+(?:a\s+)?(?:job | role | position | work) | employed | working
            )\b
        """),
        suggestion="all career paths welcome",
    ),
    rule(
        # an unbroken career: "no gaps longer than 3 months", "straight from university to work"
        "career_gap",
        rx(r"""
            \bno\s+(?:\w+\s+)?(?:gaps? | breaks?)\s+(?:longer | of\s+more)\s+than\s+
            (?:\w+\s+){1,2}?(?:in\s+(?:your\s+ | the\s+)?(?:
                employment | career | cv | resume | work
            )(?:\s+history)?)?
            | \b(?:directly | straight)\s+from\s+(?:
                  university | college | school | studies
              )\s+(?:to | into)\s+(?:employment | work | a\s+job)\b
              (?:\s+without\s+(?:any\s+)?(?:breaks? | gaps?))?
            | \b(?:continuously | uninterruptedly)\s+employed\b
        """),
        suggestion="all career paths welcome",
    ),
]

DL = rx(r"""
    (?:
        (?:full\s+ | valid\s+ | clean\s+ | current\s+)*(?:driving | driver'?s?)
        \s+licen[cs]e
        | own\s+(?:car | vehicle | transport(?:ation)?)
        | access\s+to\s+a\s+(?:car | vehicle)
    )
""")
_DRIVING_REASON = (
    # a licence said not needed: "no driving licence needed"
    rx(r"""
        \bno\s+(?:driving\s+ | driver'?s?\s+)?licen[cs]e
        | licen[cs]e\s+(?:is\s+)?not\s+(?:needed | required)
        | travel
        | driv(?:e | ing)\s+to
        | visit
        | customer\s+sites?
        | client\s+sites?
        | on\s+the\s+road
        | \bfield\b
        | (?:company | pool | service)\s+(?:car | van | vehicle)
        | \bvans?\b
        | deliver
        | on-site
        | across\s+the\s+region
        | rounds
        | routes?\b
        # the vehicle the job drives, said in the reason given for the licence
        | \bdrive\s+(?:the\s+ | a\s+ | our\s+)?(?:company\s+ | work\s+)?(?:
              trucks? | vans? | cars? | vehicles? | lorr(?:y | ies) | minibus\w* | tractors?
          )
        | \btrucks?\b
        | \blorr(?:y | ies)\b
        | tractors?
        | forklift
        | patrol
        | road\s+tests?
        | test\s+drives?
        | home\s+visits?
        | (?:construction | building)\s+sites?
        | \bto\s+sites\b
    """)
)
DRIVING_RULES = [
    rule(
        "driving_licence",
        rx(
            r"""
                \b(?:
                    must\s+(?:have | hold | possess | own) | required\s+to\s+have | requires?
                    | need\s+(?:a | to\s+have)
                )\s+(?:a\s+ | an\s+ | your\s+)?{DL}
            """,
            DL=DL,
        ),
        unless=_DRIVING_REASON,
        despite=_NO_DRIVING,
        window="around",
        suggestion="driving licence a plus for client visits",
    ),
    rule(
        "driving_licence",
        rx(
            r"""
                \b{DL}(?:\s+(?:and | or)\s+(?:a\s+ | an\s+ | your\s+)?{DL})?(?:\s+[\w'()]+){0,3}?
                \s+(?:is\s+ | are\s+)?
                (?:
                    required | mandatory | essential | needed | necessary | a\s+must
                    | compulsory
                )\b
            """,
            DL=DL,
        ),
        unless=_DRIVING_REASON,
        despite=_NO_DRIVING,
        window="around",
        suggestion="driving licence a plus for client visits",
    ),
    rule(
        # a car the person must already have: "must own a car", "only candidates with a car"
        "driving_licence",
        rx(r"""
            \b(?:must | should | need\s+to | required\s+to)\s+(?:have | own | possess)\s+
            (?:
                a\s+ | your\s+own\s+ | their\s+own\s+ | an?\s+
            )?(?:car | vehicle | motorbike | motorcycle)\b
            | \bonly\s+(?:candidates? | applicants? | people | those)\s+(?:
                  with | who\s+(?:have | own)
              )\s+(?:a\s+ | their\s+own\s+ | an?\s+)?(?:
                  car | vehicle | driving\s+licen[cs]e | licen[cs]e
              )\b
        """),
        unless=_DRIVING_REASON,
        despite=_NO_DRIVING,
        window="around",
        suggestion="driving licence a plus for client visits",
    ),
]

PERSONAL_RULES = [
    rule(
        "personal_data",
        rx(r"""
            \b(?:a\s+)?(?:copy | copies | scan | photocopy)\s+of\s+(?:your\s+)?(?:
                passport | id(?:entity)?\s+(?:card | document) | national\s+id
                | driver'?s?\s+licen[cs]e | birth\s+certificate | residence\s+permit
            )\b
        """),
    ),
    rule(
        "personal_data",
        rx(r"""
            \b(?:your\s+)?(?:
                social\s+security | national\s+insurance | tax\s+(?:id | identification)
            )\s+(?:number | no\.?)\b
            | \bSSN\b
        """),
    ),
    rule(
        "personal_data",
        rx(r"""
            \b(?:
                criminal\s+(?:record | history | background | convictions?)
                | police\s+(?:record | certificate)
            )\b
        """),
        unless=r"by\s+law|regulat|vulnerable|children|after\s+(?:the\s+)?offer|clearance",
    ),
    rule(
        "personal_data",
        rx(r"""
            \b(?:your\s+)?(?:current | previous | past | last | prior)\s+(?:
                salary | pay | compensation | wage | earnings | remuneration
            )\b
            | \b(?:salary | pay | compensation)\s+history\b
            | \b(?:your\s+)?(?:last\s+(?:\w+\s+)?)?pay\s*slips?\b
            | \bpay\s+stubs?\b
            | \btax\s+returns?\b
            | \bbank\s+statements?\b
        """),
        # saying it is never asked is no request: "we never ask for your salary history"
        unless=NOT_ASKED,
        suggestion="your salary expectations",
    ),
    rule("personal_data", r"\byour\s+(?:\w+\s+)?(?:passwords?|credentials|login\s+details)\b"),
    rule(
        # documents and identifiers asked for with the application, not at hiring
        "personal_data",
        rx(r"""
            \b(?:(?:a\s+)?(?:copy | scan | photocopy)\s+of\s+your\s+)?(?:
                id\s+card | identity\s+card | passport\s+(?:number | details)
                | national\s+id(?:\s+number)? | bank\s+(?:account\s+)?details | iban
                | bank\s+account\s+number | birth\s+certificate | proof\s+of\s+address
                | utility\s+bill | (?:date\s+and\s+)?place\s+of\s+birth
                | national\s+insurance(?:\s+number)?
            )\b
        """),
        context=rx(r"""
            application
            | apply
            | applying
            | include
            | send
            | provide
            | submit
            | attach
            | share
            | enter
            | upload
            | form\b
            | with\s+your
        """),
        unless=_AT_HIRING,
    ),
    rule(
        "personal_data",
        rx(r"""
            \b(?:your | the)\s+(?:[\w'-]+\s+){0,2}?(?:
                passwords? | credentials | login\s+details
            )\b
        """),
        context=rx(r"""
            share
            | provide
            | send
            | give
            | include
            | enter
            | submit
            | with\s+your\s+application
            | so\s+we\s+can
            | please
        """),
        unless=rx(r"""
            never\s+(?:ask | share)
            | will\s+never
            | don't\s+share
            | do\s+not\s+share
            | reset
            | manage
            | secure
            | vault
            | rotate
            | store
            | protect
        """),
        by_sentence=True,
    ),
    rule(
        "personal_data",
        rx(r"""
            \b(?:your\s+)?(?:current | previous | past | last | prior)\s+(?:
                and | or | & | /
            )\s+(?:current | previous | past | last | prior)\s+(?:
                salar(?:y | ies) | pay | compensation | earnings | wages?
            )\b
        """),
        suggestion="your salary expectations",
    ),
]

CULTURE_RULES = [
    rule("culture_fit", r"\bwork\s+hard,?\s*(?:and\s+|&\s+)?play\s+hard\b"),
    rule(
        "culture_fit",
        rx(r"""
            \b(?:culture | cultural)\s+fit\b(?:\s+is\s+(?:our | the | a)\s+
            (?:\w+\s+){0,2}?(?:criterion | priority | must))?
        """),
        not_after=r"(?:over|not|rather\s+than|instead\s+of|beyond|than|\bno|past)\s*['\"\u201c]?\s*$",
        unless=r"culture\s+add",
        suggestion="shares our working values (describe them)",
    ),
    rule(
        "culture_fit",
        rx(r"""
            \bfits?\s+(?:right\s+)?in\s+with\s+(?:the | our)\s+(?:
                gang | guys | boys | lads | crew
            )\b
            | \b(?:the | our)\s+gang\b
            | \bone\s+of\s+the\s+(?:guys | boys | lads)\b
            | \bbro\s+culture\b
            | \b(?:bunch | band | gang | group | team)\s+of\s+(?:
                  bros | lads | dudes | buddies
              )\b
            | \bbrogrammers?\b
            | \bfrat\b
        """),
    ),
    rule(
        "culture_fit",
        rx(r"""
            \b(?:beer | booze | alcohol | wine | kegs?)\s+(?:
                fridge | on\s+tap | o'clock | fridays? | thursdays? | every\s+\w+
                | included | provided | bar
            )\b
            | \b(?:friday | thursday | weekly | after-work)\s+(?:
                  drinks | beers | happy\s+hours?
              )\b
            | \bhappy\s+hours?\b
            | \bkeg(?:erator)?s?\b
        """),
        unless=_DRINKS_TRADE,
        suggestion="varied team events (alcohol optional)",
    ),
    rule(
        "culture_fit",
        rx(r"""
            \b(?:able | willing | happy | expected | required | must\s+be\s+able)\s+to
            \s+drink\b
            | \bdrinks?\s+with\s+(?:clients | customers | the\s+team | colleagues)\b
        """),
        suggestion="varied team events (alcohol optional)",
    ),
    rule("culture_fit", r"\bwork\s+hard,?\s*(?:and\s+|&\s+)?party\s+hard(?:er)?\b"),
    rule(
        # drinking or partying made a condition: "if you don't drink, you won't fit in"
        "culture_fit",
        rx(
            r"""
                \bif\s+you\s+(?:don't | do\s+not | can't | won't)\s+(?:like\s+(?:to\s+)?)?
                (?:
                    drink(?:ing)? | party(?:ing)? | beers? | alcohol
                )\b(?:[^.;!?]{0,60}?(?:
                    fit\s+in | not\s+for\s+you | get\s+bored | look\s+elsewhere
                ))?
                | \b(?:you\s+)?must\s+(?:love | enjoy | like)\s+(?:
                      both | them | it\s+all | {_LEISURE}
                  )\b
            """,
            _LEISURE=_LEISURE,
        ),
        suggestion="varied team events, everyone joins as they wish",
    ),
    rule(
        # leisure tastes as the team's identity: "a team of guys who love FIFA and craft beer"
        "culture_fit",
        rx(
            r"""
                \b(?:who\s+)?(?:love | loves | fans?\s+of | obsessed\s+with)\s+(?:\w+\s+)?
                {_LEISURE}(?:\s+and\s+(?:\w+\s+)?{_LEISURE})?\b
            """,
            _LEISURE=_LEISURE,
        ),
        context=r"\bwe\b|\bwe're|\bteam\b|\bcrew\b|\bgang\b|\bguys\b|\bus\b|\bjoin\b|\bour\b",
        unless=_DRINKS_TRADE,
    ),
    rule(
        # drinking as team life: "whisky Fridays", "bar crawl", "weekly poker nights"
        "culture_fit",
        rx(r"""
            \b(?:
                whisk(?:e)?y | tequila | beers? | booze | wine | cocktails? | shots
                | kegs?
            )\s+(?:fridays? | thursdays? | nights? | tastings? | o'clock)\b
            | \b(?:bar | pub)\s+crawls?\b
            | \b(?:weekly | monthly | friday | thursday)\s+(?:
                  poker | drinks | beers? | whisk(?:e)?y | drinking
              )(?:\s+nights?)?\b
            | \bbeer\s+pong\b
            | \bdrinking\s+(?:culture | games | sessions)\b
            | \b(?:lots\s+of | constant | plenty\s+of)\s+banter\b
            | \bbanter\s+culture\b
        """),
        unless=rx(
            r"""
                {_DRINKS_TRADE}
                | alcohol-free
                | non-alcoholic
                | optional
            """,
            _DRINKS_TRADE=_DRINKS_TRADE,
        ),
        suggestion="varied team events (alcohol optional)",
    ),
    rule(
        # sameness asked for: "people just like us", "fits the mould"
        "culture_fit",
        r"\bfits?\s+(?:the|our)\s+mou?ld\b|\b(?:same|our)\s+lifestyle\b",
        suggestion="shares our working values (describe them)",
    ),
    rule(
        "culture_fit",
        r"\blike\s+us\b",
        context=rx(r"""
            \b(?:people | someone | candidates? | folks | engineers | developers)\s+
            (?:just\s+)?like\s+us
        """),
        suggestion="shares our working values (describe them)",
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
        rx(r"""
            \b(?:
                available | reachable | contactable | on\s+call | online | responsive
                | work(?:ing)?
            )\s+(?:\w+\s+){0,3}?(?:
                24/7
                | 24x7
                | 24\s*hours\s+a\s+day
                | (?:a)?round\s+the\s+clock
                | (?:on\s+)?(?:nights | evenings)(?:\s+and\s+weekends)?
                | (?:on\s+)?weekends
                | at\s+all\s+times
                | any\s*time
                | at\s+any\s+hour
                | (?:during | on | over)\s+(?:your\s+)?(?:
                      holidays | vacations? | time\s+off | sick\s+days | bank\s+holidays
                      | public\s+holidays | days\s+off | leave
                  )
            )\b
        """),
        unless=rx(r"""
            \bpaid\b
            | compensat
            | premium
            | time\s+off\s+in\s+lieu
            | rotation
            | one\s+week\s+in
            | \b(?:not | never | no)\s+(?:\w+\s+){0,2}?(?:on\s+)?(?:
                  nights | evenings | weekends | 24/7 | at\s+all
              )
        """),
        despite=_NOT_COMPENSATED,
        suggestion="available during business hours; planned, paid on-call",
    ),
    rule(
        "excessive_availability",
        r"\b(?:49|[5-9]\d|1[0-6]\d)\+?[- ]?(?:hour|hr|h)\s+(?:work\s*)?weeks?\b",
    ),
    rule(
        "excessive_availability",
        r"\b(?:1[2-9]|2[0-4])[- ]?(?:hour|hr|h)\s+(?:work\s*)?days?\b",
        unless=r"\bshifts?\b.*\b(?:paid|premium)\b",
    ),
    rule(
        "excessive_availability",
        rx(r"""
            \b(?:
                whatever\s+it\s+takes | no\s+9-to-5 | not\s+a\s+9-to-5 | unpaid\s+overtime
                | overtime\s+(?:is\s+)?expected
            )\b
        """),
    ),
    rule(
        # nights, weekends, holidays without pay or time back, or as the norm
        "excessive_availability",
        rx(r"""
            \b(?:
                weekends?
                | weekend\s+(?:
                      work | deployments? | releases? | shifts? | meetings? | calls?
                  )
                # ("late nights out" are parties, not work)
                | nights?\b(?!\s+out\b)
                | night\s+(?:work | shifts? | deployments? | calls?)
                | evenings?
                | sundays?
                | saturdays?
                | bank\s+holidays
                | public\s+holidays
                | late-night\s+\w+
                | overtime
            )(?:\s+(?:and | or)\s+(?:\w+\s+)?(?:
                weekends? | nights? | evenings? | holidays | sundays?
            ))?(?:\s+(?:worked | work | included))?
        """),
        context=rx(
            r"""
                {_NOT_COMPENSATED}
                | as\s+standard
                | part\s+of\s+the\s+(?:job | deal | role | package | game)
                | comes\s+with\s+the\s+(?:job | territory)
                | (?:is | are)\s+(?:
                      the\s+norm | non-negotiable | mandatory | compulsory | standard
                  )
                | non-negotiable
            """,
            _NOT_COMPENSATED=_NOT_COMPENSATED,
        ),
        unless=rx(
            r"""
                {_COMPENSATED}
                | \bno\s+(?:weekend | night | evening)
                | \bnever\b
            """,
            _COMPENSATED=_COMPENSATED,
        ),
        despite=_NOT_COMPENSATED,
        suggestion="office hours; planned, paid on-call",
    ),
    rule(
        "excessive_availability",
        rx(r"""
            \balways[- ](?:on | available | reachable | connected | online | contactable)
            \b
            | \bany\s+hour\b
            | \bcrunch(?:\s+(?:time | periods? | mode | weeks?))?\b
              (?!\s+(?:the\s+)?(?:numbers | data))
        """),
        not_after=r"(?:number|data)\s*$",
        unless=rx(r"""
            \b(?:
                service | platform | system | infra\w* | product | app | availability
                | uptime | monitoring | architecture | database | servers?
            )s?\b
            | rotation
            | \bpaid\b
            | compensat
            | \b(?:
                  options? | snacks? | drinks? | coffee | tea | fruit | food | help
                  | support
              )\s+(?:are\s+ | is\s+)?always
        """),
        despite=_NOT_COMPENSATED,
        suggestion="sustainable hours",
    ),
]

CODED_RULES = [
    rule(
        "gender_coded",
        rx(r"""
            (?<![/\w-])(?:(?:
                coding | code | devops | sales | marketing | data | javascript | python
                | growth | tech | design | cloud | security | seo
            )\s+)?(?:
                ninjas? | rock\s*stars? | rockstars? | jedis? | gurus? | superheroe?s?
                | super\s+heroes | warriors? | sharks? | alpha\s+males? | gladiators?
                | samurais? | mercenar(?:y | ies)
            )\b(?![-/]build)
        """),
        unless=r"\bcmake\b|\bmeson\b|build\s+system",
        suggestion="skilled engineer",
    ),
    rule(
        "gender_coded",
        rx(r"""
            \bkiller\s+instinct\b
            | \bkillers?\b(?!\s+(?:app | apps | feature | features))
            | \bcrush(?:ing)?\s+(?:it | the\s+competition)\b
            | \bdominat(?:e | ing)\s+the\s+(?:market | competition)\b
            | \bmanly\b
            | \bgo-getter\b
        """),
        suggestion="strong drive",
    ),
    rule(
        "gender_coded",
        rx(r"""
            \baggressive(?:ly)?\b(?!\s+(?:
                timelines? | deadlines? | caching | pricing | schedules? | growth
                | targets? | roadmap | optimi\w* | expansion | goals?
            ))(?:\s+(?:
                closer | sales\w* | hunter | negotiator | attitude | personality | mindset
            ))?
        """),
        suggestion="persuasive",
    ),
    rule(
        "gender_coded",
        rx(r"""
            \balpha\s+(?:
                personality | profile | mindset | energy | type | attitude | leader | dog
            )\b
            | \bpredators?\b
            | \b(?:crush | destroy | annihilate | obliterate | demolish)\w*\s+(?:
                  the\s+ | our\s+
              )?(?:competition | competitors | everyone | targets | quotas?)\b
            | \bcut-?throat\b
        """),
        unless=r"wildlife|species|ecolog|drone|malware",
        suggestion="strong drive",
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
