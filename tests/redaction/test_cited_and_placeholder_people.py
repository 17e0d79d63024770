"""People who are not the candidate's acquaintances, in more ways of writing (issue 16, round 4
on set F): placeholder people of test data (the French "Jean Dupont", names in a list said to
be fictitious or test accounts), an author explained "dans son article", authors given by
family name after a title, a bibliographic reference in code, the person something is named
after, and a technology's dotted package when the candidate bears its name. Colleagues, tutors
and referees still go."""

import pytest

from candidates.redaction import redact

ROMANE = {"first_name": "Romane", "last_name": "Gilles", "city": "Brest"}
ADA = {"first_name": "Ada", "last_name": "Kerbrat", "city": "Brest"}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le formulaire est pré-rempli avec Jean Dupont pour la démo.", ["Jean Dupont"]),
        ("Seed: John Doe and Max Mustermann, both with the admin role.", ["John Doe"]),
        (
            "J'ai rejoué le bug avec les comptes de recette (Yasmine Haddad, Paul Girard : "
            "utilisateurs fictifs).",
            ["Yasmine Haddad", "Paul Girard"],
        ),
        (
            "I reproduced it with fake users Ana Lopes and Tom Reed from the fixtures.",
            ["Ana Lopes", "Tom Reed"],
        ),
    ],
)
def test_placeholder_people_of_test_data_stay(text, kept):
    out = redact(text, ROMANE)
    assert all(k in out for k in kept)


def test_the_candidate_in_a_list_of_test_accounts_is_still_the_candidate():
    out = redact("Comptes de test : Romane Gilles, Paul Girard (fictifs).", ROMANE, lang="fr")
    assert "Gilles" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Mon collègue Bastien Morel a écrit les données de test.",
        "Les données de test ont été préparées par Karim Benali.",
    ],
)
def test_who_wrote_the_test_data_still_goes(text):
    out = redact(text, ROMANE, lang="fr")
    assert "Morel" not in out and "Benali" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Comme l'explique Hélène Garnier dans son article de 2003, il faut borner les files.",
        "Nathalie Roy, dans son livre sur les tests, conseille d'isoler l'horloge.",
        "As Eric Brandt argues in his paper on caching, stale reads are a feature.",
        "Hélène Garnier explique dans son livre qu'il faut borner les files.",
    ],
)
def test_an_author_explained_with_their_work_stays(text):
    assert redact(text, ROMANE) == text


def test_a_tutor_explaining_still_goes():
    text = "Comme l'explique ma tutrice Claire Moreau, on teste d'abord."
    assert "Claire Moreau" not in redact(text, ROMANE, lang="fr")


@pytest.mark.parametrize(
    "text",
    [
        "Mes lectures : « Les bases de données relationnelles » de Gardarin et Bernard.",
        'I keep "Effective Shell Scripting" by Kaplan and Robert on my desk.',
    ],
)
def test_authors_by_family_name_after_a_title_stay(text):
    assert redact(text, ROMANE) == text


@pytest.mark.parametrize(
    "code",
    [
        "/* Référence : Richard, Systèmes répartis, chap. 6. */\nint x;\n",
        "# See: Thomas et al., Concurrency in Practice (2006), p. 88\n",
    ],
)
def test_a_bibliographic_reference_in_code_stays(code):
    assert redact(code, ROMANE, kind="code", lang="fr") == code


def test_referees_still_go():
    text = "Références : Julie Morel (ancienne manager), joignable sur demande."
    assert "Julie Morel" not in redact(text, ROMANE, lang="fr")


@pytest.mark.parametrize(
    "text",
    [
        'class LuhnCheck:\n    """Named after Hans Peter Luhn, who patented it in 1960."""\n',
        "Ce tri porte le nom de Donald Shell, qui l'a publié en 1959.",
        "# The gate is named after Joseph Henry, a.k.a. the father of the relay.\n",
    ],
)
def test_the_person_something_is_named_after_stays(text):
    assert redact(text, ROMANE, kind="code", lang="en") == text


def test_someone_honoured_is_not_a_thing_named_after_them():
    out = redact("On a fêté ça en l'honneur de Karim Benali, mon mentor.", ROMANE, lang="fr")
    assert "Benali" not in out


def test_being_named_after_a_relative_still_goes():
    out = redact("Named after my grandmother, I carry a name people misspell.", ROMANE)
    assert "grandmother" not in out


def test_a_dotted_package_of_the_technology_one_is_named_after_stays():
    code = 'Put_Line ("voir Ada.Strings.Unbounded pour les chaînes");\n-- Auteur : Ada Kerbrat\n'
    out = redact(code, ADA, kind="code", lang="fr")
    assert "Ada.Strings.Unbounded" in out and "Kerbrat" not in out
