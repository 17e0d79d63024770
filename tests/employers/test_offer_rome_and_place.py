"""The offer's job title from the ROME referential, its ROME code checked, its commune's INSEE
code and the disability statement, as the France Travail export needs them."""

import pytest
from django.urls import reverse

from employers.models import Offer
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.employers.test_offer_editor import form_data

pytestmark = pytest.mark.django_db
CREATE = reverse("employers:offer_create")
SUGGEST = reverse("employers:appellations")


@pytest.fixture
def member(client, force_login):
    membership = EmployerMembershipFactory()
    force_login(membership.user)
    return membership


def create(client, member, **fields):
    return client.post(CREATE, form_data(employer=member.employer.pk, **fields))


def test_a_title_of_the_referential_fills_the_rome_code(client, member):
    # Typed without accents nor capitals, as without JavaScript.
    create(client, member, appellation="developpeur / developpeuse web", rome_code="")
    offer = Offer.objects.get()
    assert (offer.appellation_code, offer.rome_code) == ("14156", "M1805")


def test_the_title_decides_the_rome_code_over_a_typed_one(client, member):
    create(client, member, appellation="Data analyst", rome_code="M1805")
    assert Offer.objects.get().rome_code == "M1403"


def test_a_title_outside_the_referential_is_refused_with_suggestions(client, member):
    response = create(client, member, appellation="developpeur")
    assert response.status_code == 200
    errors = response.context["form"].errors["appellation"][0]
    assert "Choisissez un intitulé du référentiel" in errors and "Développeur" in errors
    assert not Offer.objects.exists()


def test_a_rome_code_that_does_not_exist_is_refused(client, member):
    response = create(client, member, rome_code="M9999")
    assert response.status_code == 200
    assert "n'existe pas" in response.context["form"].errors["rome_code"][0]
    assert not Offer.objects.exists()


def test_the_commune_gets_its_insee_code(client, member):
    create(client, member, commune="Évry-Courcouronnes", postcode="91000")
    assert Offer.objects.get().insee_code == "91228"


def test_the_disability_statement_is_yes_no_or_not_said(client, member):
    create(client, member, accessible_th="true")
    create(client, member, accessible_th="false")
    create(client, member, accessible_th="")
    assert list(Offer.objects.order_by("pk").values_list("accessible_th", flat=True)) == [
        True,
        False,
        None,
    ]


def test_editing_shows_the_chosen_title(client, member):
    offer = OfferFactory(employer=member.employer, appellation_code="14156", accessible_th=True)
    form = client.get(reverse("employers:offer_edit", args=[offer.pk])).context["form"]
    assert form["appellation"].value() == "Développeur / Développeuse web"
    assert form["accessible_th"].value() == "true"


def test_suggestions_answer_each_keystroke_as_json(client, member):
    results = client.get(SUGGEST, {"q": "développeur web"}).json()["results"]
    assert results[0] == {
        "code": "14156",
        "label": "Développeur / Développeuse web",
        "rome_code": "M1805",
        "rome_label": "Études et développement informatique",
    }
    assert client.get(SUGGEST, {"q": "d"}).json() == {"results": [], "more": False}
    assert client.get(SUGGEST).json() == {"results": [], "more": False}


def test_suggestions_say_when_more_titles_match_than_are_listed(client, member):
    assert client.get(SUGGEST, {"q": "développeur"}).json()["more"] is True
    few = client.get(SUGGEST, {"q": "développeur web mobile"}).json()
    assert few["more"] is False and len(few["results"]) < 10


def test_suggestions_are_for_recruiters(client, force_login):
    assert client.get(SUGGEST, {"q": "dev"}).status_code in (302, 403)
