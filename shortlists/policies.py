"""An offer's selection policy: versions, the lock before any result shows, and the candidates
told when an earlier reveal stage uncovers them.

Each workflow runs under ``transaction.atomic()``, takes the acting user as ``by=``, raises
``SelectionError`` (message for the user) on a refused action and writes an audit entry.
"""

from __future__ import annotations

from functools import partial

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.audit import log_action
from assessments.models import Campaign
from candidates.enums import ApplicationStage, reveal_stages
from candidates.models import Application
from candidates.stages import (
    notify_identity_shared,
)
from employers.models import Offer
from employers.wording import Finding
from shortlists import stored_scores
from shortlists.models import (
    SelectionPolicy,
)

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
        stored_scores.refresh_offer(offer)
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
        policy = current
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
    stored_scores.refresh_offer(offer)  # totals and order under the new rules
    data = {
        "offer": offer.pk,
        "version": policy.number,
        "before": before,
        "rules": policy.as_data(),
        "reason": policy.change_reason,
    }
    if policy is current:
        log_action(
            "selection_policy.updated", actor=by, employer=offer.employer, target=policy, data=data
        )
    else:
        log_action(
            "selection_policy.changed", actor=by, employer=offer.employer, target=policy, data=data
        )
    _notify_newly_revealable(offer, before["reveal_stage"], policy.reveal_stage)
    return policy


def _notify_newly_revealable(offer: Offer, before: str, after: str) -> None:
    """An earlier reveal stage lets the employer see candidates who were not told: tell them."""
    newly = reveal_stages(after) - reveal_stages(before)
    if not newly:
        return
    for application in Application.objects.filter(offer=offer, stage__in=newly):
        transaction.on_commit(partial(notify_identity_shared, application))


def suggested_policy(offer: Offer) -> SelectionPolicy:
    """An unsaved first version: the defaults, with the assessment weights the employer already
    gave the offer's campaign when there are some."""
    policy = SelectionPolicy(offer=offer)
    campaign = Campaign.objects.filter(offer=offer, is_current=True).first()
    if campaign is not None and any(campaign.weights().values()):
        for component, weight in campaign.weights().items():
            setattr(policy, f"weight_{component}", weight)
    return policy


def lock_policy(policy: SelectionPolicy, *, by) -> SelectionPolicy:
    """Lock `policy`: asked for by a person before any result shows (``shortlists:lock``), and
    by a decision, which uses the rules. Locking a locked policy changes nothing."""
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
