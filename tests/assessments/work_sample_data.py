"""What a recruiter types into the exercise editor (assessments.work_sample_forms), as posted
or as the service takes it, and a check that passed as the sandbox reports it (the sandbox
itself runs in test_work_sample_checks.py)."""

from assessments import grading, work_sample_checks, work_samples
from assessments.models import Exercise
from assessments.work_samples import ExerciseData, TestData
from tests.assessments.factories import SUM_SOLUTION

STATEMENT = (
    "Chaque ligne de l'entrée donne deux montants de commande, en euros.\n\n"
    "## Sortie\n\nAffichez leur somme."
)
SAMPLES = [("exemple", "2 3\n", "5\n")]
HIDDEN = [("petits", "40 2\n", "42\n", 1), ("negatifs", "-7 -8\n", "-15\n", 2)]


def rows(prefix: str, tests, *, weights: bool) -> dict:
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(tests)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, test in enumerate(tests):
        data[f"{prefix}-{index}-name"] = test[0]
        data[f"{prefix}-{index}-stdin"] = test[1]
        data[f"{prefix}-{index}-expected"] = test[2]
        if weights:
            data[f"{prefix}-{index}-weight"] = str(test[3])
    return data


def form_data(*, samples=SAMPLES, hidden=HIDDEN, **overrides) -> dict:
    data = {
        "title_fr": "Somme de deux commandes",
        "statement_fr": STATEMENT,
        "title_en": "",
        "statement_en": "",
        "track": "general",
        "level": "beginner",
        "estimated_minutes": "20",
        "languages": ["python", "javascript"],
        "checker": "whitespace",
        "tolerance": "",
        "time_limit_s": "2",
        "memory_mb": "256",
        "reference_language": "python",
        "reference_solution": SUM_SOLUTION,
        "action": "save",
        **rows("samples", samples, weights=False),
        **rows("hidden", hidden, weights=True),
    }
    data.update(overrides)
    return data


def exercise_data(**overrides) -> ExerciseData:
    values = {
        "title_fr": "Somme de deux commandes",
        "statement_fr": STATEMENT,
        "languages": ["python", "javascript"],
        "checker": "whitespace",
        "time_limit_s": 2.0,
        "memory_mb": 256,
        "reference_language": "python",
        "reference_solution": SUM_SOLUTION,
        "samples": [TestData(*sample) for sample in SAMPLES],
        "hidden": [TestData(*test) for test in HIDDEN],
    }
    values.update(overrides)
    return ExerciseData(**values)


def passing_report(exercise: Exercise) -> grading.GradeReport:
    """What the sandbox reports of a reference solution that passes every test."""
    return grading.GradeReport(
        [
            grading.TestVerdict(case.name, "AC", 0.01, case.expected, "", case.weight)
            for _kind, case in work_sample_checks.checked_cases(exercise)
        ]
    )


def validate(exercise: Exercise) -> Exercise:
    """Every check asked for ``exercise`` passed, as the sandbox would report it (so that no
    queued check is left for the task backend to run for real)."""
    for validation in exercise.validations.filter(status="queued").order_by("pk"):
        work_sample_checks.record_run(validation, passing_report(exercise))
    exercise.refresh_from_db()
    assert work_samples.latest_validation(exercise).passed
    return exercise
