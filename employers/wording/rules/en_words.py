"""English regex fragments shared by the rules."""

REQ = (
    r"(?:required|mandatory|compulsory|essential|a\s+must|necessary|non-negotiable"
    r"|strictly\s+required|needed|expected)"
)
NUM = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"

# Ways an offer turns away the people it has just named ("... need not apply", "... will not
# be considered", "... are not a good fit").
REFUSED = (
    r"(?:need\s+not\s+apply|needn't\s+apply|(?:should|must|need)\s+not\s+(?:apply|bother)"
    r"|shouldn't\s+(?:apply|bother)|(?:will|would|shall|can|may)\s+not\s+be\s+(?:considered"
    r"|hired|accepted|invited|shortlisted|reviewed|selected|interviewed|eligible|read|scheduled"
    r"|booked)"
    r"|(?:won't|can't|cannot|wouldn't)\s+be\s+(?:considered|hired|accepted|invited|shortlisted"
    r"|reviewed|selected|interviewed|read)|(?:will|would)\s+be\s+(?:automatically\s+)?(?:rejected"
    r"|excluded|screened\s+out|disqualified|turned\s+down|declined|filtered\s+out|discarded)"
    r"|(?:are|is)\s+not\s+(?:a\s+(?:good\s+|great\s+|right\s+)?fit|eligible|welcome|considered"
    r"|accepted|suitable|right\s+for)|(?:aren't|isn't)\s+(?:a\s+(?:good\s+|great\s+)?fit"
    r"|eligible|welcome|suitable)|(?:is|are)\s+excluded|won't\s+fit\s+in|(?:will|would)\s+not"
    r"\s+fit\s+in|(?:may|might|would|will)\s+find\s+(?:this|the)\s+(?:role|job|position)\s+too"
    r"\s+\w+|not\s+(?:accepted|welcome|considered|eligible)|(?:please\s+)?(?:do\s+not|don't)"
    r"\s+apply|(?:should|need\s+to)\s+look\s+elsewhere)"
)
# A refusal before the people it names: "we do not hire ...", "no ...".
REFUSING = (
    r"(?:\b(?:we|i)\s+(?:do\s+not|don't|will\s+not|won't|cannot|can't|never)\s+(?:hire|consider"
    r"|accept|employ|recruit|interview|shortlist|take\s+on|want|review\s+(?:applications|cvs"
    r"|resumes|candidates)(?:\s+from)?)|\b(?:we|i)\s+avoid\s+(?:hiring|recruiting)|\bnot\s+open"
    r"\s+to|\bno)\s+(?:applications\s+from\s+)?"
)
# Only some people: "only", "exclusively", "preferably".
ONLY = (
    r"(?:only|exclusively|solely|preferably|ideally|preferred|preference\s+(?:for|to|given\s+to))"
)
# Asking not to send something is no request for it: "don't include your date of birth".
NOT_ASKED = (
    r"\b(?:don't|do\s+not|never)\s+(?:include|send|add|attach|put|mention|state)|no\s+need\s+(?:to|for)"
    r"|we\s+don't\s+need|not\s+(?:needed|required)|leave\s+(?:out|off)|\bomit"
)
