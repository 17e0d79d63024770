"""Extra time: the employer sets in the campaign the time granted on request; a candidate's
request is granted at once, at that rate. The employer never learns who asked: they see only
how many requests were granted, once the assessment is closed."""

import html
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from assessments import campaigns
from assessments.enums import ExtraTime
from assessments.models import Accommodation
from tests.assessments.factories import CampaignFactory
from tests.candidates.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(offer):
    return CampaignFactory(offer=offer)


@pytest.fixture
def requested(campaign):
    application = ApplicationFactory(offer=campaign.offer)
    return campaigns.request_accommodation(application, user=application.candidate.user)


def test_a_candidate_asks_for_extra_time_and_gets_it_at_once(client, force_login, campaign):
    application = ApplicationFactory(offer=campaign.offer)
    force_login(application.candidate.user)
    response = client.post(reverse("assessments:accommodation_request", args=[application.pk]))
    assert response.status_code == 302
    accommodation = Accommodation.objects.get(application=application)
    assert (accommodation.status, accommodation.multiplier) == ("approved", Decimal("1.33"))


def test_a_campaign_grants_a_third_more_unless_the_employer_chose_otherwise(offer):
    assert CampaignFactory(offer=offer).extra_time == ExtraTime.THIRD


def test_the_request_is_granted_at_the_rate_the_employer_set(offer):
    campaign = CampaignFactory(offer=offer, extra_time=ExtraTime.DOUBLE)
    application = ApplicationFactory(offer=campaign.offer)
    accommodation = campaigns.request_accommodation(application, user=None)
    assert accommodation.granted_multiplier == Decimal("2.00")


def test_every_campaign_offers_extra_time_as_the_accessibility_statement_promises(
    client, recruiter_client, offer
):
    """The statement: « Toute personne peut obtenir du temps supplémentaire sur simple
    demande »; the campaign form has no « none » to contradict it."""
    statement = client.get(reverse("accessibility")).content.decode()
    assert "temps supplémentaire sur simple" in html.unescape(statement)
    assert "1.00" not in ExtraTime.values
    form = recruiter_client.get(reverse("assessments:campaign_edit", args=[offer.pk]))
    assert 'value="1.00"' not in form.content.decode()
    assert "Aucun temps supplémentaire" not in form.content.decode()


def test_the_duration_shown_counts_the_granted_extra_time(client, force_login, requested):
    force_login(requested.application.candidate.user)
    page = client.get(reverse("assessments:campaign_home", args=[requested.application.pk]))
    body = page.content.decode()
    # 30 minutes × 1.33 = 39 whole minutes, as the sitting's clock gives them.
    assert 'data-vivier-duration="39"' in body
    assert "Durée : 39 minutes avec votre temps supplémentaire (30 minutes sans)" in body
    attempt = campaigns.start_attempt(requested.application, user=None)
    assert (attempt.ends_at - attempt.started_at) // timedelta(minutes=1) == 39


def test_the_candidate_sees_the_rate_before_asking(client, force_login, campaign):
    application = ApplicationFactory(offer=campaign.offer)
    force_login(application.candidate.user)
    html = client.get(reverse("assessments:campaign_home", args=[application.pk])).content
    assert "× 1,33" in html.decode()


def test_the_candidate_sees_the_granted_time(client, force_login, requested):
    force_login(requested.application.candidate.user)
    html = client.get(reverse("assessments:campaign_home", args=[requested.application.pk]))
    assert "multipliée par 1,33" in html.content.decode()


def test_asking_twice_keeps_one_grant(campaign):
    application = ApplicationFactory(offer=campaign.offer)
    campaigns.request_accommodation(application, user=None)
    campaigns.request_accommodation(application, user=None)
    assert Accommodation.objects.filter(application=application).count() == 1


def test_asking_after_the_start_is_refused(client, force_login, campaign):
    application = ApplicationFactory(offer=campaign.offer)
    campaigns.start_attempt(application, user=None)
    force_login(application.candidate.user)
    url = reverse("assessments:accommodation_request", args=[application.pk])
    response = client.post(url)
    assert response.status_code == 409
    assert "avant de commencer" in response.content.decode()


def test_the_employer_sees_only_how_many_were_granted_once_closed(
    recruiter_client, offer, campaign, requested
):
    campaigns.close_campaign(offer, user=None)
    html = recruiter_client.get(reverse("assessments:campaign_edit", args=[offer.pk]))
    html = html.content.decode()
    assert "1 demande de temps supplémentaire accordée" in html
    assert requested.application.pseudonym not in html


def test_the_count_waits_for_the_closing_so_that_its_changes_name_nobody(
    recruiter_client, offer, campaign, requested
):
    html = recruiter_client.get(reverse("assessments:campaign_edit", args=[offer.pk]))
    html = html.content.decode()
    assert "s'affiche à la clôture" in html
    assert "demande de temps supplémentaire accordée" not in html


def test_the_employer_has_no_page_of_requests_any_more(recruiter_client, offer, requested):
    detail = recruiter_client.get(reverse("employers:offer_detail", args=[offer.pk]))
    assert "amenagements" not in detail.content.decode()
    assert recruiter_client.get(f"/evaluations/offres/{offer.pk}/amenagements/").status_code == 404


def test_the_employers_log_holds_no_accommodation_entry(requested, offer):
    assert not AuditEntry.objects.filter(employer=offer.employer, action__contains="accommodation")
    entry = AuditEntry.objects.get(action="accommodation.granted")
    assert requested.application.pseudonym not in str(entry.data) + entry.actor_pseudonym


def test_the_employers_log_holds_no_time_of_the_sitting(offer, campaign):
    """Start and end times would tell how long a sitting lasted, hence who had extra time."""
    application = ApplicationFactory(offer=campaign.offer)
    attempt = campaigns.start_attempt(application, user=application.candidate.user)
    campaigns.submit_attempt(attempt, user=application.candidate.user)
    employer_log = AuditEntry.objects.filter(employer=offer.employer)
    assert not employer_log.filter(action__startswith="attempt.").exists()
    assert AuditEntry.objects.filter(action="attempt.started", employer=None).exists()


def test_how_many_started_and_handed_in_waits_for_the_closing(recruiter_client, offer, campaign):
    """A live "1 a commencé, 1 a remis" tells when one candidate handed in, hence how long
    their sitting lasted: the counts show once the campaign is closed."""
    application = ApplicationFactory(offer=campaign.offer)
    campaigns.start_attempt(application, user=None)
    url = reverse("assessments:campaign_edit", args=[offer.pk])
    html = recruiter_client.get(url).content.decode()
    assert "a commencé" not in html and "a remis" not in html
    campaigns.close_campaign(offer, user=None)
    html = recruiter_client.get(url).content.decode()
    assert "1 personne a commencé" in html and "1 a remis" in html


def test_the_candidate_page_names_the_extra_time_the_campaign_grants(client, force_login, offer):
    """« Tiers-temps » is one third more: a campaign granting half as much again must not say it."""
    campaign = CampaignFactory(offer=offer, extra_time=ExtraTime.HALF)
    application = ApplicationFactory(offer=campaign.offer)
    force_login(application.candidate.user)
    page = client.get(reverse("assessments:campaign_home", args=[application.pk]))
    body = html.unescape(page.content.decode())
    assert "tiers-temps" not in body.casefold()
    assert "× 1,5" in body or "× 1.5" in body
