"""What a recruiter types into the exercise editor (assessments.work_sample_forms), as posted."""

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
