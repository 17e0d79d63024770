"""English rules on the person: origin and nationality, language, appearance, health,
religion, opinions and union activity, residence. Patterns are folded and case-insensitive;
see ``rules/__init__``.
"""

from employers.wording.rules import rule, rx
from employers.wording.rules.en_words import NOT_ASKED, REFUSED, REFUSING, REQ

ETHNIC = rx(r"""
    (?:
        european | caucasian | white | asian | african | arab | hispanic | latino
        | black | french | british | american | anglo-saxon | north\s+african
        | middle\s+eastern | indian | chinese | western
    )
""")
ORIGIN_RULES = [
    rule(
        "origin_nationality",
        rx(r"""
            \b(?:only\s+)?(?:
                EU | US | U\.S\. | UK | french | british | american | european | \w+
            )\s+(?:citizens? | nationals?)\s+only\b
            | \bonly\s+(?:EU | US | UK | french | british | american | european)\s+
              (?:
                  citizens? | nationals?
              )\b
        """),
        unless=r"clearance|authori[sz]ed\s+to\s+work|right\s+to\s+work|work\s+permit",
    ),
    rule(
        "origin_nationality",
        # "must be German nationals", "must be British or French citizens"
        rx(
            r"""
                \b(?:must | should)\s+(?:hold | have | possess | be)\s+(?:an?\s+)?
                (?:\w+\s+){0,3}?(?:passport | citizen | national)s?\b
                | \bcitizenship\s+(?:is\s+)?{REQ}
            """,
            REQ=REQ,
        ),
        unless=r"clearance|authori[sz]ed\s+to\s+work|right\s+to\s+work|work\s+permit",
    ),
    rule(
        "origin_nationality",
        rx(
            r"""
                \b(?:candidates?\s+ | applicants?\s+ | people\s+)?of\s+{ETHNIC}\s+(?:
                    origin | descent | ethnicity | heritage | background | appearance
                )\b(?:\s+(?:preferred | only | required))?
                | \b(?:caucasian | white)\s+(?:candidates? | applicants? | only | preferred)\b
            """,
            ETHNIC=ETHNIC,
        ),
    ),
    rule(
        "origin_nationality",
        rx(r"""
            \b(?:race | racial | ethnicity | ethnic\s+(?:origin | background | group))\b
            | \bnative-born\b
        """),
    ),
    rule(
        # "EU passport holders only", "only UK passport holders"
        "origin_nationality",
        rx(r"""
            \b(?:\w+\s+)?passport\s+holders?\s+only\b
            | \bonly\s+(?:\w+\s+)?passport\s+holders?\b
        """),
        unless=r"clearance|authori[sz]ed\s+to\s+work|right\s+to\s+work|work\s+permit",
    ),
    rule(
        # the surname is a ground of its own in L.1132-1
        "origin_nationality",
        rx(r"""
            \b(?:
                foreign | ethnic | non-\w+ | african | arab\w* | asian | muslim | jewish
                | immigrant
            )[- ]sounding\s+(?:names? | surnames? | family\s+names?)\b
            | \b(?:surnames? | family\s+names? | last\s+names?)\s+(?:of | from)\s+
              (?:\w+\s+)?(?:origin | descent | background)\b
        """),
    ),
    rule(
        # what the person "will be" or "must be": "will be Caucasian", "must be white"
        "origin_nationality",
        rx(r"""
            \b(?:will | must | should | to)\s+be\s+(?:of\s+)?(?:\w+\s+)?(?:
                caucasian | white | black | asian | hispanic | latino | latina | arab
                | african
            )\b(?!
                -\w
                | \s+(?:
                      label\w* | glove | board | list\w* | paper\w* | space | hat | box
                      | collar | market | union | commission | parliament | noise | belt
                  )\b
            )
        """),
    ),
    rule(
        # a birthplace or ancestry asked of the person
        "origin_nationality",
        rx(r"""
            \b(?:
                you\s+(?:were | are) | must\s+(?:have\s+been | be) | should\s+be
                | candidates? | applicants? | someone
            )\s+(?:\w+\s+)?born\s+(?:and\s+(?:raised | bred)\s+)?in\s+(?!\d)
            (?!the\s+(?:early | mid | late | \d))(?:the\s+)?[a-z]+
            | \bnative\s+of\s+[a-z]+
            | \byour\s+parents'?\s+(?:
                  nationalit\w+ | origins? | country\s+of\s+(?:birth | origin)
                  | birthplace | ethnicit\w+
              )
            | \b(?:nationality | origin | ethnicity)\s+of\s+your\s+parents\b
        """),
        unless=r"\b(?:company|startup|founded|business|idea|project|product|brand|firm)\b",
    ),
    rule(
        # people from outside a zone turned away: "no non-EU candidates", "foreigners need not
        # apply"
        "origin_nationality",
        rx(r"""
            \bnon[- ](?:EU | EEA | UK | US)\s+(?:
                citizens | nationals | candidates | applicants | passport\s+holders
            )\b
            | \b(?:foreigners | foreign\s+nationals | immigrants | non-nationals)
        """),
        context=REFUSED,
        unless=rx(r"""
            visa
            | sponsor
            | relocation
            | welcome
            | support
            | assist
            | authori[sz]ed\s+to\s+work
            | right\s+to\s+work
            | work\s+permit
        """),
        despite=REFUSED,
    ),
]

LANGS = rx(r"""
    (?:
        english | french | spanish | german | italian | portuguese | dutch | arabic
        | chinese | mandarin | japanese | korean | russian | polish | swedish
        | turkish
    )
""")
NATIVE_RULES = [
    rule(
        "native_language",
        rx(
            r"""
                \bnative(?:\s+or\s+near-native)?(?:\s+{LANGS})?\s+speakers?\b(?:\s+{REQ})?
                | \bnative\s+{LANGS}\b(?!\s+(?:app | apps | application))
            """,
            LANGS=LANGS,
            REQ=REQ,
        ),
        suggestion="fluent English (C1)",
    ),
    rule(
        "native_language",
        rx(
            r"""
                \b(?:{LANGS}\s+(?:must\s+be | should\s+be | as | is)\s+(?:your | a | an)\s+)?
                (?:
                    mother\s+tongue | first\s+language | native\s+language
                )\b
            """,
            LANGS=LANGS,
        ),
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
        rx(
            r"""
                \bnative[- ]level(?:\s+(?:fluency | proficiency | command))?\b
                (?:\s+(?:in | of)\s+{LANGS})?
                | \b(?<!near-)(?<!near\s)native[- ](?:like\s+)?(?:
                      fluency | proficiency | command
                  )\b
            """,
            LANGS=LANGS,
        ),
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
        rx(r"""
            \bno\s+(?:ESL | EFL | non-native)\b
            (?:\s+(?:writers? | speakers? | candidates? | applicants?))?
        """),
        unless=r"\bteach\w*|tutor\w*|instructor|classes|lessons|students",
        suggestion="fluent English (C1)",
    ),
    rule(
        "native_language",
        rx(r"""
            \b(?:
                (?:ESL | EFL)\s+(?:writers | speakers | candidates)
                | non-natives?(?:\s+(?:speakers? | writers? | candidates?))?
                | (?:language\s+)?learners | second[- ]language\s+speakers
            )
        """),
        context=REFUSED,
        unless=r"\bteach\w*|tutor\w*|instructor|classes|lessons|students",
        suggestion="fluent English (C1)",
    ),
]

APPEARANCE_RULES = [
    rule(
        "appearance",
        rx(r"""
            \b(?:include | attach | send | enclose | add | upload | with)\s+(?:
                a\s+ | your\s+
            )?(?:recent\s+)?(?:photo(?:graph)? | headshot | picture | selfie)s?\b
            (?:\s+(?:with | to)\s+your\s+(?:cv | resume | r[ée]sum[ée] | application))?
            | \bphotos?\s+(?:is\s+)?(?:required | mandatory | must)\b
            | \b(?:cv | resume)\s+with\s+(?:a\s+)?photo\b
            | \brecent\s+photo\b
        """),
        suggestion="CV without photo",
        unless=rx(
            r"""
                {NOT_ASKED}
                | \bof\s+(?:your | the | our)\s+(?:
                      products? | work | projects? | designs? | items? | listings?
                  )
                | portfolio
                | marketplace
            """,
            NOT_ASKED=NOT_ASKED,
        ),
    ),
    rule(
        "appearance",
        rx(r"""
            \b(?:
                presentable
                # (pay said attractive on its own line: "Compensation: attractive, DOE")
                | attractive(?<!compensation:\sattractive)(?<!salary:\sattractive)
                  (?<!pay:\sattractive)(?<!package:\sattractive)
                  (?!\s+(?:\w+\s+)?(?:
                      package | salary | pay | compensation | benefits | conditions | rates?
                      | bonus | offer | terms | remuneration | perks | wages?
                  )\b)
                | good-looking | well[- ]groomed | good\s+looks
                | pleasant\s+appearance | polished\s+appearance | physically\s+attractive
            )\b(?:\s+appearance)?
            (?:\s+(?:is\s+)?(?:required | a\s+must | essential | expected))?
        """),
        suggestion="professional manner with clients",
    ),
    rule(
        "appearance",
        rx(r"""
            \b(?:no\s+)?(?:visible\s+)?(?:tattoos? | piercings?)\b
            | \b(?:height | weight)\s+(?:
                  requirements? | minimum | maximum | of\s+at\s+least
              )\b
        """),
        unless=r"welcome|accepted|no\s+problem|fine\b",
    ),
    rule(
        "appearance",
        rx(r"""
            \b(?:must | should | to | and)\s+be\s+(?:\w+\s+)?(?:
                slim | slender | thin | tall | petite | pretty | handsome
                | good[- ]looking | beautiful
            )\b
            | \b(?:slim | slender | pretty | handsome | beautiful)\s+(?:
                  candidates? | applicants? | people | person | figure | build | women
                  | men | girls? | guys?
              )\b
        """),
    ),
    rule(
        # a photo asked for, whatever its adjectives: "include a full-length photo"
        "appearance",
        rx(r"""
            \b(?:include | attach | send | enclose | add | upload | submit | provide)\s+
            (?:us\s+)?(?:a\s+ | your\s+ | an\s+ | two\s+ | some\s+)?(?:[\w-]+\s+){0,2}?
            (?:
                photo(?:graph)? | headshot | picture | selfie
            )s?\b
        """),
        unless=rx(r"""
            portfolio
            | products?
            | work\s+samples
            | of\s+(?:your | the)\s+(?:work | projects? | designs?)
            | \bdon't
            | \bdo\s+not
            | no\s+need
            | never
            | without
            | not\s+(?:needed | required)
            | rather\s+not
        """),
        suggestion="CV without photo",
        by_sentence=True,
    ),
    rule(
        # body measures asked for: "your height and weight"
        "appearance",
        rx(r"""
            \byour\s+(?:
                height | weight | measurements | dress\s+size | clothing\s+size | bmi
            )(?:\s+and\s+(?:your\s+)?(?:height | weight | measurements))?\b
            | \bheight\s+and\s+weight\b
            | \bweight\s+and\s+height\b
        """),
        by_sentence=True,
    ),
    rule(
        # an appearance judged: "a clean, conventional appearance", "a polished look"
        "appearance",
        rx(r"""
            \b(?:(?:
                clean | conventional | polished | professional | neat | smart
                | well-groomed | groomed | attractive | pleasant | corporate | sharp
                | elegant | youthful | sporty | trendy | stylish
            )(?:\s*,\s* | \s+and\s+ | \s+))+(?:appearance | look | looks | image)\b(?:\s+
            (?:is\s+)?(?:required | a\s+must | essential | expected | mandatory))?
        """),
        unless=rx(r"""
            \b(?:
                ui | ux | interfaces? | websites? | sites? | apps? | products? | brand\w*
                | slides? | decks? | dashboards? | pages? | screens? | designs? | reports?
                | documents? | presentations? | code | visuals? | feel
            )\b
        """),
        suggestion="professional manner with clients",
    ),
    rule(
        # grooming and dress turned away or imposed: "no dreadlocks, no facial hair"
        "appearance",
        rx(r"""
            \bno\s+(?:visible\s+)?(?:
                dreadlocks | dreads | locs | beards? | facial\s+hair | moustaches?
                | mustaches? | braids | afros? | long\s+hair | dyed\s+hair
                | colou?red\s+hair | tattoos | piercings
            )\b(?:\s*(?:, | or | and)\s*(?:no\s+)?(?:visible\s+)?\w+(?:\s+hair)?)*
            | \b(?:heels | high\s+heels | make-?up | skirts? | lipstick)\s+(?:
                  are\s+ | is\s+
              )?(?:required | mandatory | expected | a\s+must | compulsory)\b
        """),
        unless=r"safety|hygiene|food|hairnet|machinery|laborator",
        by_sentence=True,
    ),
    rule(
        # bodies as a profile: "slim, tall and photogenic candidates"
        "appearance",
        rx(r"""
            \b(?:(?:
                slim | slender | thin | tall | petite | pretty | handsome | beautiful
                | good-looking | photogenic | athletic | attractive | young-looking
            )(?:\s*,\s* | \s+and\s+ | \s+or\s+ | \s+))+(?:
                candidates? | applicants? | people | persons? | women | men | girls?
                | guys? | staff | hosts? | hostesses | models? | individuals?
            )\b
            | \bphotogenic\b
        """),
    ),
]

HEALTH_RULES = [
    rule(
        "health_disability",
        rx(r"""
            \b(?:excellent | perfect | good | full)\s+(?:
                health | physical\s+condition | physical\s+health
            )\b(?!\s+(?:insurance | benefits | plan | care | coverage | sector | cover))
        """),
    ),
    rule(
        "health_disability",
        rx(r"""
            \bfree\s+(?:of | from)\s+(?:any\s+)?(?:chronic\s+)?(?:
                conditions? | illness\w* | diseases? | disabilit\w+
                | medical\s+conditions?
            )\b
        """),
    ),
    rule(
        "health_disability",
        rx(r"""
            \b(?:disclose\s+(?:any\s+)?)?(?:
                history\s+of\s+(?:\w+\s+)?(?:
                    illness | disease | conditions? | disorders? | sick\s+leave
                )
                | medical\s+history
                | mental\s+(?:
                      illness | health\s+(?:issues | conditions | problems | history)
                  )
            )\b
        """),
    ),
    rule(
        "health_disability",
        rx(r"""
            \b(?:not\s+suitable | unsuitable | not\s+open | not\s+adapted | closed)\s+
            (?:\w+\s+){0,3}?(?:
                disabilit\w+ | disabled | handicap\w* | wheelchair\s+users?
            )\b
        """),
    ),
    rule(
        "health_disability",
        rx(r"""
            \b(?:no | any)\s+(?:
                disabilit(?:y | ies) | chronic\s+(?:conditions? | illness\w*)
                | sick\s+(?:days | leave)
                | (?:health | medical)\s+(?:issues | problems | conditions?)
            )\b
            | \bable-bodied\b
        """),
    ),
    rule(
        "health_disability",
        rx(r"""
            \bphysically\s+(?:fit | healthy | strong | robust)\b
            | \bfit\s+and\s+healthy\b
            | \bin\s+(?:good | great | excellent | top | peak)\s+(?:physical\s+)?shape\b
            | \bphysical\s+fitness\b
        """),
        unless=rx(r"""
            \blift
            | carry
            | \d+\s*(?:kg | lbs?)
            | warehouse
            | standing
            | on\s+your\s+feet
            | manual
            | outdoor
            | climb
            | construction
            | safety
            | firefight
            | military
        """),
        despite=r"desk|office-based|remote",
    ),
    rule(
        # sick leave and absences held against someone
        "health_disability",
        rx(r"""
            \b(?:past | previous | prior)\s+(?:
                sick\s+(?:leave | days) | illness\w* | medical\s+leave | absences?
            )\b
            | \b(?:
                  sick\s+(?:leave | days) | absence\s+(?:record | history)
                  | medical\s+leave | time\s+off\s+sick
                  | work(?:place)?\s+(?:injur\w+ | accidents?)
              )\b
        """),
        context=rx(r"""
            past
            | previous
            | history
            | record
            | last\s+\w+\s+years
            | number\s+of
            | how\s+many
            | disclose
            | declare
            | \blist\b
            | questionnaire
            | with\s+your\s+application
            | no\s+more\s+than
            | fewer\s+than
            | \bnone\b
            | need\s+not
            | not\s+be\s+considered
            | will\s+not
            | won't
            | excluded
        """),
        unless=rx(r"""
            \bpaid\b
            | policy
            | unlimited
            | generous
            | benefit
            | allowance
            | entitle
            | full\s+pay
            | covered
            | days\s+of
        """),
    ),
    rule(
        # health questions at application
        "health_disability",
        r"\b(?:health|medical)\s+(?:questionnaire|declaration|screening|check|form)s?\b",
        context=rx(r"""
            with\s+your\s+application
            | when\s+applying
            | to\s+apply
            | before\s+(?:the\s+)?interview
            | at\s+application
            | application\s+form
            | to\s+be\s+completed
            | fill
        """),
        unless=rx(r"""
            after\s+(?:the\s+ | an\s+)?offer
            | occupational
            | once\s+hired
            | upon\s+hiring
            | onboarding
        """),
    ),
    rule(
        # illnesses and disabilities named to turn people away
        "health_disability",
        rx(r"""
            \b(?:
                diabet\w+ | epilep\w+ | asthma\w*
                | chronic\s+(?:illness\w* | conditions? | diseases? | pain)
                | disabilit(?:y | ies) | disabled\s+(?:people | candidates | applicants)
                | mental\s+health\s+(?:conditions? | issues | problems) | depression
                | anxiety\s+disorders? | hiv | cancer | autis\w+ | adhd
                | wheelchair\s+users? | health\s+conditions?
            )
        """),
        context=rx(
            r"""
                (?:{REFUSED} | (?:is | are)\s+(?:not\s+)?(?:incompatible | unsuitable))
            """,
            REFUSED=REFUSED,
        ),
    ),
    rule(
        "health_disability",
        rx(r"""
            \b(?:
                disabilit\w+ | chronic\s+\w+ | health\s+conditions? | diabetes | epilepsy
                | mental\s+health\s+\w+
            )
        """),
        context=rx(
            r"""
                {REFUSING}(?:people | candidates | applicants | anyone | those)\s+with\s+
                (?:an?\s+)?(?:
                    disabilit\w+ | chronic\s+\w+ | health\s+conditions? | diabetes | epilepsy
                    | mental\s+health\s+\w+
                )
            """,
            REFUSING=REFUSING,
        ),
    ),
]

RELIGION_RULES = [
    rule(
        "religion",
        r"\breligio\w+(?:\s+(?:symbols?|dress|clothing|practices?|beliefs?))?",
        # accommodating a faith is no criterion: "flexible schedule around religious holidays"
        unless=rx(r"""
            flexib
            | accommodat
            | time\s+off
            | days?\s+off
            | \bleave\b
            | let\s+(?:your | us | them)\s+(?:\w+\s+)?know
            | respect
            | welcome
            | any\s+faith
            | all\s+faiths
            | swap
        """),
        despite=rx(
            r"""
                {REFUSED}
                | {REFUSING}
                | \bno\s+religio
                | not\s+(?:allowed | permitted | accommodated)
                | \bbanned
                | prohibit
            """,
            REFUSED=REFUSED,
            REFUSING=REFUSING,
        ),
    ),
    rule(
        "religion",
        rx(r"""
            \b(?:no\s+)?(?:
                headscarf | headscarves | hijabs? | kippahs? | yarmulkes? | turbans?
                | burqas? | niqabs? | crucifix\w*
            )\b(?:\s+or\s+\w+)?
        """),
    ),
    rule(
        "religion",
        rx(r"""
            \b(?:practi[sc]ing | devout | observant)\s+(?:\w+\s+)?(?:
                christians? | muslims? | jews? | catholics? | hindus? | sikhs?
                | buddhists? | believers?
            )\b(?:\s+(?:preferred | only | required | wanted))?
            | \b(?:
                  christian | muslim | jewish | catholic | hindu | sikh | buddhist
                  | atheist
              )s?\s+(?:candidates? | applicants? | only | preferred | wanted | required)\b
        """),
    ),
    rule(
        "religion",
        rx(r"""
            \b(?:look(?:ing)?\s+for | seek(?:ing)? | hire | want)\s+(?:\w+\s+)?believers?
            \b(?:\s+who\s+share\s+our\s+(?:values | faith))?
            | \bshare\s+our\s+faith\b
            | \bchurch-?goers?\b
        """),
    ),
    rule(
        # a faith as a requirement of a secular job: "Christian values are essential"
        "religion",
        rx(r"""
            \b(?:
                christian | catholic | protestant | evangelical | muslim | islamic
                | jewish | judeo-christian | hindu | sikh | buddhist | biblical
            )\s+(?:values | faith | ethos | principles | beliefs? | morals)\b
        """),
    ),
    rule(
        "religion",
        rx(r"""
            \b(?:attend | attends | attending | go\s+to | goes\s+to)\s+(?:
                church | mosque | synagogue | temple
            )\b
            | \battend(?:s | ing)?\s+(?:sunday\s+)?mass\b(?!
                  - | \s+(?:production | market | media | events?)
              )
        """),
    ),
    rule(
        # a faith, or none, as what the person must be: "must be Christian or of no faith"
        "religion",
        rx(r"""
            \b(?:must | should | to)\s+be\s+(?:an?\s+)?(?:practi[sc]ing\s+ | devout\s+)?
            (?:
                christian | muslim | jewish | jew | catholic | protestant | hindu | sikh
                | buddhist | atheist | religious | believer | evangelical
                | of\s+(?:no | the\s+same)\s+faith
            )s?\b(?:\s+or\s+(?:of\s+)?(?:no\s+faith | an?\s+\w+ | \w+))?
            | \bof\s+no\s+faith\b
            | \bnon-?believers?\b
            | \bno\s+religious\s+affiliation\b
        """),
    ),
    rule(
        # people named by a religious practice, then turned away
        "religion",
        rx(r"""
            \b(?:
                who\s+(?:observe | keep | practi[sc]e | fast | pray | celebrate)\w*
                | observing | keeping | fasting | praying
            )\b(?:\s+\w+){0,3}?\s+(?:
                sabbath | shabbat | ramadan | lent | prayers? | religious\s+\w+ | mass
                | church | mosque | synagogue | temple
            )\b
        """),
        context=REFUSED,
    ),
    rule(
        "religion",
        rx(r"""
            \b(?:
                sabbath | shabbat | ramadan | friday\s+prayers? | daily\s+prayers?
                | prayer\s+breaks? | religious\s+(?:holidays | observance)
            )\b
        """),
        context=rx(
            r"""
                (?:
                    {REFUSED}
                    | (?:is | are)\s+not\s+(?:allowed | permitted | possible | accommodated)
                )
            """,
            REFUSED=REFUSED,
        ),
    ),
    rule(
        "religion",
        r"\b(?:prayer\s+breaks?|fasting|religious\s+(?:holidays|observance|dress))\b",
        context=rx(
            r"""
                {REFUSING}(?:
                    prayer\s+breaks? | fasting | religious\s+(?:holidays | observance | dress)
                )\b
            """,
            REFUSING=REFUSING,
        ),
    ),
]

UNION_RULES = [
    rule(
        "union_political",
        rx(r"""
            \b(?:trade | labou?r)\s+unions?\b
            | \b(?:active\s+)?unions?\s+(?:
                  members? | membership | activit\w+ | involvement | affiliation
                  | representatives? | reps? | organi[sz]\w+
              )\b
            | \bunioni[sz]ed\b
            | \bnon-union\b
        """),
        unless=rx(r"""
            \b(?:our | the)\s+(?:
                works\s+council | unions? | CSE | staff\s+representatives
            )\b
            | \bnegotiat\w*
            | \bcollective\s+(?:agreement | bargaining)
            | \bemployee\s+relations
            | \bwork\s+(?:closely\s+)?with\b
            | \bsits?\s+on\b
            | \bwelcome\b
            | \bprotected\b
        """),
        despite=r"\b(?:don't|do\s+not|won't|never|no)\s+(?:\w+\s+)?(?:hire|consider|want|accept)",
    ),
    rule(
        "union_political",
        rx(r"""
            \bpolitical\s+(?:
                part(?:y | ies) | views | opinions | affiliations? | activit\w+ | activism
                | beliefs | engagement
            )\b
            | \belected\s+(?:office | officials? | positions? | mandates?)\b
            | \bactivis[mt]s?\b
        """),
    ),
    rule(
        "union_political",
        r"\bwhistle-?blow\w*\b",
        unless=r"polic(?:y|ies)|protection|hotline|procedure|channel|report(?:ing)?\s+line",
    ),
    rule(
        "union_political",
        rx(r"""
            \b(?:trade\s+)?unionists?\b
            | \bunion\s+cards?\b
            | \bapolitical\b
            | \bpolitically\s+neutral\b
            | \b(?:keep | leave)\s+your\s+(?:
                  politics | political\s+\w+ | opinions | views
              )\b
        """),
        not_after=r"\b(?:we\s+are|we're|organi[sz]ation\s+is|charity\s+is|is\s+an?)\s+(?:\w+\s+)?$",
    ),
]

RESIDENCE_RULES = [
    rule(
        "residence",
        rx(r"""
            \blocal\s+(?:candidates | applicants | residents | people)\s+only\b
            | \b(?:locals | residents)\s+only\b
            | \bonly\s+(?:local\s+(?:candidates | applicants) | \w+\s+residents)\b
        """),
        suggestion="based in [work location]",
    ),
    rule(
        "residence",
        rx(r"""
            \b(?:must | should | required\s+to | need\s+to | have\s+to)\s+(?:already\s+)?
            (?:
                live | reside | be\s+(?:living | residing | a\s+resident)
            )\s+(?:with)?in(?:
                \s+\d+\s*(?:km | miles? | kilomet(?:er | re)s?)
                | \s+the\s+city(?:\s+limits)?
            )?
        """),
        suggestion="the role is based in [work location]",
    ),
    rule(
        "residence",
        rx(r"""
            \b(?:account | domiciliation)\s+(?:held\s+)?(?:with | at | in)\s+an?\s+
            (?:\w+\s+)?bank\b
            | \b(?:french | uk | us | \w+)\s+bank\s+account\s+(?:
                  required | mandatory | only
              )\b
        """),
        suggestion="any bank account (SEPA area)",
    ),
    rule(
        "residence",
        rx(r"""
            \b(?:candidates? | applicants? | people)\s+(?:living\s+ | from\s+)(?:in\s+)?
            (?:the\s+)?\w+\s+(?:will\s+not | won't | need\s+not | are\s+not)\b
        """),
    ),
    rule(
        # "only candidates residing in Paris", "candidates living in Lyon only"
        "residence",
        rx(r"""
            \bonly\s+(?:candidates? | applicants? | people | those | profiles?)\s+
            (?:
                who\s+(?:live | reside) | residing | living | resident | domiciled
            )\s+(?:in | within | near | around)\b
            | \b(?:candidates? | applicants? | people)\s+(?:
                  residing | living | resident | domiciled
              )\s+(?:in | within | near | around)\s+[^.;,]{1,40}?\s+only\b
        """),
        suggestion="the role is based in [work location]",
    ),
    rule(
        # where applicants live, with a preference or a refusal nearby
        "residence",
        rx(r"""
            \b(?:candidates? | applicants? | people | those | someone | anyone)\s+
            (?:
                who\s+(?:live | lives | reside | resides) | living | residing | resident
                | domiciled
            )\s+(?:in | within | near | around | outside | inside | close\s+to)\b
        """),
        context=rx(r"""
            \bonly\b
            | prefer
            | ideally
            | must
            | required
            | rejected
            | not\s+be\s+considered
            | need\s+not
            | won't
            | will\s+not
            | not\s+a\s+fit
            | excluded
        """),
        unless=r"welcome|open\s+to|anywhere|relocat|remote|regardless|wherever|from\s+all",
        suggestion="the role is based in [work location]",
    ),
    rule(
        # a distance from home to work: "live within 30 minutes of the office"
        "residence",
        rx(r"""
            \b(?:live | lives | living | reside | residing)\s+(?:
                within | less\s+than | under | no\s+more\s+than
            )\s+(?:an?\s+ | \d+\s*)(?:
                km | miles? | minutes? | mins? | hours? | kilomet\w+ | walk | commute
            )\b
        """),
        suggestion="the role is based in [work location]",
    ),
    rule(
        # places whose people are turned away: "applicants from the suburbs will not be considered"
        "residence",
        rx(r"""
            \b(?:
                suburbs | suburban\s+\w+ | banlieue | commuters? | council\s+estates?
                | housing\s+estates? | deprived\s+areas?
                | outside\s+(?:the\s+)?(?:city | paris | london | [a-z]+\s+centre)
            )
        """),
        context=REFUSED,
        despite=REFUSED,
    ),
    rule("residence", r"\bno\s+commuters\b", by_sentence=True),
    rule(
        "residence",
        rx(r"""
            \bbank\s+account\s+(?:opened | held | domiciled)\s+(?:with | at | in)\s+
            (?:one\s+of\s+)?(?:our | an?)\s+(?:\w+\s+)?(?:branch(?:es)? | bank | network)
            \b
        """),
        suggestion="any bank account (SEPA area)",
    ),
]
