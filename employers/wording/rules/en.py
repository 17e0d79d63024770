"""English rules on age, sex, gendered titles and pronouns, and family; the other grounds are
in ``en_person``, requirements and working conditions in ``en_conditions``. Patterns are
case-insensitive; see ``rules/__init__``.
"""

from employers.wording.rules import rule, rx
from employers.wording.rules.classes3 import EN as CLASS_RULES_3
from employers.wording.rules.classes4 import EN as CLASS_RULES_4
from employers.wording.rules.classes5_en import EN as CLASS_RULES_5
from employers.wording.rules.classes6_en import EN as CLASS_RULES_6
from employers.wording.rules.classes8_en import EN as CLASS_RULES_8
from employers.wording.rules.common import AGE
from employers.wording.rules.en_classes import RULES as CLASS_RULES
from employers.wording.rules.en_conditions import CONDITION_RULES
from employers.wording.rules.en_person import (
    APPEARANCE_RULES,
    HEALTH_RULES,
    NATIVE_RULES,
    ORIGIN_RULES,
    RELIGION_RULES,
    RESIDENCE_RULES,
    UNION_RULES,
)
from employers.wording.rules.en_words import NOT_ASKED, NUM, REFUSED, REFUSING

_POPULATION = rx(r"""
    # an age condition set by law: "apprenticeships are open to people aged 16 to 29"
    # young people as the product's public: "tools for young people", "helps young people"
    \b(?:
        players? | users? | children | kids | customers? | audience | students?
        | teens? | patients?
    )\b
    | \bunder\s+\w+\s+law\b
    | \bby\s+law\b
    | statutory
    | legal\s+(?:age | requirement)
    | apprentice\w*
    | \b(?:for | helps? | serves? | supports? | supporting | helping)\s+young\b
""")

AGE_RULES = [
    rule(
        "age",
        rx(r"""
            \byoung(?:\s+and\s+\w+ | ,\s*\w+)?\s+(?:
                team | people | candidates? | talents? | professionals? | graduates?
                | blood | person | guys? | crew | staff | engineers? | developers?
                | minds? | energy | colleagues
            )\b
        """),
        # the age word goes, the rest stays ("young and dynamic developer" -> "dynamic
        # developer"); a young team becomes a dynamic one
        rewrite=(
            (r"\byoung(?:\s+and\s+|,\s*)(?=\w)", ""),
            (r"\byoung\s+(?=team|crew|staff)", "dynamic "),
            (r"\byoung\s+", ""),
        ),
        # young people as the product's users, not as the people hired
        unless=rx(r"""
            \b(?:
                users? | customers? | clients? | audiences? | students? | patients?
                | members | market | target
            )\s+(?:are | is | include)\b
            | \b(?:
                  serves? | helps? | supports? | reach(?:es)? | targets? | designed\s+for
                  | built\s+for | aimed\s+at | used\s+by
                  | coach\w* | teach\w* | train\w* | mentor\w* | care\s+for | work\s+with
                  | look\s+after | supervis\w* | accompan\w* | engag\w*
              )\s+(?:\w+\s+)?young\b
            | \byouth\s+(?:club | centre | center | work\w* | services?)\b
            | \b(?:
                  tools? | apps? | platforms? | services? | products? | programmes?
                  | programs?
              )\s+for\s+young\b
        """),
    ),
    rule(
        "age",
        rx(r"""
            \b(?:recent | new | fresh)\s+(?:college\s+ | university\s+)?grad(?:uate)?s?\b
            | \bfresh\s+out\s+of\s+(?:college | university | school)\b
        """),
        # graduates as the product's audience: "grow our user base among new graduates"
        # (graduates welcome beside career changers or returners: an opening, not a limit)
        unless=r"\b(?:among|user\s+base|audiences?|users|customers|market(?:ing)?\s+to|reach)\b"
        r"|\bcareer[- ]changers?\b|\breturners?\b|\ball\s+ages\b",
        suggestion="entry-level candidates welcome",
    ),
    rule("age", r"\bdigital\s+natives?\b", suggestion="comfortable with digital tools"),
    rule(
        "age",
        rx(
            r"""
                \b(?:
                    under | below | younger\s+than | no\s+older\s+than | not\s+older\s+than
                    # ("over 18" is a legal minimum: majority, alcohol, night work)
                    | over(?!\s+(?:the\s+age\s+of\s+)?1[6-8]\b)
                    | older\s+than(?!\s+(?:the\s+age\s+of\s+)?1[6-8]\b)
                )\s+(?:the\s+age\s+of\s+)?{AGE}
                (?:\s*(?:years?(?:\s+old | \s+of\s+age)? | y\.?o\.?))?(?=\s*(?:
                    [.,;:()!?/–-]
                    | $
                    | (?:
                          to | and | or | with | who | ideally | preferred | only | please
                          | max | maximum | years?
                      )\b
                    | y\.?o
                ))
            """,
            AGE=AGE,
        ),
        unless=_POPULATION,
    ),
    rule(
        "age",
        rx(
            r"""
                \baged?\s+(?:between\s+)?{AGE}\s*(?:- | – | to | and)\s*{AGE}\b
                | \bbetween\s+(?:the\s+ages\s+of\s+)?{AGE}\s+and\s+{AGE}\s+(?:
                      years\s+old | years\s+of\s+age
                  )
            """,
            AGE=AGE,
        ),
        # the ages of the team, told as its diversity: "our team: 18 people from 9 countries,
        # aged 23 to 57"
        unless=rx(
            r"""
                {_POPULATION}
                | \bour\s+team\b
                | \b(?:team | staff | workforce | crew | colleagues)\s+aged\b
                | \bpeople\s+from\s+\d+\s+countries\b
            """,
            _POPULATION=_POPULATION,
        ),
    ),
    rule(
        "age",
        rx(
            r"""
                \b{AGE}\s*(?:- | – | to)\s*{AGE}\s*years?\s*old\b
            """,
            AGE=AGE,
        ),
        unless=_POPULATION,
    ),
    rule(
        "age",
        r"\b(?:maximum|upper)\s+age\b|\bage\s+(?:limit|requirement|cap)\b|\byouthful\b",
        not_after=r"\bno\s+(?:\w+\s+)?$|\bno\s*$",
    ),
    rule(
        "age",
        rx(
            r"""
                \b(?:
                    no\s+more\s+than | not\s+more\s+than | maximum\s+(?:of\s+)? | max\.?\s+
                    | at\s+most
                )\s*{NUM}\s*(?:years? | yrs?)'?(?:\s+of)?\s+(?:professional\s+ | work\s+
                | relevant\s+)?(?:experience | exp\b\.? | xp)
                # (written short: "max 5 yrs exp", "2 yrs experience at most")
                | \b{NUM}\s*(?:years? | yrs?)'?(?:\s+of)?\s+(?:\w+\s+)?(?:experience | exp\b\.?
                | xp)\s+(?:max(?:imum)? | at\s+most | tops)\b
            """,
            NUM=NUM,
        ),
        suggestion="2+ years of experience",
    ),
    rule(
        "age",
        rx(
            r"""
                \b(?:more | over)\s+than\s+{NUM}\s+years?\s+of\s+(?:\w+\s+)?experience\b(?=
                [^.;]{0,60}\b(?:
                    will\s+not | won't | need\s+not | not\s+be\s+considered | excluded
                    | ineligible | not\s+eligible | rejected | overqualified
                ))
            """,
            NUM=NUM,
        ),
    ),
    # asked at application, a date of birth is personal data (L.1221-6) that reveals the age
    rule(
        "personal_data",
        r"\b(?:your\s+|their\s+)?(?:date|year|place)\s+of\s+birth\b",
        unless=rx(
            r"""
                {NOT_ASKED}
                | \bborn\s+in\b
            """,
            NOT_ASKED=NOT_ASKED,
        ),
    ),
    rule(
        # an age as a ceiling: "max 30 years old", "up to 35 y.o."
        "age",
        rx(
            r"""
                \b(?:max(?:imum)?\.? | up\s+to | at\s+most)\s+(?:(?:an\s+)?age\s+(?:of\s+)?)?
                {AGE}\s*(?:years?[\s-]*old | y\.?o\b\.?)
            """,
            AGE=AGE,
        ),
        unless=_POPULATION,
    ),
    rule(
        # "30 years old or younger", "30 y.o. max", "35 or younger"
        "age",
        rx(
            r"""
                \b(?:aged?\s+)?{AGE}\s*(?:
                    (?:years?[\s-]*old | y\.?o\b\.?)\s*(?:
                        max(?:imum)?\b | at\s+most\b
                        | or\s+(?:younger | under | below | less)\b
                    )
                    | or\s+younger\b
                )
            """,
            AGE=AGE,
        ),
        unless=_POPULATION,
    ),
    rule(
        "age",
        rx(
            r"""
                \baged?\s+{AGE}\s+or\s+(?:under | below | less)\b
            """,
            AGE=AGE,
        ),
        unless=_POPULATION,
    ),
    rule(
        # "applicants must be 25-35"
        "age",
        rx(
            r"""
                \b(?:must | should)\s+be\s+(?:between\s+)?{AGE}\s*(?:- | – | to | and)\s*{AGE}
                \b(?!\s*(?:
                    % | [k€$£] | hours? | hrs? | days? | weeks? | months? | people | employees
                    | minutes
                ))
            """,
            AGE=AGE,
        ),
        unless=_POPULATION,
    ),
    rule(
        # "age: 25-35", "age range 25 to 35", "age 30 max"
        "age",
        rx(
            r"""
                \bage(?:\s+range | \s+bracket | \s+group)?\s*[:\-–]?\s*{AGE}\s*(?:- | – | to)
                \s*{AGE}\b
                | \bage\s*[:\-–]?\s*(?:max(?:imum)?\.?\s* | under\s+ | below\s+){AGE}\b
                | \bage\s*[:\-–]?\s*{AGE}\s*(?:
                      max(?:imum)?\b | or\s+(?:under | younger | below | less)\b
                  )
            """,
            AGE=AGE,
        ),
        unless=_POPULATION,
    ),
    rule("age", rx(r"\b(?:under | over)[- ]{AGE}'?s\b", AGE=AGE), unless=_POPULATION),
    rule(
        "age",
        rx(r"""
            \bin\s+(?:your | their | his | her)\s+(?:(?:early | mid | late)[\s-]+)?
            (?:
                twenties | thirties | forties | fifties | 20s | 30s | 40s | 50s
            )\b
        """),
        unless=_POPULATION,
    ),
    rule(
        # "between 25 and 35" about the person (not hours, staff or money)
        "age",
        rx(
            r"""
                \b(?:
                    aged? | you\s+are | you're | be | candidates? | applicants? | someone
                    | people | profiles?
                )\s+between\s+{AGE}\s+and\s+{AGE}\b(?!\s*(?:
                    [%€$£k+] | hours? | hrs? | h\b | days? | weeks? | months? | years?\s+of
                    | employees | people | staff | members | percent | euros? | dollars?
                    | pounds? | users? | clients? | customers? | projects? | words? | kg
                    | lbs?
                ))
            """,
            AGE=AGE,
        ),
        unless=_POPULATION,
    ),
    rule(
        # a year or decade of birth: "born after 1990", "born in the 90s"
        "age",
        rx(r"""
            \bborn\s+(?:after | before | between | in | from | since)\s+(?:the\s+)?
            (?:(?:early | mid | late)[- ])?(?:
                (?:19 | 20)\d\d(?:\s*(?:and | to | - | –)\s*(?:19 | 20)\d\d)?
                | (?:19 | 20)?\d0'?s | '\d0s | eighties | nineties
            )\b
        """),
        unless=rx(r"""
            \b(?:
                company | startup | start-up | founded | business | idea | project
                | product | brand | firm | agency | studio | we\s+were
            )\b
        """),
    ),
    rule(
        # generations and life stages as the profile: "Gen Z", "millennials", "20-something"
        "age",
        rx(r"""
            \b(?:
                gen[- ]?(?:z | y | alpha) | generation\s+(?:z | y | alpha) | zoomers?
                | millennials? | boomers? | baby[- ]boomers?
                | (?:twenty | thirty | forty)[- ]?somethings?
            )\b
        """),
        unless=rx(r"""
            # the generation as the product's public: "how Gen Z discovers products"
            \b(?:
                target\w* | users? | customers? | clients? | audiences? | market\w*
                | consumers? | readers | reach\w* | brands? | content\s+for | speak\s+to
                | appeal\s+to | shoppers | subscribers
            )\b
            | \b(?:
                  how | what | why | where | when | helps? | serves? | supports? | for
                  | used\s+by | designed\s+for | built\s+for | aimed\s+at
              )\s+(?:\w+\s+)?(?:gen | generation | millennials | boomers | zoomers)
        """),
    ),
    rule("age", r"\b[234]0-somethings?\b|\b[234]0\s+somethings?\b"),
    rule("age", r"\b(?:fresh|new|young)\s+blood\b", suggestion="new perspectives"),
    rule(
        # graduation recency as a limit: "graduates from the last two years only"
        "age",
        rx(r"""
            \bgraduat\w*\s+(?:from\s+ | in\s+ | within\s+)?(?:the\s+)?(?:last | past)\s+
            (?:\w+\s+)?(?:years? | months?)\b(?:\s+only)?
            | \bgraduated\s+(?:in | after | since)\s+20\d\d(?:\s+or\s+(?:later | after))?
              \b
            | \bclass\s+of\s+20\d\d\s+(?:or\s+20\d\d\s+)?only\b
        """),
        suggestion="entry-level candidates welcome",
    ),
    rule(
        # older people named, then turned away
        "age",
        rx(r"""
            \b(?:
                older\s+(?:
                    candidates | applicants | workers | people | professionals | profiles
                )
                | seniors
                | retirees
                | pensioners
            )
        """),
        context=REFUSED,
    ),
    rule(
        "age",
        rx(r"""
            \b(?:
                older\s+(?:candidates | applicants | workers | people | professionals)
                | retirees | pensioners | boomers
            )\b
        """),
        context=rx(
            r"""
                {REFUSING}(?:
                    older\s+(?:candidates | applicants | workers | people | professionals)
                    | retirees | pensioners | boomers
                )\b
            """,
            REFUSING=REFUSING,
        ),
    ),
    rule(
        # a ceiling on experience said of the person: "you have less than 5 years"
        "age",
        rx(
            r"""
                \b(?:you | must | should)\s+(?:have | has)\s+(?:less | fewer)\s+than\s+{NUM}
                \s+years?\b(?:\s+of\s+(?:\w+\s+)?experience)?
            """,
            NUM=NUM,
        ),
        suggestion="2+ years of experience",
    ),
]

SEX_RULES = [
    rule(
        "sex_gender",
        rx(r"""
            \b(?:
                looking\s+for | seeking | want | prefer | hiring | hire | need
                | reserved\s+for | open\s+only\s+to | only
            )\s+(?:an?\s+ | only\s+)?(?:
                male | female | man | woman | men | women | gentleman | gentlemen | lady
                | ladies | guy | guys | girl | girls | boy | boys
            )\b(?:\s+(?:candidates? | applicants?))?
            (?!\s+(?:and | or)\s+(?:men | women | male | female))
        """),
        suggestion="looking for a candidate",
    ),
    rule(
        "sex_gender",
        rx(r"""
            \b(?:male | female | men | women | man | woman)\s+(?:
                candidates? | applicants? | only | preferred | wanted | required
            )\b(?:\s+(?:only | preferred | wanted | required))?
        """),
    ),
    rule(
        "sex_gender",
        rx(r"""
            \bsexual\s+orientation\b
            | \bheterosexual\b
            | \bstraight\s+(?:candidates? | applicants?)\b
            | \bgender\s+identity\b
            | \btransgender\b
        """),
    ),
    rule(
        # "suited to a man", "ideal for a woman", "better suited to men"
        "sex_gender",
        rx(r"""
            \b(?:
                suited | suitable | ideal | reserved | better | more\s+suited | perfect
                | intended
            )\s+(?:to | for)\s+(?:an?\s+)?(?:
                male | female | man | woman | men | women | gentleman | gentlemen | lady
                | ladies | guys? | girls? | boys?
            )\b(?!\s+(?:and | or)\s+(?:men | women | male | female | man | woman))
        """),
        suggestion="suited to a candidate with [skills]",
    ),
    rule(
        # a sex as the ideal: "ideally a woman", "preferably a man"
        "sex_gender",
        rx(r"""
            \b(?:
                ideally | preferably
                | ideal\s+(?:candidate | hire | person)\s+(?:is | would\s+be) | must\s+be
                | should\s+be
            )\s+(?:an?\s+)?(?:
                woman | man | lady | guy | gentleman | girl | boy | female | male
            )\b(?!\s+or\b | [- ](?:hours? | days? | power | made)\b)
        """),
        suggestion="ideally a candidate with [skills]",
    ),
    rule(
        # "this job suits men better", "better for women"
        "sex_gender",
        rx(r"""
            \b(?:suits? | fits? | better\s+for | more\s+suited\s+to | more\s+for)\s+
            (?:a\s+)?(?:
                men | women | man | woman | guys | girls | ladies | males | females
            )\b(?:\s+better)?(?!\s+(?:and | or)\s+(?:men | women))
        """),
        suggestion="suits a candidate with [skills]",
    ),
    rule(
        "sex_gender",
        rx(r"""
            \b(?:another | one\s+more | a\s+new)\s+(?:
                guy | gal | girl | lady | bloke | dude | man | woman | lad
            )\b(?![-\w])
        """),
    ),
    rule(
        # a sex asked for as a quality: "a female touch", "feminine presence"
        "sex_gender",
        rx(r"""
            \b(?:female | feminine | male | masculine | woman's | man's)\s+(?:
                touch | presence | energy | hire | recruit | sensibility
            )\b
        """),
        suggestion="a candidate with [skills]",
    ),
    rule(
        # hiring to change the sex ratio (encouraging applications stays lawful)
        "sex_gender",
        rx(r"""
            \b(?:hire | hiring | recruit\w* | looking\s+for | seeking)\s+(?:\w+\s+){0,3}?
            to\s+(?:improve | balance | fix | even\s+out | boost)\s+(?:our\s+ | the\s+)?
            (?:
                gender\s+(?:balance | ratio | mix | split | numbers)
                | male[- ]female\s+ratio
            )\b
        """),
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
        # (a doublet with a slash names both: "Waiter/waitress", "hostess / host")
        rule(
            "gendered_title",
            r"(?<!/)(?<!/\s)\b" + word.replace(" ", r"\s+") + r"\b(?!\s?/\s?\w)",
            suggestion=neutral,
        )
        for word, neutral in GENDERED_NOUNS.items()
    ),
    rule(
        "gendered_title",
        rx(
            r"""
                {_HE}(?:
                    \s+(?:
                        will | would | should | must | shall | can | could | may | might | is
                        | has | needs\s+to
                    )
                    | 'll
                )(?:\s+\w+)?
            """,
            _HE=_HE,
        ),
        rewrite=_PRONOUN_REWRITE,
    ),
    rule(
        "gendered_title",
        rx(
            r"""
                {_HIS}(?:\s+own)?\s+(?:
                    first | team | role | mission | main | responsibilities | duties | tasks
                    | day | work | manager | job | position | goals? | objectives? | key | new
                    | direct | time | priority | priorities | skills | experience | colleagues
                    | reports | focus | career
                )\b(?:\s+\w+)?
            """,
            _HIS=_HIS,
        ),
        # another person named just before is who "his" is: "support the CTO and his team"
        not_after=rx(r"""
            \b(?:
                cto | ceo | cfo | coo | cmo | cio | founder | director | manager | boss
                | supervisor | head\s+of\s+[\w-]+ | mentor | owner | president | chef
            )(?:'s)?\s+(?:and | in | with | on | for | to)\s+$
        """),
        rewrite=_PRONOUN_REWRITE,
    ),
    rule(
        # a pronoun about the hire after what they will do: "who can hold his ground"
        "gendered_title",
        rx(r"""
            \b(?:who | that)\s+(?:
                can | will | must | should | could | is\s+able\s+to | knows\s+how\s+to
                | wants\s+to | likes\s+to
            )\s+(?:\w+\s+){1,3}?(?:his | himself | herself)\b(?!\s+or\b | /)
        """),
        rewrite=(
            (r"\bhis\b", "their"),
            (r"\bhimself\b", "themselves"),
            (r"\bherself\b", "themselves"),
        ),
    ),
]

FAMILY_RULES = [
    # asked at application: personal data with no link to the job (L.1221-6); the marital
    # status is the family situation itself, which no offer may ask about (L.1142-1)
    rule("personal_data", r"\b(?:your\s+)?maiden\s+name\b", unless=NOT_ASKED),
    rule(
        "family_pregnancy",
        r"\b(?:your\s+)?marital\s+status\b(?:\s+and\s+(?:the\s+)?number\s+of\s+(?:children|kids|dependants))?",
        unless=NOT_ASKED,
        suggestion="your CV",
    ),
    rule(
        "family_pregnancy",
        rx(r"""
            \b(?:are | be | is | being | whether\s+you\s+are | if\s+you\s+are)\s+
            (?:you\s+)?(?:married | single | divorced | engaged | widowed)\b
            (?:\s+(?:with | and)\s+no\s+(?:children | kids))?
        """),
    ),
    rule(
        "family_pregnancy",
        rx(r"""
            \b(?:no | without | childless | any)\s+(?:
                children | kids | dependants | dependents
            )\b
            | \b(?:have | having | plan\s+to\s+have | planning\s+to\s+have | want)\s+
              (?:any\s+)?(?:kids | children | a\s+baby | babies)\b
            | \b(?:start(?:ing)? | plan(?:ning)?)\s+(?:a | your)\s+family(?:\s+soon)?\b
            | \bfamily\s+plans\b
        """),
        unless=_POPULATION.replace("children|kids|", ""),
    ),
    rule("family_pregnancy", r"\bpregnan\w*\b", not_after=r"(?:after|during)\s*$"),
    rule(
        "family_pregnancy",
        rx(r"""
            \b(?:without | free\s+of | no)\s+(?:family | childcare | caring)\s+(?:
                commitments | responsibilities | obligations | ties | constraints
            )\b
            | \bsingle\s+(?:mothers? | parents? | fathers?)\b
            | \bmothers\s+need\s+not\s+apply\b
        """),
    ),
    rule(
        "family_pregnancy",
        rx(r"""
            \b(?:married | unmarried | single | divorced | childless)\s+(?:
                candidates? | applicants? | people | persons? | profiles?
            )(?:\s+(?:only | preferred | wanted | required | welcome))?\b
        """),
        not_after=r"\b(?:and|or|all|including)\s*$",
    ),
    rule(
        "family_pregnancy",
        rx(r"""
            \b(?:no | not)\s+(?:candidates? | applicants? | people | one | parents)\s+with
            \s+(?:young\s+ | small\s+)?(?:
                children | kids | babies | a\s+family | family\s+commitments
            )\b
        """),
    ),
    rule(
        # a leave to come, or just taken, held against someone
        "family_pregnancy",
        r"\b(?:maternity|paternity|parental|adoption)\s+leave\b",
        context=rx(r"""
            returning\s+from
            | back\s+from
            | not\s+a\s+(?:good\s+)?fit
            | need\s+not
            | plan(?:s | ning)?\b
            | within\s+the\s+next
            | next\s+\w+\s+(?:months | years)
            | likely\s+to
            | avoid
            | \bno\b
            | won't
            | will\s+not
            | expect(?:ing)?\b
            | recently
        """),
        unless=rx(r"""
            generous
            | enhanced
            | \bpaid\b
            | fully
            | \bweeks\b
            | policy
            | top[- ]up
            | benefit
            | support
            | extended
            | \boffer
            | entitle
        """),
    ),
    rule(
        "family_pregnancy",
        r"\bsingle\s+(?:mums?|moms?|dads?)\b|\bsolo\s+(?:parents?|mums?|moms?|dads?)\b",
        unless=r"support|benefit|help|programme|program",
    ),
    rule(
        # parents named, then turned away
        "family_pregnancy",
        rx(r"""
            \b(?:
                mothers
                | mums
                | moms
                | fathers
                | dads
                | (?:young | new)\s+parents
                | parents\s+of\s+young\s+(?:children | kids)
                | (?:women | people | candidates | applicants)\s+with\s+(?:
                      young\s+ | small\s+
                  )?(?:children | kids | families)
                | new\s+(?:mothers | mums | moms)
                | expectant\s+mothers
                | pregnant\s+(?:women | candidates | applicants)
                | young\s+mothers
            )
        """),
        context=REFUSED,
    ),
    rule(
        # asking about children with the application
        "family_pregnancy",
        rx(r"""
            \b(?:whether | if)\s+you\s+have\s+(?:any\s+)?(?:children | kids)\b
            (?:\s+and\s+their\s+ages)?
            | \b(?:the\s+)?(?:number\s+and\s+)?ages?\s+of\s+your\s+(?:children | kids)\b
            | \byour\s+(?:children | kids)'?s?\s+ages\b
        """),
        context=rx(r"""
            include
            | state
            | tell\s+us
            | let\s+us\s+know
            | mention
            | indicate
            | application
            | \bcv\b
            | resume
            | ages?
        """),
        unless=rx(r"""
            childcare\s+(?:support | allowance | voucher)
            | nursery
            | creche
            | school\s+holidays
            | flexible
        """),
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
    *CLASS_RULES,
    *CLASS_RULES_3,
    *CLASS_RULES_4,
    *CLASS_RULES_5,
    *CLASS_RULES_6,
    *CLASS_RULES_8,
]

QUESTION_RULES = [
    rule(
        "age",
        rx(r"""
            \bhow\s+old\s+are\s+you\b
            | \bwhat\s+is\s+your\s+age\b
            | \bwhen\s+were\s+you\s+born\b
            | \bwhen\s+did\s+you\s+graduate\b
        """),
    ),
    rule(
        "family_pregnancy",
        rx(r"""
            \bare\s+you\s+(?:married | single | pregnant | engaged | divorced | expecting)
            \b
            | \bdo\s+you\s+(?:have | plan\s+(?:to\s+have | on\s+having) | want)\s+
              (?:any\s+)?(?:kids | children | a\s+family | a\s+baby)\b
            | \byour\s+(?:husband | wife | spouse | boyfriend | girlfriend)\b
            | \bchildcare\b
            | \bwho\s+(?:looks\s+after | takes\s+care\s+of)\s+your\s+(?:kids | children)\b
        """),
    ),
    rule(
        "religion",
        rx(r"""
            \bwhat\s+is\s+your\s+(?:religion | faith)\b
            | \bwhich\s+church\b
            | \bdo\s+you\s+(?:
                  go\s+to\s+church | pray
                  | attend\s+(?:church | mosque | synagogue | temple)
              )\b
            | \bare\s+you\s+(?:
                  religious | christian | muslim | jewish | catholic | hindu | sikh
                  | atheist
              )\b
        """),
    ),
    rule(
        "residence",
        rx(r"""
            \bwhere\s+do\s+you\s+live\b
            | \byour\s+(?:home\s+)?address\b(?!\s+(?:email | e-mail))
            | \bwhat\s+neighbou?rhood\b
            | \bdo\s+you\s+(?:own | rent)\s+your\s+home\b
        """),
    ),
    rule(
        "union_political",
        rx(r"""
            \bare\s+you\s+(?:in | part\s+of | a\s+member\s+of)\s+a\s+(?:
                trade\s+ | labou?r\s+
            )?union\b
            | \bwho\s+did\s+you\s+vote\s+for\b
            | \bhow\s+do\s+you\s+vote\b
            | \byour\s+political\b
        """),
    ),
    rule(
        "origin_nationality",
        rx(r"""
            \bwhere\s+are\s+you\s+(?:originally\s+)?from\b
            | \bwhere\s+were\s+you\s+born\b
            | \bwhat\s+is\s+your\s+(?:
                  nationality | ethnicity | ethnic\s+background | heritage
              )\b
            | \bwhere\s+is\s+your\s+accent\s+from\b
            | \bare\s+you\s+an?\s+(?:\w+\s+)?citizen\b
        """),
    ),
    rule(
        "health_disability",
        rx(r"""
            \bdo\s+you\s+have\s+(?:any\s+)?(?:
                disabilit(?:y | ies) | health\s+(?:problems | issues | conditions)
                | medical\s+conditions? | chronic\s+\w+ | illness\w*
            )\b
            | \bhave\s+you\s+(?:ever\s+)?been\s+(?:
                  sick | ill | hospitali[sz]ed | treated\s+for
              )\b
            | \bhow\s+many\s+sick\s+days\b
            | \bare\s+you\s+(?:disabled | healthy | on\s+medication)\b
        """),
    ),
    rule(
        "sex_gender",
        r"\bare\s+you\s+(?:gay|straight|lesbian|bisexual|transgender|trans)\b",
    ),
    rule(
        "personal_data",
        rx(r"""
            \bhow\s+much\s+(?:do | did)\s+you\s+(?:make | earn)\b
            | \bwhat\s+(?:is | was)\s+your\s+(?:current | previous | last)\s+salary\b
            | \bhave\s+you\s+(?:ever\s+)?been\s+(?:arrested | convicted)\b
        """),
    ),
    rule("appearance", r"\bhow\s+(?:tall\s+are\s+you|much\s+do\s+you\s+weigh)\b"),
    rule("career_gap", r"\bwhy\s+(?:is\s+there|do\s+you\s+have)\s+a\s+gap\b"),
]
