"""No candidate left without an answer: past the offer's delay the employer is reminded; a grace
period later the application is closed with a respectful message and the candidate's scores."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from accounts.enums import EmailKind
from accounts.models import AuditEntry, EmailOptOut
from assessments.models import Campaign
from candidates.enums import ApplicationStage
from candidates.models import Application
from shortlists import decisions, reminders
from shortlists.models import Decision, NoAnswerReminder
from tests.employers.factories import EmployerMembershipFactory
from tests.shortlists.conftest import scored
from tests.shortlists.factories import SelectionPolicyFactory

pytestmark = pytest.mark.django_db
DAY = timedelta(days=1)


@pytest.fixture
def waiting(team):
    """An application that finished its assessment 31 days ago, under the default delays."""
    SelectionPolicyFactory(offer=team.offer, locked=True)
    application = scored(team.offer, coding=0.6, pseudonym="Tilleul-Calme")
    Application.objects.filter(pk=application.pk).update(stage_changed_at=timezone.now() - 31 * DAY)
    team.application = application
    return team


def run(now=None, *, capture):
    with capture(execute=True):
        return reminders.remind_and_close_undecided(now=now)


def test_nothing_happens_before_the_delay(team, django_capture_on_commit_callbacks):
    SelectionPolicyFactory(offer=team.offer)
    scored(team.offer, coding=0.6)
    result = run(capture=django_capture_on_commit_callbacks)
    assert (result.reminded, result.closed) == ([], [])
    assert mail.outbox == []


def test_the_employer_admins_are_reminded_after_the_delay(
    waiting, django_capture_on_commit_callbacks
):
    result = run(capture=django_capture_on_commit_callbacks)
    assert result.reminded == [waiting.application.pk]
    (message,) = mail.outbox
    assert message.to == [waiting.admin.email]
    assert "Tilleul-Calme" in message.body
    assert "30 jours" in message.body
    assert NoAnswerReminder.objects.filter(application=waiting.application).count() == 1
    assert AuditEntry.objects.filter(action="application.no_answer_reminded").count() == 1


def test_a_second_run_sends_nothing_more(waiting, django_capture_on_commit_callbacks):
    run(capture=django_capture_on_commit_callbacks)
    result = run(capture=django_capture_on_commit_callbacks)
    assert (result.reminded, result.closed) == ([], [])
    assert len(mail.outbox) == 1


def test_after_the_grace_period_the_application_is_closed_with_the_scores(
    waiting, django_capture_on_commit_callbacks
):
    run(capture=django_capture_on_commit_callbacks)
    mail.outbox.clear()
    result = run(timezone.now() + 15 * DAY, capture=django_capture_on_commit_callbacks)
    assert result.closed == [waiting.application.pk]
    waiting.application.refresh_from_db()
    assert waiting.application.stage == ApplicationStage.REJECTED
    decision = Decision.objects.get()
    assert decision.reason == "no_decision_in_time"
    assert decision.is_automatic
    (message,) = mail.outbox
    assert waiting.application.candidate.user.email in message.to
    assert "n'a pas pris de décision dans le délai annoncé" in message.body
    assert "ne dit rien de la valeur de votre candidature" in message.body
    assert "Exercices de code : 60,0 / 100" in message.body
    entry = AuditEntry.objects.get(action="application.decided")
    assert entry.actor is None and entry.data["automatic"] is True


def test_a_closed_application_is_not_closed_again(waiting, django_capture_on_commit_callbacks):
    run(capture=django_capture_on_commit_callbacks)
    later = timezone.now() + 15 * DAY
    run(later, capture=django_capture_on_commit_callbacks)
    result = run(later + DAY, capture=django_capture_on_commit_callbacks)
    assert (result.reminded, result.closed) == ([], [])
    assert Decision.objects.count() == 1


def test_the_grace_period_is_not_cut_short(waiting, django_capture_on_commit_callbacks):
    run(capture=django_capture_on_commit_callbacks)
    result = run(timezone.now() + 13 * DAY, capture=django_capture_on_commit_callbacks)
    assert result.closed == []


def test_a_decision_after_the_reminder_stops_the_closure(
    waiting, django_capture_on_commit_callbacks
):
    run(capture=django_capture_on_commit_callbacks)
    decisions.decide(waiting.application, kind="advance", reason="skills_shown", by=waiting.member)
    result = run(timezone.now() + 15 * DAY, capture=django_capture_on_commit_callbacks)
    assert result.closed == []
    waiting.application.refresh_from_db()
    assert waiting.application.stage == ApplicationStage.INTERVIEW


def test_the_delay_is_set_per_offer(team, django_capture_on_commit_callbacks):
    SelectionPolicyFactory(offer=team.offer, no_answer_days=10)
    application = scored(team.offer, coding=0.6)
    Application.objects.filter(pk=application.pk).update(stage_changed_at=timezone.now() - 11 * DAY)
    assert run(capture=django_capture_on_commit_callbacks).reminded == [application.pk]


def test_the_clock_starts_when_the_assessment_closes(waiting, django_capture_on_commit_callbacks):
    Campaign.objects.create(
        offer=waiting.offer, duration_minutes=60, deadline=timezone.now() - 5 * DAY
    )
    assert run(capture=django_capture_on_commit_callbacks).reminded == []
    result = run(timezone.now() + 26 * DAY, capture=django_capture_on_commit_callbacks)
    assert result.reminded == [waiting.application.pk]


def test_final_stages_are_never_reminded(team, django_capture_on_commit_callbacks):
    for stage in (ApplicationStage.HIRED, ApplicationStage.REJECTED, ApplicationStage.WITHDRAWN):
        application = scored(team.offer, stage=stage)
        Application.objects.filter(pk=application.pk).update(
            stage_changed_at=timezone.now() - 90 * DAY
        )
    assert run(capture=django_capture_on_commit_callbacks).reminded == []


def test_the_daily_command_reports_what_it_did(waiting, django_capture_on_commit_callbacks):
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("remind_and_close_undecided", stdout=out)
    assert out.getvalue().strip() == "1 application(s) reminded, 0 closed."
    assert len(mail.outbox) == 1


# -- an optional email, through accounts.notifications -------------------------------------------


def test_the_reminder_is_an_optional_email_with_its_one_click_unsubscribe(
    waiting, django_capture_on_commit_callbacks
):
    run(capture=django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/compte/desinscription/" in message.extra_headers["List-Unsubscribe"]
    assert str(EmailKind.NO_ANSWER_REMINDER.label) in message.body


def test_each_admin_gets_their_own_reminder_and_never_sees_the_others_address(
    waiting, django_capture_on_commit_callbacks
):
    second = EmployerMembershipFactory(employer=waiting.employer, admin=True).user
    run(capture=django_capture_on_commit_callbacks)
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [waiting.admin.email, second.email]
    )
    assert all(len(message.to) == 1 and not message.cc for message in mail.outbox)


def test_an_admin_who_switched_the_reminder_off_gets_none_and_no_backlog_later(
    waiting, django_capture_on_commit_callbacks
):
    EmailOptOut.objects.create(user=waiting.admin, kind=EmailKind.NO_ANSWER_REMINDER)
    result = run(capture=django_capture_on_commit_callbacks)
    assert result.reminded == [waiting.application.pk]  # recorded as done all the same
    assert mail.outbox == []
    EmailOptOut.objects.all().delete()
    run(capture=django_capture_on_commit_callbacks)
    assert mail.outbox == []
