"""A school's name never runs across a line break: the last skill of a profile's headline
stays when the next line opens with a degree and a university."""

from candidates.redaction import redact

NOBODY = {"first_name": "Inès", "last_name": "Valadier", "city": "Pau"}


def test_the_skill_before_a_line_naming_a_university_stays():
    profile = "Data Engineer · Spark · Kotlin\nBSc University of Bristol, 2015."
    out = redact(profile, NOBODY, kind="profile")
    assert "Kotlin" in out
    assert "University of Bristol" not in out


def test_the_skill_before_a_line_naming_an_institute_stays():
    profile = "Frontend · Svelte\nChalmers Institute of Technology (MSc)"
    assert "Svelte" in redact(profile, NOBODY, kind="profile")
