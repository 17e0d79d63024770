"""Invitations: an adviser invites one person to one offer; the link leads them to apply, and
the application is attributed to the invitation with the candidate's answer about consent."""

import html
import io
import re
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.urls import reverse

from accounts.models import AuditEntry, User
from advisers.invitations import SESSION_KEY
from advisers.models import Invitation, Referral
from candidates.models import Application
from tests.accounts.factories import PASSWORD, UserFactory
from tests.advisers.factories import (
    AdviserMembershipFactory,
    InvitationFactory,
    ReferralFactory,
)
from tests.candidates.factories import ApplicationFactory, CandidateFactory
from tests.employers.factories import OfferFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def adviser(client, force_login):
    membership = AdviserMembershipFactory()
    force_login(membership.user)
    return membership.user


@pytest.fixture
def offer():
    return OfferFactory(published=True, title="Technicien·ne support (H/F)")


def invite(client, offer, **data):
    return client.post(reverse("advisers:offer", args=[offer.pk]), data)


def apply(client, offer, **data):
    """Apply as the page shows it: through the invitation when there is a code."""
    url = "advisers:apply_invited" if "invitation_code" in data else "candidates:apply"
    return client.post(reverse(url, args=[offer.pk]), data)


# Creating an invitation


def test_an_adviser_creates_an_invitation_and_sees_the_link_to_copy(client, adviser, offer):
    response = invite(client, offer, note="Rendez-vous du 3")
    invitation = Invitation.objects.get()
    assert response.url == reverse("advisers:invitation_detail", args=[invitation.pk])
    page = client.get(response.url).content.decode()
    assert f"/conseil/invitation/{invitation.code}/" in page
    assert invitation.adviser == adviser
    assert invitation.note == "Rendez-vous du 3"
    assert mail.outbox == []


def test_invitation_codes_are_long_random_and_unique(client, adviser, offer):
    for _ in range(3):
        invite(client, offer)
    codes = list(Invitation.objects.values_list("code", flat=True))
    assert len(set(codes)) == 3
    assert all(len(code) >= 40 for code in codes)


def test_with_an_email_vivier_sends_the_invitation(client, adviser, offer):
    invite(client, offer, email="personne@example.net")
    invitation = Invitation.objects.get()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["personne@example.net"]
    assert offer.title in message.subject
    assert f"/conseil/invitation/{invitation.code}/" in message.body
    assert "Sans CV" in message.body  # the assessment format, in plain words
    assert invitation.email_sent_at is not None


def test_the_address_serves_the_sending_only_and_is_stored_nowhere(client, adviser, offer):
    """The form promises « L'adresse ne sert qu'à cet envoi : Vivier ne la conserve pas »."""
    page = client.get(reverse("advisers:offer", args=[offer.pk])).content.decode()
    assert "Vivier ne la conserve pas" in html.unescape(page)
    response = invite(client, offer, email="personne.suivie@example.net", note="RDV mardi")
    assert mail.outbox[0].to == ["personne.suivie@example.net"]
    detail = client.get(response.url).content.decode()
    follow_up = client.get(reverse("advisers:follow_up")).content.decode()
    offer_page = client.get(reverse("advisers:offer", args=[offer.pk])).content.decode()
    for page in (detail, follow_up, offer_page):
        assert "personne.suivie@example.net" not in page
    stored = io.StringIO()
    call_command("dumpdata", stdout=stored)  # every table of the database
    assert "personne.suivie" not in stored.getvalue()
    assert "RDV mardi" in stored.getvalue()  # the dump does hold what is kept


def test_a_failed_sending_is_said_once_without_keeping_the_address(
    client, adviser, offer, settings
):
    settings.EMAIL_BACKEND = "tests.advisers.test_invitations.FailingBackend"
    response = invite(client, offer, email="personne.suivie@example.net")
    page = client.get(response.url).content.decode()
    assert "Le courriel n&#x27;a pas pu partir" in page or "n'a pas pu partir" in page
    assert "personne.suivie@example.net" not in page
    assert Invitation.objects.get().email_sent_at is None


class FailingBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("down")


def test_a_line_break_in_the_title_does_not_break_the_email_subject(client, adviser):
    offer = OfferFactory(published=True, title="Développeur·se\nweb")
    invite(client, offer, email="personne@example.net")
    assert mail.outbox[0].subject == "[Vivier] Une offre pour vous : Développeur·se web"


def test_an_adviser_of_two_organisations_chooses_one_of_theirs(client, force_login):
    first = AdviserMembershipFactory()
    second = AdviserMembershipFactory(user=first.user)
    stranger = AdviserMembershipFactory().organisation
    force_login(first.user)
    offer = OfferFactory(published=True)
    assert invite(client, offer, organisation=stranger.pk).status_code == 400
    invite(client, offer, organisation=second.organisation.pk)
    assert Invitation.objects.get().organisation == second.organisation


def test_the_invitation_is_audited_without_the_persons_email(client, adviser, offer):
    invite(client, offer, email="personne@example.net")
    entry = AuditEntry.objects.get(action="adviser.invitation_created")
    assert entry.actor == adviser
    assert "personne@example.net" not in str(entry.data)


def test_a_bad_email_is_a_form_error(client, adviser, offer):
    response = invite(client, offer, email="pas-un-courriel")
    assert response.status_code == 400
    assert response.context["form"].errors["email"]
    assert not Invitation.objects.exists()


def test_an_adviser_without_organisation_cannot_invite(client, force_login, offer):
    lone = UserFactory(adviser=True, mfa=True)
    force_login(lone)
    response = invite(client, offer)
    assert response.status_code == 403  # advisers.onboarding.validated_organisation_required
    assert "aucune structure" in response.content.decode()
    assert not Invitation.objects.exists()


@pytest.mark.parametrize("state", [{"closed": True}, {}])
def test_no_invitation_for_an_offer_that_is_not_public(client, adviser, state):
    offer = OfferFactory(**state)  # closed, or a draft
    assert invite(client, offer).status_code == 404
    assert not Invitation.objects.exists()


def test_no_invitation_for_published_offer_with_unjustified_illegal_wording(client, adviser):
    offer = OfferFactory(published=True, illegal_wording_at_publication=True)
    assert invite(client, offer).status_code == 404


# The public invitation page


def test_the_invitation_page_is_public_and_shows_the_offer(client):
    invitation = InvitationFactory()
    response = client.get(reverse("advisers:invitation", args=[invitation.code]))
    assert response.status_code == 200
    page = response.content.decode()
    assert invitation.offer.title in page
    assert invitation.organisation.name in page
    assert "Sans CV" in page
    url = reverse("advisers:invitation", args=[invitation.code])
    assert f'{reverse("account_signup")}?next={url}"' in page
    assert f'{reverse("account_login")}?next={url}"' in page


def test_the_invitation_page_remembers_the_code_in_the_session(client):
    invitation = InvitationFactory()
    client.get(reverse("advisers:invitation", args=[invitation.code]))
    assert client.session[SESSION_KEY] == {str(invitation.offer_id): invitation.code}


def test_an_unknown_code_gives_a_clear_404_page(client):
    response = client.get(reverse("advisers:invitation", args=["nimporte-quoi"]))
    assert response.status_code == 404
    assert "Ce lien d'invitation n'existe pas" in html.unescape(response.content.decode())


def test_a_very_long_code_is_an_unknown_code(client):
    response = client.get(reverse("advisers:invitation", args=["x" * 500]))
    assert response.status_code == 404


def test_a_code_for_a_closed_offer_says_the_offer_is_closed(client):
    invitation = InvitationFactory(offer=OfferFactory(closed=True))
    response = client.get(reverse("advisers:invitation", args=[invitation.code]))
    assert response.status_code == 410
    assert "Cette offre est close" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_a_used_code_tells_someone_else_it_has_served(client, force_login):
    referral = ReferralFactory()
    force_login(UserFactory())
    response = client.get(reverse("advisers:invitation", args=[referral.invitation.code]))
    assert response.status_code == 410
    assert "Cette invitation a déjà servi" in response.content.decode()


def test_a_used_code_tells_its_candidate_they_applied(client, force_login):
    referral = ReferralFactory()
    force_login(referral.application.candidate.user)
    response = client.get(reverse("advisers:invitation", args=[referral.invitation.code]))
    assert response.status_code == 200
    assert "Vous avez déjà candidaté avec cette invitation" in response.content.decode()


def test_a_candidate_who_already_applied_is_told_so(client, force_login):
    invitation = InvitationFactory()
    application = ApplicationFactory(offer=invitation.offer)
    force_login(application.candidate.user)
    response = client.get(reverse("advisers:invitation", args=[invitation.code]))
    assert "Vous avez déjà candidaté à cette offre" in response.content.decode()


def test_a_signed_in_candidate_sees_the_consent_box_unticked(client, force_login):
    invitation = InvitationFactory()
    force_login(CandidateFactory().user)
    response = client.get(reverse("advisers:invitation", args=[invitation.code]))
    page = html.unescape(response.content.decode())
    assert "J'accepte que mon ou ma conseiller·ère suive l'étape de ma candidature" in page
    checkbox = re.search(r'<input type="checkbox" name="adviser_consent"[^>]*>', page).group()
    assert "checked" not in checkbox
    assert f'value="{invitation.code}"' in page


# Applying through the invitation


def test_applying_with_consent_records_the_referral(client, force_login):
    invitation = InvitationFactory()
    candidate = CandidateFactory()
    force_login(candidate.user)
    apply(client, invitation.offer, invitation_code=invitation.code, adviser_consent="on")
    referral = Referral.objects.get()
    assert referral.invitation == invitation
    assert referral.application == Application.objects.get(candidate=candidate)
    assert referral.consent is True
    assert AuditEntry.objects.filter(action="adviser.referral_recorded").exists()


def test_applying_without_ticking_the_box_records_a_referral_without_consent(client, force_login):
    invitation = InvitationFactory()
    force_login(CandidateFactory().user)
    apply(client, invitation.offer, invitation_code=invitation.code)
    assert Referral.objects.get().consent is False


def test_applying_forgets_the_remembered_code(client, force_login):
    invitation = InvitationFactory()
    force_login(CandidateFactory().user)
    client.get(reverse("advisers:invitation", args=[invitation.code]))
    apply(client, invitation.offer, invitation_code=invitation.code)
    assert client.session[SESSION_KEY] == {}


def test_a_code_for_another_offer_is_not_attributed(client, force_login):
    invitation = InvitationFactory()
    other_offer = OfferFactory(published=True)
    force_login(CandidateFactory().user)
    response = apply(client, other_offer, invitation_code=invitation.code, adviser_consent="on")
    assert Application.objects.filter(offer=other_offer).exists()
    assert not Referral.objects.exists()
    assert response.status_code == 302


def test_a_used_code_is_not_attributed_twice(client, force_login):
    referral = ReferralFactory()
    force_login(CandidateFactory().user)
    apply(client, referral.invitation.offer, invitation_code=referral.invitation.code)
    assert Referral.objects.count() == 1
    assert Application.objects.filter(offer=referral.invitation.offer).count() == 2


def test_applying_without_a_code_still_works_as_before(client, force_login):
    offer = OfferFactory(published=True)
    force_login(CandidateFactory().user)
    apply(client, offer)
    assert Application.objects.filter(offer=offer).count() == 1
    assert not Referral.objects.exists()


def test_a_too_long_code_is_ignored_with_a_message_not_an_error(client, force_login):
    offer = OfferFactory(published=True)
    force_login(CandidateFactory().user)
    response = apply(client, offer, invitation_code="x" * 300)
    assert response.status_code == 302
    assert Application.objects.filter(offer=offer).exists()
    assert not Referral.objects.exists()


def test_the_open_offers_page_offers_the_consent_box_for_a_remembered_invitation(
    client, force_login
):
    invitation = InvitationFactory()
    force_login(CandidateFactory().user)
    client.get(reverse("advisers:invitation", args=[invitation.code]))
    page = html.unescape(client.get(reverse("candidates:open_offers")).content.decode())
    assert f'value="{invitation.code}"' in page
    assert "J'accepte que mon ou ma conseiller·ère suive l'étape de ma candidature" in page


# Through sign-up and login


def test_the_code_survives_sign_up_email_confirmation_and_leads_back_to_the_offer(client):
    invitation = InvitationFactory()
    url = reverse("advisers:invitation", args=[invitation.code])
    client.get(url)
    client.post(
        f"{reverse('account_signup')}?next={url}",
        {
            "email": "invitee@example.net",
            "password1": "Tr3s-long-secret",
            "password2": "Tr3s-long-secret",
        },
    )
    body = mail.outbox[-1].body
    link = next(word for word in body.split() if "/comptes/confirm-email/" in word)
    response = client.post(link[link.index("/comptes/") :])
    assert response.url == url
    assert client.session[SESSION_KEY] == {str(invitation.offer_id): invitation.code}
    apply(client, invitation.offer, invitation_code=invitation.code, adviser_consent="on")
    user = User.objects.get(email="invitee@example.net")
    referral = Referral.objects.get()
    assert referral.application.candidate == user.candidate
    assert referral.consent


def test_the_code_survives_login(client):
    invitation = InvitationFactory()
    candidate = CandidateFactory()
    url = reverse("advisers:invitation", args=[invitation.code])
    client.get(url)
    response = client.post(
        f"{reverse('account_login')}?next={url}",
        {"login": candidate.user.email, "password": PASSWORD},
    )
    assert response.url == url
    assert client.session[SESSION_KEY] == {str(invitation.offer_id): invitation.code}


def test_the_personal_marker_does_not_promise_a_secrecy_the_data_export_breaks():
    """The person's data export holds the adviser's marker (their right of access): its help
    text said « Vous seul·e le voyez »."""
    from advisers.forms import InvitationForm

    help_text = str(InvitationForm.base_fields["note"].help_text)
    assert "seul·e" not in help_text
    assert "RGPD" in help_text
