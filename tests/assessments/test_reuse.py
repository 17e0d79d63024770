"""Results that travel: a candidate's graded result on a library exercise or scenario, taken in
a sitting for another employer's offer, counts for a new offer whose campaign asks for the
same item, if they consent when they start, within 12 months (rules in assessments/reuse.py)."""

import html
import re
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import formats, timezone

from accounts.models import AuditEntry
from assessments import campaigns, results, reuse
from assessments.enums import SjtMode
from assessments.models import Accommodation, Attempt, ReusedResult, SjtAnswer, Submission
from candidates.enums import ApplicationStage
from tests.assessments.factories import (
    AttemptFactory,
    CampaignFactory,
    ExerciseFactory,
    SjtScenarioFactory,
    SubmissionFactory,
)
from tests.candidates.factories import ApplicationFactory, CandidateFactory
from tests.employers.factories import OfferFactory

pytestmark = pytest.mark.django_db

SOURCE_CODE = "a, b = map(int, input().split())\nprint(a + b)  # ma version\n"


def taken(
    candidate,
    *,
    exercise=None,
    scenario=None,
    employer=None,
    finished_at=None,
    closed=True,
    score=0.75,
    language="python",
    sjt_mode=SjtMode.BEST_WORST,
    multiplier=Decimal(1),
):
    """A sitting the candidate finished for an offer of `employer` (another one by default),
    whose campaign held `exercise` and/or `scenario`; closed: its results are out."""
    finished_at = finished_at or timezone.now() - timedelta(days=30)
    offer = OfferFactory(published=True, **({"employer": employer} if employer else {}))
    campaign = CampaignFactory(
        offer=offer,
        exercises=[exercise] if exercise else None,
        scenarios=[scenario] if scenario else [],
        questions=[],
        sjt_mode=sjt_mode,
        deadline=finished_at + timedelta(days=1),
        closed_at=finished_at if closed else None,
    )
    application = ApplicationFactory(candidate=candidate, offer=offer)
    attempt = AttemptFactory(
        campaign=campaign,
        application=application,
        submitted=True,
        started_at=finished_at - timedelta(minutes=30),
        finished_at=finished_at,
        time_multiplier=multiplier,
    )
    if exercise is not None:
        SubmissionFactory(
            application=application,
            exercise=exercise,
            graded=True,
            score=score,
            language=language,
            code=SOURCE_CODE,
        )
    if scenario is not None:
        SjtAnswer.objects.create(attempt=attempt, scenario=scenario, most="a", least="d")
    return application


def new_application(candidate, *, exercise=None, scenario=None, employer=None, **campaign):
    """An application to a new offer whose open campaign asks for `exercise` / `scenario`."""
    offer = OfferFactory(published=True, **({"employer": employer} if employer else {}))
    CampaignFactory(
        offer=offer,
        exercises=[exercise] if exercise else None,
        scenarios=[scenario] if scenario else [],
        questions=[],
        weight_coding=1,
        **campaign,
    )
    return ApplicationFactory(candidate=candidate, offer=offer)


@pytest.fixture
def candidate():
    return CandidateFactory()


@pytest.fixture
def exercise():
    return ExerciseFactory()


def visible_text(response) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def keys(application, now=None) -> list[str]:
    campaign = campaigns.current_campaign(application.offer)
    return [t.key for t in reuse.reusable_results(application, campaign, now=now)]


# -- what can travel ---------------------------------------------------------------------


def test_a_result_taken_for_another_employer_is_offered_for_an_offer_with_the_same_item(
    candidate, exercise
):
    taken(candidate, exercise=exercise)
    assert keys(new_application(candidate, exercise=exercise)) == [f"exercise-{exercise.pk}"]


def test_reusing_needs_the_candidates_consent_and_nothing_starts_without_it(candidate, exercise):
    taken(candidate, exercise=exercise)
    application = new_application(candidate, exercise=exercise)
    with pytest.raises(reuse.ReuseRefused):
        campaigns.start_attempt(
            application, user=candidate.user, reuse=[f"exercise-{exercise.pk}"], consent=False
        )
    assert not ReusedResult.objects.exists()
    assert not Attempt.objects.filter(application=application).exists()


def test_the_start_page_asks_reuse_or_retake_per_item_and_refuses_reuse_without_the_box(
    client, force_login, candidate, exercise
):
    taken(candidate, exercise=exercise)
    application = new_application(candidate, exercise=exercise)
    force_login(candidate.user)
    page = client.get(reverse("assessments:campaign_home", args=[application.pk]))
    text = html.unescape(page.content.decode())
    assert "Réutiliser mon résultat (75 / 100, passé le" in text
    assert "Le repasser dans cette évaluation" in text
    start = reverse("assessments:attempt_start", args=[application.pk])
    refused = client.post(start, {f"reuse-exercise-{exercise.pk}": "reuse"})
    assert refused.status_code == 400
    assert "Cochez cette case pour réutiliser un résultat" in html.unescape(
        refused.content.decode()
    )
    assert not Submission.objects.filter(application=application).exists()
    started = client.post(start, {f"reuse-exercise-{exercise.pk}": "reuse", "consent": "on"})
    assert started.status_code == 302
    assert ReusedResult.objects.get(application=application).exercise == exercise


def test_the_choice_is_explicit_nothing_is_reused_by_default(
    client, force_login, candidate, exercise
):
    taken(candidate, exercise=exercise)
    application = new_application(candidate, exercise=exercise)
    force_login(candidate.user)
    start = reverse("assessments:attempt_start", args=[application.pk])
    assert client.post(start).status_code == 400
    assert client.post(start, {f"reuse-exercise-{exercise.pk}": "retake"}).status_code == 302
    assert not ReusedResult.objects.exists()


def test_a_result_that_stopped_being_reusable_since_the_page_was_shown_is_not_ignored(
    client, force_login, candidate, exercise
):
    source = taken(candidate, exercise=exercise)
    application = new_application(candidate, exercise=exercise)
    source.stage = ApplicationStage.WITHDRAWN  # meanwhile, in another tab
    source.save(update_fields=["stage"])
    force_login(candidate.user)
    response = client.post(
        reverse("assessments:attempt_start", args=[application.pk]),
        {f"reuse-exercise-{exercise.pk}": "reuse", "consent": "on"},
    )
    assert response.status_code == 400
    assert "ne l'est plus" in html.unescape(response.content.decode())
    assert not Attempt.objects.filter(application=application).exists()


def test_a_reused_exercise_counts_like_a_fresh_one(candidate, exercise):
    taken(candidate, exercise=exercise, score=0.75)
    reused = new_application(candidate, exercise=exercise)
    campaigns.start_attempt(
        reused, user=candidate.user, reuse=[f"exercise-{exercise.pk}"], consent=True
    )
    fresh = new_application(CandidateFactory(), exercise=exercise)
    campaigns.start_attempt(fresh, user=None)
    SubmissionFactory(application=fresh, exercise=exercise, graded=True, score=0.75)
    assert results.component_scores(reused)["coding"] == 0.75
    assert results.component_scores_many([reused, fresh]) == {
        reused.pk: results.component_scores(reused),
        fresh.pk: results.component_scores(fresh),
    }
    assert results.component_scores(reused) == results.component_scores(fresh)


def test_a_reused_scenario_counts_like_a_fresh_one_and_is_not_answered_again(candidate):
    scenario = SjtScenarioFactory()
    taken(candidate, scenario=scenario)  # the best and the worst response: full marks
    application = new_application(candidate, scenario=scenario, weight_sjt=1)
    attempt = campaigns.start_attempt(
        application, user=candidate.user, reuse=[f"scenario-{scenario.pk}"], consent=True
    )
    campaigns.save_answers(attempt, sjt={scenario.pk: ("d", "a")}, written={}, user=None)
    answer = SjtAnswer.objects.get(attempt=attempt)
    assert (answer.most, answer.least) == ("a", "d")
    campaigns.submit_attempt(attempt, user=candidate.user)
    assert results.component_scores(application)["sjt"] == 1.0


def test_a_reused_exercise_takes_no_more_code(client, force_login, candidate, exercise):
    taken(candidate, exercise=exercise)
    application = new_application(candidate, exercise=exercise)
    campaigns.start_attempt(
        application, user=candidate.user, reuse=[f"exercise-{exercise.pk}"], consent=True
    )
    force_login(candidate.user)
    response = client.post(
        reverse("assessments:submit", args=[application.pk, exercise.slug]),
        {"code": "print(42)\n", "language": "python"},
    )
    assert response.status_code == 409
    assert "réutiliser votre résultat" in html.unescape(response.content.decode())
    assert Submission.objects.filter(application=application).count() == 1


# -- 12 months, with a clock we hold -----------------------------------------------------

TAKEN_AT = datetime(2025, 3, 14, 16, 0, tzinfo=timezone.get_fixed_timezone(60))


@pytest.mark.parametrize(
    ("now", "reusable"),
    [
        (TAKEN_AT + timedelta(days=200), True),
        (datetime(2026, 3, 14, 15, 59, 59, tzinfo=timezone.get_fixed_timezone(60)), True),
        (datetime(2026, 3, 14, 16, 0, tzinfo=timezone.get_fixed_timezone(60)), False),
        (datetime(2026, 6, 1, tzinfo=timezone.get_fixed_timezone(60)), False),
    ],
    ids=["seven-months", "a-second-before-12-months", "12-months", "later"],
)
def test_a_result_can_be_reused_until_12_months_after_it_was_taken(
    candidate, exercise, now, reusable
):
    taken(candidate, exercise=exercise, finished_at=TAKEN_AT)
    application = new_application(candidate, exercise=exercise)
    assert bool(keys(application, now=now)) is reusable


def test_12_months_after_the_31st_is_the_end_of_the_month():
    moment = datetime(2025, 1, 31, 12, 0, tzinfo=timezone.get_fixed_timezone(60))
    assert reuse.months_later(moment, 1).date().isoformat() == "2025-02-28"
    leap = datetime(2024, 2, 29, 12, 0, tzinfo=timezone.get_fixed_timezone(60))
    assert reuse.months_later(leap, 12).date().isoformat() == "2025-02-28"


def test_an_expired_result_is_refused_even_when_asked_for(candidate, exercise):
    taken(candidate, exercise=exercise, finished_at=TAKEN_AT)
    application = new_application(candidate, exercise=exercise)
    with pytest.raises(reuse.ReuseRefused):
        campaigns.start_attempt(
            application,
            user=candidate.user,
            reuse=[f"exercise-{exercise.pk}"],
            consent=True,
            now=datetime(2026, 3, 15, tzinfo=timezone.get_fixed_timezone(60)),
        )


# -- what never travels ------------------------------------------------------------------


def test_another_candidates_result_is_never_reusable(candidate, exercise):
    taken(CandidateFactory(), exercise=exercise)
    application = new_application(candidate, exercise=exercise)
    assert keys(application) == []
    with pytest.raises(reuse.ReuseRefused):
        campaigns.start_attempt(
            application, user=candidate.user, reuse=[f"exercise-{exercise.pk}"], consent=True
        )
    assert not Submission.objects.filter(application=application).exists()


def test_a_result_of_a_withdrawn_application_cannot_be_reused(candidate, exercise):
    source = taken(candidate, exercise=exercise)
    source.stage = ApplicationStage.WITHDRAWN
    source.save(update_fields=["stage"])
    assert keys(new_application(candidate, exercise=exercise)) == []


def test_a_result_is_not_reusable_before_its_assessment_closes(candidate, exercise):
    """Until then the candidate has not seen it, nor have the other candidates of that offer."""
    taken(candidate, exercise=exercise, closed=False, finished_at=timezone.now())
    assert keys(new_application(candidate, exercise=exercise)) == []


def test_only_the_latest_result_of_an_item_travels_not_the_best(candidate, exercise):
    taken(candidate, exercise=exercise, score=1.0, finished_at=timezone.now() - timedelta(days=90))
    taken(candidate, exercise=exercise, score=0.25, finished_at=timezone.now() - timedelta(days=9))
    application = new_application(candidate, exercise=exercise)
    campaign = campaigns.current_campaign(application.offer)
    [offered] = reuse.reusable_results(application, campaign)
    assert offered.score == 0.25


def test_a_later_sitting_not_yet_closed_blocks_an_older_result(candidate, exercise):
    taken(candidate, exercise=exercise, finished_at=timezone.now() - timedelta(days=90))
    taken(candidate, exercise=exercise, closed=False, finished_at=timezone.now())
    assert keys(new_application(candidate, exercise=exercise)) == []


def test_a_result_never_travels_to_another_offer_of_the_same_employer(candidate, exercise):
    """Its date and score would link the person's two pseudonyms at that employer."""
    source = taken(candidate, exercise=exercise)
    employer = source.offer.employer
    assert keys(new_application(candidate, exercise=exercise, employer=employer)) == []


def test_another_version_of_the_exercise_is_another_item(candidate, exercise):
    taken(candidate, exercise=exercise)
    newer = ExerciseFactory(slug=exercise.slug, version=2, is_current=False)
    assert keys(new_application(candidate, exercise=newer)) == []


def test_a_language_the_new_campaign_does_not_allow_does_not_travel(candidate):
    exercise = ExerciseFactory(languages=["python", "java"])
    taken(candidate, exercise=exercise, language="python")
    application = new_application(
        candidate, exercise=exercise, exercise_languages={exercise.slug: ["java"]}
    )
    assert keys(application) == []


def test_a_scenario_answered_in_another_mode_does_not_travel(candidate):
    scenario = SjtScenarioFactory()
    taken(candidate, scenario=scenario, sjt_mode=SjtMode.BEST_WORST)
    application = new_application(candidate, scenario=scenario, sjt_mode=SjtMode.RANK)
    assert keys(application) == []


def test_a_result_obtained_with_extra_time_travels_and_nobody_is_told(
    client, force_login, candidate, exercise, membership
):
    source = taken(candidate, exercise=exercise, multiplier=Decimal("1.33"))
    Accommodation.objects.create(application=source, multiplier=Decimal("1.33"))
    application = new_application(candidate, exercise=exercise, employer=membership.employer)
    campaigns.start_attempt(
        application, user=candidate.user, reuse=[f"exercise-{exercise.pk}"], consent=True
    )
    campaigns.close_campaign(application.offer, user=membership.user)
    force_login(membership.user)
    for url in (
        reverse("assessments:offer_submissions", args=[application.offer_id]),
        reverse("applications:detail", args=[application.pk]),
    ):
        page = html.unescape(client.get(url).content.decode()).lower()
        assert application.pseudonym.lower() in page and "réutilisé, passé le" in page
        assert "1,33" not in page and "1.33" not in page and "supplémentaire" not in page
    campaign_page = client.get(reverse("assessments:campaign_edit", args=[application.offer_id]))
    assert campaign_page.context["granted_accommodations"] == 0


# -- what the employer sees, and the audit ------------------------------------------------


def test_the_employer_sees_reused_and_the_date_it_was_taken_next_to_the_score(
    client, force_login, candidate, exercise, membership
):
    when = timezone.now() - timedelta(days=100)
    taken(candidate, exercise=exercise, finished_at=when, score=0.75)
    application = new_application(candidate, exercise=exercise, employer=membership.employer)
    attempt = campaigns.start_attempt(
        application, user=candidate.user, reuse=[f"exercise-{exercise.pk}"], consent=True
    )
    day = formats.date_format(timezone.localtime(when), "DATE_FORMAT")  # « 14 mars 2026 »
    force_login(membership.user)
    submissions_url = reverse("assessments:offer_submissions", args=[application.offer_id])
    detail_url = reverse("applications:detail", args=[application.pk])
    # While the sitting runs, nothing shows that it began.
    assert "data-vivier-reused" not in client.get(submissions_url).content.decode()
    assert "data-vivier-reused" not in client.get(detail_url).content.decode()
    campaigns.submit_attempt(attempt, user=candidate.user)
    for url in (submissions_url, detail_url):
        page = visible_text(client.get(url))
        assert re.search(rf"75 %\W+réutilisé, passé le {day}", page), page
        assert application.pseudonym in page


def test_the_reuse_is_audited_outside_the_employers_log_and_names_nobody(candidate, exercise):
    taken(candidate, exercise=exercise, finished_at=TAKEN_AT)
    application = new_application(candidate, exercise=exercise)
    campaigns.start_attempt(
        application,
        user=candidate.user,
        reuse=[f"exercise-{exercise.pk}"],
        consent=True,
        now=TAKEN_AT + timedelta(days=1),
    )
    entry = AuditEntry.objects.get(action="assessment_result.reused")
    assert entry.employer is None  # the start of a sitting is not the employer's to know
    assert entry.data == {
        "offer": application.offer_id,
        "item": exercise.slug,
        "version": exercise.version,
        "taken_on": "2025-03-14",
    }


def test_a_reused_copy_is_not_flagged_as_close_to_its_own_original(
    client, force_login, candidate, exercise, membership
):
    taken(candidate, exercise=exercise)
    application = new_application(candidate, exercise=exercise, employer=membership.employer)
    attempt = campaigns.start_attempt(
        application, user=candidate.user, reuse=[f"exercise-{exercise.pk}"], consent=True
    )
    campaigns.submit_attempt(attempt, user=candidate.user)
    force_login(membership.user)
    page = client.get(reverse("assessments:offer_submissions", args=[application.offer_id]))
    assert "Proche d" not in html.unescape(page.content.decode())
