import factory

from advisers.enums import AdviserOrganisationKind
from advisers.models import AdviserMembership, AdviserOrganisation
from tests.accounts.factories import UserFactory


class AdviserOrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdviserOrganisation

    name = factory.Sequence(lambda n: f"Mission locale {n}")
    kind = AdviserOrganisationKind.MISSION_LOCALE
    department = "93"


class AdviserMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdviserMembership

    user = factory.SubFactory(UserFactory, adviser=True, mfa=True)
    organisation = factory.SubFactory(AdviserOrganisationFactory)
