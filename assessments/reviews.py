"""Blind review of written answers, question by question across candidates.

A reviewer (any member of the offer's employer) meets the handed-in answers to one question in
their own random order, reads only the redacted text and the pseudonym, and sees the other
reviewers' levels only after giving their own. Every answer needs ``MIN_REVIEWS`` reviews;
levels ``DISAGREEMENT_LEVELS`` apart or more are flagged; the score is the mean of the levels.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from accounts.audit import log_action
from assessments import scoring
from assessments.models import WrittenAnswer, WrittenQuestion, WrittenReview


class ReviewRefused(Exception):
    """The review cannot be recorded; ``str(exc)`` says why."""


def offer_answers(offer):
    """Handed-in, non-empty written answers of ``offer`` (every campaign version)."""
    return (
        WrittenAnswer.objects.filter(attempt__campaign__offer=offer)
        .exclude(attempt__status="in_progress")
        .exclude(text="")
    )


def offer_questions(offer):
    """The written questions of the offer's campaigns (every version)."""
    return WrittenQuestion.objects.filter(campaigns__offer=offer).distinct()


@dataclass
class QuestionProgress:
    question: WrittenQuestion
    answers: int
    mine: int  # reviewed by this reviewer
    complete: int  # with at least MIN_REVIEWS reviews
    flagged: int


def question_progress(offer, reviewer) -> list[QuestionProgress]:
    answers = offer_answers(offer).prefetch_related("reviews")
    rows = []
    for question in offer_questions(offer):
        mine = complete = flagged = total = 0
        for answer in answers.filter(question=question):
            total += 1
            levels = [review.level for review in answer.reviews.all()]
            mine += any(review.reviewer_id == reviewer.pk for review in answer.reviews.all())
            complete += len(levels) >= scoring.MIN_REVIEWS
            flagged += scoring.is_disagreement(levels)
        rows.append(QuestionProgress(question, total, mine, complete, flagged))
    return rows


def ordered_answer_ids(offer, question, reviewer) -> list[int]:
    ids = offer_answers(offer).filter(question=question).values_list("pk", flat=True)
    return scoring.reviewer_order(ids, reviewer_id=reviewer.pk, question_id=question.pk)


def next_answer_id(offer, question, reviewer) -> int | None:
    """The first answer, in this reviewer's order, they have not reviewed yet."""
    done = set(
        WrittenReview.objects.filter(reviewer=reviewer, answer__question=question).values_list(
            "answer_id", flat=True
        )
    )
    for answer_id in ordered_answer_ids(offer, question, reviewer):
        if answer_id not in done:
            return answer_id
    return None


def redacted_answer(answer: WrittenAnswer, *, lang: str | None = None) -> str:
    """The answer as reviewers read it; the identity stays behind ``candidates.identity``."""
    from candidates.identity import redact_for_reviewers

    return redact_for_reviewers(
        answer.text, candidate_id=answer.attempt.application.candidate_id, kind="answer", lang=lang
    )


def has_reviewed(answer: WrittenAnswer, reviewer) -> bool:
    return answer.reviews.filter(reviewer=reviewer).exists()


def visible_reviews(answer: WrittenAnswer, reviewer) -> list[WrittenReview] | None:
    """The levels given so far, or None while ``reviewer`` has not given theirs."""
    if not has_reviewed(answer, reviewer):
        return None
    return list(answer.reviews.order_by("created_at", "id"))


@dataclass
class ReviewSummary:
    levels: list[int]
    mean_level: float | None
    score: float | None
    flagged: bool
    missing: int


def summary(answer: WrittenAnswer) -> ReviewSummary:
    levels = list(answer.reviews.values_list("level", flat=True))
    return ReviewSummary(
        levels=levels,
        mean_level=scoring.mean(levels),
        score=scoring.written_answer_score(levels),
        flagged=scoring.is_disagreement(levels),
        missing=max(0, scoring.MIN_REVIEWS - len(levels)),
    )


def submit_review(answer: WrittenAnswer, *, level: int, user) -> WrittenReview:
    """Record ``user``'s level; a second review of the same answer by them is refused."""
    if level not in range(scoring.RUBRIC_MIN, scoring.RUBRIC_MAX + 1):
        raise ReviewRefused(_("Choisissez un niveau de 1 à 5."))
    try:
        with transaction.atomic():
            review = WrittenReview.objects.create(answer=answer, reviewer=user, level=level)
            offer = answer.attempt.campaign.offer
            log_action(
                "written.reviewed",
                actor=user,
                employer=offer.employer,
                target=review,
                data={
                    "question": answer.question.slug,
                    "pseudonym": answer.attempt.application.pseudonym,
                },
            )
    except IntegrityError as exc:
        raise ReviewRefused(_("Vous avez déjà relu cette réponse.")) from exc
    return review
