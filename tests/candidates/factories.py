import factory

from candidates.models import Application, Candidate, Identity
from tests.accounts.factories import UserFactory
from tests.employers.factories import OfferFactory


class CandidateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Candidate
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    skills = ["Python", "SQL"]
    identity = factory.RelatedFactory(
        "tests.candidates.factories.IdentityFactory", factory_related_name="candidate"
    )


class IdentityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Identity

    candidate = factory.SubFactory(CandidateFactory, identity=None)
    first_name = "Aminata"
    last_name = "Traoré"
    phone = "06 12 34 56 78"
    city = "Sevran"
    postcode = "93270"
    birth_year = 1997


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application

    offer = factory.SubFactory(OfferFactory, published=True)
    candidate = factory.SubFactory(CandidateFactory)
