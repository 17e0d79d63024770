"""The live wording check of the offer editor: a POST-only partial, scoped to the
recruiter's organisation, that answers malformed input with a 400 and never a 500."""

import pytest
from django.urls import reverse

from tests.employers.factories import EmployerMembershipFactory, OfferFactory

pytestmark = pytest.mark.django_db

TEXTS = {"title": "Développeur·se Python (H/F)", "description": "Vous codez en Python."}


@pytest.fixture
def member(client, force_login):
    membership = EmployerMembershipFactory()
    force_login(membership.user)
    return membership


def check_url(offer=None):
    if offer is None:
        return reverse("employers:offer_check_new")
    return reverse("employers:offer_check", args=[offer.pk])


def test_findings_are_highlighted_with_mark(client, member):
    offer = OfferFactory(employer=member.employer)
    data = {**TEXTS, "description": "Vous êtes un vrai ninja du Python."}
    page = client.post(check_url(offer), data).content.decode()
    assert '<mark class="finding-mark finding-exclusionary">ninja' in page


def test_title_findings_are_highlighted_in_the_title(client, member):
    offer = OfferFactory(employer=member.employer)
    page = client.post(check_url(offer), {**TEXTS, "title": "Développeur Python"}).content.decode()
    assert '<p class="preview-title"><mark class="finding-mark finding-illegal">' in page


def test_each_finding_comes_with_explanation_legal_basis_and_suggestion(client, member):
    offer = OfferFactory(employer=member.employer)
    page = client.post(check_url(offer), {**TEXTS, "title": "Développeur Python"}).content.decode()
    assert "Base légale :" in page
    assert "L.1142-1" in page
    assert "Développeur·se Python (H/F)" in page


def test_rewrite_button_carries_the_quote_and_its_suggestion(client, member):
    offer = OfferFactory(employer=member.employer)
    page = client.post(check_url(offer), {**TEXTS, "title": "Développeur Python"}).content.decode()
    assert 'data-vivier-rewrite data-vivier-field="title"' in page
    assert 'data-vivier-suggestion="Développeur·se Python (H/F)"' in page


def test_clean_wording_says_so(client, member):
    offer = OfferFactory(employer=member.employer)
    data = {**TEXTS, "salary_min": "30000", "salary_max": "35000"}
    page = client.post(check_url(offer), data).content.decode()
    assert "Aucun constat" in page


def test_offer_level_findings_use_the_other_fields(client, member):
    offer = OfferFactory(employer=member.employer)
    page = client.post(check_url(offer), TEXTS).content.decode()  # no salary sent
    assert "Rémunération absente" in page


def test_quoted_text_is_escaped(client, member):
    offer = OfferFactory(employer=member.employer)
    data = {**TEXTS, "description": "&lt;script&gt;alert(1)&lt;/script&gt; Un vrai ninja."}
    page = client.post(check_url(offer), data).content.decode()
    assert "<script>alert" not in page


def test_new_offer_is_checked_for_one_of_the_users_employers(client, member):
    response = client.post(check_url(), {**TEXTS, "employer": member.employer.pk})
    assert response.status_code == 200


def test_new_offer_for_another_employer_is_a_404(client, member):
    other = EmployerMembershipFactory()
    response = client.post(check_url(), {**TEXTS, "employer": other.employer.pk})
    assert response.status_code == 404


def test_other_organisations_offer_is_a_404(client, member):
    response = client.post(check_url(OfferFactory()), TEXTS)
    assert response.status_code == 404


def test_get_is_refused_with_405(client, member):
    offer = OfferFactory(employer=member.employer)
    assert client.get(check_url(offer)).status_code == 405


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"title": "Développeur·se"},
        {"description": "Vous codez."},
        {**TEXTS, "title": "x" * 201},
        {**TEXTS, "description": "x" * 20_001},
    ],
    ids=["empty", "no-description", "no-title", "title-too-long", "description-too-long"],
)
def test_malformed_input_is_a_400_with_a_message(client, member, data):
    offer = OfferFactory(employer=member.employer)
    response = client.post(check_url(offer), data)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


@pytest.mark.parametrize("employer", ["", "abc", "-1", "1.5"])
def test_new_offer_without_a_valid_employer_is_a_400(client, member, employer):
    assert client.post(check_url(), {**TEXTS, "employer": employer}).status_code == 400


@pytest.mark.parametrize(
    "field,value",
    [
        ("salary_min", "beaucoup"),
        ("weekly_hours", "NaN"),
        ("contract_type", "esclavage"),
        ("contract_end_date", "2027-13-45"),
        ("positions", "-3"),
        ("postcode", "<script>"),
    ],
)
def test_invalid_structured_fields_are_ignored_not_a_500(client, member, field, value):
    offer = OfferFactory(employer=member.employer)
    response = client.post(check_url(offer), {**TEXTS, field: value})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "description",
    ["\x00", "<p>" * 5000, "<![CDATA[x]]>", "&#xFFFFFFFF;", "<a href='"],
    ids=["null-byte", "deep-nesting", "cdata", "bad-entity", "open-attribute"],
)
def test_odd_descriptions_never_cause_a_500(client, member, description):
    # (A lone surrogate cannot travel in a UTF-8 request: the test client refuses to send it.)
    offer = OfferFactory(employer=member.employer)
    response = client.post(check_url(offer), {**TEXTS, "description": description})
    assert response.status_code in (200, 400)
