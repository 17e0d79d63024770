"""English rules by class, second round (issue 21): more ways of saying each ground, written
from the classes of the grounds (explicit limits in words, generations as the hire, a sex or
an age as the team's identity, "only"/"preferred"/"need not apply", negations, data asked at
application...), not from sentences. Patterns are folded and case-insensitive; see
``rules/__init__``.
"""

from employers.wording.rules import rule, rx
from employers.wording.rules.en_words import NOT_ASKED, REFUSED, REQ

# the hire or the people applying, named
PERSON = rx(r"""
    (?:
        you | candidates? | applicants? | people | persons? | someone | somebody
        | hires? | profiles? | talents? | individuals? | recruits? | go-getters?
        | closers? | guys? | gals? | folks | team | crew | floor | squad
    )
""")
# the hire's number words for an age
AGE_WORD = rx(r"""
    (?:twenty | thirty | forty | fifty | sixty)
    (?:[- ](?:one | two | three | four | five | six | seven | eight | nine))?
""")
# a product's public, not the hire
_PUBLIC = rx(r"""
    \b(?:
        users? | customers? | clients? | audiences? | consumers? | readers | shoppers
        | subscribers | players | patients | students | learners | children | kids
        | market\w* | target\w*
    )\b
""")

AGE_CLASS = [
    rule(
        # "young" said of the hire or of the team they join: "you're young", "a hungry, young
        # go-getter", "our young sales floor"
        "age",
        rx(r"""
            \byoung,?\s+(?:and\s+)?(?:\w+,?\s+){0,2}?(?:
                go-getters? | hustlers? | hires? | recruits?
                | sales\s+(?:floor | team | force) | floor | workforce | teammates?
                | colleagues | squad | tribe | bunch | closers? | spirits? | gun
            )\b
        """),
        unless=_PUBLIC,
        suggestion="motivated",
    ),
    rule(
        # "you're young", "we're all young": anchored on the rare word, the subject before it
        "age",
        r"\byoung\b",
        context=r"\b(?:you(?:'re|\s+are)|you\s+should\s+be|we(?:'re|\s+are)(?:\s+all)?)\s+young\b",
        unless=_PUBLIC,
        suggestion="motivated",
    ),
    rule(
        # a generation wanted: "Gen Z talent", "we prefer millennials", "hiring Gen Z"
        "age",
        # ("gen" as a whole word: "general", "gender" are no anchors of it)
        rx(r"""
            \b(?:
                gen[- ](?:z | y | alpha) | genz | generation\s+(?:z | y) | zoomers?
                | millennials? | boomers?
            )\s+(?:
                talents? | candidates? | applicants? | hires? | profiles? | people | folks
                | energy | mindset
            )\b
            | \b(?:
                  prefer | hire | hiring | recruit\w* | looking\s+for | seeking | want
                  | after
              )\s+(?:\w+\s+)?(?:
                  gen[- ](?:z | y | alpha) | genz | zoomers | millennials | boomers
              )\b
        """),
        suggestion="people comfortable with social media",
    ),
    rule(
        # a fellow member of a generation: "a fellow digital native"
        "age",
        r"\bfellow\s+digital\s+natives?\b",
        suggestion="someone comfortable with digital tools",
    ),
    rule(
        # an age limit in words: "under thirty", "over fifty need not apply"
        "age",
        rx(
            r"""
                \b(?:
                    under | below | over | above | younger\s+than | older\s+than | past
                    | in\s+(?:your | their)\s+(?:early | mid | late)?[- ]?
                )\s*{AGE_WORD}(?:ies)?\b(?!\s+(?:
                    minutes | seconds | hours | days | weeks | months | km | miles | people
                    | employees | countries | clients | customers | percent | users | %
                ))
            """,
            AGE_WORD=AGE_WORD,
        ),
        context=rx(r"""
            \b(?:
                you | you're | candidates? | applicants? | ideal | aged | must | should
                | be | people | team | we're | prefer\w* | only
            )\b
        """),
        suggestion="at any age",
    ),
]

SEX_CLASS = [
    rule(
        # a sex preferred in everyday words: "we'd love a woman", "a guy would be better"
        "sex_gender",
        rx(r"""
            \b(?:we'd | we\s+would)\s+(?:love | prefer | like)\s+(?:to\s+hire\s+)?an?\s+
            (?:woman | man | guy | lady | girl | gal)\b
            | \ban?\s+(?:woman | man | guy | lady | girl)\s+would\s+be\s+
            (?:better | ideal | preferred | perfect)
        """),
        suggestion="candidates of any gender",
    ),
    rule(
        # a team of one sex as the team's identity: "our all-male team", "an all-female crew"
        "sex_gender",
        rx(r"""
            \ball[- ](?:male | female | men | women | boys | girls)\b(?:\s+(?:\w+\s+)?
            (?:
                team | group | crew | squad | department | office | floor | leadership
            ))?
        """),
        suggestion="our team",
    ),
    rule(
        # keeping up with, fitting in with, "the guys" / "the boys"
        "sex_gender",
        rx(r"""
            \b(?:
                keep\s+up\s+with | fit\s+in\s+with | one\s+of | hang\s+with
                | banter\s+with
            )\s+the\s+(?:guys | boys | lads | girls | ladies)\b
        """),
        suggestion="work well with the team",
    ),
    rule(
        # the role suits or is for a man / a woman: "suits a guy", "perfect for a mum"
        "sex_gender",
        rx(r"""
            \b(?:
                suits? | suited\s+to | ideal\s+for | perfect\s+for | made\s+for
                | better\s+for | right\s+for
            )\s+(?:a | an)\s+(?:
                guy | man | woman | girl | lady | gentleman | mum | mom | mother | dad
                | father | bloke
            )\b
        """),
        suggestion="suits someone",
    ),
    rule(
        # sexual orientation required
        "sex_gender",
        rx(r"""
            \b(?:must | should | to)\s+be\s+(?:straight | heterosexual | gay | lesbian)\b
            | \b(?:straight | heterosexual)\s+(?:
                  candidates? | applicants? | only | preferred
              )\b
        """),
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
        rx(r"""
            \bno\s+(?:kids | children)\b
            | \bwithout\s+(?:young\s+ | small\s+)?(?:
                  kids | children | family\s+(?:commitments | ties | obligations)
              )\b
            | \b(?:childcare | family | parental)\s+(?:
                  responsibilities | commitments | obligations | constraints
              )\b
        """),
        context=rx(r"""
            \b(?:
                ideally | preferably | preferred | suited | suits | compatible | better
                | ideal | only | must | should | need | required | not\s+for | fit | you
            )\b
        """),
        unless=rx(
            r"""
                {NOT_ASKED}
                | \b(?:
                      support | leave | benefits? | allowance | policy | whatever | regardless
                      | respect | balance | around
                  )\b
            """,
            NOT_ASKED=NOT_ASKED,
        ),
    ),
    rule(
        "family_pregnancy",
        rx(r"""
            \b(?:perfect | ideal | great | suited | made)\s+for\s+(?:a | an)\s+(?:
                mum | mom | mother | dad | father | parent
            )\b
        """),
        suggestion="suits anyone who wants a four-day week",
    ),
]

PERSONAL_CLASS = [
    rule(
        # personal data asked at application: date and place of birth, ID copy, social
        # security number (L.1221-6: no direct link with the job)
        "personal_data",
        # (no optional words before them: matches begin at these words, found fast)
        rx(r"""
            \b(?:
                birth\s*date
                | cop(?:y | ies)\s+of\s+(?:your\s+)?(?:
                      ID | identity\s+(?:card | document) | passport | driving\s+licence
                  )
                | social\s+security\s+number
                | national\s+insurance\s+number
            )\b
        """),
        context=rx(r"""
            \b(?:
                please | include | provide | state | send | attach | indicate | give
                | share | fields? | form | with\s+your | application | CV | resume | list
                | enclose | mention
            )\b
        """),
        unless=NOT_ASKED,
    ),
    rule(
        # the number of children asked: the family situation itself (L.1142-1)
        "family_pregnancy",
        r"\bnumber\s+of\s+(?:children|kids|dependants)\b",
        context=rx(r"""
            \b(?:
                please | include | provide | state | send | attach | indicate | give
                | share | fields? | form | with\s+your | application | CV | resume | list
                | enclose | mention
            )\b
        """),
        unless=NOT_ASKED,
        suggestion="your CV",
    ),
    rule(
        "personal_data",
        rx(r"""
            \b(?:share | send | give | provide)\s+(?:us\s+)?your\s+(?:\w+\s+)?(?:
                login | password | credentials
            )\b
        """),
    ),
]

ORIGIN_CLASS = [
    rule(
        # a birthplace as the profile: "French-born candidates", "born and raised in Germany"
        "origin_nationality",
        rx(r"""
            \b[a-z]+-born\s+(?:
                candidates? | applicants? | people | profiles? | speakers? | nationals?
            )\b
            | \bborn\s+and\s+(?:raised | bred)\s+in\s+[a-z]+
        """),
        unless=r"\b(?:company|startup|founded|business|brand|product|idea)\b",
    ),
    rule(
        # a region of the world's people turned away: "no Eastern European freelancers"
        "origin_nationality",
        rx(r"""
            \bno\s+(?:(?:
                eastern | western | southern | northern | central | north | south | east
                | west
            )\s+)?(?:
                european | asian | african | arab | indian | chinese | latin\s+american
                | middle\s+eastern | foreign | non-\w+
            )\s+(?:
                freelancers? | candidates? | applicants? | people | profiles?
                | developers? | contractors? | workers? | nationals?
            )\b
        """),
    ),
    rule(
        # a background or a look of origin asked: "someone with a Western European background",
        # "Caucasian profile required"
        "origin_nationality",
        rx(
            r"""
                \b(?:(?:eastern | western | southern | northern)\s+)?(?:
                    european | asian | african | arab | caucasian | white | black | latin\w*
                    | hispanic | anglo-saxon
                )\s+(?:background | heritage | descent | origin | look | appearance)\b
                | \b(?:caucasian | white | european | asian | african | arab)\s+(?:
                      profiles? | looks? | faces? | features
                  )\s+(?:\w+\s+)?{REQ}
            """,
            REQ=REQ,
        ),
    ),
    rule(
        # nationality required: "candidates must hold French nationality", "we do not consider
        # other nationalities"
        "origin_nationality",
        rx(r"""
            \b(?:hold | have | possess | of)\s+(?:\w+\s+)?(?:
                french | british | german | american | eu | european | us | uk | \w+ish
                | \w+ese | \w+ian
            )\s+(?:nationality | citizenship)\b
            | \b(?:other | foreign)\s+nationalities\b
        """),
        context=r"\b(?:must|should|required|only|do\s+not|don't|not|need|mandatory|have\s+to)\b",
        unless=rx(r"""
            clearance
            | security\s+vetting
            | defen[cs]e
            | authori[sz]ed\s+to\s+work
            | \bwelcome\b
            | visa\s+sponsor
        """),
    ),
    rule(
        # a surname judged by its sound: "French-sounding surname"
        "origin_nationality",
        r"\bsounding\s+(?:sur|family\s+|last\s+|first\s+)?names?\b",
    ),
]

NATIVE_CLASS = [
    rule(
        # "German native" (the language, then "native")
        "native_language",
        rx(r"""
            \b(?:
                english | french | spanish | german | italian | portuguese | dutch
                | arabic | chinese | mandarin | japanese | korean | russian | polish
                | swedish | turkish
            )\s+natives?\b(?!\s+(?:app | plants? | species))
        """),
        suggestion="fluent German (C2)",
    ),
]

APPEARANCE_CLASS = [
    rule(
        # body measures: "minimum height 1.75 m", "height over 1m80", "weight in proportion"
        "appearance",
        rx(r"""
            \b(?:minimum | maximum | min\.? | max\.?)\s+(?:height | weight)\b
            (?:\s*(?:of\s+)?:?\s*\d[\d.,]*\s*(?:m | cm | kg)?)?
            | \b(?:height | weight)\s+(?:of\s+)?(?:
                  at\s+least | over | under | above | below | minimum | max\w*
              )\s+\d[\d.,]*\s*(?:m | cm | kg)?
        """),
    ),
    rule(
        # a photo with any adjective: "a full-length photo", "a photo of yourself"
        "appearance",
        rx(r"""
            \b(?:
                full[- ]length | full[- ]body | head[- ]to[- ]toe | recent | flattering
                | professional
            )\s+(?:photo | picture | headshot)s?\b
            | \bphoto\s+of\s+yourself\b
        """),
        unless=rx(
            r"""
                {NOT_ASKED}
                | \b(?:product | portfolio | food | real\s+estate | photograph\w*)\b
            """,
            NOT_ASKED=NOT_ASKED,
        ),
    ),
    rule(
        # an appearance required: "conservative in appearance", "dress to impress"
        "appearance",
        rx(r"""
            \b(?:
                conservative | smart | neat | elegant | professional | polished
                | attractive | presentable | immaculate | groomed | well-groomed
                | clean-cut | pleasant | youthful | feminine | masculine
            )\s+in\s+appearance\b
            | \bdress\s+to\s+impress\b
            | \bgood[- ]looking\b
            | \bphysically\s+attractive\b
        """),
        suggestion="professional conduct with clients",
    ),
]

HEALTH_CLASS = [
    rule(
        # health as a requirement: "clean bill of health required", "a valid, healthy person",
        # "a medical certificate with your application"
        "health_disability",
        rx(r"""
            \bclean\s+bill\s+of\s+health\b
            | \b(?:valid,?\s+ | fit,?\s+ | able-bodied,?\s+)?healthy\s+(?:
                  person | individual | candidates? | applicants? | people
              )\b
            | \b(?:attach | include | provide | send)\s+(?:us\s+)?(?:a | your)\s+medical
              \s+(?:certificate | record | history)s?\b
        """),
    ),
    rule(
        # people with a disability turned away: "unsuitable for people with reduced mobility"
        "health_disability",
        rx(r"""
            \b(?:unsuitable | not\s+suitable | not\s+suited | not\s+open | not\s+possible)
            \s+for\s+(?:people | persons | candidates | anyone | someone | those)\s+
            (?:
                with | in
            )\s+(?:a\s+)?(?:
                reduced\s+mobility | disabilit\w+ | wheelchairs?
                | health\s+(?:issues | conditions)
            )\b
        """),
    ),
]

UNION_CLASS = [
    rule(
        # union or employee representation held against the person: "never been involved in
        # a works council", "former union reps"
        "union_political",
        rx(r"""
            \b(?:
                works\s+councils?
                | union\s+(?:
                      reps? | representatives? | members? | activit\w+ | involvement
                  )
                | shop\s+stewards?
                | party\s+members(?:hip)?
                | candidacy\s+for\s+election
                | political\s+(?:activis\w+ | engagement | affiliation)
            )\b
        """),
        context=r"\b(?:never|no|not|don't|won't|prefer|avoid|only|must|without|former)\b",
        unless=rx(r"""
            \b(?:our | the)\s+(?:works\s+council | union\s+representatives?)\s+(?:
                negotiat\w+ | sits? | meets? | signed | agreed
            )
            | \bsit\s+on\b
            | \bwelcome\b
            | \bprotected\b
            | \bconsult\w*
        """),
    ),
    rule(
        "union_political",
        r"\bwhistle-?blow\w*",
        context=rx(
            r"""
                {REFUSED}
                | \b(?:never | no | not | don't | prefer | avoid)\b
            """,
            REFUSED=REFUSED,
        ),
        unless=r"\bprotect\w*|\bpolicy|\bprocedure|\bchannel|\bhotline|\bsafe",
    ),
]

RESIDENCE_CLASS = [
    rule(
        # places refused or required: "no applicants from the suburbs", "Paris postcodes only",
        # "residents of X need not apply", "candidates living in 'sensitive' neighbourhoods"
        "residence",
        rx(r"""
            \b(?:applicants? | candidates? | people)\s+(?:from | living\s+in | based\s+in)
            \s+(?:the\s+)?['\"‘’]?(?:
                suburbs | banlieues? | sensitive | deprived | poor | rough | outer
                | estates? | projects | ghettos?
            )\b['\"‘’]?(?:\s+(?:neighbou?rhoods? | areas | estates))?
            | \bpostcodes?\s+(?:\(\w+\)\s+)?only\b
            | \bresidents\s+of\s+[\w-]+(?:\s+[\w-]+)?
        """),
        context=rx(
            r"""
                {REFUSED}
                | \bonly\b
                | \bno\b
                | don't
                | do\s+not
                | must
            """,
            REFUSED=REFUSED,
        ),
        unless=r"\bwelcome\b|\bpriority\b|\bencourag",
    ),
]

CONDITION_CLASS = [
    rule(
        # a degree with no equivalence: "experience cannot substitute for the degree"
        "diploma_rigid",
        rx(r"""
            \bexperience\s+(?:cannot | can't | will\s+not | won't | does\s+not)\s+
            (?:
                substitute | replace | compensate
            )\b(?:\s+(?:for\s+)?(?:the\s+ | a\s+)?(?:degree | diploma))?
        """),
    ),
    rule(
        # "only candidates holding a Master's"
        "diploma_rigid",
        rx(r"""
            \bonly\s+(?:candidates? | applicants? | people)\s+(?:holding | with)\s+
            (?:
                a | an
            )\s+(?:master'?s | phd | bachelor'?s | degree | msc | mba)\b
        """),
        unless=r"\bor\s+equivalent\b|\bequivalent\s+experience\b",
    ),
    rule(
        # "a 5-year engineering degree is compulsory"
        "diploma_rigid",
        rx(
            r"""
                \b(?:[0-9] | five | four | three)-year\s+(?:\w+\s+)?degree\b
                (?:\s+\([^)]{1,12}\))?\s+(?:is\s+)?{REQ}
            """,
            REQ=REQ,
        ),
        unless=r"\bor\s+equivalent\b|\bequivalent\s+experience\b",
    ),
    rule(
        "diploma_rigid",
        rx(r"""
            \b(?:bootcamp | self-taught | online\s+course | short\s+course)\s*(?:
                certificates? | graduates? | profiles? | candidates? | backgrounds?
            )?
        """),
        context=rx(
            r"""
                {REFUSED}
                | don't\s+bother
                | do\s+not\s+bother
                | \bno\s+(?:bootcamp | self-taught)
            """,
            REFUSED=REFUSED,
        ),
        unless=r"\bwelcome\b|\bencourag|\bvalued?\b",
    ),
    rule(
        # currently employed required, unemployment held against the person
        "career_gap",
        rx(r"""
            \bcurrently\s+(?:be\s+)?employed\b
            | \bpermanent\s+(?:role | job | position)\s+at\s+the\s+time\s+of\s+(?:
                  application | applying
              )\b
            | \bout\s+of\s+work\s+for\b
            | \b(?:gaps? | breaks?)\s+of\s+(?:more\s+than | over)\s+\w+\s+(?:
                  months? | years?
              )\b
        """),
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
        rx(r"""
            \b100\s*%\s+available\b
            | \balways\s+on\s+(?:slack | teams | call | email)\b
            | \b(?:quick | fast | immediate)\s+(?:replies | answers | responses)\s+
              (?:
                  on | at | during
              )\s+(?:weekends | nights | evenings | holidays)\b
            | \b(?:including | even)\s+(?:on | during)\s+(?:your\s+)?(?:
                  holidays | vacations? | leave | days\s+off
              )\b
        """),
        unless=r"\bpaid\b|\bcompensat\w*|\brota\b|\bon-call\s+allowance",
    ),
    rule(
        # drinking or partying as a condition of belonging
        "culture_fit",
        rx(r"""
            \b(?:drinking | drinks | partying)\s+(?:with\s+the\s+team\s+)?(?:
                on\s+\w+days?\s+ | every\s+\w+day\s+
            )?(?:is | are)\s+(?:
                basically\s+ | pretty\s+much\s+ | practically\s+ | kind\s+of\s+
            )?(?:mandatory | compulsory | expected | required | a\s+must)
            | \bout\s+every\s+\w+day\b
            | \bteetotal\w*\s+(?:\w+\s+){0,5}?(?:
                  boring | bored | fit | won't | struggle | not\s+for
              )
        """),
        unless=r"\balcohol-free\b|\bnon-alcoholic\b|\boptional\b|\bno\s+pressure\b",
    ),
    rule(
        # "if you love late-night drinks, you'll love it here", "a family we party with":
        # anchored on the drinking words, what comes before them checked after
        "culture_fit",
        r"\b(?:drinks|drinking|partying|beers?)\b|\bparty\s+with\b",
        context=rx(r"""
            \bif\s+you\s+love\s+(?:[\w-]+\s+){0,2}(?:
                drinks | drinking | partying | beers?
            )\b
            | \bfamily\s+we\s+party\s+with\b
        """),
        unless=r"\balcohol-free\b|\bnon-alcoholic\b|\boptional\b",
    ),
    rule(
        # "if that's not your vibe, we're not a match": a lifestyle as the condition
        "culture_fit",
        rx(r"""
            \bif\s+(?:that's | this\s+is | it's)\s+not\s+your\s+(?:
                vibe | thing | scene | cup\s+of\s+tea
            )\b[^.!?]{0,60}?\b(?:
                not\s+a\s+(?:match | fit) | not\s+for\s+you | look\s+elsewhere
            )\b
        """),
    ),
    rule(
        # macho wording: "a true alpha", "dominates every deal"
        "gender_coded",
        rx(r"""
            \b(?:true | real | an?)\s+alpha\b
            | \bdominat(?:es | e | ing)\s+(?:every | each | all | the)\s+(?:\w+\s+){0,2}?
              (?:
                  deals? | cycles? | markets? | rooms? | competition
              )\b
            | \bbe\s+the\s+hero\s+of\b
        """),
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
