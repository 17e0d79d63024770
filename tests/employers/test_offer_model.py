"""What an offer must hold to be valid, whatever the way it is written."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from employers.enums import ContractType, WorkingTime
from employers.models import department_from_postcode
from tests.employers.factories import OfferFactory

pytestmark = pytest.mark.django_db


def errors_of(offer) -> dict:
    with pytest.raises(ValidationError) as caught:
        offer.full_clean()
    return caught.value.message_dict


@pytest.mark.parametrize(
    ("postcode", "department"),
    [
        ("91350", "91"),
        ("01000", "01"),
        ("75011", "75"),
        ("95000", "95"),
        ("20000", "2A"),
        ("20167", "2A"),
        ("20200", "2B"),
        ("20600", "2B"),
        ("97110", "971"),
        ("97200", "972"),
        ("97300", "973"),
        ("97400", "974"),
        ("97500", "975"),
        ("97600", "976"),
    ],
)
def test_department_is_derived_from_the_postcode(postcode, department):
    assert department_from_postcode(postcode) == department


@pytest.mark.parametrize("postcode", ["9135", "913500", "91 35", "2A000", "abcde", "", "91-35"])
def test_postcode_must_be_five_digits(postcode):
    with pytest.raises(ValidationError) as caught:
        department_from_postcode(postcode)
    assert caught.value.code == "postcode_format"


@pytest.mark.parametrize("postcode", ["00100", "96000", "97700", "98000", "98800"])
def test_postcode_must_belong_to_a_french_department(postcode):
    with pytest.raises(ValidationError) as caught:
        department_from_postcode(postcode)
    assert caught.value.code == "postcode_department"


def test_saving_an_offer_stores_its_department():
    offer = OfferFactory(postcode="20090")
    offer.refresh_from_db()
    assert offer.department == "2A"


def test_offer_with_a_bad_postcode_is_invalid():
    assert "postcode" in errors_of(OfferFactory.build(postcode="1234"))


@pytest.mark.parametrize("code", ["M1805", "A1101", "N4105", "K2111"])
def test_rome_code_accepts_a_letter_a_to_n_and_four_digits(code):
    OfferFactory.build(rome_code=code).full_clean(exclude=["employer"])


@pytest.mark.parametrize("code", ["O1805", "M180", "M18055", "1805M", "MM805", "Z9999"])
def test_rome_code_rejects_other_formats(code):
    assert "rome_code" in errors_of(OfferFactory.build(rome_code=code))


def test_salary_min_must_not_exceed_salary_max():
    assert "salary_max" in errors_of(OfferFactory.build(salary_min=40000, salary_max=35000))


def test_database_refuses_salary_min_above_max():
    with pytest.raises(IntegrityError):
        OfferFactory(salary_min=40000, salary_max=35000)


def test_cdd_requires_its_end_date():
    offer = OfferFactory.build(contract_type=ContractType.CDD, contract_end_date=None)
    assert "contract_end_date" in errors_of(offer)


def test_cdd_with_an_end_date_is_valid():
    OfferFactory.build(cdd=True).full_clean(exclude=["employer"])


def test_cdi_has_no_end_date():
    offer = OfferFactory.build(contract_end_date=datetime.date(2027, 1, 1))
    assert "contract_end_date" in errors_of(offer)


def test_contract_must_end_after_it_starts():
    offer = OfferFactory.build(
        cdd=True, start_date=datetime.date(2027, 3, 1), contract_end_date=datetime.date(2027, 2, 1)
    )
    assert "contract_end_date" in errors_of(offer)


def test_part_time_requires_weekly_hours():
    offer = OfferFactory.build(working_time=WorkingTime.PART_TIME, weekly_hours=None)
    assert "weekly_hours" in errors_of(offer)


def test_part_time_is_under_35_hours():
    offer = OfferFactory.build(part_time=True, weekly_hours=Decimal(35))
    assert "weekly_hours" in errors_of(offer)


def test_at_least_one_position():
    assert "positions" in errors_of(OfferFactory.build(positions=0))


def test_an_offer_with_only_a_title_and_a_description_is_still_valid():
    # The demo data creates such drafts: every other field has a default or may be empty.
    offer = OfferFactory(skills=[], commune="", postcode="", salary_min=None, salary_max=None)
    offer.full_clean()
