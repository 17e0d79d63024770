"""The live session of an interview: presence, submissions, and the simultaneous reveal.

Protocol (JSON text frames), at ``ws/entretiens/<interview_id>/``:

Server → client
    ``{"type": "state", "status": …, "status_label": …, "panel": [{"id", "name", "lead",
    "present", "submitted"}]}``
        on connect and whenever someone joins, leaves or submits, and at the reveal. Never a
        score.
    ``{"type": "scores", "status": …, "status_label": …, "competencies": [{"id", "key", "name",
    "weight", "scores": [{"member", "name", "level", "evidence"}], "spread", "discuss"}]}``
        once, to the whole panel at the same moment, when the reveal commits (and on connect
        after the reveal), right after the state that says the scores are revealed.
    ``status_label`` is the status in the language the page asked for (``?lang=``), so that
    every open page shows the new status without reloading.
    ``{"type": "error", "message": …}`` when an action is refused.
Client → server
    ``{"type": "ping"}`` keeps the presence fresh;
    ``{"type": "submit", "scores": {"<competency id>": {"level": 1-5, "evidence": "…"}}}``;
    ``{"type": "close"}`` (the lead closes scoring).

Only panel members of the interview (still members of the organisation, with the recruiter
role and their second factor) get through the handshake; others are refused before it is
accepted (close code 4401 anonymous, 4404 anything else).
"""

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.access import needs_second_factor
from accounts.enums import Role
from core.i18n import language_of_websocket
from interviews import live, sessions
from interviews.enums import InterviewStatus
from interviews.models import InterviewError

UNAUTHENTICATED, NOT_FOUND = 4401, 4404


def _member_interview(user, interview_id):
    if user.role != Role.RECRUITER or needs_second_factor(user):
        return None
    return live.interview_for_member(user, pk=interview_id)


def _parse_ratings(raw) -> dict[int, tuple[int, str]]:
    ratings = {}
    if not isinstance(raw, dict):
        return ratings
    for key, value in raw.items():
        if not isinstance(value, dict):
            continue
        try:
            competency_id, level = int(key), int(value.get("level"))
        except (TypeError, ValueError):
            continue
        ratings[competency_id] = (level, str(value.get("evidence") or ""))
    return ratings


class InterviewSessionConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        self.interview_id = self.scope["url_route"]["kwargs"]["interview_id"]
        self.group_name = None
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.close(code=UNAUTHENTICATED)
            return
        interview = await database_sync_to_async(_member_interview)(user, self.interview_id)
        if interview is None:
            await self.close(code=NOT_FOUND)
            return
        self.group_name = live.group_name(self.interview_id)
        await self.channel_layer.group_add(self.group_name, self.channel_name)
        await self.accept()
        await database_sync_to_async(live.mark_present)(self.interview_id, user, self.channel_name)
        await self._broadcast_state()
        if interview.scores_visible:
            payload = await database_sync_to_async(live.reveal_payload)(interview)
            await self._send_labelled(payload)

    async def disconnect(self, code):
        if self.group_name is None:
            return
        await self.channel_layer.group_discard(self.group_name, self.channel_name)
        await database_sync_to_async(live.mark_absent)(self.channel_name)
        await self._broadcast_state()

    async def receive_json(self, content, **kwargs):
        kind = content.get("type") if isinstance(content, dict) else None
        user = self.scope["user"]
        if kind == "ping":
            await database_sync_to_async(live.mark_present)(
                self.interview_id, user, self.channel_name
            )
        elif kind in ("submit", "close"):
            error = await database_sync_to_async(self._act)(kind, content)
            if error:
                await self.send_json({"type": "error", "message": error})

    def _act(self, kind, content) -> str | None:
        """Run the action through the same services as the views; the refusal, if any."""
        with translation.override(language_of_websocket(self.scope)):
            interview = live.interview_for_member(self.scope["user"], pk=self.interview_id)
            if interview is None:
                return _("Vous ne faites pas partie du jury de cet entretien.")
            try:
                if kind == "submit":
                    ratings = _parse_ratings(content.get("scores"))
                    sessions.submit_scores(interview, ratings, by=self.scope["user"])
                else:
                    sessions.close_scoring(interview, by=self.scope["user"])
            except InterviewError as error:
                return str(error)
            return None

    async def session_state(self, event):
        await self._send_labelled(event["payload"])

    async def scores_revealed(self, event):
        await self._send_labelled(event["payload"])

    async def _send_labelled(self, payload):
        """`payload` with its status's label in this page's language."""
        with translation.override(language_of_websocket(self.scope)):
            label = str(InterviewStatus(payload["status"]).label)
        await self.send_json({**payload, "status_label": label})

    async def _broadcast_state(self):
        state = await database_sync_to_async(live.session_state)(self.interview_id)
        await self.channel_layer.group_send(
            self.group_name, {"type": "session.state", "payload": state}
        )
