"""Public offer pages, for anonymous visitors."""

import json
import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from employers.enums import ContractType, RemotePolicy, WorkingTime
from tests.employers.factories import OfferFactory

pytestmark = pytest.mark.django_db


class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.current = None
        self.blocks = []
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self.current = {"attrs": attrs, "text": ""}
        if tag == "link":
            self.links.append(attrs)

    def handle_data(self, data):
        if self.current is not None:
            self.current["text"] += data

    def handle_endtag(self, tag):
        if tag == "script" and self.current is not None:
            self.blocks.append(self.current)
            self.current = None


def parse(response):
    parser = _Scripts()
    parser.feed(response.content.decode())
    return parser


def job_posting(client, offer):
    response = client.get(reverse("broadcasting:offer_detail", args=[offer.pk]))
    assert response.status_code == 200
    (block,) = parse(response).blocks
    return json.loads(block["text"])


# The list -------------------------------------------------------------------------------------


def test_the_list_is_public_and_announces_its_atom_feed(client, offer):
    response = client.get("/offres/")
    assert response.status_code == 200
    assert offer.title in response.content.decode()
    feeds = [link for link in parse(response).links if link.get("type") == "application/atom+xml"]
    assert [link["href"] for link in feeds] == ["/offres/flux.atom"]


def test_each_offer_of_the_list_shows_its_pay(client, offer):
    OfferFactory(published=True, title="Sans salaire", salary_min=None, salary_max=None)
    page = client.get("/offres/").content.decode()
    assert "32\xa0000 € à 38\xa0000 € bruts par an" in page
    assert page.count("bruts par an") == 1  # nothing invented for the offer without pay


def test_a_department_search_also_announces_the_department_feed(client, offer):
    response = client.get("/offres/", {"department": "91"})
    hrefs = [link["href"] for link in parse(response).links if link.get("rel") == "alternate"]
    assert hrefs == ["/offres/flux.atom", "/offres/departement/91/flux.atom"]


def test_the_list_leaves_out_drafts_closed_and_non_compliant_offers(client, offer):
    draft = OfferFactory(title="Brouillon caché")
    closed = OfferFactory(closed=True, title="Offre close cachée")
    illegal = OfferFactory(
        published=True,
        illegal_wording=True,
        illegal_wording_at_publication=True,
        title="Offre illégale cachée",
    )
    content = client.get("/offres/").content.decode()
    for hidden in (draft, closed, illegal):
        assert hidden.title not in content


def test_the_list_filters(client, offer):
    lyon = OfferFactory(published=True, postcode="69002", commune="Lyon", title="Poste à Lyon")
    content = client.get("/offres/", {"department": "69"}).content.decode()
    assert lyon.title in content
    assert offer.title not in content


def test_the_list_is_paginated_keeping_the_filters(client):
    OfferFactory.create_batch(21, published=True)
    first = client.get("/offres/", {"department": "91"})
    assert first.context["page"].paginator.num_pages == 2
    assert len(first.context["page"].object_list) == 20
    assert "?department=91&amp;page=2" in first.content.decode()
    second = client.get("/offres/", {"department": "91", "page": "2"})
    assert len(second.context["page"].object_list) == 1


def test_a_nonsense_page_number_shows_a_page_not_an_error(client, offer):
    assert client.get("/offres/", {"page": "abc"}).status_code == 200
    assert client.get("/offres/", {"page": "999"}).status_code == 200


def test_invalid_filters_are_shown_as_form_errors(client, offer):
    response = client.get("/offres/", {"department": "20", "distance_km": "5"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "error-summary" in content
    assert "Indiquez un code postal pour chercher autour de lui." in content
    assert offer.title not in content


# The offer page -------------------------------------------------------------------------------


def test_the_offer_page_is_public_with_a_link_to_apply(client, offer):
    response = client.get(f"/offres/{offer.pk}/")
    assert response.status_code == 200
    assert reverse("candidates:open_offers") in response.content.decode()


def test_the_offer_page_names_its_canonical_address_from_the_site_url(client, offer):
    response = client.get(f"/offres/{offer.pk}/", HTTP_HOST="localhost")
    canonical = [link for link in parse(response).links if link.get("rel") == "canonical"]
    assert [link["href"] for link in canonical] == [f"http://127.0.0.1:8000/offres/{offer.pk}/"]


@pytest.mark.parametrize(
    "make",
    [
        lambda: OfferFactory(),
        lambda: OfferFactory(
            published=True, illegal_wording=True, illegal_wording_at_publication=True
        ),
        lambda: OfferFactory(closed=True, illegal_wording_at_publication=True),
    ],
    ids=["draft", "illegal-wording", "closed-never-public"],
)
def test_offers_the_public_never_saw_are_not_found(client, make):
    assert client.get(f"/offres/{make().pk}/").status_code == 404


def test_an_unknown_or_huge_id_is_not_found(client):
    assert client.get("/offres/999999/").status_code == 404
    assert client.get(f"/offres/{2**70}/").status_code == 404


def test_a_justified_offer_is_public(client):
    offer = OfferFactory(justified=True)
    assert client.get(f"/offres/{offer.pk}/").status_code == 200


def test_a_closed_offer_page_is_gone_and_says_so(client):
    offer = OfferFactory(closed=True)
    response = client.get(f"/offres/{offer.pk}/")
    assert response.status_code == 410
    content = response.content.decode()
    assert "Cette offre est clôturée depuis le" in content
    assert offer.title in content
    assert not parse(response).blocks  # no JobPosting for search engines any more


# JSON-LD --------------------------------------------------------------------------------------


def test_the_job_posting_carries_the_required_and_recommended_fields(client):
    offer = OfferFactory(published=True, rome_code="M1805", positions=2)
    posting = job_posting(client, offer)
    assert posting["@context"] == "https://schema.org/"
    assert posting["@type"] == "JobPosting"
    assert posting["title"] == offer.title
    assert posting["description"] == "<p>Vous développez des services web.</p>"
    assert posting["datePosted"] == offer.published_at.isoformat()
    assert posting["employmentType"] == ["FULL_TIME"]
    assert posting["hiringOrganization"] == {
        "@type": "Organization",
        "name": offer.employer.name,
    }
    assert posting["jobLocation"] == {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Évry-Courcouronnes",
            "postalCode": "91000",
            "addressRegion": "91",
            "addressCountry": "FR",
        },
    }
    assert posting["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "value": {
            "@type": "QuantitativeValue",
            "minValue": 32000,
            "maxValue": 38000,
            "unitText": "YEAR",
        },
    }
    assert posting["directApply"] is True
    assert posting["identifier"] == {
        "@type": "PropertyValue",
        "name": "Vivier",
        "value": str(offer.pk),
    }
    assert posting["url"] == f"http://127.0.0.1:8000/offres/{offer.pk}/"
    assert posting["totalJobOpenings"] == 2
    assert posting["occupationalCategory"] == "M1805"
    assert "jobLocationType" not in posting


def test_the_job_posting_announces_no_expiry_the_offer_does_not_have(client, offer):
    # An offer has no planned closing date: nothing like "valid for 30 more days" is made up.
    assert "validThrough" not in job_posting(client, offer)


@pytest.mark.parametrize("description", ["", "<p> </p>"])
def test_an_offer_without_a_description_has_none_in_its_posting(client, description):
    offer = OfferFactory(published=True, description=description)
    posting = job_posting(client, offer)
    assert "description" not in posting
    assert posting["title"] == offer.title


def test_a_fully_remote_offer_is_a_telecommute_posting_open_to_france(client):
    offer = OfferFactory(published=True, remote_policy=RemotePolicy.FULL, postcode="", commune="")
    posting = job_posting(client, offer)
    assert posting["jobLocationType"] == "TELECOMMUTE"
    assert posting["applicantLocationRequirements"] == {"@type": "Country", "name": "FR"}
    assert "jobLocation" not in posting


@pytest.mark.parametrize(
    ("traits", "expected"),
    [
        ({"contract_type": ContractType.CDI}, ["FULL_TIME"]),
        ({"cdd": True}, ["FULL_TIME", "TEMPORARY"]),
        ({"contract_type": ContractType.INTERIM}, ["FULL_TIME", "TEMPORARY"]),
        ({"contract_type": ContractType.APPRENTISSAGE}, ["FULL_TIME", "OTHER"]),
        ({"contract_type": ContractType.PROFESSIONNALISATION}, ["FULL_TIME", "OTHER"]),
        ({"contract_type": ContractType.STAGE}, ["FULL_TIME", "INTERN"]),
        ({"contract_type": ContractType.FREELANCE}, ["CONTRACTOR"]),
        (
            {"contract_type": ContractType.CDI, "working_time": WorkingTime.PART_TIME},
            ["PART_TIME"],
        ),
    ],
)
def test_employment_type_per_contract(client, traits, expected):
    offer = OfferFactory(published=True, weekly_hours=20, **traits)
    assert job_posting(client, offer)["employmentType"] == expected


def test_a_single_salary_figure_is_a_value(client):
    offer = OfferFactory(published=True, salary_min=30000, salary_max=None)
    assert job_posting(client, offer)["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "value": 30000,
        "unitText": "YEAR",
    }


def test_the_json_ld_cannot_close_its_script_element(client):
    offer = OfferFactory(
        published=True, title="</script><script>alert(1)</script> & co", skills=["<b>"]
    )
    response = client.get(f"/offres/{offer.pk}/")
    (block,) = parse(response).blocks
    assert "</script" not in block["text"] and "<" not in block["text"]
    assert "&" not in block["text"]
    assert json.loads(block["text"])["title"] == offer.title
    assert block["attrs"]["nonce"] == response.wsgi_request.csp_nonce
    assert re.search(r"script-src[^;]*'nonce-", response.headers["Content-Security-Policy"])


def test_the_list_page_costs_the_same_queries_for_few_or_many_offers(
    client, django_assert_num_queries
):
    OfferFactory.create_batch(2, published=True)
    with django_assert_num_queries(2):  # count, page
        client.get("/offres/")
    OfferFactory.create_batch(10, published=True)
    with django_assert_num_queries(2):
        client.get("/offres/")
