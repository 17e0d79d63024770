import factory
from django.utils import timezone

from interviews.enums import GridLanguage
from interviews.models import Competency, GridVersion
from tests.employers.factories import OfferFactory


class GridVersionFactory(factory.django.DjangoModelFactory):
    """A small grid: three competencies weighted 3, 2 and 1, so sums are easy to check."""

    class Meta:
        model = GridVersion
        skip_postgeneration_save = True

    offer = factory.SubFactory(OfferFactory, published=True)
    number = factory.LazyAttribute(lambda o: o.offer.interview_grids.count() + 1)
    title = "Grille d'essai"
    language = GridLanguage.FR

    class Params:
        locked = factory.Trait(locked_at=factory.LazyFunction(timezone.now))

    @factory.post_generation
    def competencies(self, create, extracted, **kwargs):
        if not create or extracted is False:
            return
        for position, (key, name, weight) in enumerate(
            [
                ("reasoning", "Raisonnement technique", 3),
                ("quality", "Qualité du code", 2),
                ("teamwork", "Travail en équipe", 1),
            ]
        ):
            Competency.objects.create(
                version=self,
                key=key,
                position=position,
                name=name,
                weight=weight,
                questions=[f"Racontez une situation où vous avez montré : {name.lower()}."],
                **{
                    f"level_{level}": f"{name} : comportement de niveau {level}"
                    for level in range(1, 6)
                },
            )
