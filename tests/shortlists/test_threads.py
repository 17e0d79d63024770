"""One thread per application between the employer and the anonymous candidate: the employer's
words pass the wording checker, the candidate's are redacted for the employer, every message is
audited without its content, and emails only say that a message is waiting."""

from types import SimpleNamespace

import pytest
from django.core import mail
from django.test import Client, TestCase
from django.urls import reverse

from accounts.models import AuditEntry
from shortlists.models import Message
from tests.candidates.factories import ApplicationFactory, CandidateFactory, IdentityFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.utils import signed_in

pytestmark = pytest.mark.django_db
CANDIDATE_EMAIL = "leocadie.messages@example.net"
SECRET = "Le budget de la mission est de 42 jours."
CANDIDATE_WORDS = (
    "Bonjour, je suis Léocadie Fontvieille, joignable au 06 12 34 56 78. Oui, dispo lundi."
)


def client_of(user) -> Client:
    return signed_in(Client(), user)


def post(client, url, data):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(url, data)


@pytest.fixture
def thread():
    admin = EmployerMembershipFactory(admin=True)
    recruiter = EmployerMembershipFactory(employer=admin.employer).user
    offer = OfferFactory(employer=admin.employer, published=True, created_by=recruiter)
    candidate = CandidateFactory(user__email=CANDIDATE_EMAIL, identity=None)
    IdentityFactory(candidate=candidate, first_name="Léocadie", last_name="Fontvieille")
    application = ApplicationFactory(offer=offer, candidate=candidate)
    return SimpleNamespace(
        admin=admin.user,
        recruiter=recruiter,
        offer=offer,
        application=application,
        employer_url=reverse("applications:thread", args=[application.pk]),
        candidate_url=reverse("candidate_threads:thread", args=[application.pk]),
        candidate=client_of(candidate.user),
    )


def test_a_message_answered_with_emails_that_carry_no_content(thread):
    recruiter = client_of(thread.recruiter)
    response = post(recruiter, thread.employer_url, {"text": SECRET})
    assert response.status_code == 302
    (notice,) = mail.outbox
    assert notice.to == [CANDIDATE_EMAIL]
    assert SECRET not in notice.body + notice.subject
    assert thread.candidate_url in notice.body
    assert SECRET in thread.candidate.get(thread.candidate_url).content.decode()

    mail.outbox.clear()
    assert (
        post(thread.candidate, thread.candidate_url, {"text": CANDIDATE_WORDS}).status_code == 302
    )
    (notice,) = mail.outbox
    assert notice.to == [thread.recruiter.email], "the writer of the thread and the offer's owner"
    assert "dispo lundi" not in notice.body and "Fontvieille" not in notice.body
    assert thread.application.pseudonym in notice.subject
    assert thread.employer_url in notice.body

    employer_page = recruiter.get(thread.employer_url).content.decode()
    assert "dispo lundi" in employer_page
    for identity in ("Léocadie", "Fontvieille", "06 12 34 56 78"):
        assert identity not in employer_page
    assert "06 12 34 56 78" in thread.candidate.get(thread.candidate_url).content.decode()
    message = Message.objects.get(from_candidate=True)
    assert message.text == CANDIDATE_WORDS and "Fontvieille" not in message.text_for_employer
    assert message.author is None


def test_a_switched_off_notice_is_not_sent_the_message_still_is(thread):
    from accounts.enums import EmailKind
    from accounts.models import EmailOptOut

    EmailOptOut.objects.create(
        user=thread.application.candidate.user, kind=EmailKind.MESSAGE_WAITING
    )
    assert (
        post(client_of(thread.recruiter), thread.employer_url, {"text": SECRET}).status_code == 302
    )
    assert not mail.outbox
    assert SECRET in thread.candidate.get(thread.candidate_url).content.decode()


def test_every_message_is_audited_without_content_nor_the_candidates_account(thread):
    post(client_of(thread.recruiter), thread.employer_url, {"text": SECRET})
    post(thread.candidate, thread.candidate_url, {"text": CANDIDATE_WORDS})
    employer_entry, candidate_entry = AuditEntry.objects.filter(
        action="application.message_sent"
    ).order_by("id")
    assert employer_entry.actor == thread.recruiter and employer_entry.data["from"] == "employer"
    assert candidate_entry.actor is None and candidate_entry.by_candidate
    assert candidate_entry.actor_pseudonym == thread.application.pseudonym
    for entry in (employer_entry, candidate_entry):
        assert SECRET not in str(entry.data) and "Fontvieille" not in str(entry.data)


@pytest.mark.parametrize(
    "text", ["Nous préférons une personne sans enfants.", "Nationalité française exigée."]
)
def test_an_illegal_employer_message_is_refused_like_an_offer(thread, text):
    response = post(client_of(thread.recruiter), thread.employer_url, {"text": text})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Le formulaire contient des erreurs" in page
    assert "« " in page and 'href="#id_text"' in page
    assert not Message.objects.exists() and not mail.outbox
    assert not AuditEntry.objects.filter(action="application.message_sent").exists()


@pytest.mark.parametrize("text", ["", "   ", "x" * 4001])
def test_an_empty_or_too_long_message_is_a_form_error(thread, text):
    response = post(thread.candidate, thread.candidate_url, {"text": text})
    assert response.status_code == 400
    assert not Message.objects.exists()


def test_others_get_a_404(thread):
    stranger = EmployerMembershipFactory(admin=True).user
    other = ApplicationFactory(offer=thread.offer)
    other_candidate = client_of(other.candidate.user)
    for client, url in (
        (client_of(stranger), thread.employer_url),
        (other_candidate, thread.candidate_url),
    ):
        assert client.get(url).status_code == 404
        assert post(client, url, {"text": "Bonjour"}).status_code == 404
    assert not Message.objects.exists()


def test_the_candidate_finds_the_thread_in_their_data_export(thread):
    post(thread.candidate, thread.candidate_url, {"text": CANDIDATE_WORDS})
    export = thread.candidate.get(reverse("candidates:export_data")).content.decode()
    assert "dispo lundi" in export


def test_a_deleted_account_leaves_only_the_redacted_words(thread):
    from candidates.services import delete_candidate_account

    post(thread.candidate, thread.candidate_url, {"text": CANDIDATE_WORDS})
    delete_candidate_account(thread.application.candidate)
    message = Message.objects.get()
    assert "Fontvieille" not in message.text and "dispo lundi" in message.text


def test_the_notice_elides_before_a_pseudonym_starting_with_a_vowel(thread):
    thread.application.pseudonym = "Olivier-JXZ3"
    thread.application.save(update_fields=["pseudonym"])
    mail.outbox.clear()
    post(thread.candidate, thread.candidate_url, {"text": "Oui, dispo lundi."})
    (notice,) = mail.outbox
    assert "Un message d'Olivier-JXZ3 vous attend" in notice.subject
    assert "de Olivier" not in notice.subject


def test_an_offers_creator_now_interviewer_only_is_not_told_of_a_message_they_cannot_open(
    thread,
):
    """An interviewer gets a 404 from the thread: the notice goes to the admins instead."""
    from employers.enums import EmployerRole
    from employers.models import EmployerMembership

    EmployerMembership.objects.filter(user=thread.recruiter).update(role=EmployerRole.INTERVIEWER)
    post(thread.candidate, thread.candidate_url, {"text": CANDIDATE_WORDS})
    (notice,) = mail.outbox
    assert notice.to == [thread.admin.email]
