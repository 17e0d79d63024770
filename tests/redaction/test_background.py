"""Background that names no person and still narrows a candidate down (issue 16, item 4).

Class 1, former employer told in one's own career story: the organisation goes when the
sentence speaks of working there, a duration or a role; a host, a client or a partner stays.
Class 2, where one is from said without the city: a demonym about the writer or the firm they
worked for, a region or territory, a regional language one speaks."""

import pytest

from candidates.redaction import redact

NOEMIE = {
    "first_name": "Noémie",
    "last_name": "Castagnet",
    "city": "Vannes",
    "postcode": "56000",
    "school": "ENSIBS",
    "birth_year": 1991,
}


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("J'ai passé six ans chez Pernod Ricard à la DSI.", "Pernod Ricard"),
        ("Passée par Saint-Gobain (3 ans, équipe data), puis freelance.", "Saint-Gobain"),
        ("Ancienne de La Poste Mobile, où j'ai monté la CI.", "La Poste Mobile"),
        ("Stage chez Safran sur la maintenance des moteurs.", "Safran"),
        ("J'ai bossé pour la Caisse d'Épargne pendant 4 ans.", "Caisse d'Épargne"),
    ],
)
def test_a_former_employer_told_in_french_goes(text, employer):
    out = redact(text, NOEMIE, lang="fr")
    assert employer not in out
    assert "[employeur]" in out


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Previously at Blablacar (3 years) on the search team.", "Blablacar"),
        ("At Leboncoin, where I spent four years, we split the monolith.", "Leboncoin"),
        ("Twelve years in software, the last five at Veepee.", "Veepee"),
        ("My former team at Thales Alenia Space still uses my scheduler.", "Thales Alenia Space"),
    ],
)
def test_a_former_employer_told_in_english_goes(text, employer):
    out = redact(text, NOEMIE, lang="en")
    assert employer not in out
    assert "[employer]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Le site est hébergé chez Scaleway, avec une réplique chez OVHcloud.",
        "À l'école on avait un projet avec Dassault Aviation sur les jumeaux numériques.",
        "J'ai écrit un exporteur pour Prometheus et un plugin pour Grafana.",
        "We deploy to Kubernetes at scale and mirror images at Quay.",
    ],
)
def test_hosts_clients_partners_and_tools_stay(text):
    assert redact(text, NOEMIE, lang="fr") == text


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Nantaise, 8 ans de Django derrière moi.", "Nantaise"),
        ("[nom], développeuse front, stéphanoise.", "stéphanoise"),
        ("Savoyard d'adoption, je fais du Go.", "Savoyard"),
        ("Puis 5 ans dans une agence bordelaise sur du Symfony.", "bordelaise"),
        ("Je suis rennaise et je code en Elixir.", "rennaise"),
        ("Je vis en Provence depuis dix ans.", "Provence"),
        ("J'ai travaillé pour le Conseil régional de Bretagne.", "Bretagne"),
        ("Je parle basque avec mes cousins, et je fais du Rust.", "basque"),
        ("Fluent in English; I also speak Corsican at home.", "Corsican"),
    ],
)
def test_where_one_is_from_said_without_the_city_goes(text, origin):
    out = redact(text, NOEMIE, lang="fr")
    assert origin not in out


@pytest.mark.parametrize(
    "text",
    [
        "J'ai livré un site pour un traiteur nantais ; le client était exigeant.",
        "Les fuseaux America/Guadeloupe et Europe/Paris sont gérés par la lib.",
        "On consomme l'API Hauts-de-France Mobilités pour les horaires.",
    ],
)
def test_a_client_a_time_zone_or_an_organisation_stays(text):
    assert redact(text, NOEMIE, lang="fr") == text


# Employers of the career story, everywhere the candidate writes -------------------------------


def test_an_employer_of_the_career_story_goes_from_an_answer_without_a_work_cue(db):
    """The walk's written answer « Chez Capgemini à Grigny… » showed the employer that the
    profile's « parcours » hid: the two texts linked, the employer narrows the person down."""
    from candidates.identity import redact_for_reviewers
    from tests.candidates.factories import CandidateFactory

    candidate = CandidateFactory(path_text="Trois ans chez Capgemini comme technicienne support.")
    answer = "Chez Capgemini à Grigny, nous avons réduit les tickets en attente de moitié."
    out = redact_for_reviewers(answer, candidate_id=candidate.pk, lang="fr")
    assert "Capgemini" not in out
    assert "[employeur]" in out
    assert "tickets en attente de moitié" in out


def test_an_organisation_absent_from_the_career_story_keeps_its_rules(db):
    from candidates.identity import redact_for_reviewers
    from tests.candidates.factories import CandidateFactory

    candidate = CandidateFactory(path_text="Trois ans chez Capgemini comme technicienne support.")
    answer = "Nous hébergeons nos services chez Scaleway."
    assert "Scaleway" in redact_for_reviewers(answer, candidate_id=candidate.pk, lang="fr")


# Former employers in more ways of telling one's career (issue 16, set E) ------------------------


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("En 2022 j'ai géré la migration de la paie chez Decathlon.", "Decathlon"),
        ("Ce réflexe m'a beaucoup aidée chez Leroy Merlin.", "Leroy Merlin"),
        ("Côté pro : intégratrice front chez Norauto.", "Norauto"),
        ("Bac pro, puis Lactalis pendant cinq ans, puis une reconversion.", "Lactalis"),
        ("J'ai refait l'appli de Picard Surgelés avec une équipe de trois.", "Picard Surgelés"),
        ("J'ai tenu les comptes de Pierre Fabre sur Instagram.", "Pierre Fabre"),
    ],
)
def test_an_employer_in_the_writers_own_story_goes_in_french(text, employer):
    out = redact(text, NOEMIE, lang="fr")
    assert employer not in out
    assert "[employeur]" in out


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("At Ocado I coached two graduates through their first on-call.", "Ocado"),
        ("I was on the weekend shift at Argos for a while.", "Argos"),
        ("Eight years at Greggs plc taught me to ship small.", "Greggs plc"),
        ("Then Monzo for three years, on the payments team.", "Monzo"),
    ],
)
def test_an_employer_in_the_writers_own_story_goes_in_english(text, employer):
    out = redact(text, NOEMIE, lang="en")
    assert employer not in out
    assert "[employer]" in out


@pytest.mark.parametrize(
    "text",
    [
        "J'ai commandé le serveur chez Dell et le domaine chez Gandi.",
        "Nous hébergeons les sauvegardes chez Infomaniak.",
        "J'ai vécu à Rennes pendant deux ans avant de revenir.",
        "Le site de démonstration tourne sur Vercel.",
        "We mirror our images at Quay and read the docs at MDN.",
    ],
)
def test_a_shop_a_host_a_town_or_a_doc_site_is_no_employer(text):
    assert "[employ" not in redact(text, NOEMIE, lang="fr")
