"""No candidate left without an answer: the daily reminder to employers and the closure of
applications left undecided past the policy's delay.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from accounts.audit import log_action
from accounts.enums import EmailKind
from accounts.notifications import send_email
from assessments.models import Campaign
from candidates.enums import ApplicationStage
from candidates.models import Application
from candidates.stages import (
    move_application,
)
from employers.models import EmployerMembership, Offer
from shortlists import feedback
from shortlists.decisions import record_decision
from shortlists.enums import DecisionKind, DecisionReason
from shortlists.models import (
    DEFAULT_GRACE_DAYS,
    DEFAULT_NO_ANSWER_DAYS,
    Decision,
    NoAnswerReminder,
    SelectionPolicy,
)
from shortlists.policies import WAITING_STAGES


def assessment_closed_at(offer: Offer) -> datetime | None:
    """When the offer's current assessment campaign closes (closed early by the employer, or
    its deadline); None for an offer without a campaign."""
    campaign = (
        Campaign.objects.filter(offer=offer, is_current=True).only("deadline", "closed_at").first()
    )
    if campaign is None:
        return None
    if campaign.closed_at is not None:
        return min(campaign.closed_at, campaign.deadline)
    return campaign.deadline


def waiting_since(application: Application, closed_at: datetime | None = None) -> datetime:
    """When the application's wait for a decision started: its last change of stage (applying,
    a decision), and never before the assessment closes."""
    if closed_at is None:
        return application.stage_changed_at
    return max(application.stage_changed_at, closed_at)


@dataclass
class NoAnswerRun:
    reminded: list[int] = field(default_factory=list)
    closed: list[int] = field(default_factory=list)


def _delays(policy: SelectionPolicy | None) -> tuple[timedelta, timedelta]:
    if policy is None:
        return timedelta(days=DEFAULT_NO_ANSWER_DAYS), timedelta(days=DEFAULT_GRACE_DAYS)
    return timedelta(days=policy.no_answer_days), timedelta(days=policy.grace_days)


def employer_recipients(offer: Offer) -> list:
    """Who is reminded: the employer's admins, who decide and close; an employer without one
    (made by staff) falls back on those who recruit, never on interviewers, who cannot open
    the applications."""
    memberships = EmployerMembership.objects.filter(employer=offer.employer_id)
    admins = memberships.admins()
    chosen = admins if admins.exists() else memberships.recruiting()
    return [membership.user for membership in chosen.select_related("user").order_by("user__email")]


def remind_and_close_undecided(*, now: datetime | None = None) -> NoAnswerRun:
    """Remind employers of applications waiting past the offer's delay, and close those still
    waiting a grace period after the reminder. Safe to run as often as one likes."""
    now = now or timezone.now()
    run = NoAnswerRun()
    waiting = (
        Application.objects.filter(stage__in=WAITING_STAGES)
        .select_related("offer__employer")
        .order_by("offer_id", "pseudonym")
    )
    by_offer: dict[int, list[Application]] = {}
    for application in waiting:
        by_offer.setdefault(application.offer_id, []).append(application)
    for applications in by_offer.values():
        offer = applications[0].offer
        policy = SelectionPolicy.objects.current_for(offer.pk)
        delay, grace = _delays(policy)
        closed_at = assessment_closed_at(offer)
        to_remind = []
        for application in applications:
            since = waiting_since(application, closed_at)
            reminder = NoAnswerReminder.objects.filter(
                application=application, waiting_since=since
            ).first()
            if reminder is None:
                if since + delay <= now:
                    to_remind.append((application, since))
            elif reminder.reminded_at + grace <= now and _close(application, policy, since=since):
                run.closed.append(application.pk)
        if to_remind:
            _remind(offer, to_remind, now=now, grace=grace, days=delay.days)
            run.reminded += [application.pk for application, _since in to_remind]
    return run


@transaction.atomic
def _remind(offer: Offer, waiting: list, *, now, grace, days) -> None:
    NoAnswerReminder.objects.bulk_create(
        NoAnswerReminder(application=application, waiting_since=since, reminded_at=now)
        for application, since in waiting
    )
    pseudonyms = [application.pseudonym for application, _since in waiting]
    log_action(
        "application.no_answer_reminded",
        actor=None,
        employer=offer.employer,
        target=offer,
        data={"pseudonyms": pseudonyms, "days": days},
    )
    recipients = employer_recipients(offer)
    subject, message = feedback.reminder_message(offer, pseudonyms, close_on=now + grace, days=days)

    def send() -> None:
        # One email each: nobody learns a colleague's address. An admin who switched the kind
        # off gets none; the reminder stays recorded, so switching it on sends no backlog.
        for user in recipients:
            send_email(user, subject=subject, body=message, kind=EmailKind.NO_ANSWER_REMINDER)

    transaction.on_commit(send)


@transaction.atomic
def _close(application: Application, policy, *, since) -> Decision | None:
    application = Application.objects.select_for_update().get(pk=application.pk)
    closed_at = assessment_closed_at(application.offer)
    if application.stage not in WAITING_STAGES or waiting_since(application, closed_at) != since:
        return None  # decided in the meantime
    previous = application.stage
    application = move_application(application, ApplicationStage.REJECTED, by=None)
    return record_decision(
        application,
        policy,
        DecisionKind.REJECT,
        DecisionReason.NO_DECISION_IN_TIME,
        "",
        previous,
        by=None,
    )
