import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_pages_carry_a_strict_content_security_policy(client):
    policy = client.get(reverse("home"))["Content-Security-Policy"]
    directives = dict(item.strip().split(" ", 1) for item in policy.split(";"))
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'nonce-" in directives["script-src"]
    assert directives["frame-ancestors"] == "'none'"
    assert directives["default-src"] == "'self'"


def test_every_script_tag_carries_the_nonce(client):
    response = client.get(reverse("home"))
    nonce = response.wsgi_request.csp_nonce
    html = response.content.decode()
    assert html.count("<script") == html.count(f'nonce="{nonce}"') > 0


def test_clickjacking_and_referrer_protections(client):
    response = client.get(reverse("home"))
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_no_asset_comes_from_another_host(client):
    html = client.get(reverse("account_login")).content.decode()
    assert "http://" not in html.replace("http://testserver", "")
    assert "https://" not in html
    assert "//cdn" not in html
