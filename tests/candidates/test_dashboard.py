"""The candidate's dashboard links each application to what exists for it: its messages always,
its assessment when the offer has one (or the candidate already sat one), its interview once one
is planned. A link to a page that would only say « nothing here » is not shown."""

import pytest
from django.urls import reverse

from candidates.enums import ApplicationStage
from interviews import sessions
from tests.assessments.factories import AttemptFactory, CampaignFactory
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.interviews.factories import GridVersionFactory

pytestmark = pytest.mark.django_db


def dashboard_of(client, force_login, application) -> str:
    force_login(application.candidate.user)
    return client.get(reverse("candidates:dashboard")).content.decode()


def assessment_link(application) -> str:
    return f'href="{reverse("assessments:campaign_home", args=[application.pk])}"'


def interview_link(application) -> str:
    return f'href="{reverse("interviews:my_interview", args=[application.pk])}"'


def test_an_application_without_assessment_nor_interview_links_to_its_messages_only(
    client, force_login
):
    application = ApplicationFactory()
    page = dashboard_of(client, force_login, application)
    assert f'href="{reverse("candidate_threads:thread", args=[application.pk])}"' in page
    assert assessment_link(application) not in page
    assert interview_link(application) not in page


def test_the_assessment_link_shows_when_the_offer_has_a_campaign(client, force_login):
    application = ApplicationFactory(offer=CampaignFactory().offer)
    assert assessment_link(application) in dashboard_of(client, force_login, application)


def test_the_assessment_link_stays_for_an_attempt_on_a_campaign_no_longer_current(
    client, force_login
):
    attempt = AttemptFactory(submitted=True, campaign__is_current=False)
    page = dashboard_of(client, force_login, attempt.application)
    assert assessment_link(attempt.application) in page


def test_the_interview_link_shows_once_an_interview_is_planned(client, force_login):
    membership = EmployerMembershipFactory(admin=True)
    recruiter = membership.user
    offer = OfferFactory(employer=membership.employer, published=True)
    GridVersionFactory(offer=offer)
    application = ApplicationFactory(offer=offer, stage=ApplicationStage.INTERVIEW)
    assert interview_link(application) not in dashboard_of(client, force_login, application)
    sessions.create_interview(application, panel=[recruiter], lead=recruiter, by=recruiter)
    assert (
        interview_link(application) in client.get(reverse("candidates:dashboard")).content.decode()
    )


def test_the_nudge_to_complete_the_profile_is_information_not_an_error(client, force_login):
    """A new candidate has no skills yet: the dashboard invites them to add some, styled as a
    piece of information (the error style made people think something went wrong)."""
    application = ApplicationFactory(candidate__skills=[])
    page = dashboard_of(client, force_login, application)
    assert "Complétez votre profil" in page
    assert 'class="message message-info"' in page
    assert "message-warning" not in page
