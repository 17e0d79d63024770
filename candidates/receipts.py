"""The application receipt: the candidate is told by email that their application is recorded,
however it was made (on the offer's page, through an adviser's invitation, or by an adviser on
their behalf). `candidates.services.apply_to_offer`, through which every application goes,
sends it once the application is committed. It is always sent (no preference switches it off):
it confirms what the person did or what was done in their name."""

from __future__ import annotations

import logging
import smtplib

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _

from candidates.models import Application
from candidates.origins import origins_of
from candidates.stages import notify_candidate
from core.elision import de
from core.i18n import in_both_languages, subject_in_both_languages
from core.site import absolute_url

logger = logging.getLogger(__name__)


def _assessment_to_take(offer) -> bool:
    """Whether the offer asks for an assessment the candidate can still take: its current
    campaign, neither closed by the employer nor past its deadline (`Campaign.is_closed`).
    Spelt through the relation's name: the assessments app stands above this one."""
    return offer.assessment_campaigns.filter(
        is_current=True, closed_at__isnull=True, deadline__gt=timezone.now()
    ).exists()


def send_receipt(application_id: int) -> bool:
    """Email the candidate that the application is recorded. False when nobody can be written
    to (the account is gone) or the mail server refused (logged: the application stands)."""
    application = (
        Application.objects.select_related("offer__employer").filter(pk=application_id).first()
    )
    if application is None:
        return False
    offer = application.offer
    recorded_at = timezone.localtime(application.created_at)
    with_assessment = _assessment_to_take(offer)

    def body() -> str:
        parts = [
            _("Bonjour,"),
            _(
                "Votre candidature à l'offre « %(offer)s » %(de_employer)s est bien "
                "enregistrée, le %(day)s à %(time)s."
            )
            % {
                "offer": offer.title,
                "de_employer": de(offer.employer.name),
                "day": date_format(recorded_at, "DATE_FORMAT"),
                "time": time_format(recorded_at, "TIME_FORMAT"),
            },
        ]
        origin = origins_of([application.pk]).get(application.pk)  # in the language at hand
        if origin is not None:
            parts.append(origin.for_candidate + ".")
        dashboard = absolute_url(reverse("candidates:dashboard"))
        parts += [
            _(
                "L'employeur ne voit que votre pseudonyme pour cette offre, « %(pseudonym)s », "
                "jamais votre nom ni vos coordonnées, jusqu'à l'étape où votre identité lui est "
                "dévoilée."
            )
            % {"pseudonym": application.pseudonym},
            _(
                "Suivez votre candidature et passez les étapes suivantes (évaluation, "
                "entretien) dans votre espace : %(link)s"
            )
            % {"link": dashboard}
            if with_assessment
            else _(
                "Suivez votre candidature et passez l'étape suivante (entretien) dans votre "
                "espace : %(link)s"
            )
            % {"link": dashboard},
            _("Vous pouvez la retirer à tout moment : %(link)s")
            % {"link": absolute_url(reverse("candidates:withdraw", args=[application.pk]))},
            _("L'équipe Vivier"),
        ]
        return "\n\n".join(parts)

    try:
        return notify_candidate(
            application,
            subject=subject_in_both_languages(
                lambda: (
                    _("Candidature enregistrée : %(offer)s")
                    % {"offer": " ".join(offer.title.split())}
                ),
                prefix="[Vivier] ",
            ),
            message=in_both_languages(body),
        )
    except (smtplib.SMTPException, OSError):
        logger.exception("Receipt of application %s not sent", application.pk)
        return False
