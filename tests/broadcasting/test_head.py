"""HEAD is answered wherever GET is (RFC 9110, 9.3.2): the same status and headers, no body."""

import socket
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import live_daphne  # noqa: F401  (the live server fixture)
from tests.employers.factories import OfferFactory

pytestmark = pytest.mark.django_db


# {offer}: a published offer, {closed}: a closed one.
ADDRESSES = [
    "/offres/",
    "/offres/?department=20",  # a search with an error
    "/offres/{offer}/",
    "/offres/{closed}/",  # 410
    "/offres/999999/",  # 404
    "/offres/flux.atom",
    "/offres/departement/91/flux.atom",
    "/api/v1/offers/",
    "/api/v1/offers/?department=20",  # 400
    "/api/v1/offers/{offer}/",
    "/api/v1/offers/{offer}/france-travail/",
    "/api/v1/offers/{closed}/",  # 410
    "/api/v1/offers/999999/",  # 404
    "/api/v1/nope",  # 404
    "/api/schema/",
]


def addresses(offer, closed) -> list[str]:
    return [address.format(offer=offer.pk, closed=closed.pk) for address in ADDRESSES]


@pytest.mark.parametrize("address", ADDRESSES)
def test_head_answers_as_get_without_a_body(client, offer, address):
    url = address.format(offer=offer.pk, closed=OfferFactory(closed=True).pk)
    get, head = client.get(url), client.head(url)
    assert head.status_code == get.status_code
    assert head["Content-Type"] == get["Content-Type"]
    assert head.content == b""


def get_status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        error.close()
        return error.code


def raw_head(host: str, port: int, url: str) -> tuple[int, bytes, bytes]:
    """(status, headers, what followed the headers) of a HEAD read off the socket to its end."""
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(f"HEAD {url} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    headers, _, rest = received.partition(b"\r\n\r\n")
    return int(headers.split(b" ", 2)[1]), headers, rest


@pytest.mark.serial
@pytest.mark.django_db(transaction=True)
def test_the_server_sends_no_body_to_head(live_daphne):  # noqa: F811
    # The test client drops HEAD bodies itself: on the wire, daphne must send none either.
    offer = OfferFactory(published=True)
    closed = OfferFactory(closed=True)
    address = urlsplit(live_daphne)
    for url in addresses(offer, closed):
        status, headers, rest = raw_head(address.hostname, address.port, url)
        assert status == get_status(f"{live_daphne}{url}"), url
        assert b"content-type:" in headers.lower(), url
        assert rest == b"", url
