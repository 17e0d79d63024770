"""Reminders before an assessment's deadline, 48 h and 24 h before, to the candidates who have
not started it yet (`manage.py send_assessment_reminders`, every 10 minutes).

Who: an application still at « Candidature envoyée » to an offer whose current campaign is
open, without a sitting (a sitting in progress has its own clock and hand-in; one handed in is
done). When: the 48 h reminder once the deadline is 48 h away or less, the 24 h one once it is
24 h away or less; a run that finds the deadline already within 24 h sends only the 24 h one.
Each is remembered (`DeadlineReminder`: application, deadline, delay) before it is sent, so a
reminder goes once however often the command runs; a deadline moved later gets new reminders.
An optional email (`EmailKind.ASSESSMENT_REMINDER`): a candidate who switched it off is
remembered as reminded and gets nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.enums import EmailKind
from assessments.campaigns import time_multiplier
from assessments.models import Accommodation, Attempt, Campaign, DeadlineReminder
from candidates.enums import ApplicationStage
from candidates.models import Application
from candidates.stages import notify_candidate
from core.elision import de
from core.i18n import in_both_languages, subject_in_both_languages
from core.site import absolute_url

REMINDER_HOURS = (48, 24)  # largest first
PARIS = ZoneInfo("Europe/Paris")


@dataclass
class ReminderRun:
    sent: list[tuple[int, int]] = field(default_factory=list)  # (application id, hours)


def due_delay(deadline: datetime, now: datetime) -> int | None:
    """The reminder due at `now` for `deadline` (48 or 24), or None (too early, or past)."""
    if deadline <= now:
        return None
    due = None
    for hours in REMINDER_HOURS:
        if deadline - now <= timedelta(hours=hours):
            due = hours
    return due


def send_deadline_reminders(*, now: datetime | None = None) -> ReminderRun:
    now = now or timezone.now()
    run = ReminderRun()
    campaigns = Campaign.objects.current().filter(
        closed_at__isnull=True,
        deadline__gt=now,
        deadline__lte=now + timedelta(hours=max(REMINDER_HOURS)),
    )
    for campaign in campaigns.select_related("offer__employer"):
        hours = due_delay(campaign.deadline, now)
        if hours is None:
            continue
        waiting = (
            Application.objects.filter(offer_id=campaign.offer_id, stage=ApplicationStage.APPLIED)
            .exclude(
                pk__in=Attempt.objects.filter(application__offer_id=campaign.offer_id).values(
                    "application_id"
                )
            )
            .exclude(
                pk__in=DeadlineReminder.objects.filter(
                    deadline=campaign.deadline, hours_before=hours
                ).values("application_id")
            )
            .order_by("pk")
        )
        for application in waiting:
            if _remember(application, campaign, hours, now):
                run.sent.append((application.pk, hours))
    return run


def _remember(application: Application, campaign: Campaign, hours: int, now: datetime) -> bool:
    """Record the reminder, and send it once that is committed; False when another run
    recorded it first."""
    try:
        with transaction.atomic():
            DeadlineReminder.objects.create(
                application=application,
                campaign=campaign,
                deadline=campaign.deadline,
                hours_before=hours,
                sent_at=now,
            )
            transaction.on_commit(partial(_mail, application.pk, campaign.pk, hours))
    except IntegrityError:
        return False
    return True


def _deadline_text(deadline: datetime) -> str:
    moment = deadline.astimezone(PARIS)
    return _("%(day)s à %(time)s (heure de Paris)") % {
        "day": date_format(moment, "l j F Y"),
        "time": time_format(moment, "H:i"),
    }


def _mail(application_id: int, campaign_id: int, hours: int) -> bool:
    application = Application.objects.select_related("offer__employer").get(pk=application_id)
    campaign = Campaign.objects.get(pk=campaign_id)
    accommodation = Accommodation.objects.filter(application=application).first()
    minutes = campaign.minutes_for(time_multiplier(accommodation, campaign))
    offer = application.offer
    link = absolute_url(reverse("assessments:campaign_home", args=[application.pk]))

    def body() -> str:
        return "\n\n".join(
            [
                _("Bonjour,"),
                ngettext(
                    "L'évaluation de l'offre « %(offer)s » %(de_employer)s se termine dans "
                    "moins de %(hours)d heure : le %(deadline)s.",
                    "L'évaluation de l'offre « %(offer)s » %(de_employer)s se termine dans "
                    "moins de %(hours)d heures : le %(deadline)s.",
                    hours,
                )
                % {
                    "offer": offer.title,
                    "de_employer": de(offer.employer.name),
                    "hours": hours,
                    "deadline": _deadline_text(campaign.deadline),
                },
                _(
                    "Vous ne l'avez pas encore commencée. Elle dure %(minutes)d minutes, à "
                    "passer en une fois ; commencez-la assez tôt pour la finir avant la date "
                    "limite : %(link)s"
                )
                % {"minutes": minutes, "link": link},
                _("L'équipe Vivier"),
            ]
        )

    return notify_candidate(
        application,
        kind=EmailKind.ASSESSMENT_REMINDER,
        subject=subject_in_both_languages(
            lambda: (
                ngettext(
                    "[Vivier] Évaluation à passer dans les %(hours)d heure : %(offer)s",
                    "[Vivier] Évaluation à passer dans les %(hours)d heures : %(offer)s",
                    hours,
                )
                % {"hours": hours, "offer": " ".join(offer.title.split())}
            )
        ),
        message=in_both_languages(body),
    )
