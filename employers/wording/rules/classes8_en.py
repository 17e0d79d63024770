"""Rules by class, eighth round (issue 21), in English: see ``classes8`` for the classes and
their lawful neighbours.

Patterns are folded and case-insensitive; see ``rules/__init__``.
"""

from employers.wording.rules import rule, rx
from employers.wording.rules.common import AGE
from employers.wording.rules.en_words import ONLY, REFUSED, REFUSING, REQ

_SEX = rx(r"""
    (?:
        man | woman | men | women | lady | ladies | guy | guys | girl | girls | gentleman
        | gentlemen | male | female | males | females
    )
""")
# Weekly hours from 49 to 79 in words.
_HOUR_WORDS = rx(r"""
    (?:forty-nine | (?:fifty | sixty | seventy)(?:[-\ ](?:one | two | three | four | five | six
    | seven | eight | nine))?)
""")
_TURNED_AWAY = rx(
    r"""
        {REFUSED} | {REFUSING} | {ONLY} | {REQ} | \bprefer\w* | \bnot\s+for\s+you
        | \bneed\s+not\s+apply | \bwon't\s+be\s+(?:considered | shortlisted) | \bavoid\w*
    """,
    REFUSED=REFUSED,
    REFUSING=REFUSING,
    ONLY=ONLY,
    REQ=REQ,
)

EN = [
    # ---------------------------------------------------------------------- sex
    rule(
        # the sex asked: "Are you a man or a woman?", "Are you male or female?"
        "sex_gender",
        rx(r"""
            \bare\s+you\s+(?:a\s+)?(?:man | male)\s+or\s+(?:a\s+)?(?:woman | female)\b\s*\??
            | \bare\s+you\s+(?:a\s+)?(?:woman | female)\s+or\s+(?:a\s+)?(?:man | male)\b\s*\??
        """),
        suggestion="",
    ),
    rule(
        # a job said not for one sex: "not really a job for women"
        "sex_gender",
        rx(
            r"""
                (?:(?<=\bnot\s) | (?<=\bnot\sa\s) | (?<=\breally\sa\s) | (?<=\breally\s))(?:
                    job | role | position | work | place | career
                )\s+for\s+(?:a\s+)?{S}\b
            """,
            S=_SEX,
        ),
        suggestion="",
    ),
    rule(
        # a sex preferred: "we'd rather have a lady at the desk", "we only hire F"
        "sex_gender",
        rx(
            r"""
                \b(?:rather | prefer\s+to)\s+(?:have | hire | get | take | see)\s+(?:a\s+)?{S}\b
                | (?:(?<=\bonly\s) | (?<=\bexclusively\s))(?:hire | hiring | recruit
                | recruiting)\s+(?:f | m | {S})\b(?![-'])
            """,
            S=_SEX,
        ),
        rewrite=((r"\b(?:a\s+)?\w+$", "the best person"),),
    ),
    # ---------------------------------------------------------------------- age
    rule(
        # a bracket asked as a question: "Are you between 18 and 30?"
        "age",
        rx(
            r"""
                \bare\s+you\s+(?:aged\s+)?between\s+{AGE}\s+and\s+{AGE}\b
                (?!\s*(?:hours | days | km | miles | % | years\s+of | years'))
                (?:\s+years\s+old)?\s*\??
            """,
            AGE=AGE,
        ),
        suggestion="",
    ),
    # ------------------------------------------------------------------ availability
    rule(
        "excessive_availability",
        rx(
            r"""
                \b{H}[-\ ]hours?\s+(?:a | per | each | every)\s+week\b
                | \b{H}[-\ ]hour\s+weeks?\b
                | \bweeks\s+of\s+{H}\s+hours\b
            """,
            H=_HOUR_WORDS,
        ),
    ),
    rule(
        # nights and weekends at no notice
        "excessive_availability",
        rx(r"""
            \b(?:nights? | evenings? | weekends? | sundays?)\b[^.\n;]{0,50}?
            \b(?:without\s+(?:any\s+ | prior\s+ | advance\s+)?notice
            | at\s+(?:no | zero | short)\s+notice | at\s+a\s+moment's\s+notice)
        """),
        suggestion="planned hours, overtime compensated",
    ),
    rule(
        # the balance of work and private life denied
        "excessive_availability",
        rx(r"""
            \b(?:we\s+)?(?:don't | do\s+not | won't)\s+do\s+work[-\ ]life\s+balance
            | \bno\s+(?:such\s+thing\s+as\s+)?work[-\ ]life\s+balance
            | \bwork[-\ ]life\s+balance\s+is\s+(?:
                overrated | for\s+other | not\s+(?:a\s+thing | for)
            )
        """),
        suggestion="we respect defined working hours and the right to disconnect",
    ),
    # ------------------------------------------------------------------------ residence
    rule(
        # a neighbourhood asked: "ideally living in a nice neighbourhood"
        "residence",
        rx(r"""
            \b(?:living | live | lives | resident)\s+in\s+(?:a\s+ | the\s+)?(?:
                nice | good | decent | respectable | better | posh | quiet | safe
            )\s+(?:neighbou?rhoods? | areas? | parts?\s+of\s+town | districts?)
        """),
        suggestion="",
    ),
    rule(
        # people from some places turned away or only some accepted: "locals from the 7th
        # arrondissement only", "people living in certain estates"
        "residence",
        rx(r"""
            \b(?:locals? | residents?)\s+(?:from | of | in
            | living\s+in)\s+(?:the\s+)?[\w'-]+(?:\s+(?:or\s+)?[\w'-]+){0,4}?\s+only\b
            | \b(?:certain | some | those)\s+(?:housing\s+)?estates\b
        """),
        context=_TURNED_AWAY,
        suggestion="",
    ),
    # ------------------------------------------------------------------------ politics
    rule(
        # a union past, or a political side, as a condition
        "union_political",
        rx(r"""
            \b(?:no | without)\s+(?:(?:trade | labou?r)[-\ ])?union\s+(?:
                background | history | ties | involvement | activity | activism | membership
                | past
            )
            | \b(?:right | left)[-\ ]leaning\s+(?:applicants | candidates | people | profiles)
            | \b(?:conservative | liberal | progressive | left-wing | right-wing)\s+
              (?:applicants | candidates)\s+only
        """),
        suggestion="",
    ),
    rule(
        # elected office held against someone: "sitting local councillors: not for you"
        "union_political",
        rx(r"""
            \b(?:sitting\s+)?(?:local | town | city | municipal | county | district)\s+
            councill?ors?\b(?:[^.\n]{0,40}?(?:need\s+not\s+apply | not\s+for\s+you
            | won't\s+be\s+considered)\.?)?
        """),
        context=_TURNED_AWAY,
        suggestion="",
    ),
]

_OCCUPATIONAL = (
    r"occupational\s+(?:health|physician|doctor)|after\s+(?:the\s+)?(?:offer|hiring|hire)"
    r"|fitness\s+for\s+(?:the\s+)?(?:job|role)\s+(?:assessed|checked)\s+by"
)

EN += [
    rule(
        # medical information asked with the application
        "health_disability",
        rx(r"""
            \bmedical\s+questionnaires?
            | \bgenetic\s+(?:screening | tests? | testing | profile)
            | \b(?:regular\s+)?(?:medications? | medicines?)\b\s*\?
        """),
        unless=_OCCUPATIONAL,
        suggestion="",
    ),
    rule(
        # a career break held against anyone: "we screen out anyone who took a career break"
        "career_gap",
        rx(r"""
            \bcareer\s+breaks?
            | \bno\s+gaps?\s+in\s+(?:your\s+)?(?:studies | employment | career | work\s+history)
        """),
        context=_TURNED_AWAY + r"|\bscreen\w*\s+out|\bfilter\w*\s+out|\bmust\b",
        not_after=r"(?:\bafter|\bfrom|\bfollowing)\s+(?:a\s+)?$",
        suggestion="",
    ),
    rule(
        # people born abroad, refugees or a name turned away
        "origin_nationality",
        rx(r"""
            (?:\bborn\s+(?:outside | abroad | overseas)
            | \b(?:asylum\s+seekers? | refugees?)\b)[^.\n;?!]{0,60}
            | \b(?:traditional | typically | typical)\s+\w+\s+(?:surname | last\s+name
            | family\s+name)
        """),
        context=_TURNED_AWAY + r"|\bideally\b|\bno\b",
        unless=r"welcom|encourag|support|accept|open\s+to|regardless",
        suggestion="",
    ),
]
