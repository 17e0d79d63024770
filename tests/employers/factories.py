import factory

from employers.enums import MemberRole, OfferStatus
from employers.models import Employer, EmployerMembership, Offer
from tests.accounts.factories import UserFactory


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
    class Meta:
        model = Offer

    employer = factory.SubFactory(EmployerFactory)
    title = factory.Sequence(lambda n: f"Développeur·se Python (H/F) n°{n}")
    description = "Vous développez des services web."
    status = OfferStatus.DRAFT

    class Params:
        published = factory.Trait(status=OfferStatus.PUBLISHED)
