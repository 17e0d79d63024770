"""Submitted code as recruiters see it: redacted, grouped by exercise."""

import logging
from collections.abc import Hashable
from dataclasses import dataclass

from assessments import similarity
from assessments.models import Exercise, Submission

log = logging.getLogger(__name__)


def redacted_code(submission: Submission, *, lang: str | None = None) -> str:
    """The submission's code with the candidate's identity redacted, for recruiters."""
    return redacted_codes([submission], lang=lang)[submission.pk]


def redacted_codes(submissions, *, lang: str | None = None) -> dict[int, str]:
    """Redacted code of each submission (id -> text).

    The candidate's identity is read only behind the single identity door
    (``candidates.identity.redact_many_for_reviewers``): it never reaches this module, the views or
    the templates, which only ever receive the redacted text.
    """
    from candidates.identity import redact_many_for_reviewers

    return redact_many_for_reviewers(
        (
            (submission.pk, submission.code, submission.application.candidate_id)
            for submission in submissions
        ),
        kind="code",
        lang=lang,
    )


@dataclass
class SubmissionRow:
    submission: Submission
    code: str  # redacted
    similar: list[tuple[str, int]]  # (pseudonym, similarity %) of other applications


@dataclass
class ExerciseGroup:
    exercise: Exercise
    rows: list[SubmissionRow]


def offer_submissions(offer, *, lang: str | None = None) -> list[ExerciseGroup]:
    """The latest submission of each application to each exercise of ``offer``, by pseudonym,
    with redacted code and similarity flags within the offer (a flag, never a rejection)."""
    submissions = (
        Submission.objects.of_offer(offer)
        .select_related("application", "exercise")
        .defer("exercise__hidden_tests", "exercise__samples", "exercise__statement_html_fr")
        .defer("exercise__statement_html_en", "exercise__statement_fr", "exercise__statement_en")
        .order_by("exercise__slug", "-created_at", "-id")
    )
    latest: dict[tuple[str, int], Submission] = {}
    for submission in submissions:
        latest.setdefault((submission.exercise.slug, submission.application_id), submission)
    codes = redacted_codes(latest.values(), lang=lang)
    groups: dict[str, ExerciseGroup] = {}
    for (slug, _application_id), submission in latest.items():
        group = groups.setdefault(slug, ExerciseGroup(submission.exercise, []))
        group.rows.append(SubmissionRow(submission, codes[submission.pk], []))
    for group in groups.values():
        by_id: dict[Hashable, SubmissionRow] = {row.submission.pk: row for row in group.rows}
        pairs = similarity.similar_pairs(
            {pk: row.submission.code for pk, row in by_id.items()},
            group.exercise.language,
            starter=group.exercise.starter_code,
        )
        for pair in pairs:
            a, b, percent = by_id[pair.a], by_id[pair.b], round(pair.score * 100)
            a.similar.append((b.submission.application.pseudonym, percent))
            b.similar.append((a.submission.application.pseudonym, percent))
        group.rows.sort(key=lambda row: row.submission.application.pseudonym)
    return list(groups.values())
