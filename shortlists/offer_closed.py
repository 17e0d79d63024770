"""When an employer closes an offer (`employers.signals.offer_closed`, connected in
`ShortlistsConfig`), each candidate whose application is still waiting for an outcome
(`policies.WAITING_STAGES`: not hired, not retained, not withdrawn) is told by email, once the
closing is committed: the offer takes no new application, theirs stays open and will get an
answer (a decision, or the closing with a respectful answer of `reminders` past the delay).

Always sent (no `EmailKind`): it is about the person's own application, like a decision, not a
notice they chose to receive; switched off, a candidate would learn only from a closed public
page that the offer they wait on is closed, and might think their application lost. Each mail
names the offer, its employer and the person's own pseudonym: never another candidate, nor who
closed the offer.
"""

from __future__ import annotations

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from candidates.models import Application
from candidates.stages import notify_candidate
from core.i18n import in_both_languages, subject_in_both_languages
from core.site import absolute_url
from shortlists.policies import WAITING_STAGES


def tell_candidates_still_waiting(offer, **kwargs) -> None:
    """Receiver of `offer_closed`: mail the applications still open, after the commit."""
    waiting = list(
        Application.objects.filter(offer=offer, stage__in=WAITING_STAGES)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if waiting:
        transaction.on_commit(lambda: send_offer_closed_mails(waiting))


def send_offer_closed_mails(application_ids) -> int:
    """How many were sent (a deleted account gets none)."""
    sent = 0
    applications = Application.objects.filter(pk__in=application_ids).select_related(
        "offer__employer"
    )
    for application in applications.order_by("pk"):
        sent += _tell(application)
    return sent


def _tell(application: Application) -> bool:
    offer = application.offer
    link = absolute_url(reverse("candidates:dashboard"))

    def body() -> str:
        return "\n\n".join(
            [
                _("Bonjour,"),
                _(
                    "%(employer)s a clôturé l'offre « %(offer)s » : elle ne reçoit plus de "
                    "nouvelles candidatures."
                )
                % {"employer": offer.employer.name, "offer": offer.title},
                _(
                    "Votre candidature, sous le pseudonyme « %(pseudonym)s », reste ouverte : "
                    "l'employeur poursuit le recrutement avec les personnes qui ont déjà "
                    "candidaté. Vous recevrez une réponse dans tous les cas : sans décision de sa "
                    "part dans le délai prévu, Vivier clôt la candidature et vous l'écrit."
                )
                % {"pseudonym": application.pseudonym},
                _("Suivez-la dans votre espace : %(link)s") % {"link": link},
                _("L'équipe Vivier"),
            ]
        )

    return notify_candidate(
        application,
        subject=subject_in_both_languages(
            lambda: _("Offre clôturée : %(offer)s") % {"offer": " ".join(offer.title.split())},
            prefix="[Vivier] ",
        ),
        message=in_both_languages(body),
    )
