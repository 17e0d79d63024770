from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.test import Client
from django.utils import timezone

from interviews.enums import InterviewStatus
from interviews.models import Interview
from tests.assessments.factories import SubmissionFactory
from tests.browser.conftest import browser, live_daphne, page  # noqa: F401  (Playwright fixtures)
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.interviews.factories import GridVersionFactory
from tests.utils import signed_in


def scored(offer, *, coding=None, consensus=None, stage="assessed", **kwargs):
    """An application with a graded coding exercise (score in [0, 1]) and/or an interview
    consensus (1–5 on the grid's scale)."""
    application = ApplicationFactory(offer=offer, stage=stage, **kwargs)
    if coding is not None:
        SubmissionFactory(application=application, graded=True, score=coding)
    if consensus is not None:
        grid = offer.interview_grids.first() or GridVersionFactory(offer=offer)
        Interview.objects.create(
            application=application,
            stage=stage,
            grid_version=grid,
            lead=EmployerMembershipFactory(employer=offer.employer).user,
            status=InterviewStatus.CONSENSUS_DONE,
            consensus_score=Decimal(str(consensus)),
            consensus_recorded_at=timezone.now(),
        )
    return application


@pytest.fixture
def team(db):
    """An employer's admin and member, one published offer, and a member of another employer."""
    admin = EmployerMembershipFactory(admin=True)
    member = EmployerMembershipFactory(employer=admin.employer)
    offer = OfferFactory(employer=admin.employer, published=True)
    stranger = EmployerMembershipFactory(admin=True).user
    return SimpleNamespace(
        admin=admin.user,
        member=member.user,
        employer=admin.employer,
        offer=offer,
        stranger=stranger,
    )


def logged_in(user) -> Client:
    """A client of its own, signed in as `user` (the tests compare what several people see)."""
    return signed_in(Client(), user)
