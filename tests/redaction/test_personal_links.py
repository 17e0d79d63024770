"""Links to places a person is found (messaging, streaming, coding challenges, link pages) and
to pictures of a person; handles built from a first name and the other name's initial."""

import pytest

from candidates.redaction import redact

HUGO = {"first_name": "Hugues", "last_name": "Bellamy", "email": "hugues.b@laposte.net"}


@pytest.mark.parametrize(
    "link",
    [
        "https://t.me/hbx_dev",
        "t.me/hbx_dev",
        "twitch.tv/pixelhugues",
        "https://linktr.ee/hbx",
        "https://leetcode.com/u/hbx42/",
        "https://avatars.githubusercontent.com/u/9081726?v=4",
        "https://www.gravatar.com/avatar/205e460b479e2e5b48aec07710c08d50",
    ],
)
def test_personal_links_and_pictures(link):
    assert redact(f"Retrouvez-moi : {link} (merci).", HUGO, lang="fr") == (
        "Retrouvez-moi : [profil] (merci)."
    )


def test_other_links_stay():
    text = "Docs : https://start.me/p/abc, https://docs.python.org/3/ et bat.me."
    assert redact(text, HUGO, lang="fr") == text


@pytest.mark.parametrize("handle", ["huguesb", "bellamyh", "Hugues_B", "bellamy.h"])
def test_a_handle_of_a_name_and_an_initial(handle):
    assert redact(f"Sur les forums je suis {handle}.", HUGO, lang="fr") == (
        "Sur les forums je suis [profil]."
    )
