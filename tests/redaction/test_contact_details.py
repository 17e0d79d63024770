"""E-mails, phone numbers, links and social handles."""

import pytest

from candidates.redaction import redact


@pytest.mark.parametrize(
    "email",
    [
        "fatou.sow78@gmail.com",
        "prenom.nom [at] gmail [dot] com",
        "ines.bouzid(at)gmail(dot)com",
        "sarah.cohen arobase gmail.com",
        "claire.dubois44 arobase free point fr",
    ],
)
def test_emails_including_obfuscated_ones(email):
    assert redact(f"Écrivez-moi : {email}.", None, lang="fr") == "Écrivez-moi : [email]."


@pytest.mark.parametrize(
    "phone",
    [
        "06 58 96 32 14",
        "06.58.96.32.14",
        "0658963214",
        "06-58-96-32-14",
        "+33 6 58 96 32 14",
        "+33 (0)6 58 96 32 14",
        "+44 7700 900412",
        "+1 (415) 555-0134",
        "+49 151 23456789",
    ],
)
def test_french_and_international_phones(phone):
    assert redact(f"Tél : {phone}", None, lang="fr") == "Tél : [téléphone]"


def test_profile_links_and_bare_profile_urls(fatou):
    text = "Code : https://github.com/fatousow et linkedin.com/in/fatou-sow"
    assert redact(text, fatou) == "Code : [profil] et [profil]"


def test_personal_domain_is_a_link(fatou):
    assert redact("Portfolio : fatousow.dev", fatou) == "Portfolio : [lien]"


def test_neutral_urls_stay(fatou):
    text = "La doc est sur https://docs.python.org/3/ et data.gouv.fr"
    assert redact(text, fatou) == text


def test_social_handles(fatou):
    text = "Sur Instagram : @manon.codes et Mastodon @nbertin@mastodon.social"
    assert redact(text, fatou) == "Sur Instagram : [profil] et Mastodon [profil]"


@pytest.mark.parametrize(
    "phone", ["(+33) 6 58 96 32 14", "06\u00a058\u00a096\u00a032\u00a014", "0033 6 58 96 32 14"]
)
def test_more_french_phone_layouts(phone):
    assert redact(f"Tél : {phone}", None, lang="fr") == "Tél : [téléphone]"
