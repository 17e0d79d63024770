"""Blind review of written answers: question by question, own order, redacted text, no peeking
at others' levels, two reviews per answer, disagreements flagged, other offers out of reach."""

import re

import pytest
from django.urls import reverse

from assessments import reviews
from assessments.models import WrittenReview
from tests.assessments.factories import (
    AttemptFactory,
    CampaignFactory,
    WrittenAnswerFactory,
    WrittenReviewFactory,
)
from tests.employers.factories import EmployerMembershipFactory

pytestmark = pytest.mark.django_db

SIGNED = "Chez mon ancien employeur, moi, Aminata Traoré (06 12 34 56 78), j'ai aidé Paul."


@pytest.fixture
def campaign(offer):
    return CampaignFactory(offer=offer)


@pytest.fixture
def answers(campaign):
    return [
        WrittenAnswerFactory(attempt=AttemptFactory(campaign=campaign, submitted=True))
        for _ in range(6)
    ]


def answer_url(offer, answer):
    return reverse("assessments:review_answer", args=[offer.pk, answer.pk])


def test_review_goes_question_by_question_in_the_reviewers_order(
    recruiter_client, membership, offer, campaign, answers
):
    question = campaign.questions.get()
    response = recruiter_client.get(
        reverse("assessments:review_next", args=[offer.pk, question.pk])
    )
    expected = reviews.ordered_answer_ids(offer, question, membership.user)
    assert response.url == reverse("assessments:review_answer", args=[offer.pk, expected[0]])


def test_each_reviewer_gets_their_own_stable_order(offer, campaign, answers):
    question = campaign.questions.get()
    first, second = (EmployerMembershipFactory(employer=offer.employer).user for _ in range(2))
    mine = reviews.ordered_answer_ids(offer, question, first)
    assert mine == reviews.ordered_answer_ids(offer, question, first)
    assert mine != reviews.ordered_answer_ids(offer, question, second)
    assert sorted(mine) == sorted(a.pk for a in answers)


def test_after_a_review_the_next_answer_comes_in_the_same_order(
    recruiter_client, membership, offer, campaign, answers
):
    question = campaign.questions.get()
    order = reviews.ordered_answer_ids(offer, question, membership.user)
    recruiter_client.post(
        reverse("assessments:review_answer", args=[offer.pk, order[0]]), {"level": 4}
    )
    response = recruiter_client.get(
        reverse("assessments:review_next", args=[offer.pk, question.pk])
    )
    assert response.url == reverse("assessments:review_answer", args=[offer.pk, order[1]])


def test_the_reviewer_reads_the_redacted_text_and_the_pseudonym(recruiter_client, offer, campaign):
    answer = WrittenAnswerFactory(
        attempt=AttemptFactory(campaign=campaign, submitted=True), text=SIGNED
    )
    html = recruiter_client.get(answer_url(offer, answer)).content.decode()
    assert answer.attempt.application.pseudonym in html
    assert "j&#x27;ai aidé" in html
    for identifying in ("Aminata", "Traoré", "06 12 34 56 78"):
        assert identifying not in html


def test_others_levels_are_hidden_before_giving_ones_own(recruiter_client, offer, answers):
    answer = answers[0]
    WrittenReviewFactory(answer=answer, level=5)
    html = recruiter_client.get(answer_url(offer, answer)).content.decode()
    assert "data-vivier-review-level" not in html
    assert "Niveaux donnés" not in html
    assert 'name="level"' in html


def test_others_levels_show_once_ones_own_is_given(recruiter_client, offer, answers):
    answer = answers[0]
    WrittenReviewFactory(answer=answer, level=5)
    response = recruiter_client.post(answer_url(offer, answer), {"level": 2}, follow=True)
    levels = re.findall(r"data-vivier-review-level>(\d)<", response.content.decode())
    assert sorted(levels) == ["2", "5"]


def test_a_gap_of_two_levels_is_flagged(recruiter_client, offer, answers):
    WrittenReviewFactory(answer=answers[0], level=5)
    response = recruiter_client.post(answer_url(offer, answers[0]), {"level": 3}, follow=True)
    assert "data-vivier-disagreement" in response.content.decode()


def test_a_gap_of_one_level_is_not_flagged(recruiter_client, offer, answers):
    WrittenReviewFactory(answer=answers[0], level=4)
    response = recruiter_client.post(answer_url(offer, answers[0]), {"level": 3}, follow=True)
    assert "data-vivier-disagreement" not in response.content.decode()


def test_an_answer_needs_two_reviews_for_a_score(answers):
    WrittenReviewFactory(answer=answers[0], level=4)
    assert reviews.summary(answers[0]).score is None
    WrittenReviewFactory(answer=answers[0], level=5)
    assert reviews.summary(answers[0]).score == pytest.approx(0.875)


def test_a_reviewer_reviews_an_answer_once(recruiter_client, membership, offer, answers):
    recruiter_client.post(answer_url(offer, answers[0]), {"level": 4})
    response = recruiter_client.post(answer_url(offer, answers[0]), {"level": 1})
    assert response.status_code == 409
    assert WrittenReview.objects.get(reviewer=membership.user).level == 4


def test_a_level_outside_the_rubric_is_a_400(recruiter_client, offer, answers):
    response = recruiter_client.post(answer_url(offer, answers[0]), {"level": 9})
    assert response.status_code == 400
    assert not WrittenReview.objects.exists()


def test_an_answer_still_being_written_is_not_reviewable(recruiter_client, offer, campaign):
    answer = WrittenAnswerFactory(attempt=AttemptFactory(campaign=campaign))
    assert recruiter_client.get(answer_url(offer, answer)).status_code == 404


def test_another_offers_answer_is_a_404(recruiter_client, offer, answers):
    elsewhere = WrittenAnswerFactory()
    assert recruiter_client.get(answer_url(offer, elsewhere)).status_code == 404
    other_offer = elsewhere.attempt.campaign.offer
    assert recruiter_client.get(answer_url(other_offer, elsewhere)).status_code == 404
    response = recruiter_client.post(answer_url(other_offer, elsewhere), {"level": 3})
    assert response.status_code == 404
    assert not WrittenReview.objects.exists()


def test_a_candidate_cannot_review(client, force_login, offer, answers):
    force_login(answers[0].attempt.application.candidate.user)
    assert client.get(answer_url(offer, answers[1])).status_code == 403


def test_the_progress_page_counts_reviews_per_question(recruiter_client, offer, campaign, answers):
    WrittenReviewFactory(answer=answers[0], level=1)
    WrittenReviewFactory(answer=answers[0], level=4)
    html = recruiter_client.get(
        reverse("assessments:review_home", args=[offer.pk])
    ).content.decode()
    assert campaign.questions.get().prompt_fr.replace("'", "&#x27;") in html
    assert "<td>6</td><td>0</td><td>1</td><td>1</td>" in html
