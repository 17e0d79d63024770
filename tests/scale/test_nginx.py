"""The nginx configuration shipped in deploy/nginx, in front of three daphne processes: pages go
through, websockets are upgraded and spread over the processes, and a panel whose members all
come through nginx (so onto different processes) reaches the reveal."""

import asyncio
import subprocess
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from benchmarks.interview_reveal_latency import WebSocket
from tests.interviews.conftest import session_cookie
from tests.interviews.test_session_browser import prepare
from tests.scale.cluster import get, nginx
from tests.scale.test_interview_panel import panel_session

pytestmark = [pytest.mark.scale, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def proxy(three_daphnes):
    with nginx([urlsplit(url).port for url in three_daphnes]) as url:
        yield url


def connections_to(port: int) -> int:
    """Established TCP connections to a local port (from `ss`)."""
    out = subprocess.run(
        ["ss", "-Htn", "state", "established", f"( sport = :{port} )"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return len(out.splitlines())


def test_pages_and_the_static_files_go_through_nginx(proxy):
    status, body = get(proxy + reverse("broadcasting:offer_list"))
    assert status == 200 and "</html>" in body
    status, _ = get(proxy + "/static/js/interview-session.js")
    assert status == 200


def test_websockets_are_spread_over_the_three_processes(three_daphnes):
    team = prepare()
    ports = [urlsplit(url).port for url in three_daphnes]
    with nginx(ports) as fresh:  # no connection kept alive from earlier requests
        during, before = spread(fresh, ports, team)
    # One more connection on each process: nginx gave each socket to the least busy one.
    assert [d - b for d, b in zip(during, before, strict=True)] == [1, 1, 1]


def spread(proxy, ports, team):
    before = [connections_to(port) for port in ports]
    cookies = [session_cookie(user) for user in (team.alice, team.bruno, team.chloe)]
    path = f"/ws/entretiens/{team.interview.pk}/?lang=fr"

    async def open_three():
        sockets = [
            await WebSocket.connect(urlsplit(proxy).port, path, cookie) for cookie in cookies
        ]
        for ws in sockets:
            assert (await ws.recv_json(20))["type"] == "state"
        counts = [connections_to(port) for port in ports]
        await asyncio.gather(*(ws.close() for ws in sockets))
        return counts

    return asyncio.run(open_three()), before


def test_a_panel_reaches_the_reveal_through_nginx(proxy):
    team = prepare()
    port = urlsplit(proxy).port
    cookies = [session_cookie(user) for user in (team.alice, team.bruno, team.chloe)]
    reveals, _ = asyncio.run(
        panel_session([port] * 3, team.interview.pk, cookies, team.competencies)
    )
    for competency in reveals[0]["competencies"]:
        assert sorted(score["level"] for score in competency["scores"]) == [2, 3, 4]
