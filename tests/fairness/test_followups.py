"""Insertion durability: questions at 6 and 12 months, one-click links that work once and
expire, and a clear page (never a 500) for a used, expired or broken link."""

import datetime
import re
import time
from urllib.parse import unquote

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.signing import TimestampSigner, b62_encode
from django.urls import reverse
from django.utils import timezone

from accounts.enums import EmailKind
from accounts.models import EmailOptOut
from candidates.enums import ApplicationStage
from candidates.services import delete_candidate_account
from fairness import services
from fairness.enums import FollowUpAnswer
from fairness.models import RetentionFollowUp
from tests.candidates.factories import ApplicationFactory
from tests.fairness.factories import RetentionFollowUpFactory

pytestmark = pytest.mark.django_db
URL = reverse("fairness:followup_answer")
NOW = timezone.now()


def hired(days_ago, **kwargs):
    return ApplicationFactory(
        stage=ApplicationStage.HIRED,
        furthest_stage=ApplicationStage.HIRED,
        stage_changed_at=NOW - datetime.timedelta(days=days_ago),
        **kwargs,
    )


def link(message, answer):
    return re.search(rf"https?://\S+reponse={answer}", message.body).group(0)


# Sending ------------------------------------------------------------------------------------------


def test_a_hire_of_six_months_ago_is_asked_once_whatever_the_number_of_runs():
    application = hired(days_ago=190)
    call_command("send_retention_followups")
    call_command("send_retention_followups")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [application.candidate.user.email]
    assert RetentionFollowUp.objects.get().milestone == 6


def test_a_recent_hire_is_not_asked_yet():
    hired(days_ago=150)
    assert services.send_retention_followups(now=NOW) == 0


def test_someone_no_longer_at_hired_stage_or_never_hired_is_not_asked():
    ApplicationFactory(
        stage=ApplicationStage.REJECTED,
        furthest_stage=ApplicationStage.SHORTLISTED,
        stage_changed_at=NOW - datetime.timedelta(days=200),
    )
    assert services.send_retention_followups(now=NOW) == 0


def test_the_twelve_month_question_follows_the_six_month_one():
    application = hired(days_ago=190)
    services.send_retention_followups(now=NOW)
    later = NOW + datetime.timedelta(days=190)
    assert services.send_retention_followups(now=later) == 1
    assert sorted(application.retention_followups.values_list("milestone", flat=True)) == [6, 12]


def test_a_late_start_asks_about_twelve_months_only():
    application = hired(days_ago=400)
    services.send_retention_followups(now=NOW)
    assert list(application.retention_followups.values_list("milestone", flat=True)) == [12]


def test_a_deleted_account_is_not_written_to():
    application = hired(days_ago=190)
    delete_candidate_account(application.candidate)
    assert services.send_retention_followups(now=NOW) == 0


def test_the_email_has_one_link_per_answer():
    hired(days_ago=190)
    services.send_retention_followups(now=NOW)
    body = mail.outbox[0].body
    assert "reponse=still_employed" in body and "reponse=left" in body


def test_add_months_keeps_the_day_or_takes_the_months_last():
    moment = datetime.datetime(2026, 1, 31, 9, 0, tzinfo=datetime.UTC)
    assert services.add_months(moment, 1).date() == datetime.date(2026, 2, 28)
    assert services.add_months(moment, 12).date() == datetime.date(2027, 1, 31)
    assert services.add_months(moment, -2).date() == datetime.date(2025, 11, 30)


# Answering ----------------------------------------------------------------------------------------


@pytest.fixture
def emailed():
    hired(days_ago=190)
    services.send_retention_followups(now=NOW)
    return mail.outbox[0]


def test_opening_the_link_asks_for_confirmation_without_recording(client, emailed):
    response = client.get(link(emailed, "still_employed"))
    assert response.status_code == 200
    assert "Toujours en poste" in response.content.decode()
    assert RetentionFollowUp.objects.get().answer == ""


def test_the_link_works_once(client, emailed):
    url = link(emailed, "left")
    data = {"jeton": unquote(re.search(r"jeton=([^&]+)", url).group(1)), "reponse": "left"}
    assert client.post(URL, data).status_code == 200
    followup = RetentionFollowUp.objects.get()
    assert followup.answer == FollowUpAnswer.LEFT and followup.answered_at is not None

    again = client.post(URL, {**data, "reponse": "still_employed"})
    assert again.status_code == 410
    assert "déjà répondu" in again.content.decode()
    assert client.get(url).status_code == 410
    assert RetentionFollowUp.objects.get().answer == FollowUpAnswer.LEFT


def test_the_other_link_is_spent_too_once_one_answer_is_given(client, emailed):
    followup = RetentionFollowUp.objects.get()
    services.record_answer(services.followup_token(followup), FollowUpAnswer.STILL_EMPLOYED)
    assert client.get(link(emailed, "left")).status_code == 410


class SignerDaysAgo(TimestampSigner):
    """Signs as the server did `days` ago: a genuine link, only old."""

    def __init__(self, days, **kwargs):
        self.days = days
        super().__init__(**kwargs)

    def timestamp(self):
        return b62_encode(int(time.time()) - self.days * 86400)


def old_token(followup, days):
    signer = SignerDaysAgo(days, salt=services.FOLLOW_UP_SALT)
    return signer.sign(f"{followup.pk}:{followup.nonce}")


def test_a_link_older_than_thirty_days_has_expired(client):
    followup = RetentionFollowUpFactory()
    response = client.get(URL, {"jeton": old_token(followup, 31), "reponse": "left"})
    assert response.status_code == 410
    assert "expiré" in response.content.decode()
    assert (
        client.post(URL, {"jeton": old_token(followup, 31), "reponse": "left"}).status_code == 410
    )
    followup.refresh_from_db()
    assert followup.answer == ""


def test_a_link_of_twenty_nine_days_still_works(client):
    followup = RetentionFollowUpFactory()
    response = client.post(URL, {"jeton": old_token(followup, 29), "reponse": "left"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"reponse": "left"},
        {"jeton": "nimporte-quoi", "reponse": "left"},
        {"jeton": "1:abc:xyz", "reponse": "left"},
    ],
)
def test_a_broken_link_is_a_clear_page(client, params):
    RetentionFollowUpFactory()
    response = client.get(URL, params)
    assert response.status_code == 400
    assert "incomplet ou incorrect" in response.content.decode()


def test_a_tampered_token_or_answer_is_refused(client):
    followup = RetentionFollowUpFactory()
    token = services.followup_token(followup)
    assert client.post(URL, {"jeton": token + "x", "reponse": "left"}).status_code == 400
    assert client.post(URL, {"jeton": token, "reponse": "hired"}).status_code == 400
    forged = TimestampSigner(salt="another-purpose").sign(f"{followup.pk}:{followup.nonce}")
    assert client.post(URL, {"jeton": forged, "reponse": "left"}).status_code == 400
    followup.refresh_from_db()
    assert followup.answer == ""


# An optional email, through accounts.notifications ------------------------------------------------


def test_the_question_carries_the_one_click_unsubscribe_and_reads_in_both_languages():
    hired(days_ago=190)
    services.send_retention_followups(now=NOW)
    (message,) = mail.outbox
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/compte/desinscription/" in message.extra_headers["List-Unsubscribe"]
    assert str(EmailKind.RETENTION_FOLLOWUP.label) in message.body
    assert "-- English --" in message.body and "Are you still in this job?" in message.body
    assert message.subject == "[Vivier] Êtes-vous toujours en poste ? / Are you still in the job?"


def test_a_person_who_switched_the_questions_off_is_not_asked_nor_counted_as_asked():
    """Not sent, so not recorded: the retention figures count who was asked."""
    application = hired(days_ago=190)
    EmailOptOut.objects.create(user=application.candidate.user, kind=EmailKind.RETENTION_FOLLOWUP)
    assert services.send_retention_followups(now=NOW) == 0
    assert mail.outbox == []
    assert not RetentionFollowUp.objects.exists()
