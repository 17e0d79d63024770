"""The read-only JSON API under /api/v1/ and its OpenAPI document."""

import datetime

import pytest
from django.utils import timezone

from tests.employers.factories import OfferFactory

pytestmark = pytest.mark.django_db


def get(client, url, **params):
    response = client.get(url, params)
    assert response["Content-Type"].startswith("application/json")
    return response.status_code, response.json()


def test_the_list_gives_ids_and_public_urls(client, offer):
    status, body = get(client, "/api/v1/offers/")
    assert status == 200
    assert body["count"] == 1
    (item,) = body["results"]
    assert item["id"] == offer.pk
    assert item["url"] == f"http://127.0.0.1:8000/offres/{offer.pk}/"
    assert item["title"] == offer.title
    assert item["department"] == "91"


def test_the_list_is_anonymous_and_needs_no_session(client, offer):
    response = client.get("/api/v1/offers/")
    assert response.status_code == 200
    assert "sessionid" not in response.cookies


def test_the_list_excludes_drafts_closed_and_non_compliant_offers(client, offer):
    OfferFactory()
    OfferFactory(closed=True)
    OfferFactory(published=True, illegal_wording=True, illegal_wording_at_publication=True)
    justified = OfferFactory(justified=True)
    _status, body = get(client, "/api/v1/offers/")
    assert {item["id"] for item in body["results"]} == {offer.pk, justified.pk}


def test_the_list_is_paginated_with_links_keeping_the_filters(client):
    offers = [
        OfferFactory(published=True, published_at=timezone.now() - datetime.timedelta(hours=i))
        for i in range(5)
    ]
    status, body = get(client, "/api/v1/offers/", department="91", page_size=2, page=2)
    assert status == 200
    assert body["count"] == 5
    assert body["num_pages"] == 3
    assert [item["id"] for item in body["results"]] == [offers[2].pk, offers[3].pk]
    assert body["next"] == ("http://127.0.0.1:8000/api/v1/offers/?department=91&page_size=2&page=3")
    assert body["previous"].endswith("page=1")


def test_a_page_past_the_end_is_not_found(client, offer):
    status, body = get(client, "/api/v1/offers/", page=2)
    assert status == 404
    assert body["detail"]


def test_the_list_filters_like_the_search_form(client, offer):
    lyon = OfferFactory(published=True, postcode="69002", commune="Lyon", rome_code="M1810")
    _status, body = get(client, "/api/v1/offers/", rome_code="M1810")
    assert [item["id"] for item in body["results"]] == [lyon.pk]
    _status, body = get(client, "/api/v1/offers/", postcode="91000", distance_km=30)
    assert [item["id"] for item in body["results"]] == [offer.pk]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"distance_km": "10"}, "postcode"),
        ({"postcode": "97133", "distance_km": "10"}, "postcode"),
        ({"department": "20"}, "department"),
        ({"postcode": "99999"}, "postcode"),
        ({"contract_type": "cdi-ish"}, "contract_type"),
        ({"page": "0"}, "page"),
        ({"page_size": "1000"}, "page_size"),
        ({"published_since": "hier"}, "published_since"),
        ({"published_within_days": "-1"}, "published_within_days"),
        ({"q": "nul\x00"}, "q"),
    ],
)
def test_invalid_filters_are_a_400_naming_the_field(client, params, field):
    status, body = get(client, "/api/v1/offers/", **params)
    assert status == 400
    assert body["detail"] == "Paramètres invalides."
    assert field in body["errors"]


def test_the_detail_of_a_public_offer(client, offer):
    status, body = get(client, f"/api/v1/offers/{offer.pk}/")
    assert status == 200
    assert body["id"] == offer.pk
    assert body["description_html"] == "<p>Vous développez des services web.</p>"
    assert body["france_travail_url"] == (
        f"http://127.0.0.1:8000/api/v1/offers/{offer.pk}/france-travail/"
    )


@pytest.mark.parametrize("suffix", ["", "france-travail/"])
def test_a_closed_offer_is_gone(client, suffix):
    closed = OfferFactory(closed=True)
    status, body = get(client, f"/api/v1/offers/{closed.pk}/{suffix}")
    assert status == 410
    assert body["id"] == closed.pk
    assert body["detail"] == "Cette offre est clôturée."
    assert body["closed_at"]


@pytest.mark.parametrize("suffix", ["", "france-travail/"])
@pytest.mark.parametrize(
    "make",
    [
        lambda: OfferFactory(),
        lambda: OfferFactory(
            published=True, illegal_wording=True, illegal_wording_at_publication=True
        ),
    ],
    ids=["draft", "illegal-wording"],
)
def test_an_offer_the_public_never_saw_is_not_found(client, make, suffix):
    status, body = get(client, f"/api/v1/offers/{make().pk}/{suffix}")
    assert status == 404
    assert body["detail"]


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        (
            {"department": "20"},
            "department",
            "Indiquez le numéro d'un département français, par exemple 91, 2A ou 974.",
        ),
        (
            {"postcode": "9100"},
            "postcode",
            "Indiquez un code postal français de 5 chiffres, par exemple 91000.",
        ),
        (
            {"rome_code": "Z1234"},
            "rome_code",
            "Un code ROME est une lettre de A à N suivie de 4 chiffres, par exemple M1805.",
        ),
        (
            {"contract_type": "cdi-ish"},
            "contract_type",
            "Indiquez un type de contrat parmi : cdi, cdd, interim, apprentissage, "
            "professionnalisation, stage, freelance.",
        ),
        (
            {"remote_policy": "x"},
            "remote_policy",
            "Indiquez le télétravail parmi : none, partial, full.",
        ),
        (
            {"distance_km": "loin"},
            "distance_km",
            "Indiquez une distance en kilomètres, de 1 à 200.",
        ),
        ({"page": "0"}, "page", "Indiquez un numéro de page, de 1 à 10000."),
        ({"page_size": "1000"}, "page_size", "Indiquez un nombre d'offres par page, de 1 à 100."),
        (
            {"published_since": "hier"},
            "published_since",
            "Indiquez une date au format AAAA-MM-JJ, par exemple 2026-01-31.",
        ),
        (
            {"published_within_days": "-1"},
            "published_within_days",
            "Indiquez un nombre de jours, de 1 à 365.",
        ),
        ({"q": "x" * 201}, "q", "Des mots-clés de 200 caractères au plus."),
    ],
)
def test_an_invalid_parameter_gets_a_french_sentence_not_a_pattern(client, params, field, message):
    response = client.get("/api/v1/offers/", params)
    assert response.status_code == 400
    assert response.json()["errors"] == {field: [message]}
    for internal in ("pattern", "^", "$", "should", "Input", "string", "integer"):
        assert internal not in response.content.decode()


@pytest.mark.parametrize("offer_id", ["abc", "0", "-3", str(2**63)])
def test_a_malformed_id_is_a_400(client, offer_id):
    status, body = get(client, f"/api/v1/offers/{offer_id}/")
    assert status == 400
    assert body["errors"] == {"offer_id": ["Le numéro d'une offre est un nombre entier positif."]}


def test_the_france_travail_export(client, offer):
    status, body = get(client, f"/api/v1/offers/{offer.pk}/france-travail/")
    assert status == 200
    assert body["intitule"] == offer.title
    assert body["typeContrat"] == "CDI"


def test_the_api_writes_nothing(client, offer):
    response = client.post("/api/v1/offers/", {})
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert response.json() == {
        "detail": "L'API est en lecture seule : seules GET et HEAD sont permises.",
        "errors": {},
    }


def test_the_schema_is_an_openapi_3_document_of_the_three_operations(client):
    status, schema = get(client, "/api/schema/")
    assert status == 200
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {
        "/api/v1/offers/",
        "/api/v1/offers/{offer_id}/",
        "/api/v1/offers/{offer_id}/france-travail/",
    }
    detail = schema["paths"]["/api/v1/offers/{offer_id}/"]["get"]
    assert set(detail["responses"]) == {"200", "400", "404", "410"}
    parameters = {p["name"] for p in schema["paths"]["/api/v1/offers/"]["get"]["parameters"]}
    assert parameters == {
        "q",
        "department",
        "postcode",
        "distance_km",
        "rome_code",
        "contract_type",
        "remote_policy",
        "published_since",
        "published_within_days",
        "page",
        "page_size",
    }


def test_the_list_costs_the_same_queries_for_one_offer_or_many(client, django_assert_num_queries):
    OfferFactory.create_batch(3, published=True)
    with django_assert_num_queries(2):  # count, page
        client.get("/api/v1/offers/")
    OfferFactory.create_batch(10, published=True)
    with django_assert_num_queries(2):
        client.get("/api/v1/offers/")


@pytest.mark.parametrize(
    "path", ["/api/v1/", "/api/v1/nope", "/api/v1/nope/", "/api/v1/offers/1/autre/"]
)
def test_an_unknown_api_address_is_a_json_404_like_every_api_error(client, path):
    status, body = get(client, path)
    assert status == 404
    assert body == {"detail": "Cette adresse n'existe pas dans l'API.", "errors": {}}


def test_an_api_address_missing_its_final_slash_is_redirected(client, offer):
    response = client.get(f"/api/v1/offers/{offer.pk}?x=1")
    assert response.status_code == 301
    assert response["Location"] == f"/api/v1/offers/{offer.pk}/?x=1"
