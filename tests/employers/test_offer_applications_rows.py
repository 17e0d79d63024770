"""The rows of the recruiter's table of applications (a cached fragment of the offer's page): a
pseudonym linked to the application, its stage, its date and a link to decide, nothing else."""

import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from candidates.enums import ApplicationStage
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.utils import signed_in

pytestmark = pytest.mark.django_db


def offer_page(client, *, admin=False, **application):
    membership = EmployerMembershipFactory(admin=admin)
    offer = OfferFactory(employer=membership.employer, published=True)
    created = ApplicationFactory(offer=offer, **application)
    signed_in(client, membership.user)
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


def test_what_the_page_caches_follows_every_change_it_shows(client):
    """The table of applications is cached for what it shows: a new application, a stage
    moved, the offer edited or another member's role show at once, and the actions carry each
    visitor's own CSRF token."""
    from candidates.stages import move_application
    from employers.models import EmployerMembership

    application, page = offer_page(client, admin=True, stage=ApplicationStage.APPLIED)
    offer = application.offer
    url = reverse("employers:offer_detail", args=[offer.pk])
    assert "<td>Candidature envoyée</td>" in page

    move_application(application, ApplicationStage.REJECTED, by=None)
    assert "<td>Non retenu·e</td>" in client.get(url).text

    newcomer = ApplicationFactory(offer=offer)
    assert newcomer.pseudonym in client.get(url).text

    offer.title = "Soudeur·se TIG (H/F)"
    offer.save()
    assert "<h1>Soudeur·se TIG (H/F)</h1>" in client.get(url).text

    member = EmployerMembership.objects.create(employer=offer.employer, user=application_user())
    other = Client()
    signed_in(other, member.user)
    as_member = other.get(url).text
    assert "Clôturer l'offre" not in as_member and newcomer.pseudonym in as_member


def application_user():
    from tests.accounts.factories import UserFactory

    return UserFactory(recruiter=True, mfa=True)


def test_a_cached_page_carries_each_visits_own_csrf_token(client, force_login):
    """The applications' table is a cached fragment; the forms around it are rendered per visit:
    the same admin in a second browser gets that browser's token and can close the offer."""
    membership = EmployerMembershipFactory(admin=True)
    offer = OfferFactory(employer=membership.employer, published=True)
    url = reverse("employers:offer_detail", args=[offer.pk])
    force_login(membership.user)
    client.get(url)  # the table cached
    second = Client()
    force_login(membership.user, client=second)  # the same admin in another browser
    second.handler.enforce_csrf_checks = True  # from now on, as a browser's requests are
    page = second.get(url).text
    tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page))
    assert len(tokens) == 1 and "kept-csrf" not in page
    response = second.post(
        reverse("employers:offer_close", args=[offer.pk]),
        {"csrfmiddlewaretoken": tokens.pop(), "confirm": "1"},
    )
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.status == "closed"


def test_a_deleted_application_leaves_the_cached_page(client):
    application, page = offer_page(client)
    url = reverse("employers:offer_detail", args=[application.offer_id])
    assert application.pseudonym in client.get(url).text
    application.candidate.delete()
    assert application.pseudonym not in client.get(url).text


def test_a_message_is_shown_once_by_a_page_rendered_in_full(client):
    from django.contrib.messages import SUCCESS
    from django.contrib.messages.storage.cookie import CookieStorage

    application, _page = offer_page(client)
    url = reverse("employers:offer_detail", args=[application.offer_id])
    client.get(url)  # the table cached
    storage = CookieStorage(client.request().wsgi_request)
    response = client.get(url)
    storage.add(SUCCESS, "Offre enregistrée pour le test.")
    storage.update(response)
    client.cookies.update(response.cookies)
    assert "Offre enregistrée pour le test." in client.get(url).text
    assert "Offre enregistrée pour le test." not in client.get(url).text


def test_every_script_of_a_cached_page_carries_this_visits_csp_nonce(client):
    """What the page caches must hold nothing of the visit: a cached nonce would block scripts."""
    application, _first = offer_page(client, admin=True)
    url = reverse("employers:offer_detail", args=[application.offer_id])
    for _ in range(2):
        response = client.get(url)
        nonces = set(re.findall(r'nonce="([^"]+)"', response.text))
        assert nonces, "the page has scripts or styles with a nonce"
        for nonce in nonces:
            assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]


def test_the_page_follows_the_users_admin_role_in_another_organisation(client, force_login):
    """The menu links the audit log for admins of any employer: losing that role elsewhere
    changes this offer's page too."""
    from employers.enums import MemberRole

    membership = EmployerMembershipFactory()
    elsewhere = EmployerMembershipFactory(user=membership.user, admin=True)
    offer = OfferFactory(employer=membership.employer, published=True)
    url = reverse("employers:offer_detail", args=[offer.pk])
    force_login(membership.user)
    audit_log = reverse("employers:audit_log")
    assert audit_log in client.get(url).text
    elsewhere.role = MemberRole.MEMBER
    elsewhere.save()
    assert audit_log not in client.get(url).text


def test_the_cached_table_is_per_language(client):
    application, page = offer_page(client)
    url = reverse("employers:offer_detail", args=[application.offer_id])
    assert "<td>Candidature envoyée</td>" in client.get(url).text  # cached, in French
    client.post(reverse("set_language"), {"language": "en", "next": url})
    assert "<td>Application sent</td>" in client.get(url).text
