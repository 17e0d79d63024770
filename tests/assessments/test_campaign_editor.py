"""The employer composes the assessment of an offer; it locks once somebody starts."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import AuditEntry
from assessments import campaigns
from assessments.models import Campaign
from tests.assessments.factories import (
    CampaignFactory,
    ExerciseFactory,
    SjtScenarioFactory,
    WrittenQuestionFactory,
)
from tests.candidates.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


def url(offer):
    return reverse("assessments:campaign_edit", args=[offer.pk])


def form_data(**overrides):
    deadline = timezone.localtime(timezone.now() + timedelta(days=10))
    data = {
        "scenarios": [SjtScenarioFactory().pk, SjtScenarioFactory().pk],
        "questions": [WrittenQuestionFactory().pk],
        "exercises": [ExerciseFactory().pk],
        "weight_sjt": 2,
        "weight_written": 1,
        "weight_coding": 3,
        "duration_minutes": 45,
        "extra_time": "1.33",
        "deadline": deadline.strftime("%Y-%m-%dT%H:%M"),
    }
    data.update(overrides)
    return data


def test_a_member_composes_the_assessment_of_an_offer(recruiter_client, offer):
    data = form_data()
    response = recruiter_client.post(url(offer), data)
    assert response.status_code == 302
    campaign = Campaign.objects.get(offer=offer)
    assert (campaign.version, campaign.duration_minutes, campaign.weights()) == (
        1,
        45,
        {"coding": 3, "sjt": 2, "written": 1},
    )
    assert sorted(campaign.scenarios.values_list("pk", flat=True)) == sorted(data["scenarios"])
    assert AuditEntry.objects.filter(action="campaign.created").exists()


def test_the_editor_offers_the_library_content(recruiter_client, offer):
    html = recruiter_client.get(url(offer)).content.decode()
    assert html.count('name="scenarios"') >= 16
    assert html.count('name="questions"') >= 8


def test_an_empty_assessment_is_refused_with_a_message(recruiter_client, offer):
    data = form_data(scenarios=[], questions=[], exercises=[])
    response = recruiter_client.post(url(offer), data)
    assert response.status_code == 400
    assert "Choisissez au moins un exercice" in response.content.decode()
    assert not Campaign.objects.exists()


def test_a_part_with_items_needs_a_weight(recruiter_client, offer):
    response = recruiter_client.post(url(offer), form_data(weight_sjt=0))
    assert response.status_code == 400
    assert "Donnez un poids à cette partie" in response.content.decode()


def test_a_deadline_in_the_past_is_refused(recruiter_client, offer):
    response = recruiter_client.post(url(offer), form_data(deadline="2020-01-01T10:00"))
    assert response.status_code == 400
    assert "date limite dans le futur" in response.content.decode()


def test_before_anyone_starts_an_edit_changes_the_same_version(recruiter_client, offer):
    campaign = CampaignFactory(offer=offer)
    recruiter_client.post(url(offer), form_data(duration_minutes=60))
    campaign.refresh_from_db()
    assert (Campaign.objects.filter(offer=offer).count(), campaign.duration_minutes) == (1, 60)


def test_once_somebody_started_an_edit_makes_a_new_version(recruiter_client, offer):
    campaign = CampaignFactory(offer=offer, duration_minutes=30)
    first = campaigns.start_attempt(ApplicationFactory(offer=offer), user=None)
    response = recruiter_client.post(url(offer), form_data(duration_minutes=60))
    assert "la version 2 est créée" in recruiter_client.get(response.url).content.decode()
    campaign.refresh_from_db()
    assert (campaign.is_current, campaign.duration_minutes) == (False, 30)
    current = campaigns.current_campaign(offer)
    assert (current.version, current.duration_minutes) == (2, 60)
    later = campaigns.start_attempt(ApplicationFactory(offer=offer), user=None)
    assert (first.campaign.version, later.campaign.version) == (1, 2)


def test_the_locked_version_keeps_its_items(recruiter_client, offer):
    campaign = CampaignFactory(offer=offer)
    scenario_ids = set(campaign.scenarios.values_list("pk", flat=True))
    campaigns.start_attempt(ApplicationFactory(offer=offer), user=None)
    recruiter_client.post(url(offer), form_data())
    assert set(campaign.scenarios.values_list("pk", flat=True)) == scenario_ids


def test_closing_hands_in_the_sittings_in_progress(recruiter_client, offer):
    CampaignFactory(offer=offer)
    attempt = campaigns.start_attempt(ApplicationFactory(offer=offer), user=None)
    recruiter_client.post(reverse("assessments:campaign_close", args=[offer.pk]), {"confirm": "1"})
    attempt.refresh_from_db()
    assert attempt.status == "expired"
    assert campaigns.current_campaign(offer).is_closed()


@pytest.mark.parametrize("name", ["campaign_edit", "review_home", "campaign_close"])
def test_another_employers_offer_is_a_404(recruiter_client, name):
    other = CampaignFactory().offer
    assert recruiter_client.get(reverse(f"assessments:{name}", args=[other.pk])).status_code == 404
    if name == "campaign_close":
        url = reverse("assessments:campaign_close", args=[other.pk])
        assert recruiter_client.post(url, {"confirm": "1"}).status_code == 404


@pytest.mark.parametrize("name", ["campaign_edit", "review_home"])
def test_a_candidate_cannot_open_the_employer_pages(candidate_client, application, name):
    response = candidate_client.get(reverse(f"assessments:{name}", args=[application.offer.pk]))
    assert response.status_code == 403


def test_every_mistake_of_the_composer_is_said_in_one_round(recruiter_client, offer):
    data = form_data(duration_minutes="", weight_sjt=0)
    response = recruiter_client.post(url(offer), data)
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert "duration_minutes" in errors and "weight_sjt" in errors
