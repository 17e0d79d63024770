"""An interview panel whose members are connected to three different daphne processes: presence,
submissions and the simultaneous reveal travel between the processes through Redis."""

import asyncio
from urllib.parse import urlsplit

import pytest

from benchmarks.interview_reveal_latency import WebSocket
from interviews.enums import InterviewStatus
from interviews.models import Interview
from tests.interviews.conftest import session_cookie
from tests.interviews.test_session_browser import prepare

pytestmark = [pytest.mark.scale, pytest.mark.django_db(transaction=True)]

LEVELS = {"alice": 4, "bruno": 2, "chloe": 3}


async def read_until(ws, seen: list, predicate, timeout: float = 20):
    """Read messages (kept in `seen`) until one matches `predicate`."""
    async with asyncio.timeout(timeout):
        while True:
            message = await ws.recv_json(timeout)
            seen.append(message)
            if predicate(message):
                return message


def submitted_count(count):
    return lambda m: m["type"] == "state" and sum(p["submitted"] for p in m["panel"]) == count


async def panel_session(ports, interview_id, cookies, competencies):
    path = f"/ws/entretiens/{interview_id}/?lang=fr"
    # Alice on the first process, Bruno on the second, Chloé on the third.
    sockets = [
        await WebSocket.connect(port, path, cookie)
        for port, cookie in zip(ports, cookies, strict=True)
    ]
    seen = [[] for _ in sockets]
    try:
        everyone_here = lambda m: m["type"] == "state" and all(p["present"] for p in m["panel"])  # noqa: E731
        await asyncio.gather(
            *(read_until(ws, s, everyone_here) for ws, s in zip(sockets, seen, strict=True))
        )
        for count, (ws, level) in enumerate(zip(sockets, LEVELS.values(), strict=True), 1):
            scores = {
                str(pk): {"level": level, "evidence": f"Niveau {level}."} for pk in competencies
            }
            await ws.send_json({"type": "submit", "scores": scores})
            if count < len(sockets):
                await asyncio.gather(
                    *(
                        read_until(w, s, submitted_count(count))
                        for w, s in zip(sockets, seen, strict=True)
                    )
                )
        reveals = await asyncio.gather(
            *(
                read_until(w, s, lambda m: m["type"] == "scores")
                for w, s in zip(sockets, seen, strict=True)
            )
        )
    finally:
        await asyncio.gather(*(ws.close() for ws in sockets))
    return reveals, seen


def test_a_panel_spread_over_three_processes_sees_each_other_and_the_reveal(three_daphnes):
    team = prepare()
    ports = [urlsplit(url).port for url in three_daphnes]
    cookies = [session_cookie(user) for user in (team.alice, team.bruno, team.chloe)]

    reveals, seen = asyncio.run(panel_session(ports, team.interview.pk, cookies, team.competencies))

    # Every member, whatever their process, got the same scores at the reveal: each
    # competency with the three levels given on three processes.
    assert reveals[0]["competencies"] == reveals[1]["competencies"] == reveals[2]["competencies"]
    for competency in reveals[0]["competencies"]:
        given = {score["name"]: score["level"] for score in competency["scores"]}
        assert given == {"Alice": 4, "Bruno": 2, "Chloé": 3}
    # Before the reveal, nobody saw a level: the state messages only say who submitted.
    for messages in seen:
        before = messages[: next(i for i, m in enumerate(messages) if m["type"] == "scores")]
        assert {m["type"] for m in before} == {"state"}
        assert all(
            set(p) >= {"present", "submitted"} and "level" not in p
            for m in before
            for p in m["panel"]
        )
    interview = Interview.objects.get(pk=team.interview.pk)
    assert interview.status == InterviewStatus.REVEALED
