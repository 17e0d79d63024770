"""An account name made of the first initial and a short family name ("User=kba" for Kofi
Ba) goes where it is an account name (systemd, ssh config, "login:", "owner ="), and the same
four letters elsewhere stay (issue 16 item 4, round 2)."""

import pytest

from candidates.redaction import redact

KOFI = {"first_name": "Kofi", "last_name": "Ba", "city": "Rouen"}
LEA = {"first_name": "Léa", "last_name": "Roy", "city": "Rouen"}


@pytest.mark.parametrize(
    ("text", "who", "login"),
    [
        ("[Service]\nUser=kba\nExecStart=/opt/app\n", KOFI, "kba"),
        ("Host build\n  HostName 10.0.0.2\n  User lroy\n", LEA, "lroy"),
        ('config = {"login": "lroy", "port": 22}\n', LEA, "lroy"),
    ],
)
def test_a_short_login_from_the_name_goes(text, who, login):
    assert login not in redact(text, who, kind="code", lang="fr")


def test_the_same_letters_elsewhere_stay():
    code = "lroy_table = load()  # low-rate output yield\nUser=deploy\n"
    assert redact(code, LEA, kind="code", lang="fr") == code
