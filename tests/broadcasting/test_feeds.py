"""Atom feeds, parsed as XML."""

import xml.etree.ElementTree as ET

import pytest

from employers.services import close_offer, publish_offer
from tests.employers.factories import EmployerMembershipFactory, OfferFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def entry_links(root):
    return [entry.find(f"{ATOM}link").get("href") for entry in root.iter(f"{ATOM}entry")]


def test_the_feed_is_valid_atom_with_one_entry_per_public_offer(client, offer):
    root = feed(client, "/offres/flux.atom")
    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}title").text == "Vivier : offres publiées"
    assert root.find(f"{ATOM}id").text
    assert root.find(f"{ATOM}updated").text
    self_link = root.find(f"{ATOM}link[@rel='self']")
    assert self_link.get("href") == "http://127.0.0.1:8000/offres/flux.atom"
    (entry,) = root.iter(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == f"{offer.title} · {offer.employer.name}"
    assert entry.find(f"{ATOM}id").text == f"http://127.0.0.1:8000/offres/{offer.pk}/"
    assert entry.find(f"{ATOM}link").get("href") == f"http://127.0.0.1:8000/offres/{offer.pk}/"
    assert entry.find(f"{ATOM}published").text.startswith(offer.published_at.date().isoformat())
    assert entry.find(f"{ATOM}updated").text
    assert entry.find(f"{ATOM}author/{ATOM}name").text == offer.employer.name
    assert "services web" in entry.find(f"{ATOM}summary").text
    assert {c.get("term") for c in entry.iter(f"{ATOM}category")} == {"CDI", "Python", "SQL"}


def test_the_feed_leaves_out_drafts_closed_and_non_compliant_offers(client, offer):
    OfferFactory()
    OfferFactory(closed=True)
    OfferFactory(published=True, illegal_wording=True, illegal_wording_at_publication=True)
    justified = OfferFactory(justified=True)
    assert sorted(entry_links(feed(client, "/offres/flux.atom"))) == sorted(
        f"http://127.0.0.1:8000/offres/{o.pk}/" for o in (offer, justified)
    )


def test_an_offer_enters_the_feed_when_published_and_leaves_it_when_closed(client):
    admin = EmployerMembershipFactory(admin=True).user
    offer = OfferFactory(employer=admin.employer_memberships.get().employer)
    assert entry_links(feed(client, "/offres/flux.atom")) == []
    publish_offer(offer, by=admin)
    assert entry_links(feed(client, "/offres/flux.atom")) == [
        f"http://127.0.0.1:8000/offres/{offer.pk}/"
    ]
    close_offer(offer, by=admin)
    assert entry_links(feed(client, "/offres/flux.atom")) == []


def test_the_department_feed_holds_that_department_only(client, offer):
    lyon = OfferFactory(published=True, postcode="69002", commune="Lyon")
    root = feed(client, "/offres/departement/69/flux.atom")
    assert "69" in root.find(f"{ATOM}title").text
    assert entry_links(root) == [f"http://127.0.0.1:8000/offres/{lyon.pk}/"]


def test_the_department_feed_accepts_corsica_in_either_case(client):
    ajaccio = OfferFactory(published=True, postcode="20000", commune="Ajaccio")
    assert entry_links(feed(client, "/offres/departement/2a/flux.atom")) == [
        f"http://127.0.0.1:8000/offres/{ajaccio.pk}/"
    ]


@pytest.mark.parametrize("code", ["20", "96", "xyz", "9999"])
def test_an_unknown_department_feed_is_not_found(client, code):
    assert client.get(f"/offres/departement/{code}/flux.atom").status_code == 404
