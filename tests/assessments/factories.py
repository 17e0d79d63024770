import factory

from assessments.models import CodeDraft, Exercise, Submission
from tests.candidates.factories import ApplicationFactory

SUM_STATEMENT = "# Somme\n\nLisez deux entiers et affichez leur somme.\n\n## Entrée\n\n`a b`\n"
SUM_SOLUTION = "a, b = map(int, input().split())\nprint(a + b)\n"


class ExerciseFactory(factory.django.DjangoModelFactory):
    """A tiny "sum of two integers" exercise with weighted hidden tests."""

    class Meta:
        model = Exercise

    slug = factory.Sequence(lambda n: f"somme-{n}")
    content_hash = factory.Sequence(lambda n: f"{n:064x}")
    level = "beginner"
    language = "python"
    title_fr = "Somme de deux entiers"
    title_en = "Sum of two integers"
    statement_fr = SUM_STATEMENT
    statement_en = "# Sum\n\nRead two integers and print their sum.\n"
    statement_html_fr = "<p>Lisez deux entiers et affichez leur somme.</p>"
    statement_html_en = "<p>Read two integers and print their sum.</p>"
    starter_code = "a, b = map(int, input().split())\n"
    checker = "whitespace"
    time_limit_s = 2.0
    memory_mb = 128
    samples = [{"name": "exemple", "stdin": "2 3\n", "expected": "5\n"}]
    hidden_tests = [
        {"name": "petits", "stdin": "40 2\n", "expected": "42\n", "weight": 1},
        {"name": "negatifs", "stdin": "-7 -8\n", "expected": "-15\n", "weight": 1},
        {
            "name": "grands",
            "stdin": "987654321 123456789\n",
            "expected": "1111111110\n",
            "weight": 2,
        },
    ]


class CodeDraftFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CodeDraft

    application = factory.SubFactory(ApplicationFactory)
    exercise = factory.SubFactory(ExerciseFactory)
    code = "print('brouillon')\n"


class SubmissionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Submission

    application = factory.SubFactory(ApplicationFactory)
    exercise = factory.SubFactory(ExerciseFactory)
    code = SUM_SOLUTION

    class Params:
        graded = factory.Trait(
            status="graded",
            score=1.0,
            attempts=1,
            verdicts=[
                {"name": "petits", "verdict": "AC", "time_s": 0.01, "weight": 1},
                {"name": "negatifs", "verdict": "AC", "time_s": 0.01, "weight": 1},
                {"name": "grands", "verdict": "AC", "time_s": 0.01, "weight": 2},
            ],
        )
