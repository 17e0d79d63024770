import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_french_is_the_default_language(client):
    response = client.get(reverse("home"))
    assert b'<html lang="fr">' in response.content
    assert "Recruter sur ce que les gens savent faire" in response.content.decode()


def test_visitors_can_switch_to_english(client):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    response = client.get(reverse("home"))
    assert b'<html lang="en">' in response.content
    assert "Hire for what people can do" in response.content.decode()


def test_browser_language_is_honoured(client):
    response = client.get(reverse("home"), headers={"accept-language": "en-GB,en;q=0.9"})
    assert b'<html lang="en">' in response.content


def test_language_switch_refuses_an_outside_redirect(client):
    response = client.post(
        reverse("set_language"), {"language": "en", "next": "https://evil.example/"}
    )
    assert response.url == "/"
