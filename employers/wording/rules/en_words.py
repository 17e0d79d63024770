"""English regex fragments shared by the rules."""

REQ = (
    r"(?:required|mandatory|compulsory|essential|a\s+must|necessary|non-negotiable"
    r"|strictly\s+required|needed|expected)"
)
NUM = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
