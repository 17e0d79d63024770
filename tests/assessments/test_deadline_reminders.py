"""Reminders of an assessment's deadline, 48 h and 24 h before, to the candidates who have not
started it: each once per application and deadline, however often the command runs."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from accounts.enums import EmailKind
from accounts.models import EmailOptOut
from assessments.deadline_reminders import due_delay, send_deadline_reminders
from assessments.models import DeadlineReminder
from candidates.enums import ApplicationStage
from employers.models import Employer
from tests.assessments.factories import AttemptFactory, CampaignFactory
from tests.candidates.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

H = timedelta(hours=1)


@pytest.fixture
def campaign():
    return CampaignFactory(
        deadline=timezone.now() + timedelta(days=7), offer__title="Analyste de données"
    )


@pytest.fixture
def application(campaign):
    return ApplicationFactory(offer=campaign.offer)


def run(campaign, hours_left, capture):
    with capture(execute=True):
        return send_deadline_reminders(now=campaign.deadline - hours_left)


@pytest.mark.parametrize(
    ("left", "due"),
    [
        (48 * H + timedelta(seconds=1), None),
        (48 * H, 48),
        (24 * H + timedelta(seconds=1), 48),
        (24 * H, 24),
        (timedelta(seconds=1), 24),
        (timedelta(0), None),
        (-H, None),
    ],
)
def test_which_reminder_is_due_at_the_boundaries(left, due):
    deadline = timezone.now()
    assert due_delay(deadline, deadline - left) == due


def test_nothing_is_sent_more_than_48_hours_before(
    campaign, application, django_capture_on_commit_callbacks
):
    assert not run(campaign, 48 * H + timedelta(minutes=1), django_capture_on_commit_callbacks).sent
    assert not mail.outbox


def test_the_48_hour_reminder_goes_once_then_the_24_hour_one_once(
    campaign, application, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    assert run(campaign, 47 * H, capture).sent == [(application.pk, 48)]
    assert run(campaign, 47 * H - timedelta(minutes=10), capture).sent == []
    assert run(campaign, 30 * H, capture).sent == []
    assert run(campaign, 23 * H, capture).sent == [(application.pk, 24)]
    assert run(campaign, 2 * H, capture).sent == []
    assert len(mail.outbox) == 2
    first, second = mail.outbox
    assert "48 heures" in first.subject and "Analyste de données" in first.subject
    assert "24 heures" in second.subject
    assert first.to == [application.candidate.user.email]
    assert "heure de Paris" in first.body and "30 minutes" in first.body
    assert f"/evaluations/candidatures/{application.pk}/evaluation/" in first.body


def test_a_first_run_within_24_hours_sends_only_the_24_hour_reminder(
    campaign, application, django_capture_on_commit_callbacks
):
    assert run(campaign, 10 * H, django_capture_on_commit_callbacks).sent == [(application.pk, 24)]
    assert len(mail.outbox) == 1


def test_the_reminder_carries_the_one_click_unsubscribe(
    campaign, application, django_capture_on_commit_callbacks
):
    run(campaign, 40 * H, django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_the_command_runs_the_same_service(
    campaign, application, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_assessment_reminders", stdout=StringIO())
    assert not mail.outbox  # a week before: nothing due


def test_no_reminder_once_started_handed_in_closed_or_decided(
    campaign, django_capture_on_commit_callbacks
):
    AttemptFactory(campaign=campaign)  # in progress
    AttemptFactory(campaign=campaign, submitted=True)
    ApplicationFactory(offer=campaign.offer, stage=ApplicationStage.WITHDRAWN)
    ApplicationFactory(offer=campaign.offer, stage=ApplicationStage.REJECTED)
    assert run(campaign, 20 * H, django_capture_on_commit_callbacks).sent == []
    assert not mail.outbox


def test_no_reminder_for_a_campaign_closed_early(
    campaign, application, django_capture_on_commit_callbacks
):
    campaign.closed_at = timezone.now()
    campaign.save()
    assert run(campaign, 20 * H, django_capture_on_commit_callbacks).sent == []


def test_a_switched_off_reminder_is_not_sent_but_remembered(
    campaign, application, django_capture_on_commit_callbacks
):
    EmailOptOut.objects.create(user=application.candidate.user, kind=EmailKind.ASSESSMENT_REMINDER)
    assert run(campaign, 20 * H, django_capture_on_commit_callbacks).sent == [(application.pk, 24)]
    assert not mail.outbox
    assert DeadlineReminder.objects.filter(application=application).count() == 1


def test_a_deadline_moved_later_gets_its_own_reminders(
    campaign, application, django_capture_on_commit_callbacks
):
    run(campaign, 20 * H, django_capture_on_commit_callbacks)
    campaign.deadline += timedelta(days=3)
    campaign.save()
    assert run(campaign, 40 * H, django_capture_on_commit_callbacks).sent == [(application.pk, 48)]
    assert len(mail.outbox) == 2


def test_extra_time_granted_shows_in_the_duration(
    campaign, application, django_capture_on_commit_callbacks
):
    from assessments.enums import AccommodationStatus
    from assessments.models import Accommodation

    Accommodation.objects.create(
        application=application, status=AccommodationStatus.APPROVED, multiplier="2.00"
    )
    run(campaign, 20 * H, django_capture_on_commit_callbacks)
    assert "60 minutes" in mail.outbox[0].body


def test_the_employer_s_name_takes_its_elision(
    campaign, application, django_capture_on_commit_callbacks
):
    Employer.objects.filter(pk=application.offer.employer_id).update(name="Atelier Nord")
    run(campaign, 47 * H, django_capture_on_commit_callbacks)
    assert "« Analyste de données » d'Atelier Nord se termine" in mail.outbox[0].body
