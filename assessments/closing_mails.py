"""The emails sent when an employer closes an assessment (`campaigns.close_campaign`), once
the closing is committed. Always sent (no `EmailKind`): they tell of a change the candidate
could not foresee.

- To each candidate who had not started an assessment closed before its deadline (application
  neither rejected nor withdrawn): it was closed early, on that day, and can no longer be taken.
- To each candidate whose results the closing made visible (a sitting handed in, before or by
  the closing; not after a withdrawal): their results are available, with the link to them.

Each mail names the offer and its employer only: no one else's identity, not the person who
closed.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from assessments.models import Campaign
from candidates.models import Application
from candidates.stages import notify_candidate
from core.elision import de
from core.i18n import in_both_languages, subject_in_both_languages
from core.site import absolute_url

PARIS = ZoneInfo("Europe/Paris")


def send_closing_mails(offer_id: int, never_started, with_results) -> int:
    """Mail the applications of `never_started` and `with_results` (ids); how many were sent."""
    closed_at = (
        Campaign.objects.filter(offer_id=offer_id, closed_at__isnull=False)
        .order_by("-closed_at")
        .values_list("closed_at", flat=True)
        .first()
    )
    applications = Application.objects.select_related("offer__employer")
    sent = 0
    for application in applications.filter(pk__in=never_started).order_by("pk"):
        sent += _closed_early(application, closed_at)
    for application in applications.filter(pk__in=with_results).order_by("pk"):
        sent += _results_available(application)
    return sent


def _offer_names(application: Application) -> dict[str, str]:
    offer = application.offer
    return {"offer": offer.title, "de_employer": de(offer.employer.name)}


def _subject_offer(application: Application) -> str:
    return " ".join(application.offer.title.split())


def _closed_early(application: Application, closed_at) -> bool:
    link = absolute_url(reverse("assessments:campaign_home", args=[application.pk]))

    def body() -> str:
        return "\n\n".join(
            [
                _("Bonjour,"),
                _(
                    "L'employeur a clôturé le %(date)s l'évaluation de l'offre « %(offer)s » "
                    "%(de_employer)s, avant sa date limite."
                )
                % {
                    **_offer_names(application),
                    "date": date_format(closed_at.astimezone(PARIS), "j F Y"),
                },
                _(
                    "Vous ne l'aviez pas commencée : elle ne peut plus être passée. Votre "
                    "candidature : %(link)s"
                )
                % {"link": link},
                _("L'équipe Vivier"),
            ]
        )

    return notify_candidate(
        application,
        subject=subject_in_both_languages(
            lambda: (
                _("[Vivier] Évaluation clôturée avant sa date limite : %(offer)s")
                % {"offer": _subject_offer(application)}
            )
        ),
        message=in_both_languages(body),
    )


def _results_available(application: Application) -> bool:
    link = absolute_url(reverse("assessments:attempt_results", args=[application.pk]))

    def body() -> str:
        return "\n\n".join(
            [
                _("Bonjour,"),
                _(
                    "L'employeur a clôturé l'évaluation de l'offre « %(offer)s » "
                    "%(de_employer)s : vos résultats sont disponibles."
                )
                % _offer_names(application),
                _("Consultez-les ici : %(link)s") % {"link": link},
                _("L'équipe Vivier"),
            ]
        )

    return notify_candidate(
        application,
        subject=subject_in_both_languages(
            lambda: (
                _("[Vivier] Vos résultats d'évaluation sont disponibles : %(offer)s")
                % {"offer": _subject_offer(application)}
            )
        ),
        message=in_both_languages(body),
    )
