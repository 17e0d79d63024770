"""A town as data in code (issue 16 item 4, round 2): a string literal that is only the
candidate's town, in code that names nobody, is data (a list of towns, a test value, a
default). Beside the candidate's name or e-mail it is where they live and goes."""

from candidates.redaction import redact

YANN = {"first_name": "Yann", "last_name": "Quéméner", "city": "Morlaix", "email": "yq@laposte.net"}


def test_the_town_as_a_literal_in_code_that_names_nobody_stays():
    code = 'VILLES = ["Brest", "Morlaix", "Lannion"]\nassert get("ville") == "Morlaix"\n'
    assert redact(code, YANN, kind="code", lang="fr") == code


def test_the_town_next_to_the_candidates_identity_goes():
    code = 'PROFIL = {"nom": "Yann Quéméner", "ville": "Morlaix"}\n'
    out = redact(code, YANN, kind="code", lang="fr")
    assert "Morlaix" not in out and "Quéméner" not in out


def test_the_town_in_a_comment_still_goes():
    code = "# écrit à Morlaix, un dimanche\nx = 1\n"
    assert "Morlaix" not in redact(code, YANN, kind="code", lang="fr")
