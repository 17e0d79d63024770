from types import SimpleNamespace

import pytest
from django.conf import settings
from django.test import Client

from candidates.enums import ApplicationStage
from interviews import sessions
from tests.browser.conftest import browser, live_daphne  # noqa: F401  (Playwright fixtures)
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.interviews.factories import GridVersionFactory
from tests.utils import signed_in


def build_team():
    """An organisation with an admin, three interviewers and a colleague off the panel, one
    published offer with a grid, and an organisation next door with its own member."""
    admin = EmployerMembershipFactory(admin=True, user__display_name="Awa (admin)")
    employer = admin.employer
    alice, bruno, chloe, dan = (
        EmployerMembershipFactory(employer=employer, user__display_name=name).user
        for name in ("Alice", "Bruno", "Chloé", "Dan")
    )
    offer = OfferFactory(employer=employer, published=True)
    grid = GridVersionFactory(offer=offer)
    stranger = EmployerMembershipFactory(admin=True, user__display_name="Ailleurs").user
    return SimpleNamespace(
        admin=admin.user,
        employer=employer,
        alice=alice,
        bruno=bruno,
        chloe=chloe,
        off_panel=dan,
        stranger=stranger,
        offer=offer,
        grid=grid,
    )


@pytest.fixture
def team(db):
    return build_team()


def plan(team, *, panel=None, lead=None, stage=ApplicationStage.INTERVIEW, application=None):
    application = application or ApplicationFactory(offer=team.offer, stage=stage)
    panel = panel or [team.alice, team.bruno]
    return sessions.create_interview(application, panel=panel, lead=lead or panel[0], by=team.admin)


def ratings(interview, *levels, evidence="A décrit précisément sa démarche."):
    """{competency id: (level, evidence)} with the levels in the grid's order."""
    competencies = list(interview.grid_version.competencies.all())
    assert len(levels) == len(competencies)
    return {c.pk: (level, evidence) for c, level in zip(competencies, levels, strict=True)}


def logged_in(user) -> Client:
    """A client of its own, signed in as `user` (the tests compare what several people see)."""
    return signed_in(Client(), user)


def session_cookie(user) -> str:
    return logged_in(user).cookies[settings.SESSION_COOKIE_NAME].value
