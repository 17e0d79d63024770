"""The demo employer's own exercise (« Exercices de l'entreprise »), checked: seed_demo stores
its check as the sandbox reports it, without running anything; tests/demo/test_work_sample.py
(marked `sandbox`) runs its reference solution on its tests in the real sandbox."""

from assessments import grading, work_sample_checks, work_samples
from assessments.models import Exercise
from assessments.work_samples import ExerciseData, TestData

STATEMENT_FR = """Un transporteur facture chaque colis selon son poids et sa zone de livraison :

| Zone | Jusqu'à 2 kg | Par kilo au-delà |
| --- | --- | --- |
| A | 5 € | 1 € |
| B | 8 € | 2 € |

## Entrée

Une ligne par colis : son poids en kilos (un entier de 1 à 1000), une espace, sa zone (`A` ou `B`).

## Sortie

Pour chaque colis, dans l'ordre, le prix en euros sur une ligne.
"""

STATEMENT_EN = """A carrier charges each parcel by its weight and its delivery zone:

| Zone | Up to 2 kg | Per kilo above |
| --- | --- | --- |
| A | €5 | €1 |
| B | €8 | €2 |

## Input

One line per parcel: its weight in kilos (an integer from 1 to 1000), a space, its zone (`A` or
`B`).

## Output

For each parcel, in order, its price in euros on a line.
"""

SOLUTION = """import sys

RATES = {"A": (5, 1), "B": (8, 2)}

for line in sys.stdin.read().splitlines():
    if line.strip():
        weight, zone = line.split()
        base, per_kilo = RATES[zone]
        print(base + max(0, int(weight) - 2) * per_kilo)
"""

DELIVERY_FEES = ExerciseData(
    title_fr="Frais de livraison",
    title_en="Delivery fees",
    statement_fr=STATEMENT_FR,
    statement_en=STATEMENT_EN,
    level="beginner",
    track="web",
    estimated_minutes=15,
    languages=["python", "javascript", "php"],
    checker="exact",
    time_limit_s=2.0,
    memory_mb=256,
    reference_language="python",
    reference_solution=SOLUTION,
    samples=[TestData("exemple", "1 A\n3 B\n", "5\n10\n")],
    hidden=[
        TestData("jusqu-a-2-kg", "2 A\n2 B\n1 B\n", "5\n8\n8\n", 1),
        TestData("au-dela", "3 A\n10 B\n", "6\n24\n", 2),
        TestData("lourds", "1000 A\n1000 B\n", "1003\n2004\n", 2),
    ],
)


def passing_report(exercise: Exercise) -> grading.GradeReport:
    """What the sandbox reports of the reference solution: every test passed."""
    return grading.GradeReport(
        [
            grading.TestVerdict(case.name, grading.AC, 0.02, case.expected, "", case.weight)
            for _kind, case in work_sample_checks.checked_cases(exercise)
        ]
    )


def demo_work_sample(employer, admin) -> Exercise:
    """The employer's exercise, written by its admin and checked (once: kept if present)."""
    existing = Exercise.objects.filter(employer=employer, is_current=True).first()
    if existing is not None:
        return existing
    exercise = work_samples.save_exercise(employer, DELIVERY_FEES, by=admin)
    work_sample_checks.record_run(
        work_samples.latest_validation(exercise), passing_report(exercise)
    )
    exercise.refresh_from_db()
    return exercise
