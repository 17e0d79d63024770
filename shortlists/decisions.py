"""The ranking of an offer's applications and the decision on each, with a job-related reason,
a comment checked by the wording checker and an email to the candidate (through
`candidates.stages.notify_candidate`, which alone holds their address).
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from accounts.audit import log_action
from candidates.enums import ApplicationStage
from candidates.models import Application
from candidates.stages import (
    TRANSITIONS,
    InvalidStageTransition,
    move_application,
    notify_candidate,
)
from core.text import strip_invisible
from employers.free_text import refusing_findings
from employers.models import Offer
from shortlists import feedback, ranking
from shortlists.enums import DECISION_STAGES, REASONS_FOR, DecisionKind
from shortlists.models import (
    Decision,
    SelectionPolicy,
)
from shortlists.policies import CommentRefused, SelectionError, lock_policy
from shortlists.reveal import becomes_visible
from shortlists.scores import application_scores, scores_by_application


def ranked_applications(offer: Offer, policy: SelectionPolicy) -> list[ranking.Row]:
    """Every application of the offer but the withdrawn ones, ranked under `policy`, scored now
    (the pages read the stored scores, `shortlists.ranked`, which must give the same rows)."""
    applications = (
        Application.objects.filter(offer=offer)
        .exclude(stage=ApplicationStage.WITHDRAWN)
        .only("pseudonym", "stage", "offer_id", "candidate_id")
    )
    scores = scores_by_application(applications)  # the query, evaluated once, and a subquery
    entries = [
        ranking.Entry(
            key=a.pk,
            label=a.pseudonym,
            scores={c: ranking.points(s) for c, s in scores[a.pk].items()},
        )
        for a in applications
    ]
    return ranking.rank(entries, policy.rules)


def scores_with_total(application: Application, policy: SelectionPolicy | None) -> dict:
    """The application's points per component and its weighted total, as strings (or None),
    the way they are recorded and sent to the candidate."""
    points = {c: ranking.points(s) for c, s in application_scores(application).items()}
    total = policy.rules.total(points) if policy is not None else None
    return {
        key: None if value is None else str(value)
        for key, value in {**points, "total": total}.items()
    }


# Decisions --------------------------------------------------------------------------------


def WITHDRAWN_MESSAGE() -> str:  # noqa: N802 (a message, translated when asked for)
    return _("La personne a retiré sa candidature : il n'y a pas de décision à prendre.")


def available_decisions(application: Application) -> list[str]:
    return [
        kind for kind in DecisionKind if DECISION_STAGES[kind] in TRANSITIONS[application.stage]
    ]


@transaction.atomic
def decide(application: Application, *, kind: str, reason: str, comment: str = "", by) -> Decision:
    """Record a decision, move the application and send the candidate their scores."""
    kind = DecisionKind(kind)
    if Application.objects.filter(pk=application.pk, stage=ApplicationStage.WITHDRAWN).exists():
        raise SelectionError(WITHDRAWN_MESSAGE())
    if reason not in REASONS_FOR[kind]:
        raise SelectionError(_("Ce motif ne correspond pas à cette décision."))
    comment = strip_invisible(comment or "").strip()
    findings = refusing_findings(comment)
    if findings:
        raise CommentRefused(findings)
    policy = SelectionPolicy.objects.current_for(application.offer_id)
    if policy is None:
        raise SelectionError(_("Fixez d'abord les règles de sélection de l'offre."))
    lock_policy(policy, by=by)
    application = Application.objects.select_for_update().get(pk=application.pk)
    previous = application.stage
    if previous == ApplicationStage.WITHDRAWN:  # withdrawn meanwhile
        raise SelectionError(WITHDRAWN_MESSAGE())
    try:
        # The decision's email says what the stage change means (the reveal notice included).
        application = move_application(
            application, DECISION_STAGES[kind], by=by, candidate_told=True
        )
    except InvalidStageTransition as error:
        raise SelectionError(
            _("Cette candidature ne peut plus recevoir cette décision.")
        ) from error
    return record_decision(application, policy, kind, reason, comment, previous, by=by)


def record_decision(application, policy, kind, reason, comment, previous, *, by) -> Decision:
    decision = Decision.objects.create(
        application=application,
        policy=policy,
        kind=kind,
        reason=reason,
        comment=comment,
        from_stage=previous,
        to_stage=application.stage,
        scores=scores_with_total(application, policy),
        decided_by=by,
    )
    log_action(
        "application.decided",
        actor=by,
        employer=application.offer.employer,
        target=application,
        data={
            "pseudonym": application.pseudonym,
            "decision": kind,
            "reason": reason,
            "policy_version": policy.number if policy else None,
            "automatic": by is None,
        },
    )
    subject, message = feedback.decision_message(
        decision,
        application,
        identity_shared=becomes_visible(application.offer_id, previous, application.stage),
    )
    transaction.on_commit(lambda: notify_candidate(application, subject=subject, message=message))
    return decision
