"""An application remembers how far it got in the funnel, whatever happens to it afterwards:
the fairness figures count, per stage, who reached it."""

import pytest
from django.utils import timezone

from candidates.enums import ApplicationStage as S
from candidates.stages import move_application
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def recruiter_and_application():
    application = ApplicationFactory()
    membership = EmployerMembershipFactory(employer=application.offer.employer)
    return membership.user, application


def test_a_new_application_has_reached_the_applied_stage(recruiter_and_application):
    _, application = recruiter_and_application
    assert application.furthest_stage == S.APPLIED


def test_moving_forward_records_the_furthest_stage_and_when(recruiter_and_application):
    recruiter, application = recruiter_and_application
    before = timezone.now()
    application = move_application(application, S.ASSESSED, by=recruiter)
    application = move_application(application, S.INTERVIEW, by=recruiter)
    application.refresh_from_db()
    assert application.furthest_stage == S.INTERVIEW
    assert application.stage_changed_at >= before


def test_a_rejection_keeps_how_far_the_application_got(recruiter_and_application):
    recruiter, application = recruiter_and_application
    application = move_application(application, S.INTERVIEW, by=recruiter)
    application = move_application(application, S.REJECTED, by=recruiter)
    application.refresh_from_db()
    assert application.stage == S.REJECTED
    assert application.furthest_stage == S.INTERVIEW
