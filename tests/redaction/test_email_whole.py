"""An e-mail address disappears whole (bug found by another helper, issue 16 item 4).

Before: "noa.berthier@example.net" became "[profil]@example.net" and a second address of the
candidate "berthier.nb@example.net" became "[nom].nb@example.net": the reserved domain made the
address look like a placeholder, and only the name inside was cut. The class: every address in
the candidate's free text goes whole, except a functional mailbox or a placeholder
("user@example.com"); in code, fixtures on reserved domains stay unless they name the
candidate."""

import pytest

from candidates.redaction import redact

NOA = {
    "first_name": "Noa",
    "last_name": "Berthier",
    "email": "noa.berthier@example.net",
    "city": "Dijon",
}


@pytest.mark.parametrize(
    "address",
    [
        "noa.berthier@example.net",  # the listed one, on a reserved domain
        "berthier.nb@example.net",  # another one of theirs
        "noa.pro@example.org",  # the first name alone is three letters
        "kestrel.dev@example.com",  # nothing of the name at all
        "kestrel.dev@laposte.net",
    ],
)
def test_an_address_in_free_text_goes_whole(address):
    out = redact(f"Vous pouvez m'écrire à {address} le soir.", NOA, lang="fr")
    assert out == "Vous pouvez m'écrire à [email] le soir."


def test_functional_mailboxes_and_placeholders_stay_in_free_text():
    text = "Le formulaire écrit à support@vivier.fr ; en test on met user@example.com."
    assert redact(text, NOA, lang="fr") == text


def test_in_code_a_fixture_stays_but_the_candidates_address_goes():
    code = (
        'FIXTURES = ["alice@example.com", "peter.parker@example.org"]\n'
        'MAINTAINER = "berthier.nb@example.net"\n'
    )
    out = redact(code, NOA, kind="code", lang="fr")
    assert '"alice@example.com", "peter.parker@example.org"' in out
    assert "berthier" not in out and "example.net" not in out
