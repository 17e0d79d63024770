import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse

from accounts.enums import Role
from accounts.models import User
from tests.accounts.factories import PASSWORD, UserFactory
from tests.utils import full_login, login_with_password, totp_code

pytestmark = pytest.mark.django_db


def test_candidate_logs_in_with_email_and_lands_on_their_dashboard(client):
    user = UserFactory()
    response = login_with_password(client, user)
    assert response.status_code == 302
    assert client.get(reverse("home")).url == reverse("candidates:dashboard")


def test_login_is_case_insensitive_on_email(client):
    user = UserFactory(email="awa@example.org")
    response = client.post(
        reverse("account_login"), {"login": "AWA@Example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_wrong_password_is_refused_with_a_message(client):
    user = UserFactory()
    response = login_with_password(client, user, password="pas le bon")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert response.context["form"].errors


def test_repeated_failed_logins_are_rate_limited(client):
    user = UserFactory()
    for _ in range(5):
        login_with_password(client, user, password="pas le bon")
    response = login_with_password(client, user)
    assert "_auth_user_id" not in client.session
    assert "trop" in response.content.decode().lower()  # « Trop de tentatives… »


def test_a_few_failed_logins_do_not_lock_the_account(client):
    user = UserFactory()
    for _ in range(2):
        login_with_password(client, user, password="pas le bon")
    login_with_password(client, user)
    assert client.session["_auth_user_id"] == str(user.pk)


def test_passwords_are_hashed_with_argon2_in_production_settings():
    from config import settings as production

    assert production.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


def test_signup_creates_an_unverified_candidate_and_sends_a_verification_email(client):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "nouvelle@example.org",
            "password1": "Tr3s-long-secret",
            "password2": "Tr3s-long-secret",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="nouvelle@example.org")
    assert user.role == Role.CANDIDATE
    assert user.candidate.identity is not None
    assert not user.emailaddress_set.get().verified
    assert len(mail.outbox) == 1
    assert "nouvelle@example.org" in mail.outbox[0].to


def test_allauth_names_the_account_by_its_address_not_by_its_role(client):
    """allauth's messages and emails say who signed up or in: the address, never the role
    label that `str(user)` gives a candidate (« l'utilisateur Candidat·e »)."""
    client.post(
        reverse("account_signup"),
        {
            "email": "nouvelle@example.org",
            "password1": "Tr3s-long-secret",
            "password2": "Tr3s-long-secret",
        },
    )
    body = mail.outbox[0].body
    assert "Candidat" not in body
    assert "nouvelle@example.org" in body


def test_unverified_email_cannot_reach_the_dashboard(client):
    user = UserFactory(verified_email=False)
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    login_with_password(client, user)
    assert "_auth_user_id" not in client.session


def test_verification_link_verifies_the_email(client):
    client.post(
        reverse("account_signup"),
        {
            "email": "lien@example.org",
            "password1": "Tr3s-long-secret",
            "password2": "Tr3s-long-secret",
        },
    )
    body = mail.outbox[0].body
    link = next(word for word in body.split() if "/comptes/confirm-email/" in word)
    path = link[link.index("/comptes/") :]
    client.post(path)
    assert User.objects.get(email="lien@example.org").emailaddress_set.get().verified


def test_password_reset_sends_an_email(client):
    user = UserFactory()
    client.post(reverse("account_reset_password"), {"email": user.email})
    assert len(mail.outbox) == 1
    assert user.email in mail.outbox[0].to


def test_user_with_mfa_must_give_a_code_after_the_password(client):
    user = UserFactory(recruiter=True, mfa=True)
    response = login_with_password(client, user)
    assert response.url == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    client.post(reverse("mfa_authenticate"), {"code": totp_code(user.totp_secret)})
    assert client.session["_auth_user_id"] == str(user.pk)


def test_wrong_mfa_code_is_refused(client):
    user = UserFactory(recruiter=True, mfa=True)
    login_with_password(client, user)
    client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert "_auth_user_id" not in client.session


def test_full_login_helper_logs_in_an_enrolled_recruiter(client):
    user = UserFactory(recruiter=True, mfa=True)
    full_login(client, user)
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.parametrize("role", [Role.CANDIDATE, Role.RECRUITER, Role.ADVISER])
def test_the_sign_in_message_names_no_role_label(client, role):
    # allauth says « Connexion avec {user_display} réussie », and a user prints as their role
    # (« Candidat·e »): the message reads « Connexion réussie. » instead.
    user = UserFactory(role=role)
    page = login_with_password(client, user)
    texts = [str(message) for message in get_messages(page.wsgi_request)]
    assert texts == ["Connexion réussie."]


def test_the_sign_in_message_in_english(client):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    response = login_with_password(client, UserFactory())
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["Signed in."]
