import factory

from advisers.enums import AdviserOrganisationKind
from advisers.models import (
    AdviserMembership,
    AdviserOrganisation,
    Invitation,
    OfferSubscription,
    Referral,
)
from tests.accounts.factories import UserFactory
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import OfferFactory


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


class InvitationFactory(factory.django.DjangoModelFactory):
    """An invitation made by an adviser member of an organisation, for a published offer."""

    class Meta:
        model = Invitation

    organisation = factory.SubFactory(AdviserOrganisationFactory)
    adviser = factory.LazyAttribute(
        lambda o: AdviserMembershipFactory(organisation=o.organisation).user
    )
    offer = factory.SubFactory(OfferFactory, published=True)
    note = "A. D."


class ReferralFactory(factory.django.DjangoModelFactory):
    """An application made through an invitation; `consent=True` for a followed one."""

    class Meta:
        model = Referral

    invitation = factory.SubFactory(InvitationFactory)
    application = factory.LazyAttribute(lambda o: ApplicationFactory(offer=o.invitation.offer))
    consent = False


class OfferSubscriptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OfferSubscription

    adviser = factory.LazyAttribute(lambda o: AdviserMembershipFactory().user)
    departments = factory.LazyFunction(lambda: ["91"])
