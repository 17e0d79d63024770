"""Error pages: in French, accessible, and a database outage is a 503 that clients may retry."""

import pytest
from django.db import OperationalError

from accounts.views import server_error

pytestmark = pytest.mark.django_db


def test_a_missing_page_says_so_in_french(client):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Page introuvable" in page
    assert '<html lang="fr">' in page


def test_a_database_outage_is_a_503_the_client_may_retry(rf):
    try:
        raise OperationalError("connection to server at 127.0.0.1 failed")
    except OperationalError:
        response = server_error(rf.get("/"))
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "momentanément indisponible" in response.content.decode()


def test_any_other_error_is_a_plain_500(rf):
    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Une erreur est survenue" in response.content.decode()
