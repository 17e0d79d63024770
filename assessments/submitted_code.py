"""Submitted code as recruiters see it: redacted, grouped by exercise."""

import dataclasses
import logging
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q

from assessments import similarity
from assessments.enums import AttemptStatus
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
    # Similarity % with submissions to the same exercise made for other offers on the platform:
    # a number only, nothing about those candidates or their employer.
    elsewhere: list[int] = dataclasses.field(default_factory=list)
    # A result reused from a sitting for another offer (``reuse.py``): when it was taken.
    reused_on: datetime | None = None


@dataclass
class ExerciseGroup:
    exercise: Exercise
    rows: list[SubmissionRow]


def offer_submissions(offer, *, lang: str | None = None) -> list[ExerciseGroup]:
    """The latest submission of each application to each exercise of ``offer``, by pseudonym,
    with redacted code and similarity flags (a flag, never a rejection): by pseudonym within the
    offer, as a bare percentage against submissions to the same exercise for other offers."""
    submissions = (
        Submission.objects.of_offer(offer)
        # A reused result is copied when the sitting starts: shown once it is handed in, so
        # that its appearance tells nobody when the candidate started.
        .exclude(
            Q(reuse__isnull=False)
            & Q(application__assessment_attempt__status=AttemptStatus.IN_PROGRESS)
        )
        .select_related("application", "exercise", "reuse")
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
        reuse = getattr(submission, "reuse", None)
        group.rows.append(
            SubmissionRow(
                submission,
                codes[submission.pk],
                [],
                reused_on=reuse.taken_at if reuse is not None else None,
            )
        )
    for group in groups.values():
        _flag_similar(offer, group)
        group.rows.sort(key=lambda row: row.submission.application.pseudonym)
    return list(groups.values())


def _elsewhere_codes(offer, slug: str, language: str) -> dict[Hashable, str]:
    """The latest code of every application of other offers to the exercise ``slug`` (any
    version) in ``language``, keyed ("elsewhere", id): the code is compared, never shown.
    Reused copies are left out: their original stands for them."""
    codes: dict[Hashable, str] = {}
    rows = (
        Submission.objects.filter(exercise__slug=slug, language=language, reuse__isnull=True)
        .exclude(application__offer=offer)
        .order_by("application_id", "-created_at", "-id")
        .values_list("application_id", "pk", "code")
    )
    seen: set[int] = set()
    for application_id, pk, code in rows.iterator():
        if application_id not in seen:
            seen.add(application_id)
            codes[("elsewhere", pk)] = code
    return codes


def _flag_similar(offer, group: ExerciseGroup) -> None:
    """Compare each row with the other rows of the offer and with every submission to the same
    exercise on the platform, language by language (a Python and a Java program never match)."""
    slug = group.exercise.slug
    for language in sorted({row.submission.language for row in group.rows}):
        by_id: dict[Hashable, SubmissionRow] = {
            row.submission.pk: row for row in group.rows if row.submission.language == language
        }
        sources: dict[Hashable, str] = {pk: row.submission.code for pk, row in by_id.items()}
        sources.update(_elsewhere_codes(offer, slug, language))
        pairs = similarity.similar_pairs(
            sources, language, starter=group.exercise.starter_for(language)
        )
        for pair in pairs:
            a, b, percent = by_id.get(pair.a), by_id.get(pair.b), round(pair.score * 100)
            if a is not None and b is not None:
                a.similar.append((b.submission.application.pseudonym, percent))
                b.similar.append((a.submission.application.pseudonym, percent))
            elif a is not None and not _own_original(a, pair.b):
                a.elsewhere.append(percent)
            elif b is not None and not _own_original(b, pair.a):
                b.elsewhere.append(percent)


def _own_original(row: SubmissionRow, other: Hashable) -> bool:
    """Whether ``other`` is the submission ``row`` reused: the same code, of course."""
    reuse = getattr(row.submission, "reuse", None)
    return reuse is not None and other == ("elsewhere", reuse.source_submission_id)
