import datetime

import factory
from django.utils import timezone

from employers.enums import ContractType, MemberRole, OfferStatus, WorkingTime
from employers.models import Employer, EmployerMembership, Offer
from tests.accounts.factories import UserFactory

# Wording that the engine flags, for the publication gate.
ILLEGAL_SENTENCE = "Nationalité française exigée."
EXCLUSIONARY_SENTENCE = "Vous êtes un vrai ninja."


class EmployerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Employer

    name = factory.Sequence(lambda n: f"Entreprise {n}")


class EmployerMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EmployerMembership

    user = factory.SubFactory(UserFactory, recruiter=True, mfa=True)
    employer = factory.SubFactory(EmployerFactory)
    role = MemberRole.MEMBER

    class Params:
        admin = factory.Trait(role=MemberRole.ADMIN)


class OfferFactory(factory.django.DjangoModelFactory):
    """A complete offer whose wording raises no finding; Traits add the situations."""

    class Meta:
        model = Offer

    employer = factory.SubFactory(EmployerFactory)
    title = factory.Sequence(lambda n: f"Développeur·se Python (H/F) n°{n}")
    description = "Vous développez des services web."
    skills = factory.LazyFunction(lambda: ["Python", "SQL"])
    contract_type = ContractType.CDI
    working_time = WorkingTime.FULL_TIME
    commune = "Évry-Courcouronnes"
    postcode = "91000"
    salary_min = 32000
    salary_max = 38000
    status = OfferStatus.DRAFT

    class Params:
        published = factory.Trait(
            status=OfferStatus.PUBLISHED,
            published_at=factory.LazyFunction(timezone.now),
            wording_reviewed_at=factory.LazyFunction(timezone.now),
        )
        closed = factory.Trait(
            status=OfferStatus.CLOSED,
            published_at=factory.LazyFunction(timezone.now),
            closed_at=factory.LazyFunction(timezone.now),
        )
        cdd = factory.Trait(
            contract_type=ContractType.CDD,
            contract_end_date=factory.LazyFunction(
                lambda: datetime.date.today() + datetime.timedelta(days=180)
            ),
        )
        part_time = factory.Trait(working_time=WorkingTime.PART_TIME, weekly_hours=24)
        illegal_wording = factory.Trait(
            description=f"Vous développez des services web. {ILLEGAL_SENTENCE}"
        )
        exclusionary_wording = factory.Trait(
            description=f"Vous développez des services web. {EXCLUSIONARY_SENTENCE}"
        )
        # Published with illegal wording that an admin justified.
        justified = factory.Trait(
            illegal_wording=True,
            published=True,
            illegal_wording_at_publication=True,
            wording_justification="Poste de la défense : condition de nationalité légale.",
        )
