from datetime import timedelta

import factory
from django.utils import timezone

from assessments.enums import AttemptStatus
from assessments.models import (
    Attempt,
    Campaign,
    CodeDraft,
    Exercise,
    SjtScenario,
    Submission,
    WrittenAnswer,
    WrittenQuestion,
    WrittenReview,
)
from tests.accounts.factories import UserFactory
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerFactory, OfferFactory

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

    class Params:
        # An employer's own exercise (assessments.work_samples) whose reference solution passed
        # its check: usable in that employer's campaigns, invisible to anyone else.
        own = factory.Trait(
            employer=factory.SubFactory(EmployerFactory),
            reference_language="python",
            reference_solution=SUM_SOLUTION,
            validated_at=factory.LazyFunction(timezone.now),
        )


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


# -- campaigns ----------------------------------------------------------------------------

RESPONSES = [
    {
        "id": "a",
        "text_fr": "Appeler la cliente.",
        "text_en": "Call now.",
        "rating": 5,
    },
    {"id": "b", "text_fr": "Lui écrire demain.", "text_en": "Write tomorrow.", "rating": 3},
    {"id": "c", "text_fr": "Transmettre au chef.", "text_en": "Pass it on.", "rating": 2},
    {"id": "d", "text_fr": "Ne rien faire.", "text_en": "Do nothing.", "rating": 1},
]

RUBRIC = [
    {"level": n, "fr": f"Niveau {n} observé", "en": f"Level {n} observed"} for n in range(1, 6)
]


class SjtScenarioFactory(factory.django.DjangoModelFactory):
    """A scenario with four responses rated 5, 3, 2 and 1 (ids a, b, c, d)."""

    class Meta:
        model = SjtScenario

    slug = factory.Sequence(lambda n: f"scenario-{n}")
    content_hash = factory.Sequence(lambda n: f"{n:064x}")
    competency = "client_orientation"
    situation_fr = "Une cliente signale un bug qui bloque ses ventes."
    situation_en = "A client reports a bug that blocks her sales."
    question_fr = "Que faites-vous ?"
    question_en = "What do you do?"
    rationale_fr = "Répondre vite et soi-même rassure la cliente."
    rationale_en = "Answering fast and yourself reassures the client."
    responses = factory.LazyFunction(lambda: [dict(r) for r in RESPONSES])


class WrittenQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WrittenQuestion

    slug = factory.Sequence(lambda n: f"question-{n}")
    content_hash = factory.Sequence(lambda n: f"{n:064x}")
    competency = "teamwork"
    prompt_fr = "Décrivez une situation où vous avez aidé un collègue."
    prompt_en = "Describe a time you helped a colleague."
    rubric = factory.LazyFunction(lambda: [dict(level) for level in RUBRIC])


class CampaignFactory(factory.django.DjangoModelFactory):
    """A 30-minute campaign open for a week, with one scenario and one written question."""

    class Meta:
        model = Campaign
        skip_postgeneration_save = True

    offer = factory.SubFactory(OfferFactory, published=True)
    duration_minutes = 30
    deadline = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    weight_sjt = 1
    weight_written = 1

    @factory.post_generation
    def scenarios(self, create, extracted, **kwargs):
        if create:
            self.scenarios.set(extracted if extracted is not None else [SjtScenarioFactory()])

    @factory.post_generation
    def questions(self, create, extracted, **kwargs):
        if create:
            self.questions.set(extracted if extracted is not None else [WrittenQuestionFactory()])

    @factory.post_generation
    def exercises(self, create, extracted, **kwargs):
        if create and extracted:
            self.exercises.set(extracted)


class AttemptFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attempt

    campaign = factory.SubFactory(CampaignFactory)
    application = factory.SubFactory(
        ApplicationFactory, offer=factory.SelfAttribute("..campaign.offer")
    )
    started_at = factory.LazyFunction(timezone.now)
    ends_at = factory.LazyAttribute(lambda o: o.started_at + timedelta(minutes=30))

    class Params:
        submitted = factory.Trait(
            status=AttemptStatus.SUBMITTED, finished_at=factory.LazyFunction(timezone.now)
        )


class WrittenAnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WrittenAnswer

    attempt = factory.SubFactory(AttemptFactory, submitted=True)
    question = factory.LazyAttribute(lambda o: o.attempt.campaign.questions.first())
    text = "J'ai pris le temps d'écouter mon collègue, puis nous avons découpé la tâche."


class WrittenReviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WrittenReview

    answer = factory.SubFactory(WrittenAnswerFactory)
    reviewer = factory.SubFactory(UserFactory, recruiter=True)
    level = 3
