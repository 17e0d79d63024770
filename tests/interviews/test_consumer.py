"""The live session over real websockets: the real consumer through `config.asgi.application`
and the configured channel layer (in-memory locally, Redis in CI with REDIS_URL)."""

import asyncio

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings

from config.asgi import application
from interviews import sessions
from interviews.enums import InterviewStatus
from tests.interviews.conftest import build_team, plan, ratings, session_cookie

pytestmark = pytest.mark.django_db(transaction=True)

EVIDENCE = "Exemple concret et vérifiable."


@pytest.fixture
async def world():
    def build():
        team = build_team()
        team.interview = plan(team, panel=[team.alice, team.bruno, team.chloe], lead=team.alice)
        sessions.start_scoring(team.interview, by=team.alice)
        return team

    return await database_sync_to_async(build)()


def communicator(interview_id, cookie=None, lang="fr"):
    headers = [(b"origin", b"http://testserver"), (b"host", b"testserver")]
    if cookie is not None:
        headers.append((b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()))
    path = f"/ws/entretiens/{interview_id}/?lang={lang}"
    return WebsocketCommunicator(application, path, headers)


async def join(world, user, lang="fr"):
    cookie = await database_sync_to_async(session_cookie)(user)
    ws = communicator(world.interview.pk, cookie, lang)
    connected, _code = await ws.connect()
    assert connected
    return ws


async def until(ws, seen, predicate):
    """Read until a message matches `predicate`; earlier ones go to `seen`. Each message may take
    up to 5 s: on a loaded CI machine, with Redis between processes, 2 s was seen to be short."""
    while True:
        message = await ws.receive_json_from(timeout=5)
        if predicate(message):
            return message
        seen.append(message)


def submitted(*flags):
    return lambda m: m["type"] == "state" and [p["submitted"] for p in m["panel"]] == list(flags)


def is_scores(message) -> bool:
    return message["type"] == "scores"


async def drain(ws, seen):
    """Every message already waiting on the socket, appended to `seen`."""
    while not await ws.receive_nothing(timeout=0.2):
        seen.append(await ws.receive_json_from())
    return seen


def has_scores(message) -> bool:
    return message["type"] == "scores" or "level" in repr(message) or EVIDENCE in repr(message)


async def submit(world, user, *levels):
    interview = world.interview
    await database_sync_to_async(sessions.submit_scores)(
        interview,
        await database_sync_to_async(ratings)(interview, *levels, evidence=EVIDENCE),
        by=user,
    )


async def test_a_panel_member_joins_and_is_shown_present_without_any_score(world):
    ws = await join(world, world.bruno)
    state = await ws.receive_json_from(timeout=5)
    assert state["type"] == "state"
    assert state["status"] == InterviewStatus.SCORING
    bruno = next(person for person in state["panel"] if person["name"] == "Bruno")
    assert bruno["present"] and not bruno["submitted"]
    assert not has_scores(state)
    await ws.disconnect()


async def test_an_anonymous_visitor_is_refused(world):
    connected, _ = await communicator(world.interview.pk).connect()
    assert not connected


@pytest.mark.parametrize("who", ["off_panel", "admin", "stranger"])
async def test_anyone_off_the_panel_is_refused_on_connect(world, who):
    cookie = await database_sync_to_async(session_cookie)(getattr(world, who))
    connected, _code = await communicator(world.interview.pk, cookie).connect()
    assert not connected


async def test_scores_stay_hidden_until_the_last_submission_then_reach_everyone_at_once(world):
    alice, bruno = await join(world, world.alice), await join(world, world.bruno)
    seen_by_alice, seen_by_bruno = [], []

    await submit(world, world.alice, 5, 4, 3)
    await submit(world, world.bruno, 3, 4, 3)
    # Two of three submitted: everyone sees who submitted, nobody sees a score.
    await until(alice, seen_by_alice, submitted(True, True, False))
    await until(bruno, seen_by_bruno, submitted(True, True, False))

    await submit(world, world.chloe, 1, 4, 2)

    to_alice = await until(alice, seen_by_alice, is_scores)
    to_bruno = await until(bruno, seen_by_bruno, is_scores)
    assert not any(has_scores(m) for m in seen_by_alice + seen_by_bruno)
    assert to_alice == to_bruno
    assert to_alice["type"] == "scores"
    assert to_alice["status"] == InterviewStatus.REVEALED
    first = to_alice["competencies"][0]
    assert sorted(score["level"] for score in first["scores"]) == [1, 3, 5]
    assert first["discuss"] and first["spread"] == 4
    assert not to_alice["competencies"][1]["discuss"]
    # One message with every score, once.
    assert not [m for m in await drain(alice, []) if is_scores(m)]
    await alice.disconnect()
    await bruno.disconnect()


async def test_a_member_submits_over_the_socket_and_the_lead_closes_scoring(world):
    alice, bruno = await join(world, world.alice), await join(world, world.bruno)
    competencies = await database_sync_to_async(
        lambda: list(world.interview.grid_version.competencies.values_list("pk", flat=True))
    )()
    await bruno.send_json_to(
        {
            "type": "submit",
            "scores": {str(pk): {"level": 4, "evidence": EVIDENCE} for pk in competencies},
        }
    )
    seen = []
    await until(alice, seen, submitted(False, True, False))
    assert not any(has_scores(m) for m in seen)

    await bruno.send_json_to({"type": "close"})  # not the lead
    refusal = await until(bruno, [], lambda m: m["type"] == "error")
    assert "Seule la personne qui mène l'entretien" in refusal["message"]

    await alice.send_json_to({"type": "close"})
    revealed = await until(alice, seen, is_scores)
    assert [len(row["scores"]) for row in revealed["competencies"]] == [1, 1, 1]
    assert await until(bruno, [], is_scores) == revealed
    assert not any(has_scores(m) for m in seen)
    await alice.disconnect()
    await bruno.disconnect()


async def test_a_member_joining_after_the_reveal_gets_the_scores(world):
    await submit(world, world.alice, 3, 3, 3)
    await database_sync_to_async(sessions.close_scoring)(world.interview, by=world.alice)
    ws = await join(world, world.chloe)
    assert (await until(ws, [], is_scores))["status"] == InterviewStatus.REVEALED
    await ws.disconnect()


async def test_leaving_the_session_is_shown_to_the_others(world):
    alice, bruno = await join(world, world.alice), await join(world, world.bruno)
    present = lambda flags: lambda m: [p["present"] for p in m["panel"]] == flags  # noqa: E731
    await until(alice, [], present([True, True, False]))
    await bruno.disconnect()
    await until(alice, [], present([True, False, False]))
    await alice.disconnect()
    await asyncio.sleep(0)


async def test_the_reveal_updates_every_connected_members_page_in_their_language(world):
    """Each open page learns, without reloading, that the scores are revealed (the status and
    its label in the page's language, everybody's submission) along with the scores."""
    alice, bruno = await join(world, world.alice), await join(world, world.bruno, lang="en")
    await submit(world, world.alice, 5, 4, 3)
    await submit(world, world.bruno, 3, 4, 3)
    await submit(world, world.chloe, 1, 4, 2)
    for ws, label in ((alice, "Notes révélées"), (bruno, "Scores revealed")):
        state = await until(ws, [], submitted(True, True, True))
        assert (state["status"], state["status_label"]) == (InterviewStatus.REVEALED, label)
        scores = await until(ws, [], is_scores)
        assert (scores["status"], scores["status_label"]) == (InterviewStatus.REVEALED, label)
        await ws.disconnect()


async def test_closing_scoring_updates_every_connected_members_page(world):
    alice, chloe = await join(world, world.alice), await join(world, world.chloe)
    await submit(world, world.alice, 3, 3, 3)
    await database_sync_to_async(sessions.close_scoring)(world.interview, by=world.alice)
    for ws in (alice, chloe):
        state = await until(ws, [], lambda m: m["type"] == "state" and m["status"] == "revealed")
        assert state["status_label"] == "Notes révélées"
        assert (await until(ws, [], is_scores))["status_label"] == "Notes révélées"
        await ws.disconnect()
