"""Extra time: the candidate asks (with a private reason), the employer grants a multiplier
without ever learning the reason."""

from decimal import Decimal

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from assessments import campaigns
from assessments.models import Accommodation
from tests.assessments.factories import CampaignFactory
from tests.candidates.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

REASON = "Dyslexie reconnue par la MDPH en 2019"


@pytest.fixture
def campaign(offer):
    return CampaignFactory(offer=offer)


@pytest.fixture
def requested(campaign):
    application = ApplicationFactory(offer=campaign.offer)
    campaigns.request_accommodation(application, reason=REASON, user=None)
    return application.accommodation


def test_a_candidate_asks_for_extra_time_with_a_private_reason(client, force_login, campaign):
    application = ApplicationFactory(offer=campaign.offer)
    force_login(application.candidate.user)
    response = client.post(
        reverse("assessments:accommodation_request", args=[application.pk]), {"reason": REASON}
    )
    assert response.status_code == 302
    accommodation = Accommodation.objects.get(application=application)
    assert (accommodation.status, accommodation.reason) == ("pending", REASON)


def test_the_employer_list_never_shows_the_reason(recruiter_client, offer, requested):
    html = recruiter_client.get(reverse("assessments:accommodation_list", args=[offer.pk]))
    html = html.content.decode()
    assert requested.application.pseudonym in html
    assert "Dyslexie" not in html and "MDPH" not in html


def test_the_employer_query_does_not_even_load_the_reason(offer, requested):
    row = campaigns.accommodations_for_employer(offer).get()
    assert "reason" in row.get_deferred_fields()


def test_the_audit_log_does_not_hold_the_reason(requested):
    assert not any("MDPH" in str(entry.data) for entry in AuditEntry.objects.all())


def test_the_employer_approves_a_multiplier(recruiter_client, offer, requested):
    url = reverse("assessments:accommodation_decide", args=[offer.pk, requested.pk])
    recruiter_client.post(url, {"decision": "1.50"})
    requested.refresh_from_db()
    assert (requested.status, requested.multiplier) == ("approved", Decimal("1.50"))


def test_the_employer_can_refuse(recruiter_client, offer, requested):
    url = reverse("assessments:accommodation_decide", args=[offer.pk, requested.pk])
    recruiter_client.post(url, {"decision": "refuse"})
    requested.refresh_from_db()
    assert (requested.status, requested.multiplier) == ("refused", None)


def test_an_unknown_multiplier_is_refused(recruiter_client, offer, requested):
    url = reverse("assessments:accommodation_decide", args=[offer.pk, requested.pk])
    response = recruiter_client.post(url, {"decision": "10"})
    assert response.status_code == 400
    assert "Choisissez une décision dans la liste." in response.content.decode()
    requested.refresh_from_db()
    assert requested.status == "pending"


def test_deciding_twice_is_refused(recruiter_client, offer, requested):
    url = reverse("assessments:accommodation_decide", args=[offer.pk, requested.pk])
    recruiter_client.post(url, {"decision": "2.00"})
    response = recruiter_client.post(url, {"decision": "refuse"})
    assert response.status_code == 409
    requested.refresh_from_db()
    assert requested.multiplier == Decimal("2.00")


def test_another_employer_cannot_decide(recruiter_client):
    other = CampaignFactory()
    application = ApplicationFactory(offer=other.offer)
    accommodation = campaigns.request_accommodation(application, reason="", user=None)
    url = reverse("assessments:accommodation_decide", args=[other.offer.pk, accommodation.pk])
    assert recruiter_client.post(url, {"decision": "2.00"}).status_code == 404


def test_asking_after_the_start_is_refused(client, force_login, campaign):
    application = ApplicationFactory(offer=campaign.offer)
    campaigns.start_attempt(application, user=None)
    force_login(application.candidate.user)
    url = reverse("assessments:accommodation_request", args=[application.pk])
    response = client.post(url, {"reason": ""})
    assert response.status_code == 409
    assert "avant de commencer" in response.content.decode()


def test_the_candidate_sees_the_granted_time(client, force_login, campaign, requested):
    campaigns.decide_accommodation(requested.pk, campaign.offer, multiplier=Decimal("2"), user=None)
    force_login(requested.application.candidate.user)
    html = client.get(reverse("assessments:campaign_home", args=[requested.application.pk]))
    assert "multipliée par 2" in html.content.decode()
