"""The messages candidates receive with each decision: what was decided, why, and their own
scores (the assessment's only once it is closed: ``assessments.results.withheld_until``). French
first, then English, in one email (the platform does not know which language the
candidate reads)."""

from collections.abc import Callable

from django.utils import timezone, translation
from django.utils.formats import date_format, number_format, time_format
from django.utils.translation import gettext as _

from assessments.results import COMPONENTS as ASSESSMENT_COMPONENTS
from assessments.results import withheld_until
from candidates.stages import identity_shared_text
from core.elision import de
from shortlists.enums import Component, DecisionKind, DecisionReason, MissingScores
from shortlists.ranking import COMPONENTS

LANGUAGES = ("fr", "en")


def in_both_languages(compose: Callable[[], str], *, separator="\n\n-- English --\n\n") -> str:
    texts = []
    for language in LANGUAGES:
        with translation.override(language):
            texts.append(compose())
    if texts[0] == texts[1]:
        return texts[0]
    return f"{texts[0]}{separator}{texts[1]}"


def subject_in_both_languages(compose: Callable[[], str]) -> str:
    """An email subject is one line: "French / English"."""
    return in_both_languages(compose, separator=" / ")


def score_text(value) -> str:
    if value is None:
        return _("— (pas de résultat)")
    return _("%(points)s / 100") % {"points": number_format(value, 1)}


def scores_block(scores: dict, policy, *, withheld=None) -> str:
    """The candidate's scores; the assessment's parts and the total (which counts them) wait
    for the closing of the assessment when `withheld` is its moment."""
    lines = [_("Vos résultats :")]
    later = None
    if withheld is not None:
        local = timezone.localtime(withheld)
        later = _("visible à la clôture de l'évaluation, le %(day)s à %(time)s au plus tard") % {
            "day": date_format(local, "DATE_FORMAT"),
            "time": time_format(local, "TIME_FORMAT"),
        }
    for component in COMPONENTS:
        text = score_text(scores.get(component))
        if later and component in ASSESSMENT_COMPONENTS:
            text = later
        lines.append(f"- {Component(component).label} : {text}")
    lines.append(f"- {_('Total pondéré')} : {later or score_text(scores.get('total'))}")
    if policy is not None:
        weights = ", ".join(
            f"{Component(c).label} {policy.weight(c)}" for c in COMPONENTS if policy.weight(c)
        )
        lines.append(
            _("Poids des règles de sélection (version %(number)s) : %(weights)s.")
            % {"number": policy.number, "weights": weights}
        )
        lines.append(MissingScores(policy.missing_scores).label + ".")
    return "\n".join(lines)


OUTCOMES = {
    DecisionKind.ADVANCE: lambda: _(
        "Vous êtes invité·e en entretien. L'employeur vous proposera une date."
    ),
    DecisionKind.SHORTLIST: lambda: _("Votre candidature fait partie de la présélection."),
    DecisionKind.HIRE: lambda: _("L'employeur a décidé de vous recruter. Félicitations !"),
    DecisionKind.REJECT: lambda: _(
        "L'employeur n'a pas retenu votre candidature. Merci du temps que vous y avez "
        "consacré : vos résultats ci-dessous peuvent vous servir pour vos prochaines "
        "candidatures."
    ),
}


def decision_message(decision, application, *, identity_shared=False) -> tuple[str, str]:
    """(subject, body) of the email sent to the candidate after `decision`. `identity_shared`:
    the decision lets the employer see who they are, which the email says too (the only email
    of the move: `candidates.stages.move_application`'s `candidate_told`)."""
    offer = application.offer
    withheld = withheld_until(application)

    def subject() -> str:
        return _("[Vivier] Décision sur votre candidature : %(offer)s") % {"offer": offer.title}

    def body() -> str:
        if decision.reason == DecisionReason.NO_DECISION_IN_TIME:
            outcome = _(
                "L'employeur n'a pas pris de décision dans le délai annoncé : votre candidature "
                "est close. Nous sommes désolés de cette attente, qui ne dit rien de la valeur "
                "de votre candidature. Vos résultats ci-dessous vous appartiennent."
            )
        else:
            outcome = OUTCOMES[decision.kind]()
        parts = [
            _("Bonjour,"),
            _("Votre candidature à l'offre « %(offer)s » %(de_employer)s :")
            % {"offer": offer.title, "de_employer": de(offer.employer.name)},
            outcome,
            _("Motif : %(reason)s.") % {"reason": DecisionReason(decision.reason).label},
        ]
        if identity_shared:
            parts.append(identity_shared_text())
        if decision.comment:
            parts.append(
                _("Commentaire de l'employeur : %(comment)s") % {"comment": decision.comment}
            )
        parts.append(scores_block(decision.scores, decision.policy, withheld=withheld))
        parts.append(_("L'équipe Vivier"))
        return "\n\n".join(parts)

    return subject_in_both_languages(subject), in_both_languages(body)


def reminder_message(offer, pseudonyms: list[str], *, close_on, days: int) -> tuple[str, str]:
    """(subject, body) of the reminder sent to the employer's admins."""

    def subject() -> str:
        return _("[Vivier] Des candidatures attendent votre décision : %(offer)s") % {
            "offer": offer.title
        }

    def body() -> str:
        listing = "\n".join(f"- {pseudonym}" for pseudonym in pseudonyms)
        return "\n\n".join(
            [
                _("Bonjour,"),
                _(
                    "Ces candidatures à l'offre « %(offer)s » attendent une décision depuis "
                    "plus de %(days)s jours :"
                )
                % {"offer": offer.title, "days": days},
                listing,
                _(
                    "Sans décision d'ici le %(date)s, elles seront closes automatiquement et "
                    "chaque candidat·e recevra un message avec ses résultats."
                )
                % {"date": date_format(timezone.localtime(close_on), "SHORT_DATE_FORMAT")},
                _("L'équipe Vivier"),
            ]
        )

    return subject_in_both_languages(subject), in_both_languages(body)
