"""Every campaign URL × every kind of visitor, with the status code each must get."""

import pytest
from django.urls import reverse

from assessments import campaigns
from assessments.models import WrittenAnswer
from tests.accounts.factories import UserFactory
from tests.advisers.factories import AdviserMembershipFactory
from tests.assessments.factories import CampaignFactory
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory

pytestmark = pytest.mark.django_db

CANDIDATE_PAGES = ["campaign_home", "attempt_detail", "attempt_results"]
EMPLOYER_PAGES = ["campaign_edit", "review_home", "review_answer"]


@pytest.fixture
def setting():
    campaign = CampaignFactory()
    application = ApplicationFactory(offer=campaign.offer)
    attempt = campaigns.start_attempt(application, user=None)
    question = campaign.questions.get()
    campaigns.save_answers(attempt, sjt={}, written={question.pk: "Une réponse."}, user=None)
    campaigns.submit_attempt(attempt, user=None)
    member = EmployerMembershipFactory(employer=campaign.offer.employer).user
    return {
        "application": application,
        "offer": campaign.offer,
        "answer": WrittenAnswer.objects.get(),
        "visitors": {
            "owner": application.candidate.user,
            "other candidate": ApplicationFactory().candidate.user,
            "member": member,
            "other employer": EmployerMembershipFactory().user,
            "adviser": AdviserMembershipFactory().user,
            "staff": UserFactory(staff=True, mfa=True),
        },
    }


def url(name, setting):
    if name in CANDIDATE_PAGES:
        return reverse(f"assessments:{name}", args=[setting["application"].pk])
    if name == "review_answer":
        return reverse(f"assessments:{name}", args=[setting["offer"].pk, setting["answer"].pk])
    return reverse(f"assessments:{name}", args=[setting["offer"].pk])


EXPECTED = {
    # The owner's handed-in sitting redirects to its summary; results render (hidden for now).
    "owner": {"campaign_home": 200, "attempt_detail": 302, "attempt_results": 200},
    "other candidate": {name: 404 for name in CANDIDATE_PAGES}
    | {name: 403 for name in EMPLOYER_PAGES},
    "member": {name: 403 for name in CANDIDATE_PAGES} | {name: 200 for name in EMPLOYER_PAGES},
    "other employer": {name: 403 for name in CANDIDATE_PAGES}
    | {name: 404 for name in EMPLOYER_PAGES},
    "adviser": {name: 403 for name in CANDIDATE_PAGES + EMPLOYER_PAGES},
    "staff": {name: 403 for name in CANDIDATE_PAGES + EMPLOYER_PAGES},
}
EXPECTED["owner"] |= {name: 403 for name in EMPLOYER_PAGES}


@pytest.mark.parametrize("visitor", list(EXPECTED))
@pytest.mark.parametrize("name", CANDIDATE_PAGES + EMPLOYER_PAGES)
def test_permission_matrix(client, force_login, setting, visitor, name):
    force_login(setting["visitors"][visitor])
    assert client.get(url(name, setting)).status_code == EXPECTED[visitor][name]


@pytest.mark.parametrize("name", CANDIDATE_PAGES + EMPLOYER_PAGES)
def test_anonymous_visitors_are_sent_to_log_in(client, setting, name):
    response = client.get(url(name, setting))
    assert response.status_code == 302
    assert "/comptes/login/" in response.url
