"""One definition of the findings that refuse a text (``refusing_findings``)."""

from employers.wording import check, refusing_findings
from employers.wording.finding import Finding


def _finding(severity: str) -> Finding:
    return Finding("age", severity, 0, 1, "x", "message", "basis")


def test_illegal_and_exclusionary_findings_refuse_a_text():
    findings = [_finding("illegal"), _finding("advice"), _finding("exclusionary")]
    assert [f.severity for f in refusing_findings(findings)] == ["illegal", "exclusionary"]


def test_advice_alone_refuses_nothing():
    assert refusing_findings([_finding("advice")]) == []


def test_refusing_findings_takes_what_check_returns():
    findings = check("Poste réservé aux moins de 30 ans.", lang="fr")
    assert refusing_findings(findings) == findings


def test_refusing_findings_takes_any_iterable():
    assert refusing_findings(f for f in [_finding("illegal")])[0].severity == "illegal"
