"""Content shipped with Vivier: coding exercises, situational judgement tests, written questions.

Plain Python and JSON, no Django. See ``assessments/library/README.md`` for the data formats.
"""

from assessments.library.catalog import (
    CheckerSpec,
    ExerciseDataError,
    ExerciseSpec,
    TestSpec,
    VariantSpec,
    exercise_slugs,
    get_exercise,
    load_exercises,
)

__all__ = [
    "CheckerSpec",
    "ExerciseDataError",
    "ExerciseSpec",
    "TestSpec",
    "VariantSpec",
    "exercise_slugs",
    "get_exercise",
    "load_exercises",
]
