"""« Postuler » on a public offer page leads to that offer's apply step, through sign-up or
login: the offer is never lost on the way."""

import re
from urllib.parse import quote

import pytest
from django.core import mail
from django.urls import reverse

from candidates.models import Application
from tests.accounts.factories import PASSWORD as ACCOUNT_PASSWORD
from tests.candidates.factories import CandidateFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.utils import full_login, login_with_password

pytestmark = pytest.mark.django_db

PASSWORD = "Tr3s-long-secret"


@pytest.fixture
def offer():
    return OfferFactory(published=True, title="Développeur·se Python (H/F)")


def apply_step(offer):
    return reverse("candidates:apply", args=[offer.pk])


def links_of(html):
    return [link.replace("&amp;", "&") for link in re.findall(r'href="([^"]+)"', html)]


def test_public_offer_page_leads_to_the_offer_apply_step(client, offer):
    page = client.get(reverse("broadcasting:offer_detail", args=[offer.pk])).content.decode()
    assert apply_step(offer) in links_of(page)
    assert reverse("candidates:open_offers") not in links_of(page)


def test_visitor_sees_the_apply_step_with_sign_up_and_login_keeping_the_offer(client, offer):
    page = client.get(apply_step(offer)).content.decode()
    assert offer.title in page
    keep = f"?next={quote(apply_step(offer), safe='')}"
    assert f"{reverse('account_signup')}{keep}" in links_of(page)
    assert f"{reverse('account_login')}{keep}" in links_of(page)


def test_sign_up_page_keeps_next_for_its_form(client, offer):
    url = f"{reverse('account_signup')}?next={quote(apply_step(offer), safe='')}"
    page = client.get(url).content.decode()
    assert f'name="next" value="{apply_step(offer)}"' in page


def test_visitor_signs_up_and_lands_on_the_offer_apply_step(client, offer):
    signup = {"email": "nouvelle@example.org", "password1": PASSWORD, "password2": PASSWORD}
    client.post(reverse("account_signup"), {**signup, "next": apply_step(offer)})
    link = next(word for word in mail.outbox[0].body.split() if "/confirm-email/" in word)
    response = client.post(link[link.index("/comptes/") :])
    assert response.url == apply_step(offer)
    page = client.get(response.url).content.decode()
    assert f'action="{apply_step(offer)}"' in page


def test_visitor_with_an_account_logs_in_and_lands_on_the_offer_apply_step(client, offer):
    candidate = CandidateFactory()
    login = {"login": candidate.user.email, "password": ACCOUNT_PASSWORD}
    response = client.post(reverse("account_login"), {**login, "next": apply_step(offer)})
    assert response.url == apply_step(offer)


def test_candidate_applies_from_the_apply_step(client, offer):
    candidate = CandidateFactory()
    full_login(client, candidate.user)
    client.post(apply_step(offer))
    assert Application.objects.filter(candidate=candidate, offer=offer).exists()


def test_apply_step_alone_does_not_apply(client, offer):
    candidate = CandidateFactory()
    full_login(client, candidate.user)
    assert client.get(apply_step(offer)).status_code == 200
    assert not Application.objects.exists()


def test_apply_step_says_when_the_candidate_already_applied(client, offer):
    candidate = CandidateFactory()
    full_login(client, candidate.user)
    client.post(apply_step(offer))
    page = client.get(apply_step(offer)).content.decode()
    assert "Vous avez déjà candidaté à cette offre." in page
    assert f'action="{apply_step(offer)}"' not in page


def test_apply_step_tells_a_recruiter_it_is_for_candidates(client, offer):
    login_with_password(client, EmployerMembershipFactory().user)
    page = client.get(apply_step(offer)).content.decode()
    assert f'action="{apply_step(offer)}"' not in page


def test_apply_step_of_an_unpublished_offer_is_a_404(client):
    assert client.get(apply_step(OfferFactory())).status_code == 404


def test_visitor_cannot_apply_without_an_account(client, offer):
    response = client.post(apply_step(offer))
    assert response.status_code == 302
    assert not Application.objects.exists()
