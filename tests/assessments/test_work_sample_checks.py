"""An employer's exercise is usable only once its reference solution passes every sample and
hidden test in the sandbox: the check runs as a background task, like grading, through the
real sandbox; the author sees the result of each test; when the sandbox cannot run, the page
says so and the exercise stays unusable until a check passes."""

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from assessments import sandbox as sandbox_module
from assessments import work_sample_checks, work_samples
from assessments.models import Exercise, ExerciseValidation
from tests.assessments.work_sample_data import exercise_data, form_data

pytestmark = pytest.mark.django_db

CREATE = reverse("assessments:work_sample_create")
WRONG = "a, b = map(int, input().split())\nprint(a + b if a > 0 else 0)\n"
# A semicolon missing after scanf(...).
C_WITH_A_TYPO = (
    "#include <stdio.h>\n"
    'int main(void) { int a, b; scanf("%d %d", &a, &b) printf("%d\\n", a + b); }\n'
)


def detail(exercise):
    return reverse("assessments:work_sample_detail", args=[exercise.pk])


def save(client, capture, **overrides) -> Exercise:
    """The author saves through the page; the check's task runs once the save is committed
    (the immediate task backend of the tests: in production, the worker)."""
    with capture(execute=True):
        response = client.post(CREATE, form_data(**overrides))
    assert response.status_code == 302, response.content.decode()
    return Exercise.objects.get()


@pytest.mark.sandbox
def test_a_reference_solution_passing_every_test_makes_the_exercise_usable(
    real_sandbox, recruiter_client, membership, django_capture_on_commit_callbacks
):
    exercise = save(recruiter_client, django_capture_on_commit_callbacks)

    validation = ExerciseValidation.objects.get(exercise=exercise)
    assert validation.status == "passed"
    assert [(r["name"], r["kind"], r["verdict"]) for r in validation.results] == [
        ("exemple", "sample", "AC"),
        ("petits", "hidden", "AC"),
        ("negatifs", "hidden", "AC"),
    ]
    exercise.refresh_from_db()
    assert exercise.validated_at is not None and exercise.is_usable
    entry = AuditEntry.objects.get(action="exercise.validated")
    assert (entry.actor, entry.employer) == (membership.user, membership.employer)
    page = recruiter_client.get(detail(exercise)).content.decode()
    assert "Validé" in page and 'data-vivier-test-verdict="AC"' in page


@pytest.mark.sandbox
def test_a_wrong_reference_solution_is_refused_and_each_test_shows_why(
    real_sandbox, recruiter_client, django_capture_on_commit_callbacks
):
    exercise = save(recruiter_client, django_capture_on_commit_callbacks, reference_solution=WRONG)

    validation = ExerciseValidation.objects.get(exercise=exercise)
    assert validation.status == "failed"
    assert [r["verdict"] for r in validation.results] == ["AC", "AC", "WA"]
    assert validation.results[2]["stdout"] == "0\n"
    exercise.refresh_from_db()
    assert exercise.validated_at is None and not exercise.is_usable
    assert not AuditEntry.objects.filter(action="exercise.validated").exists()
    page = recruiter_client.get(detail(exercise)).content.decode()
    assert "Refusé" in page and "échoue à 1 test" in page
    assert "Sortie attendue :" in page and "-15" in page  # beside the failed test
    assert "Relancer la vérification" in page


@pytest.mark.sandbox
def test_a_solution_that_does_not_compile_shows_the_compilers_message(
    real_sandbox, recruiter_client, django_capture_on_commit_callbacks
):
    exercise = save(
        recruiter_client,
        django_capture_on_commit_callbacks,
        languages=["c"],
        reference_language="c",
        reference_solution=C_WITH_A_TYPO,
    )
    validation = ExerciseValidation.objects.get(exercise=exercise)
    assert validation.status == "failed"
    assert {r["verdict"] for r in validation.results} == {"CE"}
    assert "main.c" in validation.results[0]["stderr"]
    assert "Erreur de compilation" in recruiter_client.get(detail(exercise)).content.decode()


@pytest.mark.sandbox
def test_a_solution_too_slow_is_refused_on_time(
    real_sandbox, recruiter_client, django_capture_on_commit_callbacks
):
    endless = "while True:\n    pass\n"
    exercise = save(
        recruiter_client,
        django_capture_on_commit_callbacks,
        reference_solution=endless,
        time_limit_s="0.5",
        samples=[("exemple", "2 3\n", "5\n")],
        hidden=[("petits", "40 2\n", "42\n", 1)],
    )
    validation = ExerciseValidation.objects.get(exercise=exercise)
    assert [r["verdict"] for r in validation.results] == ["TLE", "TLE"]


@pytest.mark.sandbox
def test_a_sql_exercise_is_checked_on_its_datasets(
    real_sandbox, recruiter_client, django_capture_on_commit_callbacks
):
    dataset = (
        "CREATE TABLE commandes (ville TEXT, montant INTEGER);\n"
        "INSERT INTO commandes VALUES ('Lyon', 10), ('Lyon', 5), ('Lille', 7);\n"
    )
    query = "SELECT ville, SUM(montant) FROM commandes GROUP BY ville;"
    exercise = save(
        recruiter_client,
        django_capture_on_commit_callbacks,
        languages=["sql"],
        reference_language="sql",
        reference_solution=query,
        checker="rows",
        samples=[("exemple", dataset, "Lyon|15\nLille|7\n")],
        hidden=[("villes", dataset, "Lille|7\nLyon|15\n", 1)],
    )
    assert ExerciseValidation.objects.get(exercise=exercise).status == "passed"


def test_an_unavailable_sandbox_is_said_and_the_exercise_stays_unusable(
    broken_sandbox, recruiter_client, django_capture_on_commit_callbacks
):
    exercise = save(recruiter_client, django_capture_on_commit_callbacks)

    validation = ExerciseValidation.objects.get(exercise=exercise)
    assert validation.status == "unavailable"
    assert validation.results == []
    exercise.refresh_from_db()
    assert exercise.validated_at is None
    page = recruiter_client.get(detail(exercise)).content.decode()
    assert "Non vérifié" in page and "bac à sable qui exécute le code est indisponible" in page
    assert "Relancer la vérification" in page


@pytest.mark.sandbox
def test_the_author_runs_the_check_again_once_the_sandbox_is_back(
    real_sandbox, recruiter_client, django_capture_on_commit_callbacks, monkeypatch
):
    broken = sandbox_module.Sandbox(sandbox_module.SandboxConfig(bwrap_path="/nonexistent/bwrap"))
    with monkeypatch.context() as patched:
        patched.setattr(sandbox_module, "_default", broken)
        exercise = save(recruiter_client, django_capture_on_commit_callbacks)
    assert exercise.validations.get().status == "unavailable"

    url = reverse("assessments:work_sample_check_again", args=[exercise.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert recruiter_client.post(url).status_code == 302

    assert [v.status for v in exercise.validations.order_by("pk")] == ["unavailable", "passed"]
    exercise.refresh_from_db()
    assert exercise.is_usable


def test_a_check_under_way_or_passed_is_not_asked_for_twice(membership):
    exercise = work_samples.save_exercise(membership.employer, exercise_data(), by=membership.user)
    with pytest.raises(work_samples.WorkSampleError, match="déjà en cours"):
        work_samples.request_validation(exercise, by=membership.user)
    assert not work_samples.can_request_check(exercise)


def test_a_check_runs_once(broken_sandbox, membership):
    exercise = work_samples.save_exercise(membership.employer, exercise_data(), by=membership.user)
    validation = exercise.validations.get()
    assert work_sample_checks.run_validation(validation.pk).status == "unavailable"
    assert work_sample_checks.run_validation(validation.pk) is None


@pytest.mark.sandbox
def test_only_the_check_of_the_version_as_it_stands_makes_it_usable(real_sandbox, membership):
    """A check asked for before an edit (the worker had not run it yet) proves nothing of the
    edited exercise: the edit asked for its own, which alone counts."""
    employer, author = membership.employer, membership.user
    wrong = exercise_data(reference_solution=WRONG)
    exercise = work_samples.save_exercise(employer, wrong, by=author)
    before_edit = exercise.validations.get()
    work_samples.save_exercise(employer, exercise_data(), by=author, exercise=exercise)

    assert work_sample_checks.run_validation(before_edit.pk).status == "passed"
    exercise.refresh_from_db()
    assert exercise.validated_at is None
    latest = work_samples.latest_validation(exercise)
    assert work_sample_checks.run_validation(latest.pk).status == "passed"
    exercise.refresh_from_db()
    assert exercise.validated_at is not None


def test_the_check_fragment_answers_no_content_while_nothing_changed(recruiter_client, membership):
    exercise = work_samples.save_exercise(membership.employer, exercise_data(), by=membership.user)
    url = reverse("assessments:work_sample_status", args=[exercise.pk])
    assert recruiter_client.get(url, {"vu": "queued"}).status_code == 204
    fragment = recruiter_client.get(url)
    assert fragment.status_code == 200 and fragment["X-Vivier-Final"] == "0"
    assert "hx-trigger" in fragment.content.decode()
