import factory
from django.utils import timezone

from shortlists.models import SelectionPolicy
from tests.employers.factories import OfferFactory


class SelectionPolicyFactory(factory.django.DjangoModelFactory):
    """Coding 50, interview 50, nothing else weighted, no cut-off: totals are easy to check."""

    class Meta:
        model = SelectionPolicy

    offer = factory.SubFactory(OfferFactory, published=True)
    number = factory.LazyAttribute(lambda o: o.offer.selection_policies.count() + 1)
    weight_coding = 50
    weight_sjt = 0
    weight_written = 0
    weight_interview = 50

    class Params:
        locked = factory.Trait(locked_at=factory.LazyFunction(timezone.now))
        missing_as_zero = factory.Trait(missing_scores="zero")
