"""How writers sign and tag themselves (issue 16, round 4 on set F): the name after a phone's
"sent from my …" line, the person a TODO is given to ("TODO Name:"), the text's last line
holding one word alone, short forms of the first name (its first two or three letters in a
signature, its end "Bastien" for Sébastien, a doubled first syllable "Mimi"), the owner of a
personal file in a code comment even when their name is a technology word. Look-alikes stay."""

import pytest

from candidates.redaction import redact

SEB = {"first_name": "Sébastien", "last_name": "Arnaud", "city": "Niort"}
ILONA = {"first_name": "Ilona", "last_name": "Varga", "city": "Metz"}
MARION = {"first_name": "Marion-Louise", "last_name": "Texier", "city": "Laval"}
JULIA = {"first_name": "Julia", "last_name": "Perrot", "city": "Agen"}
THEA = {"first_name": "Théa", "last_name": "Morin", "city": "Vannes"}
MAXIMILIEN = {"first_name": "Maximilien", "last_name": "Roche", "city": "Blois"}
NICOLAS = {"first_name": "Nicolas", "last_name": "Perret", "city": "Dole"}
ANTOINE = {"first_name": "Antoine", "last_name": "Marquet", "city": "Auch"}


@pytest.mark.parametrize(
    ("text", "who", "person"),
    [
        ("Je reprends demain matin.\nEnvoyé de mon iPhone – Il", "Il", ILONA),
        ("Vu, je regarde ça ce soir.\nEnvoyé depuis mon Samsung — Seb", "Seb", SEB),
        ("Fine by me.\nSent from my Android - Bastien", "Bastien", SEB),
        ("Noted, thanks.\nSent from my iPad, Lulu", "Lulu", MARION),
    ],
)
def test_the_name_after_a_phone_signature_goes(text, who, person):
    out = redact(text, person)
    assert who not in out.split("\n")[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Je reprends demain matin.\nEnvoyé de mon iPhone",
        "Ok.\nSent from my iPhone - please excuse typos",
        "Ok.\nEnvoyé de mon iPhone – Excusez les fautes de frappe",
    ],
)
def test_a_phone_signature_without_a_name_stays(text):
    assert redact(text, ILONA, lang="fr") == text


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("// TODO Kiki: handle leap years\n", "Kiki"),
        ("# FIXME Dédé : le cache n'expire jamais\n", "Dédé"),
        ("/* TODO @gaby check the timeout */\n", "gaby"),
    ],
)
def test_the_person_a_todo_is_given_to_goes(text, who):
    assert who not in redact(text, SEB, kind="code", lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "// TODO: handle leap years\n",
        "// TODO perf: cache the parsed config\n",
        "# FIXME Later: split this function\n",
        "// TODO Unicode: normalise before comparing\n",
    ],
)
def test_a_todo_with_a_topic_stays(text):
    assert redact(text, SEB, kind="code", lang="en") == text


@pytest.mark.parametrize(
    "text",
    [
        "J'utiliserais une file de priorité, c'est plus simple à tester.\n\nNounours",
        "A trie keeps the lookups linear in the key length.\nBabou",
    ],
)
def test_a_lone_word_on_the_last_line_is_a_signature(text):
    out = redact(text, SEB)
    assert out.split("\n")[-1] in ("[nom]", "[name]")


@pytest.mark.parametrize(
    "text",
    [
        "Une table de hachage suffit.\nCordialement, Nounours",
        "Une table de hachage suffit.\nBien à vous,\nPitou",
        "That should cover it.\nBest,\nBabou",
        "Voilà pour la question 3.\nSigné : Nounours",
        "Merci pour votre lecture.\n--\nPitou",
    ],
)
def test_the_words_after_a_closing_formula_at_the_end_go(text):
    assert text.split()[-1] not in redact(text, SEB)


@pytest.mark.parametrize(
    "text",
    [
        "Les outils que j'utiliserais :\nKafka",
        "Langages :\nPython",
        "Merci pour votre lecture.\nCordialement",
        "Voilà ma réponse.\nMerci !",
        "My answer in one word:\nIdempotence",
        "Je reste disponible pour en parler.\nCdlt",
        "Je cherche un CDI en backend, idéalement hybride.\nDisponible",
        "Open to relocation within Europe.\nAvailable",
        "Trois ans de reconversion, et toujours aussi curieuse.\nMotivée",
    ],
)
def test_a_last_line_that_is_a_word_of_the_text_stays(text):
    assert redact(text, SEB, lang="fr") == text


@pytest.mark.parametrize(
    ("text", "who", "person"),
    [
        ("# Sauvegarde des photos — script perso de Max\n", "Max", MAXIMILIEN),
        ("# Copie de travail de Bastien, ne pas versionner\n", "Bastien", SEB),
        ("// Réglages perso de Mimi pour l'éditeur\n", "Mimi", MARION),
        ("# ~/.zshrc (morceaux choisis) de julia\n", "julia", JULIA),
        ("// Copie de travail de Colas, ne pas versionner\n", "Colas", NICOLAS),
        ("# Notes de Toinou sur le déploiement\n", "Toinou", ANTOINE),
    ],
)
def test_short_forms_of_the_first_name_naming_the_owner_of_a_file_go(text, who, person):
    assert who not in redact(text, person, kind="code", lang="fr")


def test_the_own_name_that_is_a_technology_stays_where_it_is_the_technology():
    text = "# ~/.zshrc de julia\nalias jl='julia --project'  # julia 1.10 requis\n"
    assert "julia 1.10" in redact(text, JULIA, kind="code", lang="fr")


@pytest.mark.parametrize(
    "text",
    [
        "My notes are in the wiki, see The Twelve-Factor App for the rest.",
        "Ask The Duck first: explaining the bug out loud often solves it.",
    ],
)
def test_a_grammar_word_is_never_a_short_form_of_the_name(text):
    assert redact(text, THEA, lang="en") == text


DOMINIQUE = {"first_name": "Dominique", "last_name": "Vasseur", "city": "Arras"}


def test_an_acronym_that_starts_like_the_name_is_no_short_form():
    text = "Je manipule DOM directement quand React est trop lourd."
    assert redact(text, DOMINIQUE, lang="fr") == text


def test_the_start_of_the_name_naming_someone_is_a_short_form():
    out = redact("Relu par Dom avant la mise en prod.", DOMINIQUE, lang="fr")
    assert "Dom" not in out
