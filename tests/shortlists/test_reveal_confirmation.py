"""Seeing a candidate's identity takes a confirmation: « Voir l'identité et les coordonnées… »
leads to a page, with no identity on it, that says the reveal is recorded in the audit log and
cannot be undone; « Voir l'identité … » shows the identity (and logs it), « Annuler » goes back.
A POST without the confirmation's field reveals nothing."""

import html

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from candidates.enums import ApplicationStage
from candidates.stages import move_application
from core.elision import de
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory

pytestmark = pytest.mark.django_db

CONFIRMED = {"confirm": "1"}


@pytest.fixture
def recruiter():
    return EmployerMembershipFactory().user


@pytest.fixture
def application(recruiter):
    """An application invited to interview (the default reveal stage), to an offer the
    recruiter created."""
    application = ApplicationFactory(
        offer__employer=recruiter.employer_memberships.get().employer,
        offer__created_by=recruiter,
        offer__title="Technicien·ne support",
    )
    return move_application(application, ApplicationStage.INTERVIEW, by=recruiter)


def reveal_url(application):
    return reverse("applications:reveal", args=[application.pk])


def detail_url(application):
    return reverse("applications:detail", args=[application.pk])


def reveals():
    return AuditEntry.objects.filter(action="identity.revealed")


def test_the_application_page_leads_to_the_confirmation_instead_of_revealing(
    client, force_login, recruiter, application
):
    force_login(recruiter)

    page = html.unescape(client.get(detail_url(application)).text)

    assert (
        f'<a class="button" href="{reveal_url(application)}">'
        "Voir l'identité et les coordonnées…</a>"
    ) in page
    assert f'action="{reveal_url(application)}"' not in page


def test_the_confirmation_says_the_reveal_is_logged_and_final_and_shows_no_identity(
    client, force_login, recruiter, application
):
    force_login(recruiter)

    response = client.get(reveal_url(application))

    page = html.unescape(response.text)
    assert response.status_code == 200
    assert f"Voir l'identité et les coordonnées {de(application.pseudonym)} ?" in page
    assert "Candidature à l'offre « Technicien·ne support »." in page
    assert "enregistrée dans le journal d'audit, à votre nom" in page
    assert "Elle ne peut pas être annulée" in page
    assert '<input type="hidden" name="confirm" value="1">' in page
    assert f'<a href="{detail_url(application)}">Annuler</a>' in page
    assert "Traoré" not in page and "Aminata" not in page
    assert application.candidate.user.email not in page
    assert not reveals().exists()


def identity_url(application):
    return reverse("applications:identity", args=[application.pk])


def test_confirming_shows_the_identity_and_logs_it(client, force_login, recruiter, application):
    force_login(recruiter)

    response = client.post(reveal_url(application), CONFIRMED, follow=True)

    assert response.redirect_chain == [(identity_url(application), 302)]
    assert "Traoré" in response.text
    assert reveals().get().actor == recruiter


def test_the_confirmation_redirects_so_that_reloading_sends_no_form(
    client, force_login, recruiter, application
):
    force_login(recruiter)

    response = client.post(reveal_url(application), CONFIRMED)

    assert response.status_code == 302 and response.url == identity_url(application)
    assert "Traoré" not in response.content.decode()
    assert not reveals().exists()  # the consultation is the page the redirect leads to


def test_each_display_of_the_identity_page_is_a_logged_consultation(
    client, force_login, recruiter, application
):
    force_login(recruiter)
    client.post(reveal_url(application), CONFIRMED, follow=True)

    reloaded = client.get(identity_url(application))

    assert reloaded.status_code == 200 and "Traoré" in reloaded.text
    assert reveals().count() == 2


def test_the_identity_page_without_a_confirmation_leads_to_it_and_reveals_nothing(
    client, force_login, recruiter, application
):
    force_login(recruiter)

    response = client.get(identity_url(application))

    assert response.status_code == 302 and response.url == reveal_url(application)
    assert not reveals().exists()


def test_another_employers_recruiter_gets_a_404_on_the_identity_page(
    client, force_login, application
):
    force_login(EmployerMembershipFactory(admin=True).user)

    assert client.get(identity_url(application)).status_code == 404
    assert not reveals().exists()


def test_a_post_without_the_confirmation_reveals_nothing(
    client, force_login, recruiter, application
):
    force_login(recruiter)

    response = client.post(reveal_url(application))

    assert response.status_code == 302 and response.url == reveal_url(application)
    assert not reveals().exists()


def test_before_the_reveal_stage_the_confirmation_sends_back_to_the_application(
    client, force_login, recruiter
):
    early = ApplicationFactory(
        offer__employer=recruiter.employer_memberships.get().employer, offer__created_by=recruiter
    )
    force_login(recruiter)

    response = client.get(reveal_url(early), follow=True)

    assert response.redirect_chain == [(detail_url(early), 302)]
    assert "L'identité n'est visible qu'à partir de l'invitation en entretien." in html.unescape(
        response.text
    )
    assert not reveals().exists()


def test_another_employers_recruiter_gets_a_404(client, force_login, application):
    force_login(EmployerMembershipFactory(admin=True).user)

    assert client.get(reveal_url(application)).status_code == 404
    assert client.post(reveal_url(application), CONFIRMED).status_code == 404
    assert not reveals().exists()


def test_the_confirmation_is_translated(client, force_login, recruiter, application):
    force_login(recruiter)
    client.cookies.load({"django_language": "en"})

    page = html.unescape(client.get(reveal_url(application)).text)

    assert f"See the identity and contact details of {application.pseudonym}?" in page
    assert "It cannot be undone" in page
