"""The leak test, over websockets: as a recruiter, an interviewer, a member outside the panel and
an adviser, every websocket route is opened with real object ids (after every kind of candidate
action, see `build_world`) while the events that feed it happen (scoring opened, scores
submitted and revealed, a candidate's submission graded). No message may carry an identity."""

import re

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client
from django.urls import URLPattern

from assessments.live import notify_submission
from config.asgi import application as asgi_application
from config.routing import websocket_urlpatterns
from interviews import sessions
from tests.test_anonymity_leaks import ROLES, build_world, kwarg_names, leaked
from tests.utils import signed_in

pytestmark = pytest.mark.django_db(transaction=True)


def session_cookie(user) -> str:
    client = signed_in(Client(), user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def websocket_paths(ids) -> list[str]:
    paths = []
    for pattern in websocket_urlpatterns:
        assert isinstance(pattern, URLPattern)
        names = kwarg_names(pattern.pattern)
        missing = [name for name in names if name not in ids]
        assert not missing, f"The leak test needs a real value for {missing} of {pattern.name}"
        route = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(ids[m[1]]), str(pattern.pattern))
        paths.append("/" + route)
    return paths


def feed_every_route(world) -> None:
    """What makes the live pages talk: the panel scores and the scores are revealed; the code
    submission changes."""
    interview = world["interview"]
    lead, member = world["roles"]["recruiter"], world["roles"]["interviewer"]
    sessions.start_scoring(interview, by=lead)
    for user in (lead, member):
        interview.refresh_from_db()
        levels = {c.pk: (3, "Exemple précis.") for c in interview.grid_version.competencies.all()}
        sessions.submit_scores(interview, levels, by=user)
    notify_submission(world["submission"])


async def connect(path: str, cookie: str) -> WebsocketCommunicator | None:
    headers = [
        (b"origin", b"http://testserver"),
        (b"host", b"testserver"),
        (b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()),
    ]
    ws = WebsocketCommunicator(asgi_application, f"{path}?lang=fr", headers)
    connected, _ = await ws.connect()
    return ws if connected else None


async def drain(ws, into: list, timeout: float) -> None:
    while not await ws.receive_nothing(timeout=timeout):
        into.append(await ws.receive_from())


@pytest.mark.parametrize("role", ROLES)
async def test_no_websocket_message_carries_an_identity_before_the_reveal(role):
    world = await database_sync_to_async(build_world)()
    cookie = await database_sync_to_async(session_cookie)(world["roles"][role])
    paths = websocket_paths(world["ids"])
    assert len(paths) >= 2
    sockets = {path: await connect(path, cookie) for path in paths}
    heard = {path: [] for path in paths}
    for path, ws in sockets.items():
        if ws is not None:
            await drain(ws, heard[path], 0.3)
    await database_sync_to_async(feed_every_route)(world)
    for path, ws in sockets.items():
        if ws is not None:
            await drain(ws, heard[path], 2)  # generous: Redis in CI, a loaded machine
            await ws.disconnect()
    leaks = {path: leaked(" ".join(messages)) for path, messages in heard.items()}
    assert not any(leaks.values()), leaks
    if role in ("recruiter", "interviewer"):
        # The panel's live page did talk, with the revealed scores: the test is not vacuous.
        assert any('"scores"' in message for messages in heard.values() for message in messages)
