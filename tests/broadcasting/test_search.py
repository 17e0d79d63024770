import datetime

import pytest
from django.utils import timezone

from broadcasting.search import MAX_DISTANCE_KM, MIN_DISTANCE_KM, OfferSearchForm, search_offers
from employers.enums import ContractType, RemotePolicy
from employers.models import Offer
from tests.employers.factories import OfferFactory

pytestmark = pytest.mark.django_db


def search(**params):
    form = OfferSearchForm(params)
    assert form.is_valid(), form.errors
    return list(search_offers(form.cleaned_data))


def errors(**params):
    form = OfferSearchForm(params)
    assert not form.is_valid()
    return form.errors


def test_an_empty_search_lists_every_public_offer_newest_first():
    older = OfferFactory(published=True, published_at=timezone.now() - datetime.timedelta(days=3))
    newer = OfferFactory(published=True)
    assert search() == [newer, older]


def test_drafts_closed_and_non_compliant_offers_are_never_found():
    visible = OfferFactory(published=True)
    justified = OfferFactory(justified=True)
    OfferFactory()
    OfferFactory(closed=True)
    OfferFactory(published=True, illegal_wording=True, illegal_wording_at_publication=True)
    assert set(search()) == {visible, justified}


def test_keywords_match_title_description_and_skills_all_words_required():
    by_title = OfferFactory(published=True, title="Administratrice systèmes Linux")
    by_skill = OfferFactory(published=True, skills=["Linux", "Ansible"], title="Ops")
    by_description = OfferFactory(published=True, description="<p>Serveurs Linux.</p>")
    OfferFactory(published=True, title="Comptable")
    assert set(search(q="linux")) == {by_title, by_skill, by_description}
    assert search(q="linux ansible") == [by_skill]


def test_keywords_find_accented_skills():
    offer = OfferFactory(published=True, skills=["Modélisation"], title="Data")
    assert search(q="Modélisation") == [offer]


def test_department_filter_accepts_corsica_and_lowercase():
    corsica = OfferFactory(published=True, postcode="20000", commune="Ajaccio")
    OfferFactory(published=True)
    assert search(department="2a") == [corsica]


def test_postcode_alone_is_an_exact_match():
    evry = OfferFactory(published=True, postcode="91000")
    OfferFactory(published=True, postcode="91100", commune="Corbeil-Essonnes")
    assert search(postcode="91000") == [evry]


def test_distance_finds_neighbouring_postcodes_and_not_far_ones():
    evry = OfferFactory(published=True, postcode="91000")
    corbeil = OfferFactory(published=True, postcode="91100", commune="Corbeil-Essonnes")
    paris = OfferFactory(published=True, postcode="75015", commune="Paris")
    lyon = OfferFactory(published=True, postcode="69002", commune="Lyon")
    assert set(search(postcode="91000", distance_km=10)) == {evry, corbeil}
    assert set(search(postcode="91000", distance_km=40)) == {evry, corbeil, paris}
    assert lyon not in search(postcode="91000", distance_km=200)


def test_rome_contract_and_remote_filters():
    match = OfferFactory(
        published=True,
        rome_code="M1805",
        contract_type=ContractType.FREELANCE,
        remote_policy=RemotePolicy.FULL,
    )
    OfferFactory(published=True, rome_code="M1805")
    OfferFactory(published=True, rome_code="M1810", remote_policy=RemotePolicy.FULL)
    assert search(rome_code="m1805", contract_type="freelance", remote_policy="full") == [match]


def test_publication_date_filters():
    recent = OfferFactory(published=True)
    OfferFactory(published=True, published_at=timezone.now() - datetime.timedelta(days=40))
    since = timezone.localdate() - datetime.timedelta(days=10)
    assert search(published_since=since.isoformat()) == [recent]
    assert search(published_within_days=7) == [recent]


def test_a_date_long_before_vivier_matches_everything_without_error():
    offer = OfferFactory(published=True)
    assert search(published_since="0001-01-01") == [offer]


def test_a_given_queryset_is_narrowed_to_public_offers():
    draft = OfferFactory()
    public = OfferFactory(published=True)
    form = OfferSearchForm({})
    assert form.is_valid()
    narrowed = search_offers(form.cleaned_data, Offer.objects.filter(pk__in=[draft.pk, public.pk]))
    assert list(narrowed) == [public]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"department": "20"}, "department"),
        ({"department": "999"}, "department"),
        ({"postcode": "9100"}, "postcode"),
        ({"postcode": "99000"}, "postcode"),
        ({"distance_km": "10"}, "postcode"),
        ({"postcode": "91000", "distance_km": "0"}, "distance_km"),
        ({"postcode": "91000", "distance_km": "201"}, "distance_km"),
        ({"postcode": "91000", "distance_km": "dix"}, "distance_km"),
        ({"postcode": "98800"}, "postcode"),
        # Saint-Barthélemy: a valid postcode that the distance table does not place.
        ({"postcode": "97133", "distance_km": "10"}, "postcode"),
        ({"rome_code": "Z1805"}, "rome_code"),
        ({"contract_type": "cdi-ish"}, "contract_type"),
        ({"remote_policy": "sometimes"}, "remote_policy"),
        ({"published_since": "2026-13-01"}, "published_since"),
        ({"published_within_days": "0"}, "published_within_days"),
        ({"q": "x" * 201}, "q"),
        ({"q": "nul\x00"}, "q"),
    ],
)
def test_invalid_filters_are_form_errors(params, field):
    assert field in errors(**params)


def test_the_distance_help_text_states_the_real_bounds():
    help_text = str(OfferSearchForm().fields["distance_km"].help_text)
    assert f"De {MIN_DISTANCE_KM} à {MAX_DISTANCE_KM} km" in help_text
