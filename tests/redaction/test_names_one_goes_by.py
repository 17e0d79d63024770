"""Names one goes by, in more ways of writing (issue 16, set E): the handle-name "sur tous les
réseaux", a familiar form inside the quoted title of one's own channel or blog, an alias right
before one's full name in brackets, a familiar form signing off the text, doubled syllables with
a doubled consonant and pet endings in -s. Look-alikes that must stay beside each."""

import pytest

from candidates.redaction import redact

NOA = {"first_name": "Noémie", "last_name": "Carvalho", "city": "Lyon"}
BORIS = {"first_name": "Borislav", "last_name": "Petrov", "city": "Lille"}


@pytest.mark.parametrize(
    ("text", "who", "person"),
    [
        ("Je suis Nono sur tous les réseaux, venez dire bonjour.", "Nono", NOA),
        ("I'm Bobby everywhere online, mostly posting about Rust.", "Bobby", BORIS),
        ("Je suis Mimi sur Mastodon et je parle de CSS.", "Mimi", NOA),
    ],
)
def test_the_name_one_goes_by_online(text, who, person):
    assert who not in redact(text, person)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Mes tutos sont sur ma chaîne « Nono bidouille ».", "Nono"),
        ("Je publie sur mon blog « Les carnets de Noémie ».", "Noémie"),
    ],
)
def test_a_familiar_form_in_the_title_of_ones_own_channel(text, who):
    assert who not in redact(text, NOA, lang="fr")


def test_a_channel_title_without_the_name_stays():
    text = "Je publie sur ma chaîne « Café Kotlin » chaque mois."
    assert redact(text, NOA, lang="fr") == text


def test_an_alias_right_before_ones_full_name_in_brackets():
    out = redact("// @author Boris (Borislav Petrov), avril\n", BORIS, kind="code", lang="fr")
    assert "Boris" not in out and "Petrov" not in out


def test_a_term_before_brackets_that_do_not_name_the_candidate_stays():
    text = "Kubernetes (K8s) et Helm (charts) tournent sur Scaleway."
    assert redact(text, BORIS, lang="fr") == text


@pytest.mark.parametrize(
    ("text", "who", "person"),
    [
        ("Pour la question 2, je prendrais un tas binaire. Boro", "Boro", BORIS),
        ("Réponse : une file FIFO suffit ici.\nMimi", "Mimi", NOA),
        ("Answer: a min-heap keeps it O(log n). Bors", "Bors", BORIS),
    ],
)
def test_a_familiar_form_signing_off_the_text(text, who, person):
    assert who not in redact(text, person)


def test_a_last_word_that_is_not_a_form_of_the_name_stays():
    text = "La réponse tient en un mot : Kafka"
    assert redact(text, NOA, lang="fr") == text


def test_a_doubled_syllable_with_a_doubled_consonant():
    out = redact("Au lycée on disait « la méthode Nonno » pour mes fiches.", NOA, lang="fr")
    assert "Nonno" not in out
