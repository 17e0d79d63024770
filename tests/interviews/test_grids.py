"""Grids: copied from the library, adapted, locked once used, versioned, personal questions
refused with the legal reason."""

import pytest
from django.urls import reverse
from django.utils import translation

from accounts.models import AuditEntry
from candidates.enums import ApplicationStage
from interviews import grids, sessions
from interviews.forms import CopyGridForm
from interviews.library import get_grid
from interviews.models import GridVersion
from tests.interviews.conftest import logged_in, plan, ratings

pytestmark = pytest.mark.django_db


def competency_post(**overrides):
    data = {
        "name": "Communication écrite",
        "weight": "2",
        "questions": "Racontez une fois où vous avez expliqué un problème technique par écrit.",
        **{f"level_{n}": f"Comportement observable de niveau {n}" for n in range(1, 6)},
    }
    data.update(overrides)
    return data


def test_copying_a_library_grid_gives_the_offer_a_version_with_every_competency(team):
    spec = get_grid("web-developer")

    version = grids.copy_library_grid(team.offer, "web-developer", language="en", by=team.admin)

    assert version.number == 2  # the team's offer already had a first grid
    assert version.title == spec.title["en"]
    competencies = list(version.competencies.all())
    assert [c.key for c in competencies] == [c.key for c in spec.competencies]
    first = competencies[0]
    assert first.weight == spec.competencies[0].weight
    assert first.questions == [q.text["en"] for q in spec.competencies[0].questions]
    assert first.levels[4] == (5, spec.competencies[0].levels[4].description["en"])
    assert AuditEntry.objects.filter(action="interview_grid.copied").exists()


def test_the_copy_form_creates_the_grid(team):
    client = logged_in(team.alice)
    response = client.post(
        reverse("interviews:grid_copy", args=[team.offer.pk]),
        {"slug": "data-analyst", "language": "fr"},
    )
    assert response.status_code == 302
    assert grids.current_version(team.offer).source_slug == "data-analyst"
    page = client.get(reverse("interviews:grid_detail", args=[team.offer.pk]))
    assert get_grid("data-analyst").competencies[0].name["fr"] in page.content.decode()


def test_the_library_lists_its_grids_in_the_readers_language():
    spec = get_grid("data-analyst")
    with translation.override("fr"):
        assert dict(CopyGridForm().fields["slug"].choices)["data-analyst"] == spec.title["fr"]
    with translation.override("en"):
        assert dict(CopyGridForm().fields["slug"].choices)["data-analyst"] == spec.title["en"]


def test_an_unused_grid_is_edited_in_place(team):
    client = logged_in(team.alice)
    response = client.post(
        reverse("interviews:competency_edit", args=[team.offer.pk]),
        {**competency_post(name="Raisonnement pas à pas"), "cle": "reasoning"},
    )
    assert response.status_code == 302
    assert GridVersion.objects.filter(offer=team.offer).count() == 1
    assert team.grid.competencies.get(key="reasoning").name == "Raisonnement pas à pas"


def test_a_grid_is_locked_once_the_first_interview_is_scored(team):
    interview = plan(team)
    sessions.start_scoring(interview, by=team.alice)
    sessions.submit_scores(interview, ratings(interview, 3, 3, 3), by=team.alice)
    team.grid.refresh_from_db()
    assert team.grid.is_locked


def test_changing_a_locked_grid_makes_a_new_version_and_scored_interviews_keep_theirs(team):
    interview = plan(team)
    sessions.start_scoring(interview, by=team.alice)
    sessions.submit_scores(interview, ratings(interview, 3, 3, 3), by=team.alice)

    client = logged_in(team.alice)
    client.post(reverse("interviews:competency_edit", args=[team.offer.pk]), competency_post())

    new = grids.current_version(team.offer)
    assert new.number == 2 and not new.is_locked
    assert new.competencies.count() == 4
    assert team.grid.competencies.count() == 3
    interview.refresh_from_db()
    assert interview.grid_version == team.grid
    assert AuditEntry.objects.filter(action="interview_grid.version_created").exists()


def test_all_candidates_of_an_offer_at_one_stage_use_the_same_version(team):
    first = plan(team)
    sessions.start_scoring(first, by=team.alice)
    sessions.submit_scores(first, ratings(first, 3, 3, 3), by=team.alice)
    grids.delete_competency(team.offer, "teamwork", by=team.admin)  # makes version 2

    same_stage = plan(team)
    next_stage = plan(team, stage=ApplicationStage.SHORTLISTED)

    assert same_stage.grid_version == first.grid_version == team.grid
    assert next_stage.grid_version.number == 2


def test_a_personal_question_is_refused_with_its_legal_basis_in_french(team):
    client = logged_in(team.alice)
    response = client.post(
        reverse("interviews:competency_edit", args=[team.offer.pk]),
        competency_post(questions="Décrivez votre dernier projet.\nAvez-vous des enfants ?"),
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Question refusée : « Avez-vous des enfants ? »" in body
    assert "L.1132-1" in body
    assert team.grid.competencies.count() == 3


def test_a_personal_question_in_an_english_grid_is_refused_too(team):
    version = grids.copy_library_grid(team.offer, "web-developer", language="en", by=team.admin)
    client = logged_in(team.alice)
    response = client.post(
        reverse("interviews:competency_edit", args=[team.offer.pk]),
        competency_post(questions="What is your religion?"),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert "What is your religion?" in response.content.decode()
    assert "L.1132-1" in response.content.decode()
    assert version.competencies.count() == len(get_grid("web-developer").competencies)


@pytest.mark.parametrize(
    ("question", "language", "category"),
    [
        ("Êtes-vous enceinte ?", "fr", "family_pregnancy"),
        ("Quelle est votre religion ?", "fr", "religion"),
        ("Où habitez-vous ?", "fr", "residence"),
        ("Are you married?", "en", "family_pregnancy"),
        ("Do you have any disability?", "en", "health_disability"),
    ],
)
def test_the_service_refuses_personal_questions_whoever_calls_it(
    team, question, language, category
):
    team.grid.language = language
    team.grid.save()
    data = grids.CompetencyData(
        name="Curiosité", weight=1, questions=[question], levels=["observé"] * 5
    )
    with pytest.raises(grids.QuestionRefused) as refused:
        grids.save_competency(team.offer, data, by=team.alice)
    (findings,) = refused.value.refused.values()
    assert findings[0].category == category
    assert findings[0].legal_basis


def test_a_job_related_question_is_accepted(team):
    data = grids.CompetencyData(
        name="Curiosité",
        weight=1,
        questions=["Racontez-moi la dernière technique que vous avez apprise seul·e."],
        levels=["observé"] * 5,
    )
    competency = grids.save_competency(team.offer, data, by=team.alice)
    assert competency.version == team.grid


def test_another_organisation_cannot_open_or_change_the_grid(team):
    client = logged_in(team.stranger)
    assert client.get(reverse("interviews:grid_detail", args=[team.offer.pk])).status_code == 404
    response = client.post(
        reverse("interviews:competency_edit", args=[team.offer.pk]), competency_post()
    )
    assert response.status_code == 404
    assert team.grid.competencies.count() == 3
