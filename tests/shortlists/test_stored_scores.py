"""Each application's scores are stored when they change, and the ranking page and the CSV read
them: what they show must be exactly what the scoring computes now (`decisions.
ranked_applications`, the reference), on random results, ties, missing results and rules."""

import random
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.urls import reverse

from assessments.enums import SubmissionStatus
from interviews.enums import InterviewStatus
from interviews.models import Interview
from shortlists import decisions, ranked
from shortlists.models import StoredScore
from shortlists.policies import save_policy
from tests.assessments.factories import SubmissionFactory
from tests.candidates.factories import ApplicationFactory
from tests.interviews.factories import GridVersionFactory
from tests.shortlists.conftest import logged_in, scored
from tests.shortlists.factories import SelectionPolicyFactory

pytestmark = pytest.mark.django_db

NAMES = ["Aulne", "Érable", "Cèdre", "bouleau", "Zèbre", "Orme", "Île", "Ébène"]


def as_compared(row, *, comparison=False):
    values = (
        row.key,
        row.label,
        {c: row.scores.get(c) for c in ("coding", "sjt", "written", "interview")},
        row.total,
        row.completeness,
        row.rank,
        row.tied,
        row.status,
        row.below,
        row.pending,
    )
    return (*values, row.comparison) if comparison else values


def random_campaign(offer, rng, count):
    for index in range(count):
        coding = rng.choice([None, 0.0, 0.25, 0.5, 0.5, 0.75, 1.0, rng.random()])
        consensus = rng.choice([None, None, 1, 3, 3, 4.5, 5, round(rng.uniform(1, 5), 2)])
        stage = rng.choice(["applied", "assessed", "interview", "rejected", "withdrawn"])
        label = f"{rng.choice(NAMES)}-{index:02d}"
        application = scored(
            offer, coding=coding, consensus=consensus, stage=stage, pseudonym=label
        )
        if rng.random() < 0.15:  # a submission still being graded: coding pending
            SubmissionFactory(application=application)


def random_policy_values(rng):
    weights = {c: rng.choice([0, 0, 10, 20, 50, 60]) for c in ("coding", "sjt", "written")}
    weights["interview"] = rng.choice([10, 40, 70])
    return {
        **{f"weight_{c}": w for c, w in weights.items()},
        **{f"min_{c}": rng.choice([None, None, 40, 60]) for c in weights},
        "min_total": rng.choice([None, 50]),
        "missing_scores": rng.choice(["exclude", "zero"]),
        "reveal_stage": "interview",
        "no_answer_days": 30,
        "grace_days": 14,
    }


def assert_stored_equal_computed(offer, policy):
    computed = decisions.ranked_applications(offer, policy)
    rows, stages = ranked.all_rows(offer, policy)
    assert [as_compared(r) for r in rows] == [as_compared(r) for r in computed]
    ranked.ROWS_PER_PAGE, size = 7, ranked.ROWS_PER_PAGE
    try:
        shown = []
        for number in range(1, len(computed) // 7 + 2):
            shown += ranked.page_of(offer, policy, number).rows
    finally:
        ranked.ROWS_PER_PAGE = size
    assert [as_compared(r, comparison=True) for r in shown] == [
        as_compared(r, comparison=True) for r in computed
    ]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_stored_scores_give_what_the_scoring_computes(team, seed):
    rng = random.Random(seed)
    offer = team.offer
    policy = save_policy(offer, random_policy_values(rng), by=team.admin)
    random_campaign(offer, rng, 30)
    assert_stored_equal_computed(offer, policy)
    # The rules change: every total and the order follow.
    policy.locked_at = policy.created_at
    policy.save(update_fields=["locked_at"])
    values = random_policy_values(rng)
    values["weight_interview"] += 1  # never the same rules
    policy = save_policy(offer, values, change_reason="Nouveaux poids", by=team.admin)
    assert set(StoredScore.objects.values_list("policy", flat=True)) == {policy.pk}
    assert_stored_equal_computed(offer, policy)


def test_a_graded_submission_and_a_consensus_are_stored_at_once(team):
    policy = SelectionPolicyFactory(offer=team.offer, locked=True)
    application = ApplicationFactory(offer=team.offer)
    submission = SubmissionFactory(application=application)  # queued: pending
    stored = StoredScore.objects.get(application=application)
    assert (stored.coding, stored.total) == (None, None)
    submission.status, submission.score = SubmissionStatus.GRADED, 0.8
    submission.save()
    stored.refresh_from_db()
    assert (stored.coding, stored.total, stored.policy) == (
        Decimal("80.0"),
        Decimal("80.0"),
        policy,
    )
    interview = Interview.objects.create(
        application=application,
        stage="interview",
        grid_version=GridVersionFactory(offer=team.offer),
        lead=team.admin,
    )
    interview.status = InterviewStatus.CONSENSUS_DONE
    interview.consensus_score = Decimal("5")
    interview.save(update_fields=["status", "consensus_score"])
    stored.refresh_from_db()
    assert (stored.interview, stored.total, stored.completeness) == (
        Decimal("100.0"),
        Decimal("90.0"),
        2,
    )


def test_the_command_fills_the_scores_of_existing_applications(team):
    policy = SelectionPolicyFactory(offer=team.offer, locked=True)
    for coding in (0.3, 0.9):
        scored(team.offer, coding=coding)
    StoredScore.objects.all().delete()  # as before the stored scores existed
    call_command("refresh_stored_scores")
    assert sorted(StoredScore.objects.values_list("total", flat=True)) == [
        Decimal("30.0"),
        Decimal("90.0"),
    ]
    assert set(StoredScore.objects.values_list("policy", flat=True)) == {policy.pk}


def test_the_ranking_stores_again_what_is_missing_or_under_older_rules(team):
    SelectionPolicyFactory(offer=team.offer, locked=True)  # made without save_policy
    scored(team.offer, coding=0.6, pseudonym="Aulne-Vert")
    StoredScore.objects.all().delete()
    response = logged_in(team.member).get(reverse("shortlists:ranking", args=[team.offer.pk]))
    (item,) = response.context["rows"]
    assert str(item["row"].total) == "60.0"
