"""An adviser of a validated structure applies to an offer for a person they support, with the
person's consent recorded: the person's account is created (or found), they are told by email
and can set a password, see the application in their space and withdraw it or their consent.
The employer reads « Par un·e conseiller·ère » and the note redacted, never who applied."""

import html
import re
from datetime import timedelta
from urllib.parse import urlparse

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.models import AuditEntry, User
from advisers import invitations
from advisers.enums import AdviserOrganisationStatus
from advisers.models import ApplicationOnBehalf
from candidates.enums import ApplicationStage
from candidates.models import Application, Identity
from tests.accounts.factories import UserFactory
from tests.advisers.factories import AdviserMembershipFactory
from tests.candidates.factories import ApplicationFactory, CandidateFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.utils import login_with_password

pytestmark = pytest.mark.django_db

PERSON_EMAIL = "leocadie.vrabel@example.net"
NOTE = (
    "Léocadie Vrabel (leocadie.vrabel@example.net, 06 11 22 33 44) a suivi notre atelier web "
    "pendant six mois : elle a construit un site complet en Django."
)


@pytest.fixture
def adviser():
    return AdviserMembershipFactory(
        organisation__name="Mission locale de Saint-Firmin-des-Bois",
        user__display_name="Anatole Conseil",
        user__email="anatole.conseil@mission-locale.example.org",
    )


@pytest.fixture
def offer():
    return OfferFactory(published=True, title="Développeur·se web junior")


def form_data(**overrides):
    return {
        "email": PERSON_EMAIL,
        "first_name": "Léocadie",
        "last_name": "Vrabel",
        "consent_method": "in_person",
        "consent_given_on": timezone.localdate().isoformat(),
        "consent_obtained": "on",
        "note": NOTE,
        **overrides,
    }


def url(offer):
    return reverse("advisers:apply_for_person", args=[offer.pk])


def apply(client, force_login, adviser, offer, **overrides):
    """The adviser fills in the form and sends it; with a note, they read it as the employer
    will (the page shows it first), then send it."""
    force_login(adviser.user)
    data = form_data(**overrides)
    response = client.post(url(offer), data)
    if response.status_code == 200 and "preview_digest" in response.context:
        response = client.post(
            url(offer), {**data, "previewed": response.context["preview_digest"]}
        )
    return response


def text(response) -> str:
    return html.unescape(response.content.decode())


def link_in(message) -> str:
    (link,) = re.findall(r"https?://\S+/comptes/password/reset/key/\S+", message.body)
    return link


def test_a_new_person_gets_an_account_an_application_and_a_link_to_set_their_password(
    client, force_login, adviser, offer
):
    response = apply(client, force_login, adviser, offer)
    record = ApplicationOnBehalf.objects.get()
    assert response.url == reverse("advisers:on_behalf_detail", args=[record.pk])
    person = User.objects.get(email=PERSON_EMAIL)
    assert person.is_candidate and not person.has_usable_password()
    identity = Identity.objects.get(candidate__user=person)
    assert (identity.first_name, identity.last_name) == ("Léocadie", "Vrabel")
    application = Application.objects.get(candidate__user=person, offer=offer)
    assert application.stage == ApplicationStage.APPLIED and application.pseudonym
    referral = record.referral
    assert referral.application == application and referral.consent
    assert referral.invitation.adviser == adviser.user
    assert referral.invitation.organisation == adviser.organisation
    assert record.consent_method == "in_person"
    assert record.consent_given_on == timezone.localdate()
    assert record.consent_recorded_by == adviser.user and record.person_told_at
    # The note is kept only as the employer reads it.
    assert "Léocadie" not in record.note_for_employer
    assert "Vrabel" not in record.note_for_employer
    assert PERSON_EMAIL not in record.note_for_employer
    assert "Django" in record.note_for_employer
    entry = AuditEntry.objects.get(action="adviser.applied_on_behalf")
    assert entry.employer is None and entry.data["new_account"] is True
    assert PERSON_EMAIL not in str(entry.data) and "Vrabel" not in str(entry.data)

    (message,) = mail.outbox
    assert message.to == [PERSON_EMAIL]
    assert "Mission locale de Saint-Firmin-des-Bois" in message.body
    assert offer.title in message.body
    assert reverse("candidates:withdraw", args=[application.pk]) in message.body

    # The link lets the person choose a password, then sign in and see the application.
    client.logout()
    set_password = client.get(urlparse(link_in(message)).path)
    assert set_password.status_code == 302
    chosen = "Un-mot-de-passe-solide-2026"
    done = client.post(set_password.url, {"password1": chosen, "password2": chosen})
    assert done.status_code == 302
    person.refresh_from_db()
    assert person.check_password(chosen)
    # The link came to that address: it counts as confirmed, signing in asks nothing more.
    assert EmailAddress.objects.get(user=person).verified
    assert login_with_password(client, person, chosen).status_code == 302
    page = client.get(reverse("candidates:dashboard")).content.decode()
    assert offer.title in page
    assert "Envoyée par votre conseiller·ère (Mission locale de Saint-Firmin-des-Bois)" in page
    assert reverse("candidates:withdraw", args=[application.pk]) in page


STRUCTURE_NOTE = (
    "Léocadie a suivi une formation au support informatique à la mission locale de Grigny, "
    "puis chez nous, à la Mission locale de Saint-Firmin-des-Bois. "
    "Elle est inscrite à France Travail Évry-Courcouronnes et à Cap emploi 91."
)


def test_with_a_note_the_adviser_first_reads_it_as_the_employer_will(
    client, force_login, adviser, offer
):
    force_login(adviser.user)
    response = client.post(url(offer), form_data(note=STRUCTURE_NOTE))
    assert response.status_code == 200 and not Application.objects.exists()
    page = text(response)
    assert "Votre note, telle que l'employeur la lira" in page
    preview = response.context["preview"]
    for needle in ("Léocadie", "mission locale", "Grigny", "Saint-Firmin", "France Travail"):
        assert needle not in preview, needle
    assert "Évry" not in preview and "Cap emploi" not in preview and "91" not in preview
    assert "[structure]" in preview and "support informatique" in preview
    assert "Léocadie a suivi une formation" in page  # the form keeps what was typed

    sent = client.post(
        url(offer), form_data(note=STRUCTURE_NOTE, previewed=response.context["preview_digest"])
    )
    assert sent.status_code == 302
    assert ApplicationOnBehalf.objects.get().note_for_employer == preview


def test_a_note_changed_after_its_preview_is_shown_again_before_sending(
    client, force_login, adviser, offer
):
    force_login(adviser.user)
    first = client.post(url(offer), form_data(action="preview"))
    changed = client.post(
        url(offer),
        form_data(
            note=NOTE + " Suivie par la mission locale de Grigny.",
            action="send",
            previewed=first.context["preview_digest"],
        ),
    )
    assert changed.status_code == 200 and not Application.objects.exists()
    assert "Grigny" not in changed.context["preview"]


def test_without_a_note_the_application_is_sent_at_once(client, force_login, adviser, offer):
    force_login(adviser.user)
    response = client.post(url(offer), form_data(note=""))
    assert response.status_code == 302 and ApplicationOnBehalf.objects.get().note_for_employer == ""


def test_previewing_without_a_note_sends_nothing(client, force_login, adviser, offer):
    force_login(adviser.user)
    response = client.post(url(offer), form_data(note="", action="preview"))
    assert response.status_code == 200 and not Application.objects.exists()
    assert "Pas de note" in text(response)


def test_the_note_field_says_what_not_to_write(client, force_login, adviser, offer):
    force_login(adviser.user)
    form = text(client.get(url(offer)))
    assert "ni lieu, ni âge, ni métier au féminin ou au masculin" in form
    assert "Prévisualiser la note" in form


def test_the_link_works_once(client, force_login, adviser, offer):
    apply(client, force_login, adviser, offer)
    link = urlparse(link_in(mail.outbox[0])).path
    client.logout()
    chosen = "Un-mot-de-passe-solide-2026"
    client.post(client.get(link).url, {"password1": chosen, "password2": chosen})
    client.logout()
    again = client.get(link)
    assert again.status_code == 200 and again.context["token_fail"]
    assert User.objects.get(email=PERSON_EMAIL).check_password(chosen)


def test_the_person_without_a_password_chooses_one_then_is_shown_the_way_on(
    client, force_login, adviser, offer
):
    apply(client, force_login, adviser, offer)
    client.logout()
    form_url = client.get(urlparse(link_in(mail.outbox[0])).path).url
    page = text(client.get(form_url))
    assert "<title>Choisir votre mot de passe" in page and "Modifier le mot de passe" not in page
    chosen = "Un-mot-de-passe-solide-2026"
    done = client.post(form_url, {"password1": chosen, "password2": chosen}, follow=True)
    page = text(done)
    assert "Mot de passe enregistré" in page
    assert f'href="{reverse("account_login")}?next=/"' in page and "Se connecter" in page


def test_someone_who_has_a_password_changes_it(client):
    from candidates.services import set_password_link

    candidate = CandidateFactory(user__email=PERSON_EMAIL)
    candidate.user.set_password("Un-ancien-mot-de-passe-2025")
    candidate.user.save()
    form_url = client.get(urlparse(set_password_link(candidate)).path).url
    page = text(client.get(form_url))
    assert "Modifier le mot de passe" in page and "Choisir votre mot de passe" not in page


def test_an_existing_candidate_is_linked_and_told(client, force_login, adviser, offer):
    candidate = CandidateFactory(user__email=PERSON_EMAIL)
    apply(client, force_login, adviser, offer, email="Leocadie.Vrabel@Example.net")
    application = Application.objects.get(offer=offer)
    assert application.candidate == candidate
    assert User.objects.filter(email__iexact=PERSON_EMAIL).count() == 1
    identity = Identity.objects.get(candidate=candidate)
    assert identity.first_name == "Aminata"  # their own identity is kept
    assert AuditEntry.objects.get(action="adviser.applied_on_behalf").data["new_account"] is False
    (message,) = mail.outbox
    assert "password/reset" not in message.body
    assert reverse("candidates:dashboard") in message.body


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"consent_obtained": ""}, "qu'avec son accord"),
        ({"email": "pas-une-adresse"}, "adresse électronique valide"),
        ({"consent_method": ""}, "comment la personne a donné son accord"),
        ({"first_name": ""}, "prénom"),
        ({"consent_given_on": "2999-01-01"}, "dans le futur"),
        ({"email": "jean@localhost"}, "doit contenir un point"),
        ({"email": "j" * 250 + "@example.net"}, "254 caractères au plus"),
    ],
)
def test_a_form_without_consent_or_with_a_bad_field_is_refused(
    client, force_login, adviser, offer, overrides, message
):
    response = apply(client, force_login, adviser, offer, **overrides)
    assert response.status_code == 400
    assert message in text(response)
    assert not ApplicationOnBehalf.objects.exists()
    assert not User.objects.filter(email=PERSON_EMAIL).exists()


@pytest.mark.parametrize(
    ("email", "message"),
    [("jean@localhost", "doit contenir un point"), ("j" * 250 + "@example.net", "254")],
)
def test_the_service_refuses_an_address_without_a_dot_or_too_long(adviser, offer, email, message):
    from advisers import on_behalf

    with pytest.raises(on_behalf.OnBehalfRefused, match=message):
        on_behalf.apply_on_behalf(
            offer,
            organisation=adviser.organisation,
            person=on_behalf.Person(email, "Léocadie", "Vrabel"),
            consent=on_behalf.Consent("phone", timezone.localdate(), True),
            by=adviser.user,
        )
    assert not User.objects.filter(email=email).exists()


def test_the_email_field_is_wide_enough_for_a_long_address(client, force_login, adviser, offer):
    force_login(adviser.user)
    form = client.get(url(offer)).content.decode()
    assert 'class="on-behalf-form"' in form
    css = (settings.BASE_DIR / "static/css/advisers.css").read_text()
    assert '.on-behalf-form input[type="email"]' in css


@pytest.mark.parametrize("role", ["recruiter", "adviser", "staff"])
def test_a_professional_accounts_address_is_refused(client, force_login, adviser, offer, role):
    UserFactory(email=PERSON_EMAIL, **{role: True})
    response = apply(client, force_login, adviser, offer)
    assert response.status_code == 400
    assert "compte professionnel" in text(response)
    assert not Application.objects.exists()


def test_a_person_who_already_applied_is_refused(client, force_login, adviser, offer):
    ApplicationFactory(offer=offer, candidate__user__email=PERSON_EMAIL)
    response = apply(client, force_login, adviser, offer)
    assert response.status_code == 400
    assert "déjà candidaté à cette offre" in text(response)
    assert not ApplicationOnBehalf.objects.exists()


def test_sending_the_same_application_again_leads_the_adviser_to_their_record(
    client, force_login, adviser, offer
):
    force_login(adviser.user)
    preview = client.post(url(offer), form_data(action="preview"))
    data = form_data(previewed=preview.context["preview_digest"], action="send")
    first = client.post(url(offer), data)
    again = client.post(url(offer), data)  # a second press
    record = ApplicationOnBehalf.objects.get()
    assert again.status_code == 302 == first.status_code
    assert again.url == first.url == reverse("advisers:on_behalf_detail", args=[record.pk])
    page = text(client.get(again.url))
    assert "déjà envoyé cette candidature" in page and "n'a pas pu partir" not in page
    assert Application.objects.count() == 1 and len(mail.outbox) == 1


def test_another_advisers_application_for_the_person_is_still_refused(
    client, force_login, adviser, offer
):
    apply(client, force_login, adviser, offer)
    colleague = AdviserMembershipFactory(organisation=adviser.organisation)
    response = apply(client, force_login, colleague, offer)
    assert response.status_code == 400
    assert "déjà candidaté à cette offre" in text(response)
    assert ApplicationOnBehalf.objects.count() == 1


def test_a_closed_offer_is_refused(client, force_login, adviser, offer):
    offer.status = "closed"
    offer.save()
    response = apply(client, force_login, adviser, offer)
    assert response.status_code == 410
    assert "n'est plus ouverte aux candidatures" in text(response)
    assert not User.objects.filter(email=PERSON_EMAIL).exists()


def test_a_structure_awaiting_validation_cannot_apply(client, force_login, offer):
    pending = AdviserMembershipFactory(organisation__status=AdviserOrganisationStatus.PENDING)
    response = apply(client, force_login, pending, offer)
    assert response.status_code == 403
    assert "valid" in text(response)
    assert not User.objects.filter(email=PERSON_EMAIL).exists()


def test_the_service_refuses_a_structure_awaiting_validation(adviser, offer):
    from advisers import on_behalf

    adviser.organisation.status = AdviserOrganisationStatus.PENDING
    adviser.organisation.save()
    with pytest.raises(on_behalf.OnBehalfRefused, match="pas encore validée"):
        on_behalf.apply_on_behalf(
            offer,
            organisation=adviser.organisation,
            person=on_behalf.Person(PERSON_EMAIL, "Léocadie", "Vrabel"),
            consent=on_behalf.Consent("phone", timezone.localdate(), True),
            by=adviser.user,
        )


def test_only_the_adviser_who_recorded_it_sees_the_consent_record(
    client, force_login, adviser, offer
):
    apply(client, force_login, adviser, offer)
    record = ApplicationOnBehalf.objects.get()
    detail = reverse("advisers:on_behalf_detail", args=[record.pk])
    page = text(client.get(detail))
    assert "En personne, lors d'un rendez-vous" in page and "Candidature envoyée" in page
    assert "Léocadie" not in page and PERSON_EMAIL not in page  # kept on the account only
    other_structure = AdviserMembershipFactory().user
    colleague = AdviserMembershipFactory(organisation=adviser.organisation).user
    for someone in (other_structure, colleague):
        force_login(someone)
        assert client.get(detail).status_code == 404


def test_withdrawing_consent_stops_the_follow_up(client, force_login, adviser, offer):
    apply(client, force_login, adviser, offer)
    record = ApplicationOnBehalf.objects.get()
    person = User.objects.get(email=PERSON_EMAIL)
    force_login(person)
    consent_page = text(client.get(reverse("advisers:my_advisers")))
    assert "envoyée pour vous" in consent_page
    client.post(reverse("advisers:my_advisers"), {"referral": record.referral.pk})
    force_login(adviser.user)
    page = text(client.get(reverse("advisers:on_behalf_detail", args=[record.pk])))
    assert "a retiré son accord" in page and "Candidature envoyée" not in page
    follow_up = client.get(reverse("advisers:follow_up")).content.decode()
    assert "Pas de suivi partagé" in follow_up
    # an unused invitation and a refused follow-up look alike, and the page says why
    assert "Vivier ne dit pas lequel" in follow_up


def test_the_person_withdraws_the_application(client, force_login, adviser, offer):
    apply(client, force_login, adviser, offer)
    application = Application.objects.get(offer=offer)
    force_login(User.objects.get(email=PERSON_EMAIL))
    client.post(reverse("candidates:withdraw", args=[application.pk]))
    application.refresh_from_db()
    assert application.stage == ApplicationStage.WITHDRAWN


def test_employer_pages_say_an_adviser_sent_it_never_who(client, force_login, adviser, offer):
    apply(client, force_login, adviser, offer)
    application = Application.objects.get(offer=offer)
    member = EmployerMembershipFactory(employer=offer.employer, admin=True).user
    force_login(member)
    detail = client.get(reverse("applications:detail", args=[application.pk])).content.decode()
    assert "Par un·e conseiller·ère" in detail
    assert "construit un site complet en Django" in detail
    pages = [
        detail,
        client.get(reverse("employers:offer_detail", args=[offer.pk])).content.decode(),
        client.get(reverse("employers:audit_log")).content.decode(),
        client.get(reverse("applications:thread", args=[application.pk])).content.decode(),
    ]
    for page in pages:
        for needle in (
            "Saint-Firmin",
            "Mission locale",
            "Anatole",
            "anatole.conseil",
            "Léocadie",
            "Vrabel",
            PERSON_EMAIL,
            "06 11 22 33 44",
        ):
            assert needle not in page, needle


def test_the_advisers_reminder_tells_the_rows_of_the_follow_up_apart(
    client, force_login, adviser, offer
):
    apply(client, force_login, adviser, offer, reminder="RDV du 3 décembre, atelier web")
    apply(client, force_login, adviser, offer, email="autre.personne@example.net", reminder="")
    follow_up = text(client.get(reverse("advisers:follow_up")))
    assert "RDV du 3 décembre, atelier web" in follow_up
    assert follow_up.count("Candidature envoyée pour la personne") == 2
    record = ApplicationOnBehalf.objects.get(referral__invitation__note__startswith="RDV")
    detail = text(client.get(reverse("advisers:on_behalf_detail", args=[record.pk])))
    assert "RDV du 3 décembre, atelier web" in detail
    assert "RDV" not in record.note_for_employer
    force_login(EmployerMembershipFactory(employer=offer.employer, admin=True).user)
    application = record.referral.application
    page = text(client.get(reverse("applications:detail", args=[application.pk])))
    assert "Par un·e conseiller·ère" in page and "RDV du 3 décembre" not in page


def test_the_person_is_told_when_the_mail_server_fails_the_adviser_is_warned(
    client, force_login, adviser, offer, settings
):
    settings.EMAIL_BACKEND = "tests.advisers.test_on_behalf.FailingBackend"
    response = apply(client, force_login, adviser, offer)
    assert response.status_code == 302
    assert ApplicationOnBehalf.objects.get().person_told_at is None
    assert "n'a pas pu partir" in text(client.get(response.url))


def test_when_the_email_left_the_adviser_reads_only_that_it_did(
    client, force_login, adviser, offer
):
    response = apply(client, force_login, adviser, offer)
    page = text(client.get(response.url))
    assert "Candidature envoyée. La personne reçoit un courriel" in page
    assert "n'a pas pu partir" not in page
    assert len(mail.outbox) == 1


def test_the_service_returns_the_record_with_the_time_the_person_was_told(adviser, offer):
    from advisers import on_behalf

    record = on_behalf.apply_on_behalf(
        offer,
        organisation=adviser.organisation,
        person=on_behalf.Person(PERSON_EMAIL, "Léocadie", "Vrabel"),
        consent=on_behalf.Consent("phone", timezone.localdate(), True),
        by=adviser.user,
    )
    assert record.person_told_at is not None


class FailingBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise OSError("mail server down")


def test_the_adviser_sees_the_form_from_the_offer(client, force_login, adviser, offer):
    force_login(adviser.user)
    page = client.get(reverse("advisers:offer", args=[offer.pk])).content.decode()
    assert url(offer) in page
    form = client.get(url(offer)).content.decode()
    assert "Par téléphone" in form and 'name="consent_obtained"' in form


def test_invitations_helpers_still_list_the_referral(adviser, offer, client, force_login):
    apply(client, force_login, adviser, offer)
    person = User.objects.get(email=PERSON_EMAIL)
    assert invitations.referrals_of_candidate_user(person).get().made_for_person
    assert timezone.now() - ApplicationOnBehalf.objects.get().created_at < timedelta(minutes=1)
