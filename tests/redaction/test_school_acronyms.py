"""The candidate's school by its acronym or nickname (issue 16 item 4, round 2).

The acronym comes from the school in the identity: its capitalised token ("ENSC Bordeaux" ->
ENSC) or the initials of its words ("Université de Bretagne-Sud" -> UBS). It goes where it is a
school: after "l'", "à", "at", "de", "diplômé·e", or before a year. "l'X" is Polytechnique.
The same letters as a time zone, a bank or a product stay."""

import pytest

from candidates.redaction import redact

ELISE = {"first_name": "Élise", "last_name": "Marchal", "school": "Université de Bretagne-Sud"}
THEO = {"first_name": "Théo", "last_name": "Vidal", "school": "UTC Compiègne"}


@pytest.mark.parametrize(
    ("text", "who", "gone"),
    [
        ("Diplômée UBS 2021, je fais du C embarqué.", ELISE, "UBS"),
        ("J'ai fait mon master à l'UBS, option cyber.", ELISE, "UBS"),
        ("A l'UTC on avait un projet de robotique.", THEO, "UTC"),
        ("Après l'X, j'ai rejoint une équipe de recherche.", THEO, "l'X,"),
    ],
)
def test_the_own_school_acronym_goes(text, who, gone):
    assert gone not in redact(text, who, lang="fr")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Les serveurs tournent en UTC, le front affiche l'heure locale.", THEO),
        ("Timestamps are stored in UTC+0 and shown at UTC offset.", THEO),
        ("Client : UBS, la banque suisse, pour un moteur de règles.", ELISE),
        ("Le format de l'X.509 est verbeux, mais on s'y fait.", THEO),
    ],
)
def test_the_same_letters_elsewhere_stay(text, who):
    assert redact(text, who, lang="fr") == text
