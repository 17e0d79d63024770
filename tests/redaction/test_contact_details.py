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


# National forms of British and Irish numbers, and one's own number written without its
# country code (issue 16, set E) -----------------------------------------------------------------


@pytest.mark.parametrize(
    "phone",
    ["07911 123456", "07911-123-456", "020 7123 4567", "0161 496 0000", "086 812 3456"],
)
def test_british_and_irish_numbers_in_national_form(phone):
    assert (
        redact(f"Call me on {phone} after six.", None, lang="en") == "Call me on [phone] after six."
    )


@pytest.mark.parametrize(
    ("own", "written"),
    [
        ("+44 7911 123456", "07911123456"),
        ("+353 86 812 3456", "(086) 812-3456"),
        ("+33 6 58 96 32 14", "6 58 96 32 14"),
    ],
)
def test_ones_own_number_without_its_country_code(own, written):
    out = redact(f"Reach me: {written}", {"first_name": "Tess", "phone": own}, lang="en")
    assert out == "Reach me: [phone]"


@pytest.mark.parametrize(
    "text",
    [
        "The card 4111 1111 1111 1111 is Stripe's test card.",
        "Release 2024-01-15, build 0.12 1234.",
        "ISBN 0-13-468599-1 is the second edition.",
    ],
)
def test_numbers_that_are_no_phone_stay(text):
    assert redact(text, {"first_name": "Tess", "phone": "+44 7911 123456"}, lang="en") == text
