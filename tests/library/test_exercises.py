"""The coding exercises shipped with Vivier: what every exercise must provide."""

from pathlib import Path

import pytest

from assessments.library import (
    ExerciseDataError,
    catalog,
    exercise_slugs,
    generators,
    get_exercise,
    load_exercises,
    solutions,
)

# The sandbox truncates stdout beyond 64 KiB (output limit exceeded): expected outputs must fit.
SANDBOX_OUTPUT_LIMIT = 64 * 1024
SLUGS = exercise_slugs()


@pytest.fixture(scope="module", params=SLUGS)
def exercise(request):
    return get_exercise(request.param)


def test_the_library_ships_at_least_48_exercises_of_both_levels():
    exercises = load_exercises()
    assert len(exercises) >= 48
    assert {spec.level for spec in exercises} == {"beginner", "intermediate"}
    assert len({spec.slug for spec in exercises}) == len(exercises)


def test_every_digital_job_track_has_exercises_and_every_language_is_used():
    exercises = load_exercises()
    per_track = {track: [e for e in exercises if e.track == track] for track in catalog.TRACKS}
    assert all(len(found) >= 5 for found in per_track.values()), per_track
    assert len([e for e in per_track["data"] if "sql" in e.languages]) >= 10
    assert len([e for e in per_track["devops"] if "bash" in e.languages]) >= 6
    assert {language for e in exercises for language in e.languages} == set(catalog.LANGUAGES)


def test_sql_exercises_say_whether_the_order_of_rows_counts(exercise):
    """Result sets are compared as sets unless the statement asks for an order."""
    if "sql" not in exercise.languages:
        return
    ordered = "ORDER BY" in exercise.solutions["sql"].upper()
    assert exercise.checker.kind == ("exact" if ordered else "rows")
    wording = "L'ordre des lignes compte" if ordered else "L'ordre des lignes est libre"
    assert wording in exercise.statement["fr"]


def test_unknown_slug_raises_key_error():
    with pytest.raises(KeyError):
        get_exercise("does-not-exist")


def test_titles_and_statements_exist_in_french_and_english(exercise):
    for locale in ("fr", "en"):
        assert exercise.title[locale].strip()
        assert exercise.statement[locale].startswith(f"# {exercise.title[locale]}\n")
    for heading in ("## Entrée", "## Sortie", "## Contraintes", "## Exemple"):
        assert heading in exercise.statement["fr"]
    for heading in ("## Input", "## Output", "## Constraints", "## Example"):
        assert heading in exercise.statement["en"]


def test_the_statement_example_is_the_first_sample(exercise):
    first = exercise.samples[0]
    for locale in ("fr", "en"):
        assert first.stdin.rstrip("\n") in exercise.statement[locale]
        assert first.expected.rstrip("\n") in exercise.statement[locale]


def test_checker_and_limits_fit_the_grader(exercise):
    assert set(exercise.languages) <= set(catalog.LANGUAGES)
    assert exercise.checker.kind in ("exact", "whitespace", "float", "rows")
    assert exercise.checker.tolerance > 0
    assert 0 < exercise.time_limit_s <= 5
    assert 64 <= exercise.memory_mb <= 1024


def test_at_least_eight_hidden_tests_and_at_most_one_large_one(exercise):
    assert len(exercise.hidden) >= 8
    assert len(exercise.large_tests) <= 1
    for large in exercise.large_tests:
        assert large.weight >= 2
        assert len(large.stdin) >= 100_000, "the large test must really be large"
    assert all(test.weight >= 1 for test in exercise.hidden)
    names = [test.name for test in exercise.samples + exercise.hidden]
    assert len(set(names)) == len(names)


def test_hidden_tests_cover_empty_or_minimal_input(exercise):
    if exercise.languages == ("sql",):  # a database without clients, or without employees
        assert any(
            "INSERT INTO clients" not in test.stdin and "INSERT INTO employes" not in test.stdin
            for test in exercise.hidden
        )
        return
    smallest = min(len(test.stdin) for test in exercise.hidden)
    assert smallest <= 16


def test_every_expected_output_fits_the_sandbox_output_limit(exercise):
    for test in exercise.samples + exercise.hidden:
        assert len(test.expected.encode()) < SANDBOX_OUTPUT_LIMIT, test.name


def test_stored_expected_outputs_match_the_trusted_solver(exercise):
    for test in exercise.samples + exercise.hidden:
        assert solutions.solve(exercise.slug, test.stdin) == test.expected, test.name


def test_a_starter_and_a_reference_solution_in_every_language_offered(exercise):
    assert set(exercise.starters) == set(exercise.languages) == set(exercise.solutions)
    for language in exercise.languages:
        assert exercise.solutions[language].strip()
        assert exercise.solutions[language] != exercise.starters[language]
    if "python" in exercise.languages:
        # compile() only parses: nothing is executed outside the sandbox.
        compile(exercise.starters["python"], f"{exercise.slug}/starter.py", "exec")
        compile(exercise.solutions["python"], f"{exercise.slug}/solution.py", "exec")


def test_every_exercise_has_a_track_and_an_estimated_time(exercise):
    assert exercise.track in catalog.TRACKS
    assert 5 <= exercise.estimated_minutes <= 120


def test_variants_draw_other_inputs_with_the_same_test_structure(exercise):
    """Candidates of one offer do not all get the same items; grading stays comparable."""
    assert len(exercise.variants) >= 2
    shapes = {tuple((t.name, t.weight) for t in v.samples + v.hidden) for v in exercise.variants}
    assert len(shapes) == 1
    inputs = {tuple(t.stdin for t in v.hidden) for v in exercise.variants}
    assert len(inputs) == len(exercise.variants)
    for variant in exercise.variants:
        for test in variant.samples + variant.hidden:
            assert solutions.solve(exercise.slug, test.stdin) == test.expected
            assert len(test.expected.encode()) < SANDBOX_OUTPUT_LIMIT


def test_generated_inputs_are_deterministic():
    params = {"n": 50}
    assert generators.generate("merge-intervals", 7, params) == generators.generate(
        "merge-intervals", 7, params
    )
    assert generators.generate("merge-intervals", 7, params) != generators.generate(
        "merge-intervals", 8, params
    )


def test_unknown_generator_kind_is_rejected():
    with pytest.raises(KeyError):
        generators.generate("nope", 1, {})


def test_a_directory_whose_slug_differs_is_rejected(tmp_path: Path):
    source = catalog._exercises_root().joinpath("brackets")
    target = tmp_path / "renamed"
    target.mkdir()
    for name in (
        "exercise.json",
        "statement.fr.md",
        "statement.en.md",
        "starter.py",
        "solution.py",
    ):
        (target / name).write_text(source.joinpath(name).read_text(encoding="utf-8"))
    with pytest.raises(ExerciseDataError, match="slug"):
        catalog._load(target)
