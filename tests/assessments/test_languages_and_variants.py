"""Exercises in several languages: the employer's choice per exercise, the candidate's choice,
one draft per language, « Tester avec mon entrée », variants drawn per candidate, SQL grading,
and similarity across the platform without leaking anything of other employers' candidates."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from assessments import grading, submissions
from assessments.library import get_exercise
from assessments.library_sync import sync_exercises
from assessments.models import Campaign, CodeDraft, Exercise, Submission
from tests.assessments.factories import (
    AttemptFactory,
    CampaignFactory,
    ExerciseFactory,
    SubmissionFactory,
)
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory

pytestmark = pytest.mark.django_db

STARTERS = {"python": "# Python\n", "javascript": "// JavaScript\n"}


@pytest.fixture
def exercise(db):
    return ExerciseFactory(languages=["python", "javascript"], starters=STARTERS)


def page(application, exercise, language=None):
    url = reverse("assessments:exercise_detail", args=[application.pk, exercise.slug])
    return f"{url}?langage={language}" if language else url


def action(name, application, exercise):
    return reverse(f"assessments:{name}", args=[application.pk, exercise.slug])


def test_the_candidate_chooses_among_the_languages_offered(candidate_client, application, exercise):
    html = candidate_client.get(page(application, exercise)).content.decode()
    assert '<label for="id_language">Langage de programmation</label>' in html
    assert '<option value="python" selected>Python 3</option>' in html
    assert '<option value="javascript">JavaScript (Node.js)</option>' in html
    assert "# Python" in html
    html = candidate_client.get(page(application, exercise, "javascript")).content.decode()
    assert "// JavaScript" in html and 'data-vivier-language="javascript"' in html


def test_a_language_the_exercise_does_not_offer_is_refused(candidate_client, application, exercise):
    assert candidate_client.get(page(application, exercise, "cobol")).status_code == 400
    response = candidate_client.post(
        action("autosave", application, exercise), {"code": "x", "language": "java"}
    )
    assert response.status_code == 400
    assert "pas proposé" in response.content.decode()
    assert not CodeDraft.objects.exists()


def test_autosave_keeps_one_draft_per_language(candidate_client, application, exercise):
    autosave = action("autosave", application, exercise)
    candidate_client.post(autosave, {"code": "print(42)", "language": "python"})
    candidate_client.post(autosave, {"code": "console.log(42)", "language": "javascript"})
    candidate_client.post(autosave, {"code": "print(43)", "language": "python"})
    drafts = dict(CodeDraft.objects.values_list("language", "code"))
    assert drafts == {"python": "print(43)", "javascript": "console.log(42)"}
    # Switching back and forth loses nothing.
    switch = action("starter_code", application, exercise)
    assert candidate_client.get(switch, {"langage": "javascript"}).json()["code"] == (
        "console.log(42)"
    )
    assert (
        "print(43)" in candidate_client.get(page(application, exercise, "python")).content.decode()
    )


def test_switching_to_a_language_without_draft_gives_its_starter_code(
    candidate_client, application, exercise
):
    switch = action("starter_code", application, exercise)
    assert candidate_client.get(switch, {"langage": "javascript"}).json()["code"] == (
        "// JavaScript\n"
    )
    assert candidate_client.get(switch, {"langage": "php"}).status_code == 400


def test_a_submission_keeps_its_language(candidate_client, application, exercise):
    candidate_client.post(
        action("submit", application, exercise),
        {"code": "console.log(1)", "language": "javascript"},
    )
    assert Submission.objects.get().language == "javascript"


def test_the_employer_allows_some_languages_per_exercise(recruiter_client, offer, exercise):
    deadline = timezone.localtime(timezone.now() + timedelta(days=10))
    data = {
        "exercises": [exercise.pk],
        "exercise_languages": [f"{exercise.slug}:javascript"],
        "weight_coding": 1,
        "weight_sjt": 0,
        "weight_written": 0,
        "duration_minutes": 45,
        "extra_time": "1.33",
        "deadline": deadline.strftime("%Y-%m-%dT%H:%M"),
    }
    editor = reverse("assessments:campaign_edit", args=[offer.pk])
    html = recruiter_client.get(editor).content.decode()
    assert "Langages autorisés par exercice" in html
    assert recruiter_client.post(editor, data).status_code == 302
    campaign = Campaign.objects.get(offer=offer)
    assert campaign.exercise_languages == {exercise.slug: ["javascript"]}
    assert campaign.allowed_languages(exercise) == ["javascript"]


def test_the_candidate_may_only_use_the_languages_the_campaign_allows(
    client, force_login, exercise
):
    campaign = CampaignFactory(exercise_languages={exercise.slug: ["javascript"]})
    campaign.exercises.add(exercise)
    attempt = AttemptFactory(campaign=campaign)
    force_login(attempt.application.candidate.user)
    html = client.get(page(attempt.application, exercise)).content.decode()
    assert "Langage : JavaScript (Node.js)" in html and "# Python" not in html
    refused = client.post(
        action("submit", attempt.application, exercise), {"code": "print(1)", "language": "python"}
    )
    assert refused.status_code == 400
    accepted = client.post(
        action("submit", attempt.application, exercise),
        {"code": "console.log(1)", "language": "javascript"},
    )
    assert accepted.status_code == 302


def test_own_input_is_rate_limited_without_running_anything(
    candidate_client, application, exercise
):
    url = action("run_own_input", application, exercise)
    cache.set(f"vivier:own-input:{application.pk}:{exercise.slug}", 10, timeout=60)
    response = candidate_client.post(url, {"code": "print(1)", "language": "python", "stdin": ""})
    assert response.status_code == 429
    assert "attendez quelques secondes" in response.content.decode()


def test_own_input_that_is_too_long_is_a_clear_400(candidate_client, application, exercise):
    url = action("run_own_input", application, exercise)
    stdin = "x" * (submissions.MAX_CUSTOM_INPUT_CHARS + 1)
    response = candidate_client.post(url, {"code": "", "language": "python", "stdin": stdin})
    assert response.status_code == 400
    assert "Entrée invalide ou trop longue." in response.content.decode()


@pytest.mark.sandbox
def test_own_input_runs_the_code_on_the_candidates_input(
    candidate_client, application, exercise, real_sandbox
):
    url = action("run_own_input", application, exercise)
    code = "a, b = map(int, input().split())\nprint(a * b)\n"
    response = candidate_client.post(url, {"code": code, "language": "python", "stdin": "6 7\n"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Résultat avec votre entrée (non noté)" in html
    assert '<pre tabindex="0" data-vivier-own-input-stdout>42\n</pre>' in html
    assert not Submission.objects.exists()  # never graded


@pytest.mark.sandbox
def test_own_input_says_what_went_wrong_in_words(
    candidate_client, application, exercise, real_sandbox
):
    url = action("run_own_input", application, exercise)
    response = candidate_client.post(
        url, {"code": "raise SystemExit(3)\n", "language": "python", "stdin": ""}
    )
    html = response.content.decode()
    assert "<dd>Erreur à l&#x27;exécution</dd>" in html or "<dd>Erreur à l'exécution</dd>" in html


# Through the view, in a pytest-xdist worker, bwrap's spawn fails with « Exception occurred in
# preexec_fn » (not in setrlimit: nothing in the preexec function raised); alone in one process
# it passes, as in the web process and the grading worker. Not understood yet (closing note of
# 2026-12-08): these run in the serial pass meanwhile.
OWN_INPUT_ALONE = pytest.mark.serial


def run_own_input(client, application, exercise, code, **headers):
    url = action("run_own_input", application, exercise)
    response = client.post(url, {"code": code, "language": "python", "stdin": ""}, **headers)
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


@OWN_INPUT_ALONE
def test_own_input_gives_the_exit_code_of_a_program_that_fails(
    candidate_client, application, exercise, real_sandbox
):
    html = run_own_input(candidate_client, application, exercise, "raise SystemExit(3)\n")
    assert "<dt>Code de sortie</dt><dd data-vivier-own-input-exit-code>3</dd>" in html


@OWN_INPUT_ALONE
@pytest.mark.parametrize("headers", [{}, {"HTTP_HX_REQUEST": "true"}], ids=["page", "htmx"])
def test_own_input_says_the_time_limit_was_reached(
    candidate_client, application, exercise, real_sandbox, headers
):
    exercise.time_limit_s = 0.5
    exercise.save(update_fields=["time_limit_s"])
    code = "while True:\n    pass\n"
    html = run_own_input(candidate_client, application, exercise, code, **headers)
    assert (
        "<dd>Temps dépassé : votre programme a dépassé la limite de 0,5 s et a été arrêté.</dd>"
    ) in html


@OWN_INPUT_ALONE
def test_own_input_gives_no_exit_code_when_the_program_ends_normally(
    candidate_client, application, exercise, real_sandbox
):
    html = run_own_input(candidate_client, application, exercise, "print(1)\n")
    assert "<dd>Terminée</dd>" in html
    assert "Code de sortie" not in html


@OWN_INPUT_ALONE
def test_own_input_tells_the_verdict_and_exit_code_in_english(
    candidate_client, application, exercise, real_sandbox
):
    html = run_own_input(
        candidate_client,
        application,
        exercise,
        "raise SystemExit(3)\n",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "<dt>Run</dt><dd>Runtime error</dd>" in html
    assert "<dt>Exit code</dt><dd data-vivier-own-input-exit-code>3</dd>" in html


# -- variants -----------------------------------------------------------------------------


@pytest.fixture
def library_exercise(db):
    sync_exercises([get_exercise("sql-clients-ville")])
    return Exercise.objects.get(slug="sql-clients-ville")


def test_candidates_draw_different_variants_with_the_same_test_structure(library_exercise):
    applications = ApplicationFactory.create_batch(12)
    drawn = {submissions.variant_for(a, library_exercise) for a in applications}
    assert len(drawn) >= 3  # not everybody gets the same items
    shapes = {
        tuple((t.name, t.weight) for t in library_exercise.hidden_cases(variant))
        for variant in range(library_exercise.variant_count())
    }
    assert len(shapes) == 1  # grading stays comparable
    inputs = {
        tuple(t.stdin for t in library_exercise.hidden_cases(variant))
        for variant in range(library_exercise.variant_count())
    }
    assert len(inputs) == library_exercise.variant_count()


def test_the_draw_is_the_same_on_every_page_and_submission_of_a_sitting(
    candidate_client, application, library_exercise
):
    first = submissions.variant_for(application, library_exercise)
    assert first == submissions.variant_for(application, library_exercise)
    candidate_client.post(
        action("submit", application, library_exercise), {"code": "SELECT 1;", "language": "sql"}
    )
    assert Submission.objects.get().variant == first
    html = candidate_client.get(page(application, library_exercise)).content.decode()
    drawn = library_exercise.variants[first]["samples"][0]
    assert "Votre exemple personnel" in html
    assert escape(drawn["stdin"].splitlines()[-1]) in html


# -- SQL grading ----------------------------------------------------------------------------


def test_result_sets_compare_as_sets_unless_the_order_counts():
    assert grading.check_rows("b|2\na|1\n", "a|1\nb|2\n")
    assert not grading.check_rows("a|1\n", "a|1\na|1\n")  # a multiset: duplicates count
    assert grading.check_rows("a|3.0\n", "a|3\n")  # numbers by value
    assert not grading.check_exact("b|2\na|1\n", "a|1\nb|2\n")


@pytest.mark.sandbox
def test_the_reference_query_gets_full_marks_on_the_candidates_variant(
    library_exercise, real_sandbox
):
    submission = SubmissionFactory(
        exercise=library_exercise,
        language="sql",
        variant=3,
        code=get_exercise("sql-clients-ville").solutions["sql"],
    )
    from assessments.grading_runs import grade_submission

    graded = grade_submission(submission.pk)
    assert graded.score == 1.0
    assert [v["name"] for v in graded.verdicts][-2:] == ["tirage-1", "tirage-2"]


# -- similarity across the platform --------------------------------------------------------------


def test_similar_code_for_another_employers_offer_is_flagged_without_saying_whose(
    recruiter_client, offer
):
    code = (
        "def total(values):\n    result = 0\n    for value in values:\n"
        "        if value % 2 == 0:\n            result += value * 3\n"
        "        else:\n            result -= value\n    return result\n\n"
        "print(total(map(int, input().split())))\n"
    )
    exercise = ExerciseFactory()
    here = SubmissionFactory(application__offer=offer, exercise=exercise, code=code, graded=True)
    other_offer = OfferFactory(employer=EmployerMembershipFactory().employer, published=True)
    elsewhere = SubmissionFactory(
        application__offer=other_offer, exercise=exercise, code=code, graded=True
    )
    html = recruiter_client.get(
        reverse("assessments:offer_submissions", args=[offer.pk])
    ).content.decode()
    assert "Proche d'une soumission pour une autre offre (100 %)" in html
    assert here.application.pseudonym in html
    assert elsewhere.application.pseudonym not in html
    assert other_offer.title not in html
