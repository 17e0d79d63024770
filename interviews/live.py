"""What the panel's live pages see and how they are told: the session state, presence and
broadcasting through the channel layer group of the interview.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from interviews import scoring
from interviews.grids import NotOnPanel
from interviews.models import (
    Interview,
    Score,
    SessionPresence,
)

log = logging.getLogger(__name__)
# A websocket that has not said anything for this long no longer counts as present.
PRESENCE_TIMEOUT = timedelta(seconds=90)


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
                "name": member.user.name_for_colleagues,
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
                        "name": by_member[row.panel_member_id].user.name_for_colleagues,
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


def group_send(interview_id: int, kind: str, payload: dict) -> None:
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
    group_send(interview_id, "session.state", session_state(interview_id))


def broadcast_state_after_commit(interview_id: int) -> None:
    transaction.on_commit(lambda: broadcast_state(interview_id))
