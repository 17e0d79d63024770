"""The grading result reaches the candidate's open page over a websocket, and only theirs."""

from datetime import timedelta

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.utils import timezone

from assessments import grading_runs
from assessments.consumers import SubmissionConsumer
from config.asgi import application as asgi_application
from tests.assessments.factories import SubmissionFactory
from tests.candidates.factories import ApplicationFactory
from tests.utils import signed_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def submission():
    return SubmissionFactory()


@pytest.fixture(autouse=True)
def no_polling(monkeypatch):
    # Deliveries in these tests must come from the group message, not from the safety poll.
    monkeypatch.setattr(SubmissionConsumer, "poll_seconds", 3600)


def session_cookie(client, user) -> str:
    signed_in(client, user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def communicator(submission, cookie=None):
    headers = [(b"origin", b"http://testserver"), (b"host", b"testserver")]
    if cookie:
        headers.append((b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()))
    return WebsocketCommunicator(
        asgi_application, f"/ws/evaluations/soumissions/{submission.pk}/?lang=fr", headers
    )


async def test_the_owner_receives_the_current_state_on_connect(client, submission):
    cookie = await sync_to_async(session_cookie)(client, submission.application.candidate.user)
    ws = communicator(submission, cookie)
    connected, _ = await ws.connect()
    assert connected
    message = await ws.receive_json_from(timeout=5)
    assert message["status"] == "queued"
    assert message["final"] is False
    assert "attend sa correction" in message["html"]
    await ws.disconnect()


@pytest.mark.sandbox
async def test_the_owner_receives_the_graded_result_live(client, submission, real_sandbox):
    cookie = await sync_to_async(session_cookie)(client, submission.application.candidate.user)
    ws = communicator(submission, cookie)
    await ws.connect()
    await ws.receive_json_from(timeout=5)  # queued

    await sync_to_async(grading_runs.grade_submission)(submission.pk)

    graded = await ws.receive_json_from(timeout=5)
    while not graded["final"]:  # "running" may arrive first
        graded = await ws.receive_json_from(timeout=5)
    assert graded["status"] == "graded"
    assert "Score : 100 %" in graded["html"]
    await ws.disconnect()


async def test_another_candidate_is_refused(client, submission):
    stranger = await sync_to_async(lambda: ApplicationFactory().candidate.user)()
    cookie = await sync_to_async(session_cookie)(client, stranger)
    connected, _ = await communicator(submission, cookie).connect()
    assert not connected


async def test_an_anonymous_visitor_is_refused(submission):
    connected, _ = await communicator(submission).connect()
    assert not connected


async def test_another_site_cannot_open_the_socket(client, submission):
    cookie = await sync_to_async(session_cookie)(client, submission.application.candidate.user)
    ws = WebsocketCommunicator(
        asgi_application,
        f"/ws/evaluations/soumissions/{submission.pk}/",
        [(b"origin", b"https://evil.example"), (b"cookie", f"sessionid={cookie}".encode())],
    )
    connected, _ = await ws.connect()
    assert not connected


async def test_without_a_shared_channel_layer_the_result_still_arrives(
    client, submission, monkeypatch
):
    # The worker runs in another process with its own in-memory layer: the consumer re-reads.
    monkeypatch.setattr(SubmissionConsumer, "poll_seconds", 0.05)
    cookie = await sync_to_async(session_cookie)(client, submission.application.candidate.user)
    ws = communicator(submission, cookie)
    await ws.connect()
    await ws.receive_json_from(timeout=5)  # queued
    await sync_to_async(type(submission).objects.filter(pk=submission.pk).update)(
        status="graded", score=0.5, attempts=1, verdicts=[]
    )
    message = await ws.receive_json_from(timeout=5)
    assert (message["status"], message["final"]) == ("graded", True)
    await ws.disconnect()


async def test_the_page_learns_that_grading_was_postponed_even_by_polling(
    client, submission, monkeypatch
):
    """Postponed, the submission is queued again with its attempt not counted: the consumer must
    not take it for the queued state it already sent."""
    monkeypatch.setattr(SubmissionConsumer, "poll_seconds", 0.05)
    cookie = await sync_to_async(session_cookie)(client, submission.application.candidate.user)
    ws = communicator(submission, cookie)
    await ws.connect()
    first = await ws.receive_json_from(timeout=5)
    assert (first["status"], first["postponed"]) == ("queued", False)
    await sync_to_async(type(submission).objects.filter(pk=submission.pk).update)(
        postponements=1, postponed_until=timezone.now() + timedelta(seconds=30)
    )
    message = await ws.receive_json_from(timeout=5)
    assert (message["status"], message["postponed"], message["final"]) == ("queued", True, False)
    assert "En attente de correction" in message["html"]
    await ws.disconnect()
