"""Recruiters see submissions by pseudonym, with redacted code, scoped to their organisation."""

import pytest
from django.urls import reverse

from core.elision import de
from tests.accounts.factories import UserFactory
from tests.assessments.factories import SubmissionFactory
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory

pytestmark = pytest.mark.django_db

SIGNED_CODE = (
    "# Auteur : Aminata Traoré, 06 12 34 56 78\na, b = map(int, input().split())\nprint(a + b)\n"
)


@pytest.fixture
def membership():
    return EmployerMembershipFactory()


@pytest.fixture
def offer(membership):
    return OfferFactory(employer=membership.employer, published=True)


@pytest.fixture
def recruiter_client(client, force_login, membership):
    force_login(membership.user)
    return client


def url(offer):
    return reverse("assessments:offer_submissions", args=[offer.pk])


def test_submissions_are_listed_by_pseudonym_with_scores_and_verdicts(recruiter_client, offer):
    submission = SubmissionFactory(application__offer=offer, graded=True)
    html = recruiter_client.get(url(offer)).content.decode()
    assert submission.application.pseudonym in html
    assert "100 %" in html
    assert html.count('class="verdict verdict-ac"') == 3


def test_the_code_is_shown_redacted(recruiter_client, offer):
    SubmissionFactory(application__offer=offer, code=SIGNED_CODE, graded=True)
    html = recruiter_client.get(url(offer)).content.decode()
    assert "print(a + b)" in html
    for identifying in ("Aminata", "Traoré", "06 12 34 56 78"):
        assert identifying not in html


def test_the_candidates_email_never_reaches_the_page(recruiter_client, offer):
    submission = SubmissionFactory(application__offer=offer, graded=True)
    email = submission.application.candidate.user.email
    html = recruiter_client.get(url(offer)).content.decode()
    assert email not in html


def test_near_copies_are_flagged_with_the_other_pseudonym(recruiter_client, offer):
    code = (
        "def main():\n    total = 0\n    for line in open(0):\n        for word in line.split():\n"
        "            if word.isdigit():\n                total += int(word) * 2\n"
        "    print(total, len(str(total)))\n\nmain()\n"
    )
    renamed = code.replace("total", "s").replace("word", "w").replace("line", "l")
    first = SubmissionFactory(application__offer=offer, code=code, graded=True)
    second = SubmissionFactory(
        application__offer=offer, exercise=first.exercise, code=renamed, graded=True
    )
    html = recruiter_client.get(url(offer)).content.decode()
    assert f"Proche {de(second.application.pseudonym)}" in html
    assert f"Proche {de(first.application.pseudonym)}" in html


def test_only_the_latest_submission_of_each_application_is_listed(recruiter_client, offer):
    application = ApplicationFactory(offer=offer)
    old = SubmissionFactory(application=application, code="print('ancienne')\n")
    SubmissionFactory(application=application, exercise=old.exercise, code="print('nouvelle')\n")
    html = recruiter_client.get(url(offer)).content.decode()
    assert "nouvelle" in html and "ancienne" not in html


def test_another_organisations_offer_is_a_404(recruiter_client):
    other_offer = OfferFactory(published=True)
    SubmissionFactory(application__offer=other_offer)
    assert recruiter_client.get(url(other_offer)).status_code == 404


def test_the_list_takes_a_bounded_number_of_queries(
    recruiter_client, offer, django_assert_max_num_queries
):
    for _ in range(4):
        SubmissionFactory(application__offer=offer, graded=True)
    # Session, user, offer, submissions, and one identity read per candidate (behind the door).
    with django_assert_max_num_queries(12):
        recruiter_client.get(url(offer))


@pytest.mark.parametrize(
    ("who", "offer_page", "candidate_page"),
    [
        ("anonymous", 302, 302),
        ("candidate", 403, 200),
        ("recruiter-of-the-offer", 200, 403),
        ("recruiter-without-mfa", 302, 403),
        ("adviser", 403, 403),
    ],
)
def test_permission_matrix(client, force_login, who, offer_page, candidate_page):
    membership = EmployerMembershipFactory()
    offer = OfferFactory(employer=membership.employer, published=True)
    application = ApplicationFactory(offer=offer)
    submission = SubmissionFactory(application=application)
    users = {
        "candidate": application.candidate.user,
        "recruiter-of-the-offer": membership.user,
        "recruiter-without-mfa": EmployerMembershipFactory(
            employer=membership.employer, user=UserFactory(recruiter=True)
        ).user,
        "adviser": UserFactory(adviser=True, mfa=True),
    }
    if who in users:
        force_login(users[who])
    assert client.get(url(offer)).status_code == offer_page
    detail = reverse("assessments:submission_detail", args=[submission.pk])
    assert client.get(detail).status_code == candidate_page
