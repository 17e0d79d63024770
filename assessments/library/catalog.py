"""Load the coding exercises shipped in ``assessments/library/exercises/``.

One directory per exercise::

    exercises/<slug>/
        exercise.json     metadata, checker, limits, samples and hidden tests
        statement.fr.md   statement in French (Markdown)
        statement.en.md   statement in English (Markdown)
        starter.<ext>     code shown to the candidate at the start, one per offered language
        solution.<ext>    reference solution (a stdin → stdout program), one per language

An exercise may also carry ``variants``: tests drawn per candidate from a generator (same
names, weights and size for every candidate, so grading stays comparable).

Small tests store ``stdin`` and ``expected`` inline. A large test stores a ``generator``
instead; it is materialised here: stdin from :mod:`assessments.library.generators`, expected
output from the trusted in-process solver in :mod:`assessments.library.solutions`. Nothing in
this module executes code read from the data files.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from assessments.library import generators, solutions

LEVELS = ("beginner", "intermediate")
# Sandbox language keys and the extension of their starter and solution files.
EXTENSIONS = {
    "python": "py",
    "javascript": "js",
    "typescript": "ts",
    "java": "java",
    "php": "php",
    "c": "c",
    "cpp": "cpp",
    "go": "go",
    "bash": "sh",
    "sql": "sql",
}
LANGUAGES = tuple(EXTENSIONS)
# Jobs the library is organised by.
TRACKS = ("web", "data", "systems", "devops", "general")
# ``rows``: the output lines compared as a multiset (SQL result sets whose order is free).
CHECKER_KINDS = ("exact", "whitespace", "float", "rows")
DEFAULT_VARIANTS = 8
LOCALES = ("fr", "en")
DEFAULT_TOLERANCE = 1e-6


class ExerciseDataError(ValueError):
    """An exercise directory does not follow the documented format."""


@dataclass(frozen=True)
class TestSpec:
    """One test: what the program reads, what it must print, and how much it counts."""

    __test__ = False  # not a pytest test class, despite the name

    name: str
    stdin: str
    expected: str
    weight: int = 1
    large: bool = False


@dataclass(frozen=True)
class CheckerSpec:
    """How to compare outputs; matches ``grade(checker=kind, tolerance=tolerance)``."""

    kind: str
    tolerance: float = DEFAULT_TOLERANCE


@dataclass(frozen=True)
class VariantSpec:
    """The tests one candidate draws: shown samples and hidden tests, from the generators."""

    samples: tuple[TestSpec, ...]
    hidden: tuple[TestSpec, ...]


@dataclass(frozen=True)
class ExerciseSpec:
    slug: str
    level: str
    track: str
    languages: tuple[str, ...]
    estimated_minutes: int
    title: dict[str, str]
    statement: dict[str, str]
    starters: dict[str, str]
    checker: CheckerSpec
    time_limit_s: float
    memory_mb: int
    samples: tuple[TestSpec, ...]
    hidden: tuple[TestSpec, ...]
    solutions: dict[str, str]
    variants: tuple[VariantSpec, ...] = ()

    @property
    def large_tests(self) -> tuple[TestSpec, ...]:
        return tuple(test for test in self.hidden if test.large)

    @property
    def language(self) -> str:
        """The first language offered (the default choice)."""
        return self.languages[0]

    @property
    def starter_code(self) -> str:
        return self.starters[self.language]

    @property
    def reference_solution(self) -> str:
        return self.solutions[self.language]


def _exercises_root() -> Traversable:
    return resources.files("assessments.library").joinpath("exercises")


def _require(data: dict[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise ExerciseDataError(f"{where}: missing field {key!r}")
    return data[key]


def _localized(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or any(
        not isinstance(value.get(locale), str) or not value[locale].strip() for locale in LOCALES
    ):
        raise ExerciseDataError(f"{where}: needs non-empty 'fr' and 'en' texts")
    return {locale: value[locale] for locale in LOCALES}


def _test(
    raw: dict[str, Any], slug: str, where: str, *, hidden: bool, seed_offset: int = 0
) -> TestSpec:
    name = _require(raw, "name", where)
    where = f"{where} {name!r}"
    weight = raw.get("weight", 1) if hidden else 1
    if not isinstance(weight, int) or weight < 1:
        raise ExerciseDataError(f"{where}: weight must be a positive integer")
    generator = raw.get("generator")
    if generator is None:
        stdin = _require(raw, "stdin", where)
        expected = _require(raw, "expected", where)
    else:
        if "stdin" in raw or "expected" in raw:
            raise ExerciseDataError(f"{where}: a generated test must not store stdin/expected")
        stdin = generators.generate(
            _require(generator, "kind", where),
            _require(generator, "seed", where) + seed_offset,
            generator.get("params", {}),
        )
        expected = solutions.solve(slug, stdin)
    if not isinstance(stdin, str) or not isinstance(expected, str):
        raise ExerciseDataError(f"{where}: stdin and expected must be strings")
    return TestSpec(name, stdin, expected, weight, bool(raw.get("large", False)))


def _tests(
    raws: Any, slug: str, where: str, *, hidden: bool, seed_offset: int = 0
) -> tuple[TestSpec, ...]:
    if not isinstance(raws, list) or not raws:
        raise ExerciseDataError(f"{where}: needs a non-empty list of tests")
    tests = tuple(_test(raw, slug, where, hidden=hidden, seed_offset=seed_offset) for raw in raws)
    names = [test.name for test in tests]
    if len(set(names)) != len(names):
        raise ExerciseDataError(f"{where}: duplicate test names")
    return tests


def _checker(raw: Any, where: str) -> CheckerSpec:
    kind = _require(raw, "kind", where)
    if kind not in CHECKER_KINDS:
        raise ExerciseDataError(f"{where}: unknown checker kind {kind!r}")
    tolerance = raw.get("tolerance", DEFAULT_TOLERANCE)
    if not isinstance(tolerance, int | float) or tolerance <= 0:
        raise ExerciseDataError(f"{where}: tolerance must be a positive number")
    return CheckerSpec(kind, float(tolerance))


def _read(directory: Traversable, name: str) -> str:
    return directory.joinpath(name).read_text(encoding="utf-8")


def _languages(data: dict[str, Any], where: str) -> tuple[str, ...]:
    languages = _require(data, "languages", where)
    if not isinstance(languages, list) or not languages or len(set(languages)) != len(languages):
        raise ExerciseDataError(f"{where}: languages must be a non-empty list without repeats")
    for language in languages:
        if language not in LANGUAGES:
            raise ExerciseDataError(f"{where}: unsupported language {language!r}")
    return tuple(languages)


def _per_language(directory: Traversable, stem: str, languages, where: str) -> dict[str, str]:
    files = {}
    for language in languages:
        name = f"{stem}.{EXTENSIONS[language]}"
        if not directory.joinpath(name).is_file():
            raise ExerciseDataError(f"{where}: missing {name}")
        files[language] = _read(directory, name)
    return files


def _variants(raw: Any, slug: str, where: str) -> tuple[VariantSpec, ...]:
    """``{"count": n, "samples": [...], "hidden": [...]}``: generated tests whose seed is
    shifted by the variant's index, so variant i is the same text on every load."""
    if raw is None:
        return ()
    count = raw.get("count", DEFAULT_VARIANTS)
    if not isinstance(count, int) or not 2 <= count <= 100:
        raise ExerciseDataError(f"{where}: variants count must be between 2 and 100")
    tests = [*raw.get("samples", []), *raw.get("hidden", [])]
    if not raw.get("hidden") or any("generator" not in test for test in tests):
        raise ExerciseDataError(f"{where}: variants need generated hidden tests")
    return tuple(
        VariantSpec(
            samples=tuple(
                _test(test, slug, f"{where} variant", hidden=False, seed_offset=index)
                for test in raw.get("samples", [])
            ),
            hidden=_tests(raw["hidden"], slug, f"{where} variant", hidden=True, seed_offset=index),
        )
        for index in range(count)
    )


def _load(directory: Traversable) -> ExerciseSpec:
    where = f"exercise {directory.name!r}"
    data = json.loads(_read(directory, "exercise.json"))
    slug = _require(data, "slug", where)
    if slug != directory.name:
        raise ExerciseDataError(f"{where}: slug {slug!r} differs from its directory name")
    level = _require(data, "level", where)
    if level not in LEVELS:
        raise ExerciseDataError(f"{where}: unknown level {level!r}")
    languages = _languages(data, where)
    track = _require(data, "track", where)
    if track not in TRACKS:
        raise ExerciseDataError(f"{where}: unknown track {track!r}")
    estimated_minutes = _require(data, "estimated_minutes", where)
    if not (isinstance(estimated_minutes, int) and 1 <= estimated_minutes <= 240):
        raise ExerciseDataError(f"{where}: estimated_minutes must be between 1 and 240")
    time_limit_s = _require(data, "time_limit_s", where)
    memory_mb = _require(data, "memory_mb", where)
    if not (isinstance(time_limit_s, int | float) and time_limit_s > 0):
        raise ExerciseDataError(f"{where}: time_limit_s must be positive")
    if not (isinstance(memory_mb, int) and memory_mb > 0):
        raise ExerciseDataError(f"{where}: memory_mb must be a positive integer")
    return ExerciseSpec(
        slug=slug,
        level=level,
        track=track,
        languages=languages,
        estimated_minutes=estimated_minutes,
        title=_localized(_require(data, "title", where), f"{where} title"),
        statement=_localized(
            {locale: _read(directory, f"statement.{locale}.md") for locale in LOCALES},
            f"{where} statement",
        ),
        starters=_per_language(directory, "starter", languages, where),
        checker=_checker(_require(data, "checker", where), where),
        time_limit_s=float(time_limit_s),
        memory_mb=memory_mb,
        samples=_tests(_require(data, "samples", where), slug, f"{where} samples", hidden=False),
        hidden=_tests(_require(data, "hidden", where), slug, f"{where} hidden", hidden=True),
        solutions=_per_language(directory, "solution", languages, where),
        variants=_variants(data.get("variants"), slug, f"{where} variants"),
    )


def exercise_slugs() -> list[str]:
    """Slugs of every shipped exercise, sorted; cheap (does not build any test)."""
    return sorted(
        entry.name
        for entry in _exercises_root().iterdir()
        if entry.is_dir() and entry.joinpath("exercise.json").is_file()
    )


@functools.cache
def get_exercise(slug: str) -> ExerciseSpec:
    """One exercise, fully materialised. Raises ``KeyError`` for an unknown slug."""
    if slug not in exercise_slugs():
        raise KeyError(f"unknown exercise {slug!r}")
    return _load(_exercises_root().joinpath(slug))


def load_exercises() -> list[ExerciseSpec]:
    """Every exercise, sorted by level then slug. Results are cached per process."""
    exercises = [get_exercise(slug) for slug in exercise_slugs()]
    return sorted(exercises, key=lambda spec: (LEVELS.index(spec.level), spec.slug))
