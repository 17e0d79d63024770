"""« Langages autorisés par exercice » in the campaign editor: one group per chosen exercise,
titled by the exercise, showing the stored choice (nothing stored: every language of the
exercise, said so, nothing ticked), and the candidate's language picker offers exactly the
saved choice."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments.models import Campaign
from tests.assessments.factories import AttemptFactory, CampaignFactory, ExerciseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def caesar(db):
    return ExerciseFactory(
        title_fr="Chiffre de César",
        languages=["python", "javascript", "java", "go"],
        starters={"python": "# Python\n", "javascript": "// JavaScript\n"},
    )


@pytest.fixture
def other(db):
    """An exercise of the library the campaign did not choose."""
    return ExerciseFactory(title_fr="Exercice non choisi", languages=["bash", "python"])


def editor(offer):
    return reverse("assessments:campaign_edit", args=[offer.pk])


def languages_section(html):
    return html.split('id="langages-par-exercice"')[1].split("</section>")[0]


def checked_values(html):
    checkbox = r'<input type="checkbox" name="exercise_languages" value="([^"]+)"[^>]*checked'
    return re.findall(checkbox, html)


def form_data(exercises, languages):
    deadline = timezone.localtime(timezone.now() + timedelta(days=10))
    return {
        "exercises": [exercise.pk for exercise in exercises],
        "exercise_languages": languages,
        "weight_coding": 1,
        "weight_sjt": 0,
        "weight_written": 0,
        "duration_minutes": 45,
        "extra_time": "1.33",
        "deadline": deadline.strftime("%Y-%m-%dT%H:%M"),
    }


def test_one_group_per_chosen_exercise_with_its_title_and_nothing_ticked_when_nothing_is_stored(
    recruiter_client, offer, caesar, other
):
    campaign = CampaignFactory(offer=offer)
    campaign.exercises.add(caesar)
    section = languages_section(recruiter_client.get(editor(offer)).content.decode())
    assert section.count("<fieldset") == 1
    assert "<legend>Chiffre de César</legend>" in section
    assert "Exercice non choisi" not in section
    for key, name in [("python", "Python 3"), ("java", "Java"), ("go", "Go")]:
        assert f'value="{caesar.slug}:{key}"' in section
        assert f'for="id_exercise_languages_{caesar.slug}_{key}">{name}</label>' in section
    assert checked_values(section) == []
    assert "Aucune restriction : les candidat·es choisissent parmi tous les langages" in section


def test_the_stored_choice_is_ticked_and_said(recruiter_client, offer, caesar):
    campaign = CampaignFactory(offer=offer, exercise_languages={caesar.slug: ["javascript"]})
    campaign.exercises.add(caesar)
    section = languages_section(recruiter_client.get(editor(offer)).content.decode())
    assert checked_values(section) == [f"{caesar.slug}:javascript"]
    assert "Langages proposés aux candidat·es : JavaScript (Node.js)" in section


def test_before_any_exercise_is_saved_the_editor_says_how_to_choose_languages(
    recruiter_client, offer, caesar
):
    section = languages_section(recruiter_client.get(editor(offer)).content.decode())
    assert "<fieldset" not in section
    assert "Enregistrez d'abord les exercices choisis" in section


def test_the_saved_subset_is_exactly_what_the_candidates_picker_offers(
    recruiter_client, client, force_login, offer, caesar, other
):
    data = form_data([caesar], [f"{caesar.slug}:javascript", f"{caesar.slug}:python"])
    assert recruiter_client.post(editor(offer), data).status_code == 302
    campaign = Campaign.objects.get(offer=offer)
    assert campaign.exercise_languages == {caesar.slug: ["python", "javascript"]}

    attempt = AttemptFactory(campaign=campaign)
    force_login(attempt.application.candidate.user)
    url = reverse("assessments:exercise_detail", args=[attempt.application.pk, caesar.slug])
    html = client.get(url).content.decode()
    offered = re.findall(r'<option value="([a-z]+)"', html.split('id="id_language"')[1])
    assert offered == ["python", "javascript"]


def test_ticking_every_language_or_none_stores_no_restriction(recruiter_client, offer, caesar):
    every = [f"{caesar.slug}:{key}" for key in caesar.offered_languages]
    assert recruiter_client.post(editor(offer), form_data([caesar], every)).status_code == 302
    assert Campaign.objects.get(offer=offer).exercise_languages == {}
    assert recruiter_client.post(editor(offer), form_data([caesar], [])).status_code == 302
    assert Campaign.objects.get(offer=offer).exercise_languages == {}


def test_languages_of_an_exercise_not_chosen_are_not_stored(recruiter_client, offer, caesar, other):
    data = form_data([caesar], [f"{other.slug}:bash"])
    assert recruiter_client.post(editor(offer), data).status_code == 302
    assert Campaign.objects.get(offer=offer).exercise_languages == {}


def test_a_language_the_exercise_does_not_offer_is_a_form_error(recruiter_client, offer, caesar):
    response = recruiter_client.post(editor(offer), form_data([caesar], [f"{caesar.slug}:cobol"]))
    assert response.status_code == 400
    assert not Campaign.objects.filter(offer=offer).exists()


def test_the_groups_speak_english_with_english_titles_and_the_same_language_names(
    recruiter_client, offer, caesar
):
    campaign = CampaignFactory(offer=offer, exercise_languages={caesar.slug: ["go"]})
    campaign.exercises.add(caesar)
    html = recruiter_client.get(editor(offer), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    section = languages_section(html)
    assert f"<legend>{caesar.title_en}</legend>" in section
    assert f'for="id_exercise_languages_{caesar.slug}_go">Go</label>' in section
    assert "Languages offered to candidates: Go." in section
