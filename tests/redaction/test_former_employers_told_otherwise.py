"""Former employers in more ways of writing (issue 16, round 4 on set F): the writer speaking
at the very start of the sentence ("J'ai … chez X"), a labelled list of past employers with or
without durations ("Parcours : X (4 ans), Y (18 mois)", "Previously: X, Y"), "À X, j'étais …",
an anecdote told over two sentences ("… un vendredi soir. C'était chez X."), and the project
directory of one's work alias in a shell file. What stays: skills with durations, a system
cited with its maker ("comme Spanner chez Google"), a route or a request that "passe par" a
place or a product, a host."""

import pytest

from candidates.redaction import redact

GAELLE = {"first_name": "Gaëlle", "last_name": "Kerjean", "city": "Lorient"}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Voici mon approche.\nJ'ai monté une CI pareille chez Brindor pour 40 dépôts.", "Brindor"),
        ("Bonne question.\nJe l'ai vécu chez Tessalia avec un ORM maison.", "Tessalia"),
    ],
)
def test_the_writer_speaking_at_the_start_of_the_sentence(text, gone):
    assert gone not in redact(text, GAELLE, lang="fr")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Parcours : Tessalia (4 ans), Groupe Vermeil (18 mois).", ["Tessalia", "Groupe Vermeil"]),
        ("- Previously: Omnivor, Caisse Lumen", ["Omnivor", "Caisse Lumen"]),
        ("Anciens employeurs : Brindor et Tessalia", ["Brindor", "Tessalia"]),
        ("Past employers: Quillon (3 years), Harbrook Labs (2 years)", ["Quillon", "Harbrook"]),
        ("Expériences : Brindor (CDI, 3 ans) puis Omnivor.", ["Brindor", "Omnivor"]),
    ],
)
def test_a_labelled_list_of_former_employers(text, gone):
    out = redact(text, GAELLE)
    assert not [g for g in gone if g in out]


@pytest.mark.parametrize(
    "text",
    [
        "Spécialités : Python (5 ans), Django (3 ans), PostgreSQL.",
        "Langages : Go (2 ans), Rust (6 mois).",
        "Expériences : API REST, files de messages, Kubernetes.",
        "Previously: nothing worth mentioning, just Kafka and Flink.",
        "Avant : Consultant, puis Architecte.",
    ],
)
def test_skills_tools_and_roles_in_such_a_list_stay(text):
    assert redact(text, GAELLE) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("À Brindor, j'étais responsable de l'astreinte.", "Brindor"),
        ("Chez Omnivor j'ai appris à écrire des runbooks.", "Omnivor"),
        ("At Quillon, I was the only backend developer.", "Quillon"),
    ],
)
def test_where_the_writer_was_said_before_what_they_did(text, gone):
    assert gone not in redact(text, GAELLE)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Ex-Brindor, je connais bien les paiements récurrents.", "Brindor"),
        ("Mon dernier employeur, Tessalia, utilisait Kafka partout.", "Tessalia"),
        ("My previous employer (Quillon) ran everything on Nomad.", "Quillon"),
        ("Omnivor (2019–2022) : développeuse backend", "Omnivor"),
        ("Harbrook Labs (2016-2019) – data engineer", "Harbrook"),
        ("Développeuse back-end (Brindor, 3 ans), puis freelance.", "Brindor"),
        ("Backend developer (Quillon, 2 years) before going freelance.", "Quillon"),
    ],
)
def test_an_employer_said_by_what_it_was_to_the_writer(text, gone):
    assert gone not in redact(text, GAELLE)


@pytest.mark.parametrize(
    "text",
    [
        "Ex-développeuse PHP, je suis passée à Go.",
        "Python (2019–2022) : scripts d'analyse",
        "INSA Lyon (2012-2017) : diplôme d'ingénieur",
        "Développeuse back-end (Python, 5 ans), puis Go.",
    ],
)
def test_a_former_role_a_technology_or_studies_with_years_stay_as_they_are(text):
    out = redact(text, GAELLE)
    assert "[employeur]" not in out and "[employer]" not in out


def test_a_place_before_a_first_person_clause_without_a_role_stays():
    text = "À Brest, il pleut souvent ; j'emporte un parapluie."
    assert redact(text, GAELLE, lang="fr") == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "Je me suis trompée de base un vendredi soir. C'était chez Tessalia, en pleine "
            "migration.",
            "Tessalia",
        ),
        ("I once deleted a bucket by mistake. That was at Harbrook, in 2019.", "Harbrook"),
    ],
)
def test_an_anecdote_told_over_two_sentences(text, gone):
    assert gone not in redact(text, GAELLE)


@pytest.mark.parametrize(
    "text",
    [
        "Voici mon approche. Je ferais comme Spanner chez Google : des horloges synchronisées.",
        "I would shard it like Borg at Google does.",
        "Le trajet Nantes → Lyon passe par Orléans dans le jeu de test.",
        "Chaque requête passe par Kong avant d'arriver au service.",
        "J'ai migré la base. C'était hébergé chez Scaleway.",
    ],
)
def test_a_system_cited_with_its_maker_a_route_or_a_host_stays(text):
    assert redact(text, GAELLE) == text


@pytest.mark.parametrize(
    ("code", "gone"),
    [
        ("alias boulot='cd ~/projets/Tessalia-backend'\n", "Tessalia"),
        ('export WORK_DIR="$HOME/src/Omnivor/monorepo"\n', "Omnivor"),
    ],
)
def test_the_project_directory_of_a_work_alias_names_the_employer(code, gone):
    assert gone not in redact(code, GAELLE, kind="code", lang="fr")


def test_a_work_alias_to_a_lower_case_directory_stays():
    code = "alias work='cd ~/dev/api-gateway'\n"
    assert redact(code, GAELLE, kind="code", lang="fr") == code
