"""What an erased application shows the employer: after the candidate deletes their account,
its pseudonym, stage, dates, scores and decisions remain; the profile (skills, availability,
contract and region wishes, path) and the identity are gone, from the page and the database."""

import pytest
from django.urls import reverse

from candidates.models import Candidate
from candidates.services import ERASED_PROFILE
from shortlists.scores import application_scores
from tests.assessments.factories import SubmissionFactory
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory
from tests.utils import signed_in

pytestmark = pytest.mark.django_db

PROFILE = {
    "skills": ["Cobol-Zanzibar"],
    "availability": "Dès le lundi-Zanzibar",
    "desired_contract": "cdd",
    "region": "Région-Zanzibar",
    "path_text": "Parcours-Zanzibar",
}


@pytest.fixture
def erased(client, db):
    application = ApplicationFactory(stage="assessed", candidate__skills=PROFILE["skills"])
    Candidate.objects.filter(pk=application.candidate_id).update(**PROFILE)
    SubmissionFactory(application=application, exercise__slug="zz", graded=True, score=0.7)
    signed_in(client, application.candidate.user)
    client.post(reverse("candidates:delete_account"), {"confirm": "on"})
    client.logout()
    return application


def test_the_profile_is_erased_from_the_database(erased):
    candidate = Candidate.objects.get(pk=erased.candidate_id)
    assert candidate.deleted_at is not None
    assert {field: getattr(candidate, field) for field in ERASED_PROFILE} == ERASED_PROFILE
    assert set(PROFILE) <= set(ERASED_PROFILE)


def test_the_recruiter_sees_the_pseudonym_and_scores_not_the_profile(client, erased):
    member = EmployerMembershipFactory(employer=erased.offer.employer).user
    signed_in(client, member)
    page = client.get(reverse("applications:detail", args=[erased.pk])).content.decode()
    assert erased.pseudonym in page and "data-vivier-erased" in page
    assert "Zanzibar" not in page and "Contrat souhaité" not in page
    assert application_scores(erased)["coding"] == 0.7  # the results remain
