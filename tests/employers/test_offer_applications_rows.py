"""The rows of the recruiter's table of applications (employers.views.application_rows): a
pseudonym linked to the application, its stage, its date and a link to decide, nothing else."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from candidates.enums import ApplicationStage
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.utils import full_login

pytestmark = pytest.mark.django_db


def offer_page(client, *, admin=False, **application):
    membership = EmployerMembershipFactory(admin=admin)
    offer = OfferFactory(employer=membership.employer, published=True)
    created = ApplicationFactory(offer=offer, **application)
    full_login(client, membership.user)
    response = client.get(reverse("employers:offer_detail", args=[offer.pk]))
    assert response.status_code == 200
    return created, response.content.decode()


def test_a_row_links_the_pseudonym_and_the_decision_and_shows_stage_and_date(client):
    application, page = offer_page(
        client,
        stage=ApplicationStage.SHORTLISTED,
        created_at=timezone.make_aware(datetime.datetime(2026, 3, 9, 10, 0)),
    )
    detail = reverse("applications:detail", args=[application.pk])
    decide = reverse("shortlists:decide", args=[application.pk])
    assert (
        f'<tr><td><a href="{detail}">{application.pseudonym}</a></td><td>Présélectionné·e</td>'
        f'<td>09/03/2026</td><td><a href="{decide}">Décider<span class="visually-hidden"> pour '
        f"{application.pseudonym}</span></a></td></tr>"
    ) in page


def test_the_rows_are_translated(client):
    application, page = offer_page(client, stage=ApplicationStage.INTERVIEW)
    client.cookies.load({"django_language": "en"})
    page = client.get(reverse("employers:offer_detail", args=[application.offer_id])).text
    assert "<td>Invited to interview</td>" in page
    assert f'Decide<span class="visually-hidden"> for {application.pseudonym}</span>' in page


def test_a_pseudonym_is_escaped(client):
    _application, page = offer_page(client, pseudonym="<i>Loutre</i>")
    assert "<i>Loutre</i>" not in page
    assert page.count("&lt;i&gt;Loutre&lt;/i&gt;") == 2


@pytest.mark.parametrize(("admin", "can_close"), [(True, True), (False, False)])
def test_only_admins_of_the_employer_may_close_the_offer(client, admin, can_close):
    _application, page = offer_page(client, admin=admin)
    assert ("Clôturer l'offre" in page) is can_close
