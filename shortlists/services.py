"""Selection workflows: the offer's selection policy (versions and lock), its ranking, the
decisions on each application and the daily no-answer reminder and closure.

Each workflow runs under ``transaction.atomic()``, takes the acting user as ``by=``, raises
``SelectionError`` (message for the user) on a refused action and writes an audit entry.
Candidates are written to through `candidates.stages.notify_candidate`, which alone holds their
address.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.audit import log_action
from assessments.models import Campaign
from candidates.enums import ApplicationStage, reveal_stages
from candidates.models import Application
from candidates.stages import (
    TRANSITIONS,
    InvalidStageTransition,
    move_application,
    notify_candidate,
    notify_identity_shared,
)
from core.i18n import current_language
from employers.models import EmployerMembership, Offer
from employers.wording import Finding, check
from shortlists import feedback, ranking
from shortlists.enums import DECISION_STAGES, REASONS_FOR, DecisionKind, DecisionReason
from shortlists.models import (
    DEFAULT_GRACE_DAYS,
    DEFAULT_NO_ANSWER_DAYS,
    Decision,
    NoAnswerReminder,
    SelectionPolicy,
)
from shortlists.scores import application_scores, scores_by_application

REFUSING_SEVERITIES = frozenset({"illegal", "exclusionary"})
# Applications still waiting for the employer's decision.
WAITING_STAGES = (
    ApplicationStage.APPLIED,
    ApplicationStage.ASSESSED,
    ApplicationStage.INTERVIEW,
    ApplicationStage.SHORTLISTED,
)
POLICY_FIELDS = (
    "weight_coding",
    "weight_sjt",
    "weight_written",
    "weight_interview",
    "min_coding",
    "min_sjt",
    "min_written",
    "min_interview",
    "min_total",
    "missing_scores",
    "reveal_stage",
    "no_answer_days",
    "grace_days",
)


class SelectionError(Exception):
    """A refused action; the message is for the user."""


class CommentRefused(SelectionError):
    def __init__(self, findings: list[Finding]):
        self.findings = findings
        super().__init__(_("Le commentaire contient une formulation discriminatoire."))


# Policy -----------------------------------------------------------------------------------


def current_policy(offer: Offer) -> SelectionPolicy | None:
    return SelectionPolicy.objects.current_for(offer.pk)


@transaction.atomic
def save_policy(offer: Offer, values: dict, *, change_reason: str = "", by) -> SelectionPolicy:
    """Fix the offer's selection policy, or change it: in place while no result has been shown
    with it, as a new version (with a reason) once it is locked."""
    offer = Offer.objects.select_for_update().get(pk=offer.pk)
    current = SelectionPolicy.objects.current_for(offer.pk)
    values = {name: values[name] for name in POLICY_FIELDS}
    if current is None:
        policy = SelectionPolicy.objects.create(offer=offer, number=1, created_by=by, **values)
        log_action(
            "selection_policy.fixed",
            actor=by,
            employer=offer.employer,
            target=policy,
            data={"offer": offer.pk, "version": 1, "rules": policy.as_data()},
        )
        return policy
    before = current.as_data()
    if all(getattr(current, name) == value for name, value in values.items()):
        raise SelectionError(_("Ces règles sont déjà celles en vigueur."))
    if not current.is_locked:
        for name, value in values.items():
            setattr(current, name, value)
        current.save(update_fields=list(values))
        policy, action = current, "selection_policy.updated"
    else:
        change_reason = (change_reason or "").strip()
        if not change_reason:
            raise SelectionError(
                _("Des résultats ont déjà été classés avec ces règles : expliquez le changement.")
            )
        # Results are already on screen: the new version is in force, and locked, at once.
        policy = SelectionPolicy.objects.create(
            offer=offer,
            number=current.number + 1,
            created_by=by,
            change_reason=change_reason,
            locked_at=timezone.now(),
            **values,
        )
        action = "selection_policy.changed"
    log_action(
        action,
        actor=by,
        employer=offer.employer,
        target=policy,
        data={
            "offer": offer.pk,
            "version": policy.number,
            "before": before,
            "rules": policy.as_data(),
            "reason": policy.change_reason,
        },
    )
    _notify_newly_revealable(offer, before["reveal_stage"], policy.reveal_stage)
    return policy


def _notify_newly_revealable(offer: Offer, before: str, after: str) -> None:
    """An earlier reveal stage lets the employer see candidates who were not told: tell them."""
    newly = reveal_stages(after) - reveal_stages(before)
    if not newly:
        return
    for application in Application.objects.filter(offer=offer, stage__in=newly):
        transaction.on_commit(lambda a=application: notify_identity_shared(a))


def suggested_policy(offer: Offer) -> SelectionPolicy:
    """An unsaved first version: the defaults, with the assessment weights the employer already
    gave the offer's campaign when there are some."""
    policy = SelectionPolicy(offer=offer)
    campaign = Campaign.objects.filter(offer=offer, is_current=True).first()
    if campaign is not None and any(campaign.weights().values()):
        for component, weight in campaign.weights().items():
            setattr(policy, f"weight_{component}", weight)
    return policy


def lock_for_results(offer: Offer, *, by) -> SelectionPolicy | None:
    """For any page about to show the offer's results: lock the policy in force and return it;
    None when no policy is fixed yet (send the user to ``shortlists:policy`` first)."""
    policy = SelectionPolicy.objects.current_for(offer.pk)
    return lock_policy(policy, by=by) if policy is not None else None


def lock_policy(policy: SelectionPolicy, *, by) -> SelectionPolicy:
    """Lock `policy` the first time results are shown or used with it."""
    if policy.is_locked:
        return policy
    updated = SelectionPolicy.objects.filter(pk=policy.pk, locked_at__isnull=True).update(
        locked_at=timezone.now()
    )
    policy.refresh_from_db(fields=["locked_at"])
    if updated:
        log_action(
            "selection_policy.locked",
            actor=by,
            employer=policy.offer.employer,
            target=policy,
            data={"offer": policy.offer_id, "version": policy.number},
        )
    return policy


# Ranking ----------------------------------------------------------------------------------


def ranked_applications(offer: Offer, policy: SelectionPolicy) -> list[ranking.Row]:
    """Every application of the offer but the withdrawn ones, ranked under `policy`."""
    applications = list(
        Application.objects.filter(offer=offer)
        .exclude(stage=ApplicationStage.WITHDRAWN)
        .only("pseudonym", "stage", "offer_id", "candidate_id")
    )
    scores = scores_by_application(applications)
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


def refusing_findings(text: str) -> list[Finding]:
    """Illegal or exclusionary wording in a comment, with the message in the reader's language."""
    if not text:
        return []
    return [f for f in check(text, locale=current_language()) if f.severity in REFUSING_SEVERITIES]


def available_decisions(application: Application) -> list[str]:
    return [
        kind for kind in DecisionKind if DECISION_STAGES[kind] in TRANSITIONS[application.stage]
    ]


@transaction.atomic
def decide(application: Application, *, kind: str, reason: str, comment: str = "", by) -> Decision:
    """Record a decision, move the application and send the candidate their scores."""
    kind = DecisionKind(kind)
    if reason not in REASONS_FOR[kind]:
        raise SelectionError(_("Ce motif ne correspond pas à cette décision."))
    comment = (comment or "").strip()
    findings = refusing_findings(comment)
    if findings:
        raise CommentRefused(findings)
    policy = SelectionPolicy.objects.current_for(application.offer_id)
    if policy is None:
        raise SelectionError(_("Fixez d'abord les règles de sélection de l'offre."))
    lock_policy(policy, by=by)
    application = Application.objects.select_for_update().get(pk=application.pk)
    previous = application.stage
    try:
        application = move_application(application, DECISION_STAGES[kind], by=by)
    except InvalidStageTransition as error:
        raise SelectionError(
            _("Cette candidature ne peut plus recevoir cette décision.")
        ) from error
    return _record(application, policy, kind, reason, comment, previous, by=by)


def _record(application, policy, kind, reason, comment, previous, *, by) -> Decision:
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
    subject, message = feedback.decision_message(decision, application)
    transaction.on_commit(lambda: notify_candidate(application, subject=subject, message=message))
    return decision


# No candidate left without an answer -------------------------------------------------------


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


def _employer_recipients(offer: Offer) -> list[str]:
    memberships = EmployerMembership.objects.filter(employer=offer.employer_id)
    admins = memberships.admins()
    chosen = admins if admins.exists() else memberships
    return sorted(chosen.values_list("user__email", flat=True))


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
    recipients = _employer_recipients(offer)
    subject, message = feedback.reminder_message(offer, pseudonyms, close_on=now + grace, days=days)
    if recipients:
        transaction.on_commit(lambda: send_mail(subject, message, None, recipient_list=recipients))


@transaction.atomic
def _close(application: Application, policy, *, since) -> Decision | None:
    application = Application.objects.select_for_update().get(pk=application.pk)
    closed_at = assessment_closed_at(application.offer)
    if application.stage not in WAITING_STAGES or waiting_since(application, closed_at) != since:
        return None  # decided in the meantime
    previous = application.stage
    application = move_application(application, ApplicationStage.REJECTED, by=None)
    return _record(
        application,
        policy,
        DecisionKind.REJECT,
        DecisionReason.NO_DECISION_IN_TIME,
        "",
        previous,
        by=None,
    )
