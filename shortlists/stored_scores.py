"""Each application's scores, stored when they change, so that an offer's ranking and its CSV
read numbers and sort them in the database (a campaign of thousands of applications is not
scored again on every request).

There is one way to compute a score: `shortlists.scores` (the components, from assessments and
interviews) and `shortlists.ranking` (points, total, completeness under the rules). This module
only stores what they give:

- ``refresh_application`` after anything that may change one application's results: the
  receivers of `ShortlistsConfig.ready` call it when a submission is made or graded, an
  attempt handed in or expired, an answer saved after the hand-in, a review given, an
  interview saved (its consensus);
- ``refresh_offer`` when the offer's rules change (`policies.save_policy`), and by the
  ranking's readers (`shortlists.ranked`) when a row is missing or was computed under other
  rules;
- ``refresh_all`` by the ``refresh_stored_scores`` command (existing data, or after a
  change in how a score is computed).

Each runs in a transaction and first locks the applications' rows, so that two results given at
once for the same application are stored in turn, the second computation seeing the first.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from candidates.models import Application
from employers.models import Offer
from shortlists import ranking
from shortlists.models import SelectionPolicy, StoredScore
from shortlists.scores import application_scores, scores_by_application

BATCH = 1000


def _stored(application_id: int, scores: dict, policy: SelectionPolicy | None, now) -> StoredScore:
    points = {c: ranking.points(scores.get(c)) for c in ranking.COMPONENTS}
    rules = policy.rules if policy is not None else None
    return StoredScore(
        application_id=application_id,
        policy=policy,
        **points,
        total=rules.total(points) if rules is not None else None,
        completeness=rules.completeness(points) if rules is not None else 0,
        updated_at=now,
    )


def _save(rows: list[StoredScore]) -> None:
    StoredScore.objects.bulk_create(
        rows,
        batch_size=BATCH,
        update_conflicts=True,
        unique_fields=["application"],
        update_fields=[
            "policy",
            *ranking.COMPONENTS,
            "total",
            "completeness",
            "updated_at",
        ],
    )


def refresh_application(application_id: int) -> StoredScore | None:
    """Store the application's scores as they are now (None: the application is gone)."""
    with transaction.atomic():
        application = (
            Application.objects.select_for_update()
            .only("pk", "offer_id", "candidate_id")
            .filter(pk=application_id)
            .first()
        )
        if application is None:
            return None
        policy = SelectionPolicy.objects.current_for(application.offer_id)
        row = _stored(application.pk, application_scores(application), policy, timezone.now())
        _save([row])
        return row


def refresh_offer(offer: Offer | int) -> int:
    """Store the scores of every application of the offer under its current rules, in a fixed
    number of queries; the number of applications stored."""
    offer_id = offer if isinstance(offer, int) else offer.pk
    with transaction.atomic():
        mine = Application.objects.filter(offer_id=offer_id)
        list(mine.select_for_update().order_by("pk").values_list("pk", flat=True))
        applications = mine.only("pk", "offer_id", "candidate_id").order_by("pk")
        scores = scores_by_application(applications)
        policy = SelectionPolicy.objects.current_for(offer_id)
        now = timezone.now()
        _save([_stored(pk, values, policy, now) for pk, values in scores.items()])
        return len(scores)


def refresh_all(offer_ids: Iterable[int] | None = None) -> int:
    """Every offer's stored scores (or those of `offer_ids`), one offer at a time."""
    if offer_ids is None:
        offer_ids = (
            Offer.objects.filter(applications__isnull=False).distinct().values_list("pk", flat=True)
        )
    return sum(refresh_offer(offer_id) for offer_id in list(offer_ids))


# -- receivers (connected in ShortlistsConfig.ready): what may change an application's scores --


def submission_saved(instance, created=False, raw=False, **kwargs):
    """A submission made (its exercise's score is pending) or graded."""
    from assessments.enums import SubmissionStatus

    if raw:  # loaded from a fixture: `refresh_stored_scores` afterwards
        return
    if created or instance.status == SubmissionStatus.GRADED:
        refresh_application(instance.application_id)


def attempt_saved(instance, raw=False, **kwargs):
    """An attempt handed in or expired: its answers and the campaign's exercises now count."""
    from assessments.enums import AttemptStatus

    if not raw and instance.status != AttemptStatus.IN_PROGRESS:
        refresh_application(instance.application_id)


def answer_saved(instance, raw=False, **kwargs):
    """An SJT or written answer saved after the hand-in (before it, nothing counts yet)."""
    from assessments.enums import AttemptStatus
    from assessments.models import Attempt

    if raw:
        return
    application_id = (
        Attempt.objects.filter(pk=instance.attempt_id)
        .exclude(status=AttemptStatus.IN_PROGRESS)
        .values_list("application_id", flat=True)
        .first()
    )
    if application_id is not None:
        refresh_application(application_id)


def review_saved(instance, raw=False, **kwargs):
    """A blind review of a written answer given."""
    from assessments.models import WrittenAnswer

    if raw:
        return
    application_id = (
        WrittenAnswer.objects.filter(pk=instance.answer_id)
        .values_list("attempt__application_id", flat=True)
        .first()
    )
    if application_id is not None:
        refresh_application(application_id)


def interview_saved(instance, update_fields=None, raw=False, **kwargs):
    """An interview saved: its consensus may have been recorded."""
    if raw:
        return
    if update_fields is None or {"status", "consensus_score"} & set(update_fields):
        refresh_application(instance.application_id)


def application_created(instance, created=False, raw=False, **kwargs):
    """A new application: its row, empty, under the offer's current rules."""
    if created and not raw:
        refresh_application(instance.pk)
