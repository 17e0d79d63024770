"""English regex fragments shared by the rules."""

from employers.wording.rules import rx

REQ = rx(r"""
    (?:
        required | mandatory | compulsory | essential | a\s+must | necessary
        | non-negotiable | strictly\s+required | needed | expected
    )
""")
NUM = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"

# Ways an offer turns away the people it has just named ("... need not apply", "... will not
# be considered", "... are not a good fit").
REFUSED = (
    # Each branch starts at its distinctive word, the negation before it checked by a
    # lookbehind: searched as a context, the refusal is then tried only where such a word is.
    rx(r"""
        (?:(?<=not\s) | (?<=n't\s) | (?<=never\s))(?:
            apply | bother | fit\s+in | a\s+(?:good\s+ | great\s+ | right\s+)?fit
            | eligible | welcome | considered | accepted | suitable | right\s+for
        )\b
        | (?:(?<=not\sbe\s) | (?<=n't\sbe\s) | (?<=never\sbe\s))(?:
              considered | hired | accepted | invited | shortlisted | reviewed | selected
              | interviewed | eligible | read | scheduled | booked
          )\b
        | (?:(?<=be\s) | (?<=automatically\s) | (?<=are\s) | (?<=is\s))(?:
              rejected | excluded | screened\s+out | disqualified | turned\s+down
              | declined | filtered\s+out | discarded
          )\b
        | \bneedn't\s+apply\b
        | \bfind\s+(?:this | the)\s+(?:role | job | position)\s+too\s+\w+
        | \blook\s+elsewhere\b
    """)
)
# A refusal before the people it names: "we do not hire ...", "no ...".
REFUSING = rx(r"""
    (?:
        \b(?:we | i)\s+(?:
            do\s+not | don't | will\s+not | won't | cannot | can't | never
        )\s+(?:
            hire | consider | accept | employ | recruit | interview | shortlist
            | take\s+on | want
            | review\s+(?:applications | cvs | resumes | candidates)(?:\s+from)?
        )
        | \b(?:we | i)\s+avoid\s+(?:hiring | recruiting)
        | \bnot\s+open\s+to
        | \bno
    )\s+(?:applications\s+from\s+)?
""")
# Only some people: "only", "exclusively", "preferably".
ONLY = rx(r"""
    (?:
        only | exclusively | solely | preferably | ideally | preferred
        | preference\s+(?:for | to | given\s+to)
    )
""")
# Asking not to send something is no request for it: "don't include your date of birth".
NOT_ASKED = rx(r"""
    \b(?:don't | do\s+not | never | won't | will\s+not)\s+(?:
        include | send | add | attach | put | mention | state | ask | request
        | collect | need
    )
    | no\s+need\s+(?:to | for)
    | we\s+don't\s+need
    | not\s+(?:needed | required)
    | leave\s+(?:out | off)
    | \bomit
""")
