"""Optional emails: each kind can be switched off from the account's page or from the mail
itself (a signed one-click link, RFC 8058), and a switched-off kind is not sent."""

import html
import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from accounts import notifications
from accounts.enums import EmailKind
from accounts.models import AuditEntry, EmailOptOut
from employers.enums import EmployerRole
from tests.accounts.factories import UserFactory
from tests.employers.factories import EmployerMembershipFactory

pytestmark = pytest.mark.django_db

REMINDER = EmailKind.ASSESSMENT_REMINDER


def send_reminder(user):
    return notifications.send_email(user, subject="Rappel", body="Bonjour.", kind=REMINDER)


def unsubscribe_path(message) -> str:
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    return re.sub(r"^https?://[^/]+", "", url)


def test_an_optional_email_carries_the_one_click_unsubscribe_headers():
    user = UserFactory()
    assert send_reminder(user)
    (message,) = mail.outbox
    header = message.extra_headers["List-Unsubscribe"]
    assert re.fullmatch(r"<https?://[^>]+/compte/desinscription/[^/>]+/>", header)
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert header.strip("<>") in message.body
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in message.message().as_string()


def test_a_mandatory_email_has_no_unsubscribe_header():
    user = UserFactory()
    notifications.send_email(user, subject="Accusé de réception", body="Reçu.")
    (message,) = mail.outbox
    assert "List-Unsubscribe" not in message.extra_headers


def test_a_switched_off_kind_is_not_sent_and_the_others_are():
    user = UserFactory()
    EmailOptOut.objects.create(user=user, kind=REMINDER)
    assert not send_reminder(user)
    assert notifications.send_email(
        user, subject="Message", body="…", kind=EmailKind.MESSAGE_WAITING
    )
    assert notifications.send_email(user, subject="Reçu", body="…")
    assert [m.subject for m in mail.outbox] == ["Message", "Reçu"]


def test_an_inactive_account_gets_nothing():
    user = UserFactory(is_active=False)
    assert not notifications.send_email(user, subject="Reçu", body="…")
    assert not mail.outbox


def test_opening_the_link_only_asks_for_confirmation():
    """Mail scanners prefetch links: a GET changes nothing."""
    user = UserFactory()
    send_reminder(user)
    response = Client().get(unsubscribe_path(mail.outbox[0]))
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert "Confirmer la désinscription" in page and str(REMINDER.label) in page
    assert notifications.wants(user, REMINDER)


def test_a_head_request_changes_nothing_either():
    user = UserFactory()
    token = notifications.unsubscribe_token(user, REMINDER)
    assert Client().head(reverse("accounts:unsubscribe", args=[token])).status_code == 200
    assert notifications.wants(user, REMINDER)


def test_the_one_click_post_unsubscribes_without_login_nor_csrf_token():
    user = UserFactory()
    send_reminder(user)
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        unsubscribe_path(mail.outbox[0]),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert "Désinscription enregistrée" in response.content.decode()
    assert not notifications.wants(user, REMINDER)
    assert notifications.wants(user, EmailKind.MESSAGE_WAITING)
    assert AuditEntry.objects.filter(action="notifications.unsubscribed").count() == 1
    mail.outbox.clear()
    assert not send_reminder(user)
    assert not mail.outbox


def test_unsubscribing_twice_is_harmless():
    user = UserFactory()
    send_reminder(user)
    path = unsubscribe_path(mail.outbox[0])
    assert Client().post(path).status_code == 200
    assert Client().post(path).status_code == 200
    assert EmailOptOut.objects.filter(user=user).count() == 1


def test_the_page_names_the_address_masked_since_anyone_with_the_link_can_open_it():
    user = UserFactory(email="camille.roux@example.org")
    token = notifications.unsubscribe_token(user, REMINDER)
    page = html.unescape(
        Client().get(reverse("accounts:unsubscribe", args=[token])).content.decode()
    )
    assert "c•••@example.org" in page
    assert "camille.roux" not in page


def test_a_link_already_used_says_so_instead_of_asking_again():
    user = UserFactory(email="camille.roux@example.org")
    token = notifications.unsubscribe_token(user, REMINDER)
    path = reverse("accounts:unsubscribe", args=[token])
    Client().post(path)
    response = Client().get(path)
    page = html.unescape(response.content.decode())
    assert "Confirmer la désinscription" not in page
    assert f"déjà désinscrite des e-mails « {REMINDER.label} »" in page
    assert "c•••@example.org" in page
    assert reverse("accounts:email_preferences") in page


def test_masking_keeps_the_first_letter_and_the_domain():
    assert notifications.masked_email("camille.roux@example.org") == "c•••@example.org"
    assert notifications.masked_email("a@b.fr") == "a•••@b.fr"
    assert notifications.masked_email("") == ""


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_tampered_token_gets_a_clear_error_page_not_a_500(method):
    user = UserFactory()
    token = notifications.unsubscribe_token(user, REMINDER)
    tampered = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    response = getattr(Client(), method)(reverse("accounts:unsubscribe", args=[tampered]))
    assert response.status_code == 400
    assert "Lien de désinscription non valide" in response.content.decode()
    assert notifications.wants(user, REMINDER)


def test_a_token_signed_for_something_else_is_refused():
    from django.core import signing

    user = UserFactory()
    foreign = signing.dumps({"user": user.pk, "kind": str(REMINDER)}, salt="another.purpose")
    response = Client().post(reverse("accounts:unsubscribe", args=[foreign]))
    assert response.status_code == 400


def test_a_token_for_an_unknown_kind_is_refused():
    from django.core import signing

    user = UserFactory()
    token = signing.dumps({"user": user.pk, "kind": "newsletter"}, salt=notifications.SALT)
    assert Client().post(reverse("accounts:unsubscribe", args=[token])).status_code == 400


def test_the_preferences_page_lists_the_kinds_of_the_role_in_a_fieldset(client, force_login):
    force_login(UserFactory())
    page = client.get(reverse("accounts:email_preferences")).content.decode()
    assert "<fieldset" in page and "<legend>Recevoir ces e-mails" in page
    for kind in (REMINDER, EmailKind.INTERVIEW_REMINDER, EmailKind.MESSAGE_WAITING):
        assert f'value="{kind.value}"' in page
    assert EmailKind.RECRUITER_DIGEST.value not in page
    assert "accusé de réception" in page  # mandatory emails are named as such


def test_the_preferences_page_of_a_recruiter_offers_the_digest(client, force_login):
    membership = EmployerMembershipFactory(user=UserFactory(recruiter=True, mfa=True))
    force_login(membership.user)
    page = client.get(reverse("accounts:email_preferences")).content.decode()
    assert f'value="{EmailKind.RECRUITER_DIGEST.value}"' in page
    assert f'value="{REMINDER.value}"' not in page
    assert "accusé de réception" not in page  # a recruiter applies to nothing


@pytest.mark.parametrize("role", [None, EmployerRole.INTERVIEWER])
def test_the_digest_is_not_offered_to_whoever_does_not_recruit(client, force_login, role):
    """No employer, or an employer's interviewer only: the digest would never come."""
    user = UserFactory(recruiter=True, mfa=True)
    if role is not None:
        EmployerMembershipFactory(user=user, role=role)
    force_login(user)
    page = client.get(reverse("accounts:email_preferences")).content.decode()
    assert EmailKind.RECRUITER_DIGEST.value not in page
    assert EmailKind.RECRUITER_DIGEST not in notifications.kinds_for(user)


def test_an_adviser_is_offered_the_adviser_kinds_only(client, force_login):
    force_login(UserFactory(adviser=True, mfa=True))
    page = client.get(reverse("accounts:email_preferences")).content.decode()
    assert f'value="{EmailKind.OFFER_DIGEST.value}"' in page
    for kind in (REMINDER, EmailKind.RECRUITER_DIGEST, EmailKind.MESSAGE_WAITING):
        assert f'value="{kind.value}"' not in page
    assert "accusé de réception" not in page


def test_unticking_a_kind_switches_it_off_and_ticking_it_again_on(client, force_login):
    user = UserFactory()
    force_login(user)
    url = reverse("accounts:email_preferences")
    response = client.post(url, {"enabled": [EmailKind.MESSAGE_WAITING.value]})
    assert response.status_code == 302
    assert notifications.switched_off(user) == {
        REMINDER.value,
        EmailKind.INTERVIEW_REMINDER.value,
        EmailKind.RETENTION_FOLLOWUP.value,
    }
    page = client.get(url).content.decode()
    assert re.search(rf'value="{EmailKind.MESSAGE_WAITING.value}"[^>]*checked', page)
    assert not re.search(rf'value="{REMINDER.value}"[^>]*checked', page)
    client.post(url, {"enabled": [k.value for k in notifications.kinds_for(user)]})
    assert notifications.switched_off(user) == set()
    entries = AuditEntry.objects.filter(action="notifications.preferences_changed", actor=user)
    assert entries.count() == 2


def test_a_kind_of_another_role_cannot_be_posted(client, force_login):
    user = UserFactory()
    force_login(user)
    response = client.post(
        reverse("accounts:email_preferences"), {"enabled": [EmailKind.RECRUITER_DIGEST.value]}
    )
    assert response.status_code == 200  # the form says the choice is not valid
    assert not EmailOptOut.objects.filter(user=user).exists()


def test_the_preferences_page_needs_a_login(client):
    response = client.get(reverse("accounts:email_preferences"))
    assert response.status_code == 302 and "/comptes/" in response.url


def test_the_no_answer_reminder_is_offered_to_those_who_receive_it():
    """Admins are reminded of undecided applications (shortlists.reminders); a recruiter of an
    employer that has admins never is."""
    admin = EmployerMembershipFactory(admin=True, user=UserFactory(recruiter=True, mfa=True))
    member = EmployerMembershipFactory(
        employer=admin.employer, user=UserFactory(recruiter=True, mfa=True)
    )
    assert EmailKind.NO_ANSWER_REMINDER in notifications.kinds_for(admin.user)
    assert EmailKind.NO_ANSWER_REMINDER not in notifications.kinds_for(member.user)


def test_a_candidate_is_offered_the_retention_questions():
    assert EmailKind.RETENTION_FOLLOWUP in notifications.kinds_for(UserFactory())


# -- each account is offered only the kinds it can receive -----------------------------------


def offered(client, user) -> set[str]:
    page = client.get(reverse("accounts:email_preferences")).content.decode()
    return set(re.findall(r'name="enabled" value="([a-z_]+)"', page))


def test_an_interviewer_only_is_offered_the_interview_reminder_alone(client, force_login):
    """An interviewer sits on panels: no digest, no reminder of undecided applications, no
    notice of a message on an application they cannot open."""
    user = UserFactory(recruiter=True, mfa=True)
    EmployerMembershipFactory(user=user, role=EmployerRole.INTERVIEWER)
    force_login(user)
    assert offered(client, user) == {EmailKind.INTERVIEW_REMINDER.value}
    assert notifications.kinds_for(user) == (EmailKind.INTERVIEW_REMINDER,)


def test_a_recruiter_of_no_employer_is_offered_nothing(client, force_login):
    user = UserFactory(recruiter=True, mfa=True)
    force_login(user)
    assert offered(client, user) == set()
    assert "Votre compte ne reçoit aucun e-mail facultatif." in html.unescape(
        client.get(reverse("accounts:email_preferences")).content.decode()
    )


def test_a_recruiting_member_and_an_admin_are_offered_what_reaches_them(client, force_login):
    admin = EmployerMembershipFactory(admin=True, user=UserFactory(recruiter=True, mfa=True))
    member = EmployerMembershipFactory(
        employer=admin.employer, user=UserFactory(recruiter=True, mfa=True)
    )
    common = {
        EmailKind.RECRUITER_DIGEST.value,
        EmailKind.INTERVIEW_REMINDER.value,
        EmailKind.MESSAGE_WAITING.value,
    }
    force_login(member.user)
    assert offered(client, member.user) == common
    force_login(admin.user)
    assert offered(client, admin.user) == common | {EmailKind.NO_ANSWER_REMINDER.value}


def test_an_interviewer_cannot_switch_a_kind_they_are_not_offered(client, force_login):
    user = UserFactory(recruiter=True, mfa=True)
    EmployerMembershipFactory(user=user, role=EmployerRole.INTERVIEWER)
    force_login(user)
    response = client.post(
        reverse("accounts:email_preferences"), {"enabled": [EmailKind.MESSAGE_WAITING.value]}
    )
    assert response.status_code == 200  # not a choice of theirs
    assert notifications.switched_off(user) == set()
