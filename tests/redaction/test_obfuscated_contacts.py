"""Contacts and names written to get past filters: words for digits, look-alike letters,
letters spaced out, pieces of string literals joined in code."""

import pytest

from candidates.redaction import redact

NADIA = {"first_name": "Nadia", "last_name": "Kaci", "email": "nadia.kaci@free.fr"}


@pytest.mark.parametrize(
    "words",
    [
        "zéro sept, treize, cinquante-deux, soixante et un, quatre-vingt-quinze",
        "zéro six quatorze vingt-deux soixante-dix-neuf quatre-vingts",
        "zero six, dix-sept, trente et un, quatre-vingt-dix-neuf, douze",
        "zéro un, nonante-deux, septante, huitante-huit, onze",
    ],
)
def test_french_phone_in_words(words):
    assert redact(f"Appelez-moi au {words}, merci.", NADIA, lang="fr") == (
        "Appelez-moi au [téléphone], merci."
    )


@pytest.mark.parametrize(
    "words",
    [
        "oh seven nine one two four four six eight three",
        "zero six, double two, five eight, triple nine, one four",
        "oh six forty-one twenty-two seventy-eight thirteen",
        "plus four four seven seven double zero nine zero zero one two three",
    ],
)
def test_english_phone_in_words(words):
    assert redact(f"Ring me on {words} any time.", NADIA, lang="en") == (
        "Ring me on [phone] any time."
    )


@pytest.mark.parametrize(
    "text",
    [
        "On compte un, deux, trois, puis quatre tests d'intégration.",
        "Une file, deux piles et six threads.",
        "One or two retries, then three to five seconds of back-off.",
        "Step one, step two: seven of the nine services were green.",
    ],
)
def test_number_words_in_prose_stay(text):
    assert redact(text, NADIA) == text


@pytest.mark.parametrize(
    "written",
    ["O7 l3 52 6I 95", "o6 l4 22 79 8O", "0S.14.22.79.80", "O6-Z4-l1-S9-OO", "+33 6 l4 22 79 8O"],
)
def test_letters_standing_for_digits(written):
    assert redact(f"Mon numéro : {written} (devinez).", NADIA, lang="fr") == (
        "Mon numéro : [téléphone] (devinez)."
    )


@pytest.mark.parametrize(
    "text",
    ["Le code OS le SO IO et ZB", "Items: IO, SO, LO, OK and BS.", "les versions 06 et l0"],
)
def test_short_letter_groups_are_not_phones(text):
    assert redact(text, NADIA) == text


@pytest.mark.parametrize(
    "spelled",
    ["N a d i a  K a c i", "n-a-d-i-a k-a-c-i", "N.A.D.I.A K.A.C.I", "n_a_d_i_a k_a_c_i"],
)
def test_own_name_spelled_letter_by_letter(spelled):
    out = redact(f"Signé : {spelled}, pour vos robots.", NADIA, lang="fr")
    assert out == "Signé : [nom], pour vos robots."


def test_other_spaced_out_full_name_is_a_name():
    out = redact("Référent : P a u l  M e r l e t.", NADIA, lang="fr")
    assert out == "Référent : [nom]."


def test_email_spelled_letter_by_letter():
    out = redact("Écrivez à n a d i a . k a c i @ f r e e . f r demain.", NADIA, lang="fr")
    assert out == "Écrivez à [email] demain."


@pytest.mark.parametrize(
    "text",
    ["Les sommets a b c d forment un cycle.", "Voir i.e. et e.g. puis U.S.A.", "x - y - z"],
)
def test_spaced_letters_that_are_not_names_stay(text):
    assert redact(text, NADIA, lang="fr") == text


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            'const tel = ["06", "41", "22", "79", "80"].join("");',
            'const tel = ["[phone]", "[phone]", "[phone]", "[phone]", "[phone]"].join("");',
        ),
        ('ONCALL = "0714" + "2279" + "80"', 'ONCALL = "[phone]" + "[phone]" + "[phone]"'),
        ("$tel = '07 14' . ' 22 79 80';", "$tel = '[phone]' . ' [phone]';"),
        ('SUPPORT = ("+33 6 " "41 22 79 80")', 'SUPPORT = ("[phone] " "[phone]")'),
        (
            'String mail = "nadia" + "." + "kaci" + "@free.fr";',
            'String mail = "[email]" + "[email]" + "[email]" + "[email]";',
        ),
    ],
)
def test_contact_split_across_string_literals(code, expected):
    assert redact(code, NADIA, kind="code", lang="en") == expected


@pytest.mark.parametrize(
    "code",
    [
        'DIGITS = ["01", "23", "45", "67", "89"]',
        'parts = ["2024", "06", "15"]',
        'hosts = ["10", "0", "0", "12"]',
        'cfg = ("user", "@", "host")',
    ],
)
def test_joined_literals_that_are_no_contact_stay(code):
    assert redact(code, NADIA, kind="code", lang="en") == code


@pytest.mark.parametrize(
    "address",
    [
        "jane.doe@example.com",
        "alice@example.org",
        "ops@example.net",
        "qa@staging.example.com",
        "bot@ci.test",
        "root@localhost",
    ],
)
def test_reserved_example_addresses_stay(address):
    text = f"Les fixtures utilisent {address} partout."
    assert redact(text, NADIA, lang="fr") == text


def test_fictional_north_american_number_stays_in_code():
    code = 'u = User(name="bob", phone="+1 555 0142")\nv = "+1 (555) 013-7788"\n'
    assert redact(code, NADIA, kind="code") == code


def test_phone_with_slashes():
    assert redact("Tél. 07/14/22/79/80", NADIA, lang="fr") == "Tél. [téléphone]"


def test_third_party_repositories_stay_profiles_go():
    text = (
        'import "github.com/gorilla/mux" from https://github.com/acme/billing-api; '
        "moi : github.com/nkaci et https://api.github.com/users/{USER}/repos"
    )
    assert redact(text, {**NADIA, "github": "github.com/nkaci"}, lang="fr") == (
        'import "github.com/gorilla/mux" from https://github.com/acme/billing-api; '
        "moi : [profil] et https://api.github.com/users/{USER}/repos"
    )


def test_own_repository_is_a_profile():
    text = "git clone git@github.com:nkaci/dotfiles.git"
    out = redact(text, {**NADIA, "github": "github.com/nkaci"}, kind="code", lang="en")
    assert "nkaci" not in out


def test_email_in_a_git_log_outside_comments():
    log = "commit 3f9c2a1\nAuthor: Nadia Kaci <nadia.kaci@free.fr>\nDate: Tue Mar 12\n"
    out = redact(log, NADIA, kind="code", lang="en")
    assert "nadia.kaci@free.fr" not in out and "Kaci" not in out


def test_phone_pieces_as_format_arguments():
    code = 'tel := fmt.Sprintf("%s %s %s %s %s", "07", "14", "22", "79", "80")'
    out = redact(code, NADIA, kind="code", lang="en")
    assert '"22"' not in out and '"%s %s %s %s %s"' in out


def test_arrays_of_two_digit_numbers_without_a_phone_cue_stay():
    code = (
        "HOURS = ['06', '12', '18', '24', '30']\nSLOTS = [\"08\", \"12\", \"14\", \"18\", \"20\"]\n"
    )
    assert redact(code, NADIA, kind="code") == code


def test_functional_addresses_stay_unless_on_the_candidates_domain():
    assert redact("Alertes : ops@acme.io, support@shop.fr", NADIA) == (
        "Alertes : ops@acme.io, support@shop.fr"
    )
    assert "nadiakaci" not in redact("Écrivez à contact@nadiakaci.dev", NADIA)


def test_phone_mixing_digits_and_words():
    out = redact("Mon numéro : 07 quatorze 22 soixante-dix-neuf 80.", NADIA, lang="fr")
    assert out == "Mon numéro : [téléphone]."
    text = "Le 12 mars : 3 tests, 2 bugs et quatorze commits."
    assert redact(text, NADIA, lang="fr") == text


def test_phone_pieces_with_a_comment_between_lines():
    code = 'PHONE = (\n    "07 14 "  # mobile\n    "22 79 80"\n)\n'
    out = redact(code, NADIA, kind="code", lang="en")
    assert "22 79" not in out and "# mobile" in out


@pytest.mark.parametrize(
    "text",
    [
        "Nom : N - A - D - I - A  K - A - C - I",
        "mail : n a d i a . k a c i [at] f r e e . f r",
        "Mon nom : K a c i.",
    ],
)
def test_more_spellings_letter_by_letter(text):
    out = redact(text, NADIA, lang="fr")
    assert "K - A" not in out and "k a c i" not in out.lower()


def test_name_assembled_from_one_letter_literals():
    code = 'who = "K" + "a" + "c" + "i"\nletters = "a" + "b" + "c"\n'
    out = redact(code, NADIA, kind="code", lang="en")
    assert '"K" + "a"' not in out and 'letters = "a" + "b" + "c"' in out


def test_spaced_letters_in_code_strings_that_are_no_name_stay():
    code = "x = 'a b c d e f'\ny = 'S O L I D'\n"
    assert redact(code, NADIA, kind="code") == code
