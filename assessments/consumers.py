"""Websockets: the grading result of a submission reaches the candidate's open page."""

import asyncio

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from assessments import live
from core.i18n import language_of_websocket

# Close codes (4000-4999 are the application's): sent when the handshake is refused.
UNAUTHENTICATED, NOT_FOUND = 4401, 4404


class SubmissionConsumer(AsyncJsonWebsocketConsumer):
    """Sends the submission's state on connect, then whenever it changes.

    Changes arrive as ``submission.changed`` group messages from the grading task. Without a
    shared channel layer (no Redis: the worker's in-memory layer is not daphne's) they cannot
    cross processes, so the consumer also re-reads the state every ``poll_seconds`` until the
    submission is graded.
    """

    poll_seconds = 2.0

    async def connect(self):
        self.submission_id = self.scope["url_route"]["kwargs"]["submission_id"]
        self.group_name = None
        self.poller = None
        self.last = None
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.close(code=UNAUTHENTICATED)
            return
        state = await self._state()
        if state is None:
            await self.close(code=NOT_FOUND)
            return
        self.group_name = live.submission_group(self.submission_id)
        await self.channel_layer.group_add(self.group_name, self.channel_name)
        await self.accept()
        await self._send(state)
        if not state["final"]:
            self.poller = asyncio.create_task(self._poll())

    async def disconnect(self, code):
        if self.poller is not None:
            self.poller.cancel()
        if self.group_name is not None:
            await self.channel_layer.group_discard(self.group_name, self.channel_name)

    async def receive_json(self, content, **kwargs):
        pass  # the page has nothing to say

    async def submission_changed(self, event):
        state = await self._state()
        if state is not None:
            await self._send(state)

    async def _poll(self):
        while self.last is None or not self.last["final"]:
            await asyncio.sleep(self.poll_seconds)
            state = await self._state()
            if state is None:
                break
            await self._send(state)

    @staticmethod
    def _key(state) -> tuple:
        # A postponed submission is queued again with its attempt not counted: only
        # "postponed" tells it apart from the queued state sent before.
        return (state["status"], state["attempts"], state["postponed"])

    async def _send(self, state):
        if self.last is not None and self._key(self.last) == self._key(state):
            return
        self.last = state
        await self.send_json(state)

    async def _state(self):
        return await database_sync_to_async(live.submission_state)(
            self.submission_id, self.scope["user"], language=language_of_websocket(self.scope)
        )
