"""Employer-facing campaign pages never show who a candidate is: a written answer full of
identity goes through every page a member can open."""

import pytest
from django.urls import reverse

from assessments.models import WrittenAnswer
from tests.test_anonymity_leaks import build_world, leaked

pytestmark = pytest.mark.django_db

SIGNED_ANSWER = (
    "Je suis Zébulon Quetzalcoatl-Ndiaye (zebulon.qn@example.net, 07 98 76 54 32) et j'ai aidé "
    "mon équipe à Trifouilly-les-Oies."
)


@pytest.fixture
def world():
    """The leak test's world: its candidate asked for extra time and handed in a written
    answer full of identity."""
    world = build_world()
    application = world["application"]
    world["offer"] = application.offer
    WrittenAnswer.objects.filter(attempt__application=application).update(text=SIGNED_ANSWER)
    world["answer"] = WrittenAnswer.objects.get(attempt__application=application)
    world["question"] = world["answer"].question
    return world


def employer_urls(world):
    offer, answer = world["offer"], world["answer"]
    return [
        reverse("assessments:campaign_edit", args=[offer.pk]),
        reverse("assessments:review_home", args=[offer.pk]),
        reverse("assessments:review_answer", args=[offer.pk, answer.pk]),
    ]


@pytest.mark.parametrize("role", ["recruiter", "interviewer"])
def test_no_identity_on_the_employer_campaign_pages(client, force_login, world, role):
    force_login(world["roles"][role])
    for url in employer_urls(world):
        response = client.get(url)
        assert response.status_code == 200, url
        assert not leaked(response.content.decode()), url


def test_after_reviewing_the_page_still_shows_only_the_redacted_text(client, force_login, world):
    force_login(world["roles"]["recruiter"])
    url = reverse("assessments:review_answer", args=[world["offer"].pk, world["answer"].pk])
    response = client.post(url, {"level": 4}, follow=True)
    body = response.content.decode()
    assert "mon équipe" in body
    assert not leaked(body)


def test_the_adviser_reaches_none_of_them(client, force_login, world):
    force_login(world["roles"]["adviser"])
    for url in employer_urls(world):
        assert client.get(url).status_code == 403, url
