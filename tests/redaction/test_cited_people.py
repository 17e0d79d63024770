"""Other people's full names (issue 16, set E): who is redacted and who stays.

Decision (also in the README's anonymity section): anyone the candidate knows in person —
colleague, manager, tutor, referee, relative, friend — is redacted, because a colleague's or
relative's name found on a professional network leads back to the candidate. People cited for
a published work (an author, a researcher, a speaker, the person behind an eponym) stay: they
are knowledge, not the candidate's circle. The candidate cited as an author is still the
candidate."""

import pytest

from candidates.redaction import redact

MAYA = {"first_name": "Maya", "last_name": "Fofana", "city": "Lille", "birth_year": 1993}


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("J'ai relu « Accelerate » de Nicole Forsgren avant l'entretien.", "Nicole Forsgren"),
        ("I keep going back to Gene Kim's The Phoenix Project.", "Gene Kim"),
        ("Reading Werner Vogels's Dynamo paper changed how I see storage.", "Werner Vogels"),
        ("Des revues de code à la Sarah Drasner, bienveillantes et précises.", "Sarah Drasner"),
        ("Je m'inspire de Henrik Kniberg et de Mary Poppendieck pour le lean.", "Mary Poppendieck"),
        (
            "Comme le disait Gerald Weinberg, tout problème est un problème humain.",
            "Gerald Weinberg",
        ),
        (
            "My view of ops owes a lot to Charity Majors (Observability Engineering).",
            "Charity Majors",
        ),
        (
            "Le test de Luhn détecte les erreurs de frappe (Hans Peter Luhn, IBM).",
            "Hans Peter Luhn",
        ),
    ],
)
def test_a_person_cited_for_a_work_stays(text, author):
    assert author in redact(text, MAYA)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mon collègue Karim Benali m'a appris le TDD.", "Karim Benali"),
        ("Ma sœur, Inès Fofana, est aussi développeuse.", "Inès Fofana"),
        ("Référence : Thomas Girard (Product Owner), joignable sur demande.", "Thomas Girard"),
        ("I paired for two years with Laura Mendes on the billing service.", "Laura Mendes"),
    ],
)
def test_a_person_the_candidate_knows_goes(text, person):
    assert person not in redact(text, MAYA)


def test_the_candidate_cited_as_an_author_is_still_the_candidate():
    out = redact("Voir l'article de Maya Fofana sur les files de messages.", MAYA, lang="fr")
    assert "Maya" not in out and "Fofana" not in out


def test_an_author_sharing_the_candidates_first_name_stays():
    out = redact("Comme l'écrivait Maya Angelou, on n'oublie pas ce qu'on a ressenti.", MAYA)
    assert "Maya Angelou" in out
