"""Names one goes by that share nothing with the first name, introduced by a cue (round 2).

A two-letter name after a nickname cue ("qu'on m'appelle Lu", "tout le monde dit PJ"), a name
"for everyone" in brackets, and the same name in another language next to the own one."""

import pytest

from candidates.redaction import redact

PIERRE = {"first_name": "Pierre-Jean", "last_name": "Lemarchand", "city": "Tours"}
JOSEPH = {"first_name": "Joseph", "last_name": "Akintola", "city": "Lille"}


@pytest.mark.parametrize(
    ("text", "nick"),
    [
        ("Pierre-Jean Lemarchand, mais tout le monde dit PJ.", "PJ"),
        ("Je préfère qu'on m'appelle Pé, c'est plus court.", "Pé"),
        ("Pierre-Jean Lemarchand (Pilou pour tout le monde), dev Go.", "Pilou"),
    ],
)
def test_a_cued_short_nickname_goes(text, nick):
    assert nick not in redact(text, PIERRE, lang="fr")


def test_the_same_name_in_another_language_goes():
    out = redact("Yusuf in Arabic, Joseph in English: I write Kotlin.", JOSEPH, lang="en")
    assert "Yusuf" not in out and "Kotlin" in out


@pytest.mark.parametrize(
    "text",
    [
        "Le module dit OK quand le test passe.",
        "Docs in English and in French: I wrote both.",
    ],
)
def test_no_cue_or_no_own_name_nearby_keeps_the_text(text):
    assert redact(text, JOSEPH, lang="fr") == text
