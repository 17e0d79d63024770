"""The candidate's name written otherwise: misspelt, familiar, inside identifiers and paths;
technology names that are also first names."""

import pytest

from candidates.redaction import redact

YOUSSEF = {
    "first_name": "Youssef",
    "last_name": "Benchekroun",
    "email": "y.benchekroun@proton.me",
    "github": "github.com/ybench",
}
OLGA = {"first_name": "Olga", "last_name": "Sokolova", "email": "olga.sokolova@mail.fr"}
RUBY = {"first_name": "Ruby", "last_name": "Achterberg", "github": "github.com/rachterberg"}
ADA = {"first_name": "Ada", "last_name": "Ferreira"}


# --- misspellings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Je suis Youssef Benchekrou, développeur back-end.",
        "I'm Yousef Benchekroun and I like queues.",
        "Sur mon badge il y avait écrit « Benshekroun », comme d'habitude.",
        'My old contract literally said "Bechekroun".',
        "Thanks, Yusef",
        "Une revue faite avec Benchekroune la semaine dernière.",
    ],
)
def test_misspellings_of_the_own_name(text):
    out = redact(text, YOUSSEF)
    assert "enche" not in out.replace("[", "") or "[" in out
    for word in ("Benchekrou", "Yousef", "Benshekroun", "Bechekroun", "Yusef", "Benchekroune"):
        assert word not in out


def test_four_letter_name_takes_one_added_letter_only():
    assert redact("Je suis Olgah Sokolova.", OLGA) == "Je suis [nom]."
    text = "olea et olgo sont des variables ; Volga est un fleuve."
    assert redact(text, OLGA) == text


@pytest.mark.parametrize(
    "text",
    [
        "Le module Benchmark est lent au démarrage.",
        "Yourself first: tests before code.",
        "Sokolov-style proofs are hard.",
    ],
)
def test_near_words_that_are_not_the_name_stay(text):
    assert redact(text, {**YOUSSEF, **{"last_name": "Sokolova"}}) == text


# --- nicknames ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Au bureau tout le monde m'appelle Youss.", "Youss"),
        ("My friends call me Yoyo since school.", "Yoyo"),
        ("Sur GitHub je suis connu sous le pseudo de nightowl42.", "nightowl42"),
        ("Online I go by Zephyr, long story.", "Zephyr"),
        ("Mes collègues m'ont surnommée Olgouchka.", "Olgouchka"),
        ("Bonne journée !\n— Youyou (le vrai prénom est dans le dossier)", "Youyou"),
    ],
)
def test_nicknames_with_a_cue(text, gone):
    assert gone not in redact(text, {**YOUSSEF, "first_name": "Youssef"})


def test_familiar_forms_of_the_first_name_mid_sentence():
    out = redact("Le script de Youss tourne la nuit, Yoyo le relance.", YOUSSEF)
    assert "Youss" not in out and "Yoyo" not in out


def test_todo_owner_is_a_handle():
    code = "# TODO(youss): gérer les fuseaux\n# TODO(perf): cache\nx = 1\n"
    assert redact(code, YOUSSEF, kind="code") == (
        "# TODO([profil]): gérer les fuseaux\n# TODO(perf): cache\nx = 1\n"
    )


# --- identifiers, packages, paths -----------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("youssef_benchekroun_token = 1", "candidate_token = 1"),
        ("const youssefBenchekrounApi = 2;", "const candidateApi = 2;"),
        ("class YoussefBenchekrounTests {}", "class CandidateTests {}"),
        ("KEY = env['YOUSSEF_BENCHEKROUN_KEY']", "KEY = env['CANDIDATE_KEY']"),
        ("package com.youssefbenchekroun.billing;", "package com.candidate.billing;"),
        ("module github.com/ybench/ratelimit", "module github.com/candidate/ratelimit"),
        ("ybenchekroun_notes.md", "candidate_notes.md"),
    ],
)
def test_name_inside_identifiers_keeps_the_code_valid(code, expected):
    assert redact(code, YOUSSEF, kind="code", lang="en") == expected


def test_identifier_renamed_everywhere_the_same_way():
    code = "def youssefBenchekroun():\n    pass\n\nyoussefBenchekroun()\n"
    out = redact(code, YOUSSEF, kind="code", lang="en")
    compile(out, "<redacted>", "exec")
    assert out == "def candidate():\n    pass\n\ncandidate()\n"


@pytest.mark.parametrize(
    "path",
    ["/home/youssef/projects", "/Users/ybench/src", "C:\\Users\\Youssef\\code", "~yb/bin"],
)
def test_home_directories(path):
    out = redact(f'ROOT = "{path}"', YOUSSEF, kind="code", lang="en")
    assert path[-4:] in out and "ousse" not in out.lower() and "ybench" not in out


def test_generic_home_directories_stay():
    code = 'A = "/home/runner/work"\nB = "/Users/$USER/src"\nC = "/home/ubuntu"\n'
    assert redact(code, YOUSSEF, kind="code") == code


def test_first_name_alone_in_an_identifier_is_replaced_and_other_identifiers_stay():
    # It used to stay; a first name signs the code as much as the full name does (issue 16).
    code = "youssef_mode = True\nbench = 3\n"
    assert redact(code, YOUSSEF, kind="code") == "candidat_mode = True\nbench = 3\n"


def test_handle_in_prose_reads_as_a_profile():
    assert redact("Mon pseudo partout : ybench.", YOUSSEF, lang="fr") == (
        "Mon pseudo partout : [profil]."
    )


# --- technology names that are first names --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "J'écris mes scripts en Ruby et j'ai migré l'app vers Ruby 3.3.",
        "Our Ruby on Rails monolith talks to a Go service.",
        "Ruby gems, the Ruby ecosystem and Ruby's syntax are what I like.",
    ],
)
def test_candidate_named_like_a_language_keeps_the_language(text):
    assert redact(text, RUBY, lang="en") == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruby Achterberg, développeuse.", "[nom], développeuse."),
        ("Merci, Ruby", "Merci, [nom]"),
        ("Bonjour, je suis Ruby et je code en Ruby.", "Bonjour, je suis [nom] et je code en Ruby."),
    ],
)
def test_candidate_named_like_a_language_is_still_redacted_as_a_person(text, expected):
    assert redact(text, RUBY, lang="fr") == expected


def test_ada_the_language_and_ada_the_candidate():
    text = "J'ai écrit un contrôleur en Ada 2012 puis relu le code Ada d'un collègue. — Ada"
    assert redact(text, ADA, lang="fr") == (
        "J'ai écrit un contrôleur en Ada 2012 puis relu le code Ada d'un collègue. — [nom]"
    )


@pytest.mark.parametrize(
    "text",
    [
        "On a un cluster Cassandra et un job Jenkins qui publie sur Kafka.",
        "Tests in Jasmine, then a Hugo site, then Julia notebooks.",
        "Alice chiffre avec la clé publique de Bob ; Eve écoute.",
        "Le triangle de Pascal et l'algorithme de Dijkstra.",
        "The optimiser was Adam with Xavier initialisation.",
    ],
)
def test_technology_names_stay_for_anyone(text):
    assert redact(text, YOUSSEF) == text


@pytest.mark.parametrize(
    "text",
    ["Dev Python, 5 ans", "Poste : Lead Dev", "Our Dev team and the Ops team"],
)
def test_dev_is_not_a_first_name(text):
    assert redact(text, YOUSSEF) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Julia ici : je développe en Julia.", "[nom] ici : je développe en Julia."),
        ("I learnt Julia at university and write Julia and Rust.", None),
        ("Hugo, React developer.", "[name], React developer."),
    ],
)
def test_person_reading_wins_after_a_self_cue(text, expected):
    person = {"first_name": text.split()[0].strip(","), "last_name": "Marchal"}
    if text.startswith("I learnt"):
        person = {"first_name": "Julia", "last_name": "Marchal"}
        assert redact(text, person, lang="en") == text
    else:
        assert redact(text, person, lang="en" if "developer" in text else "fr") == expected


def test_nickname_cue_with_an_adverb():
    out = redact("Au bureau on m'appelle souvent Youyou.", YOUSSEF)
    assert "Youyou" not in out


def test_company_after_chez_or_at_is_not_a_person():
    # "CTO chez Alan" is an employer where someone's role is told (issue 16, set E): it goes as
    # one, never as a person; "Ada" after "at" is a technology word and stays.
    text = "Référence : Mme Leclerc, CTO chez Alan ; I interned at Ada before."
    assert redact(text, YOUSSEF, lang="fr") == (
        "Référence : [nom], CTO chez [employeur] ; I interned at Ada before."
    )


@pytest.mark.parametrize(
    ("who", "text"),
    [
        (
            {"first_name": "Moussa", "last_name": "Camara"},
            "The Camera API and the CameraX library.",
        ),
        ({"first_name": "Adam", "last_name": "Weber"}, "We used the Webex API for calls."),
        ({"first_name": "Marion", "last_name": "Laurent"}, "The Marionette framework is old."),
        ({"first_name": "Nasser", "last_name": "Benali"}, "We trained Bengali NLP models."),
        (
            {"first_name": "Julien", "last_name": "Marchal"},
            "We store Julian dates; Marshal serialisation.",
        ),
    ],
)
def test_near_miss_words_naming_things_stay(who, text):
    assert redact(text, who, lang="en") == text


def test_two_misspellings_side_by_side():
    out = redact("Je signe Yousef Benchekroune, pardon pour la faute.", YOUSSEF)
    assert out == "Je signe [nom], pardon pour la faute."


def test_misspelling_in_a_sentence_after_a_verb():
    out = redact("Le rapport de Benchekroune a été validé.", YOUSSEF)
    assert "Benchekroune" not in out


def test_dash_bullets_are_not_signatures():
    text = "Compétences\n— Mentorat (2 juniors)\n— Architecture, DDD\n\nMerci !\n— Yoyo"
    assert redact(text, YOUSSEF, lang="fr") == (
        "Compétences\n— Mentorat (2 juniors)\n— Architecture, DDD\n\nMerci !\n— [nom]"
    )
