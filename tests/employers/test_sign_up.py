"""An employer signs up with its SIRET; the registry (a stand-in on loopback) names it."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from accounts.enums import Role
from accounts.models import AuditEntry, User
from employers.enums import EmployerRole, OrganisationStatus
from employers.models import Employer, EmployerMembership
from tests.employers.factories import EmployerFactory
from tests.employers.registry import DINUM, SIRET_SERVER_ERROR, SIRET_SILENT, UNKNOWN

pytestmark = pytest.mark.django_db
URL = reverse("employers:signup")


def sign_up(client, **overrides):
    data = {
        "siret": "130 025 265 00013",
        "company_name": "Ce que la personne a tapé",
        "display_name": "Alice Admin",
        "email": "alice@dinum.example",
        "password1": "un mot de passe solide 42",
        "password2": "un mot de passe solide 42",
        **overrides,
    }
    return client.post(URL, data)


def test_the_sign_up_page_is_public(client):
    assert client.get(URL).status_code == 200


def test_the_registry_names_the_company_and_the_signer_is_its_admin(client, registry):
    response = sign_up(client)

    employer = Employer.objects.get(siret=DINUM)
    assert employer.name == "DIRECTION INTERMINISTERIELLE DU NUMERIQUE"
    assert employer.address == "20 AVENUE DE SEGUR 75007 PARIS"
    assert employer.activity_code == "84.11Z"
    assert employer.status == OrganisationStatus.ACTIVE
    user = User.objects.get(email="alice@dinum.example")
    assert user.role == Role.RECRUITER
    assert EmployerMembership.objects.get(employer=employer).user == user
    assert EmployerMembership.objects.get(employer=employer).role == EmployerRole.ADMIN
    assert response.status_code == 302
    assert registry.queries == [DINUM]


def test_the_signer_confirms_their_address_before_signing_in(client, registry):
    sign_up(client)

    assert not EmailAddress.objects.get(email="alice@dinum.example").verified
    assert [message.to for message in mail.outbox] == [["alice@dinum.example"]]
    assert "/comptes/confirm-email/" in mail.outbox[0].body


def test_the_sign_up_is_audited_in_the_employers_log(client, registry):
    sign_up(client)

    entry = AuditEntry.objects.get(action="employer.signed_up")
    assert entry.employer == Employer.objects.get(siret=DINUM)
    assert entry.actor.email == "alice@dinum.example"


@pytest.mark.parametrize("siret", [SIRET_SERVER_ERROR, SIRET_SILENT])
def test_when_the_registry_cannot_answer_the_employer_is_pending(client, registry, siret):
    response = sign_up(client, siret=siret)

    employer = Employer.objects.get(siret=siret)
    assert employer.status == OrganisationStatus.PENDING
    assert employer.name == "Ce que la personne a tapé"
    assert response.status_code == 302
    shown = [str(m) for m in response.wsgi_request._messages]
    assert any("en attente de confirmation" in message for message in shown)


def test_when_nobody_answers_at_the_registrys_address_the_employer_is_pending(client):
    # The test settings point the registry at a port nobody listens to.
    sign_up(client)

    assert Employer.objects.get(siret=DINUM).status == OrganisationStatus.PENDING


@pytest.mark.parametrize(
    ("siret", "message"),
    [
        ("13002526500014", "clé de contrôle est fausse"),
        ("1300252650001", "14 chiffres"),
        ("1300252650001A", "14 chiffres"),
    ],
)
def test_a_malformed_siret_is_a_form_error(client, registry, siret, message):
    response = sign_up(client, siret=siret)

    assert response.status_code == 200
    assert message in response.context["form"].errors["siret"][0]
    assert not Employer.objects.exists()
    assert not User.objects.exists()
    assert registry.queries == []


def test_a_siret_the_registry_does_not_know_is_a_form_error(client, registry):
    response = sign_up(client, siret=UNKNOWN)

    assert "ne connaît aucun établissement" in response.context["form"].errors["siret"][0]
    assert not Employer.objects.exists()


def test_an_already_registered_siret_is_a_form_error(client, registry):
    EmployerFactory(siret=DINUM)

    response = sign_up(client)

    assert "déjà inscrite" in response.context["form"].errors["siret"][0]
    assert not User.objects.filter(email="alice@dinum.example").exists()


def test_an_address_that_already_has_an_account_is_a_form_error(client, registry):
    User.objects.create_user("alice@dinum.example", "x")

    response = sign_up(client)

    assert "existe déjà" in response.context["form"].errors["email"][0]
    assert not Employer.objects.exists()


def test_staff_confirm_a_pending_employer_from_the_admin(client, force_login):
    from tests.accounts.factories import UserFactory

    employer = EmployerFactory(siret=DINUM, status=OrganisationStatus.PENDING)
    force_login(UserFactory(staff=True, mfa=True))

    response = client.post(
        reverse("admin:employers_employer_changelist"),
        {"action": "confirm", "_selected_action": [employer.pk]},
    )

    assert response.status_code == 302
    employer.refresh_from_db()
    assert employer.status == OrganisationStatus.ACTIVE
    assert AuditEntry.objects.filter(action="employer.confirmed", employer=employer).exists()


def test_a_pending_employer_cannot_publish(client, force_login):
    from employers import services
    from tests.employers.factories import EmployerMembershipFactory, OfferFactory

    membership = EmployerMembershipFactory(admin=True, employer__status=OrganisationStatus.PENDING)
    offer = OfferFactory(employer=membership.employer)

    with pytest.raises(services.PublicationGateError) as error:
        services.publish_offer(offer, by=membership.user)
    assert "attend la confirmation" in str(error.value.errors[0])


def test_the_first_member_must_set_up_a_second_factor_before_the_workspace(client, registry):
    sign_up(client)
    user = User.objects.get(email="alice@dinum.example")
    EmailAddress.objects.filter(user=user).update(verified=True)
    client.force_login(user, backend="config.auth_backends.AuthenticationBackend")

    response = client.get(reverse("employers:dashboard"))

    assert response.status_code == 302
    assert response.url == reverse("mfa_activate_totp")
