"""Interviews: planning with a panel, independent scoring, the simultaneous reveal and the
consensus. Live pages are told after the commit, through `interviews.live`.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.audit import log_action
from candidates.models import Application
from core.text import strip_invisible
from employers.models import EmployerMembership, Offer
from interviews import scoring
from interviews.enums import (
    InterviewStatus,
    InterviewTransition,
    RevealReason,
)
from interviews.grids import MAX_EVIDENCE_LENGTH, NotOnPanel, current_version
from interviews.live import broadcast_state_after_commit, group_send, reveal_payload
from interviews.models import (
    ConsensusRating,
    GridVersion,
    Interview,
    InterviewError,
    InterviewTransitionError,
    PanelMember,
    Score,
    interview_refusal,
)


@transaction.atomic
def create_interview(application: Application, *, panel, lead, by) -> Interview:
    """Plan an interview of `application` with its panel and lead.

    Every interview of an offer at one stage uses the same grid version: the one of the
    interviews already planned at that stage, else the offer's newest version."""
    offer = Offer.objects.select_for_update().get(pk=application.offer_id)
    application = Application.objects.get(pk=application.pk)
    refusal = interview_refusal(application.stage)
    if refusal:
        raise InterviewError(refusal)
    panel_ids = {user.pk for user in panel}
    if not panel_ids:
        raise InterviewError(_("Le jury compte au moins une personne."))
    if lead.pk not in panel_ids:
        raise InterviewError(_("La personne qui mène l'entretien fait partie du jury."))
    members = set(
        EmployerMembership.objects.filter(employer=offer.employer, user__in=panel_ids).values_list(
            "user_id", flat=True
        )
    )
    if (
        members != panel_ids
        or not EmployerMembership.objects.filter(employer=offer.employer, user=by).exists()
    ):
        raise InterviewError(_("Le jury ne compte que des membres de l'entreprise."))
    if Interview.objects.filter(application=application, stage=application.stage).exists():
        raise InterviewError(_("Un entretien est déjà prévu pour cette candidature à cette étape."))
    sibling = (
        Interview.objects.filter(application__offer=offer, stage=application.stage)
        .select_related("grid_version")
        .first()
    )
    version = sibling.grid_version if sibling else current_version(offer)
    if version is None:
        raise InterviewError(_("Préparez d'abord la grille d'entretien de l'offre."))
    interview = Interview.objects.create(
        application=application,
        stage=application.stage,
        grid_version=version,
        lead=lead,
        created_by=by,
    )
    PanelMember.objects.bulk_create(
        PanelMember(interview=interview, user_id=user_id) for user_id in sorted(panel_ids)
    )
    log_action(
        "interview.created",
        actor=by,
        employer=offer.employer,
        target=interview,
        data={
            "pseudonym": application.pseudonym,
            "stage": application.stage,
            "version": version.number,
            "panel": sorted(panel_ids),
            "lead": lead.pk,
        },
    )
    return interview


def _locked_interview(interview: Interview) -> Interview:
    return (
        Interview.objects.select_for_update()
        .select_related("application__offer__employer", "grid_version")
        .get(pk=interview.pk)
    )


def _require_lead(interview: Interview, user) -> None:
    if interview.lead_id != user.pk:
        raise InterviewError(_("Seule la personne qui mène l'entretien peut faire cela."))


def _lock_version(version: GridVersion) -> None:
    if version.locked_at is None:
        version.locked_at = timezone.now()
        version.save(update_fields=["locked_at"])


@transaction.atomic
def start_scoring(interview: Interview, *, by) -> Interview:
    """The lead opens scoring. The grid version is locked from then on."""
    interview = _locked_interview(interview)
    _require_lead(interview, by)
    interview.apply_transition(InterviewTransition.START_SCORING)
    interview.save(update_fields=["status", "scoring_started_at"])
    _lock_version(interview.grid_version)
    log_action(
        "interview.scoring_started",
        actor=by,
        employer=interview.application.offer.employer,
        target=interview,
        data={"pseudonym": interview.application.pseudonym},
    )
    broadcast_state_after_commit(interview.pk)
    return interview


@transaction.atomic
def submit_scores(interview: Interview, ratings: dict[int, tuple[int, str]], *, by) -> Interview:
    """One panel member hands in a level and an evidence note for every competency
    (``ratings``: {competency id: (level, evidence)}). Once handed in, scores cannot change.
    The last submission reveals every score."""
    interview = _locked_interview(interview)
    member = interview.panel.filter(user=by).first()
    if member is None:
        raise NotOnPanel(_("Vous ne faites pas partie du jury de cet entretien."))
    if interview.status != InterviewStatus.SCORING:
        raise InterviewTransitionError(_("La notation n'est pas ouverte."))
    if member.has_submitted:
        raise InterviewError(_("Vous avez déjà remis vos notes."))
    competencies = list(interview.grid_version.competencies.all())
    scores = []
    for competency in competencies:
        level, evidence = ratings.get(competency.pk, (None, ""))
        evidence = strip_invisible(evidence or "").strip()  # also sent over the websocket
        if level not in (1, 2, 3, 4, 5):
            raise InterviewError(
                _("Choisissez un niveau de 1 à 5 pour « %(name)s ».") % {"name": competency.name}
            )
        if not evidence or len(evidence) > MAX_EVIDENCE_LENGTH:
            raise InterviewError(
                _("Notez en quelques mots ce que vous avez observé pour « %(name)s ».")
                % {"name": competency.name}
            )
        scores.append(
            Score(panel_member=member, competency=competency, level=level, evidence=evidence)
        )
    Score.objects.bulk_create(scores)
    member.submitted_at = timezone.now()
    member.save(update_fields=["submitted_at"])
    _lock_version(interview.grid_version)
    log_action(
        "interview.scores_submitted",
        actor=by,
        employer=interview.application.offer.employer,
        target=interview,
        data={"pseudonym": interview.application.pseudonym},
    )
    if not interview.panel.filter(submitted_at__isnull=True).exists():
        _reveal(interview, reason=RevealReason.ALL_SUBMITTED, by=by)
    else:
        broadcast_state_after_commit(interview.pk)
    return interview


@transaction.atomic
def close_scoring(interview: Interview, *, by) -> Interview:
    """The lead closes scoring before everyone has submitted: the scores handed in appear."""
    interview = _locked_interview(interview)
    _require_lead(interview, by)
    if not interview.can(InterviewTransition.REVEAL):
        raise InterviewTransitionError(_("La notation n'est pas ouverte."))
    if not interview.panel.filter(submitted_at__isnull=False).exists():
        raise InterviewError(_("Personne n'a encore remis ses notes."))
    _reveal(interview, reason=RevealReason.CLOSED_BY_LEAD, by=by)
    return interview


def _reveal(interview: Interview, *, reason: RevealReason, by) -> None:
    interview.apply_transition(InterviewTransition.REVEAL)
    interview.reveal_reason = reason
    interview.save(update_fields=["status", "revealed_at", "reveal_reason"])
    panel = list(interview.panel.all())
    log_action(
        "interview.scores_revealed",
        actor=by,
        employer=interview.application.offer.employer,
        target=interview,
        data={
            "pseudonym": interview.application.pseudonym,
            "reason": reason,
            "submitted": sum(member.has_submitted for member in panel),
            "panel": len(panel),
        },
    )
    payload = reveal_payload(interview)
    # Once the reveal is committed, the whole group learns the new state (status, everyone's
    # submission), then gets one message with every score.
    broadcast_state_after_commit(interview.pk)
    transaction.on_commit(lambda: group_send(interview.pk, "scores.revealed", payload))


@transaction.atomic
def record_consensus(
    interview: Interview, decisions: dict[int, tuple[int, str]], *, by
) -> Interview:
    """The lead records the agreed level and its justification for every competency; the
    weighted consensus score follows from the grid's weights."""
    interview = _locked_interview(interview)
    _require_lead(interview, by)
    if not interview.can(InterviewTransition.RECORD_CONSENSUS):
        raise InterviewTransitionError(_("Le consensus se note une fois les notes révélées."))
    ratings, pairs = [], []
    for competency in interview.grid_version.competencies.all():
        level, justification = decisions.get(competency.pk, (None, ""))
        justification = strip_invisible(justification or "").strip()
        if level not in (1, 2, 3, 4, 5) or not justification:
            raise InterviewError(
                _("Indiquez le niveau retenu et sa justification pour « %(name)s ».")
                % {"name": competency.name}
            )
        ratings.append(
            ConsensusRating(
                interview=interview,
                competency=competency,
                level=level,
                justification=justification,
            )
        )
        pairs.append((competency.weight, level))
    ConsensusRating.objects.bulk_create(ratings)
    interview.consensus_score = scoring.weighted_score(pairs)
    interview.apply_transition(InterviewTransition.RECORD_CONSENSUS)
    interview.save(update_fields=["status", "consensus_recorded_at", "consensus_score"])
    log_action(
        "interview.consensus_recorded",
        actor=by,
        employer=interview.application.offer.employer,
        target=interview,
        data={
            "pseudonym": interview.application.pseudonym,
            "score": str(interview.consensus_score_shown),
            "levels": {rating.competency.key: rating.level for rating in ratings},
        },
    )
    broadcast_state_after_commit(interview.pk)
    return interview
