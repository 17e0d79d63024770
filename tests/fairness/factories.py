import factory
from django.utils import timezone

from candidates.enums import ApplicationStage
from fairness.enums import FollowUpAnswer, Milestone
from fairness.models import CONSENT_VERSION, RetentionFollowUp, SelfDeclaration
from tests.candidates.factories import ApplicationFactory, CandidateFactory


class SelfDeclarationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SelfDeclaration

    candidate = factory.SubFactory(CandidateFactory)
    consented_at = factory.LazyFunction(timezone.now)
    consent_version = CONSENT_VERSION


class RetentionFollowUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RetentionFollowUp

    application = factory.SubFactory(
        ApplicationFactory,
        stage=ApplicationStage.HIRED,
        furthest_stage=ApplicationStage.HIRED,
    )
    milestone = Milestone.SIX_MONTHS

    class Params:
        still = factory.Trait(
            answer=FollowUpAnswer.STILL_EMPLOYED,
            answered_at=factory.LazyFunction(timezone.now),
            nonce="",
        )
        left = factory.Trait(
            answer=FollowUpAnswer.LEFT,
            answered_at=factory.LazyFunction(timezone.now),
            nonce="",
        )
