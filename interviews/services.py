"""Interview workflows: grids (copy, edit, versions), panels, scoring, reveal and consensus.

Views and the websocket consumer call these functions and nothing else. Each runs under
``transaction.atomic()``, takes the acting user as ``by=``, raises ``InterviewError`` (message
for the user) on a refused action, and writes an audit entry for every transition. Live pages
are told after the commit, through the channel layer group of the interview.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from accounts.audit import log_action
from candidates.models import Application
from core.i18n import current_language
from employers.models import EmployerMembership, Offer
from employers.wording import Finding, check_question
from interviews import scoring
from interviews.enums import (
    INTERVIEWABLE_STAGES,
    InterviewStatus,
    InterviewTransition,
    RevealReason,
)
from interviews.library import get_grid
from interviews.models import (
    Competency,
    ConsensusRating,
    GridVersion,
    Interview,
    InterviewError,
    InterviewTransitionError,
    PanelMember,
    Score,
    SessionPresence,
)

# Findings that refuse a question: a personal question unrelated to the job (C. trav. L.1221-6:
# questions may only assess the ability to hold the job) on a protected ground.
PERSONAL_CATEGORIES = frozenset(
    {
        "family_pregnancy",
        "origin_nationality",
        "religion",
        "health_disability",
        "age",
        "residence",
        "union_political",
        "sex_gender",
        "personal_data",
        "appearance",
    }
)
REFUSING_SEVERITIES = frozenset({"illegal", "exclusionary"})
MAX_QUESTION_LENGTH = 500
MAX_EVIDENCE_LENGTH = 1000
# A websocket that has not said anything for this long no longer counts as present.
PRESENCE_TIMEOUT = timedelta(seconds=90)

log = logging.getLogger(__name__)


class QuestionRefused(InterviewError):
    """Questions the wording checker found personal: {question index: [Finding]}."""

    def __init__(self, refused: dict[int, list[Finding]]):
        self.refused = refused
        super().__init__(_("Une question porte sur la vie personnelle : elle est refusée."))


class NotOnPanel(InterviewError):
    pass


# Grids ------------------------------------------------------------------------------------


def refusing_findings(text: str, *, language: str) -> list[Finding]:
    """The findings that make a question personal, with their message in the reader's
    language and their legal basis."""
    return [
        finding
        for finding in check_question(text, lang=language, locale=current_language())
        if finding.category in PERSONAL_CATEGORIES and finding.severity in REFUSING_SEVERITIES
    ]


def current_version(offer: Offer) -> GridVersion | None:
    return offer.interview_grids.order_by("-number").first()


def _next_number(offer: Offer) -> int:
    return (offer.interview_grids.aggregate(top=Max("number"))["top"] or 0) + 1


@transaction.atomic
def copy_library_grid(offer: Offer, slug: str, *, language: str, by) -> GridVersion:
    """Copy a ready-made grid of the library to the offer, as its newest version."""
    spec = get_grid(slug)
    offer = Offer.objects.select_for_update().get(pk=offer.pk)
    version = GridVersion.objects.create(
        offer=offer,
        number=_next_number(offer),
        title=spec.title[language],
        language=language,
        source_slug=slug,
        created_by=by,
    )
    Competency.objects.bulk_create(
        Competency(
            version=version,
            key=competency.key,
            position=position,
            name=competency.name[language],
            weight=competency.weight,
            questions=[question.text[language] for question in competency.questions],
            **{f"level_{item.level}": item.description[language] for item in competency.levels},
        )
        for position, competency in enumerate(spec.competencies)
    )
    log_action(
        "interview_grid.copied",
        actor=by,
        employer=offer.employer,
        target=version,
        data={"offer": offer.pk, "slug": slug, "version": version.number},
    )
    return version


def _editable_version(offer: Offer, *, by) -> GridVersion:
    """The newest version if nobody scored with it yet, else a new copy of it."""
    latest = current_version(offer)
    if latest is None:
        raise InterviewError(_("Cette offre n'a pas encore de grille d'entretien."))
    if not latest.is_locked:
        return latest
    competencies = list(latest.competencies.all())
    version = GridVersion.objects.create(
        offer=offer,
        number=latest.number + 1,
        title=latest.title,
        language=latest.language,
        source_slug=latest.source_slug,
        created_by=by,
    )
    for competency in competencies:
        competency.pk = None
        competency.version = version
    Competency.objects.bulk_create(competencies)
    log_action(
        "interview_grid.version_created",
        actor=by,
        employer=offer.employer,
        target=version,
        data={"offer": offer.pk, "from": latest.number, "version": version.number},
    )
    return version


@dataclass
class CompetencyData:
    name: str
    weight: object
    questions: list[str]
    levels: list[str]


@transaction.atomic
def save_competency(offer: Offer, data: CompetencyData, *, key: str | None = None, by):
    """Add a competency (``key=None``) or change one; a locked grid gets a new version first.
    Personal questions are refused with ``QuestionRefused``."""
    offer = Offer.objects.select_for_update().get(pk=offer.pk)
    latest = current_version(offer)
    if latest is None:
        raise InterviewError(_("Cette offre n'a pas encore de grille d'entretien."))
    questions = [q.strip() for q in data.questions if q.strip()]
    if not questions:
        raise InterviewError(_("Une compétence a au moins une question."))
    if len(data.levels) != 5 or not all(text.strip() for text in data.levels):
        raise InterviewError(_("Décrivez chacun des cinq niveaux par un comportement observable."))
    refused = {
        index: findings
        for index, question in enumerate(questions)
        if (findings := refusing_findings(question, language=latest.language))
    }
    if refused:
        raise QuestionRefused(refused)
    version = _editable_version(offer, by=by)
    if key is None:
        competency = Competency(
            version=version,
            key=_unique_key(version, data.name),
            position=(version.competencies.aggregate(top=Max("position"))["top"] or 0) + 1,
        )
    else:
        competency = version.competencies.filter(key=key).first()
        if competency is None:
            raise InterviewError(_("Cette compétence n'existe pas dans la grille."))
    competency.name = data.name.strip()
    competency.weight = data.weight
    competency.questions = questions
    for level, text in enumerate(data.levels, start=1):
        setattr(competency, f"level_{level}", text.strip())
    competency.full_clean(exclude=["version"])
    competency.save()
    log_action(
        "interview_grid.competency_saved",
        actor=by,
        employer=offer.employer,
        target=version,
        data={"offer": offer.pk, "version": version.number, "competency": competency.key},
    )
    return competency


def _unique_key(version: GridVersion, name: str) -> str:
    base = slugify(name)[:50] or "competence"
    taken = set(version.competencies.values_list("key", flat=True))
    key, suffix = base, 2
    while key in taken:
        key, suffix = f"{base}-{suffix}", suffix + 1
    return key


@transaction.atomic
def delete_competency(offer: Offer, key: str, *, by) -> GridVersion:
    offer = Offer.objects.select_for_update().get(pk=offer.pk)
    latest = current_version(offer)
    if latest is None or not latest.competencies.filter(key=key).exists():
        raise InterviewError(_("Cette compétence n'existe pas dans la grille."))
    if latest.competencies.count() <= 1:
        raise InterviewError(_("Une grille garde au moins une compétence."))
    version = _editable_version(offer, by=by)
    version.competencies.filter(key=key).delete()
    log_action(
        "interview_grid.competency_deleted",
        actor=by,
        employer=offer.employer,
        target=version,
        data={"offer": offer.pk, "version": version.number, "competency": key},
    )
    return version


# Interviews -------------------------------------------------------------------------------


@transaction.atomic
def create_interview(application: Application, *, panel, lead, by) -> Interview:
    """Plan an interview of `application` with its panel and lead.

    Every interview of an offer at one stage uses the same grid version: the one of the
    interviews already planned at that stage, else the offer's newest version."""
    offer = Offer.objects.select_for_update().get(pk=application.offer_id)
    application = Application.objects.get(pk=application.pk)
    if application.stage not in INTERVIEWABLE_STAGES:
        raise InterviewError(_("Cette candidature n'est plus en cours."))
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
    _after_commit_broadcast_state(interview.pk)
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
        evidence = (evidence or "").strip()
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
        _after_commit_broadcast_state(interview.pk)
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
    # One message with every score to the whole group, once the reveal is committed.
    transaction.on_commit(lambda: _group_send(interview.pk, "scores.revealed", payload))


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
        justification = (justification or "").strip()
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
            "score": str(interview.consensus_score),
            "levels": {rating.competency.key: rating.level for rating in ratings},
        },
    )
    _after_commit_broadcast_state(interview.pk)
    return interview


# What panel members see -------------------------------------------------------------------


def interview_for_member(user, **lookup) -> Interview | None:
    """The interview matching ``lookup`` if `user` sits on its panel, else None."""
    if user is None or not user.is_authenticated:
        return None
    return (
        Interview.objects.for_panel_member(user)
        .select_related("application__offer__employer", "grid_version", "lead")
        .filter(**lookup)
        .order_by("-created_at", "-id")
        .first()
    )


def present_user_ids(interview_id: int) -> set[int]:
    since = timezone.now() - PRESENCE_TIMEOUT
    return set(
        SessionPresence.objects.filter(interview_id=interview_id, last_seen__gte=since).values_list(
            "user_id", flat=True
        )
    )


def session_state(interview_id: int) -> dict:
    """Who is present and who has submitted: never a score."""
    interview = Interview.objects.get(pk=interview_id)
    present = present_user_ids(interview_id)
    panel = interview.panel.select_related("user")
    return {
        "type": "state",
        "status": interview.status,
        "panel": [
            {
                "id": member.pk,
                "name": str(member.user),
                "lead": member.user_id == interview.lead_id,
                "present": member.user_id in present,
                "submitted": member.has_submitted,
            }
            for member in panel
        ],
    }


def reveal_payload(interview: Interview) -> dict:
    """Every submitted score, by competency, with the divergence flags."""
    members = list(interview.panel.select_related("user").filter(submitted_at__isnull=False))
    by_member = {member.pk: member for member in members}
    scores: dict[int, list[Score]] = {}
    for score in Score.objects.filter(panel_member__in=members).order_by("panel_member_id"):
        scores.setdefault(score.competency_id, []).append(score)
    competencies = []
    for competency in interview.grid_version.competencies.all():
        rows = scores.get(competency.pk, [])
        levels = [row.level for row in rows]
        competencies.append(
            {
                "id": competency.pk,
                "key": competency.key,
                "name": competency.name,
                "weight": float(competency.weight),
                "scores": [
                    {
                        "member": row.panel_member_id,
                        "name": str(by_member[row.panel_member_id].user),
                        "level": row.level,
                        "evidence": row.evidence,
                    }
                    for row in rows
                ],
                "spread": scoring.spread(levels),
                "discuss": scoring.needs_discussion(levels),
            }
        )
    return {"type": "scores", "status": interview.status, "competencies": competencies}


def scores_for(interview: Interview, user) -> dict:
    """What `user` may read of the scores: their own always, everyone's once revealed.
    Non-members of the panel get ``NotOnPanel``."""
    member = interview.panel.filter(user=user).first()
    if member is None:
        raise NotOnPanel(_("Vous ne faites pas partie du jury de cet entretien."))
    own = {score.competency_id: score for score in member.scores.all()}
    return {
        "member": member,
        "own": own,
        "revealed": reveal_payload(interview) if interview.scores_visible else None,
    }


# Presence and broadcasting ----------------------------------------------------------------


def group_name(interview_id: int) -> str:
    return f"interview-{interview_id}"


def mark_present(interview_id: int, user, channel_name: str) -> None:
    SessionPresence.objects.update_or_create(
        channel_name=channel_name,
        defaults={"interview_id": interview_id, "user": user, "last_seen": timezone.now()},
    )


def mark_absent(channel_name: str) -> None:
    SessionPresence.objects.filter(channel_name=channel_name).delete()


def _group_send(interview_id: int, kind: str, payload: dict) -> None:
    layer = get_channel_layer()
    if layer is None:
        return
    try:
        async_to_sync(layer.group_send)(
            group_name(interview_id), {"type": kind, "payload": payload}
        )
    except Exception:
        # The channel layer (Redis) is down: the scores are saved, pages show them on reload
        # and live pages reconnect. Never fail the request for a lost notification.
        log.warning("Could not notify interview %s of %s", interview_id, kind, exc_info=True)


def broadcast_state(interview_id: int) -> None:
    _group_send(interview_id, "session.state", session_state(interview_id))


def _after_commit_broadcast_state(interview_id: int) -> None:
    transaction.on_commit(lambda: broadcast_state(interview_id))
