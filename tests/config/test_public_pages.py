"""The privacy notice and the accessibility statement: public, linked from every page's
footer, in French and English, with what the code applies (retention durations) and where
to write."""

import pytest
from django.urls import reverse

from tests.accounts.factories import UserFactory
from tests.browser.conftest import assert_accessible, browser, live_daphne, page  # noqa: F401
from tests.utils import full_login

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["privacy", "accessibility"])
def test_the_page_is_public(client, name):
    assert client.get(reverse(name)).status_code == 200


@pytest.mark.parametrize("signed_in", [False, True])
def test_every_page_links_to_both_from_its_footer(client, signed_in):
    if signed_in:
        full_login(client, UserFactory())
    response = client.get(reverse("candidates:dashboard" if signed_in else "home"), follow=True)
    footer = response.content.decode().split('<footer class="site-footer">')[1]
    assert f'href="{reverse("privacy")}"' in footer
    assert f'href="{reverse("accessibility")}"' in footer
    assert "Accessibilité : non conforme" in footer


def test_the_privacy_notice_gives_the_durations_the_code_applies(client):
    html = client.get(reverse("privacy")).content.decode()
    assert "pendant 2 ans" in html and "30 jours plus tard" in html
    assert "moins de 10 personnes" in html


def test_the_privacy_notice_says_how_to_exercise_each_right(client, settings):
    settings.CONTACT_EMAIL = "donnees@vivier.example"
    html = client.get(reverse("privacy")).content.decode()
    for url in ("candidates:export_data", "candidates:profile", "candidates:delete_account"):
        assert f'href="{reverse(url)}"' in html
    assert 'href="mailto:donnees@vivier.example"' in html
    assert "cnil.fr" in html


def test_the_accessibility_statement_follows_the_rgaa_model(client, settings):
    settings.CONTACT_EMAIL = "donnees@vivier.example"
    html = client.get(reverse("accessibility")).content.decode()
    assert "non conforme avec le RGAA 4.1" in html
    assert "Non-conformités connues" in html
    assert 'href="mailto:donnees@vivier.example"' in html
    assert "Défenseur des droits" in html


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("privacy", "What Vivier keeps about you"),
        ("accessibility", "Accessibility statement"),
    ],
)
def test_both_pages_are_in_english_too(client, name, english):
    response = client.get(reverse(name), headers={"accept-language": "en"})
    assert english in response.content.decode()


@pytest.mark.browser
def test_both_pages_pass_axe(live_daphne, page):  # noqa: F811
    for name in ("privacy", "accessibility"):
        page.goto(live_daphne + reverse(name))
        assert_accessible(page)
