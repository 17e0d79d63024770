"""When an employer closes an offer, each candidate whose application is still open is told by
email, once the closing is committed: the offer takes no new application, theirs stays open.
Always sent (it is about their application), each mail naming only the offer, its employer and
the person's own pseudonym."""

import pytest
from django.core import mail
from django.urls import reverse

from accounts.enums import EmailKind
from accounts.models import EmailOptOut
from candidates.enums import ApplicationStage
from employers.services import close_offer
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory

pytestmark = pytest.mark.django_db

OPEN = [
    ApplicationStage.APPLIED,
    ApplicationStage.ASSESSED,
    ApplicationStage.INTERVIEW,
    ApplicationStage.SHORTLISTED,
]
ENDED = [ApplicationStage.HIRED, ApplicationStage.REJECTED, ApplicationStage.WITHDRAWN]


@pytest.fixture
def admin():
    return EmployerMembershipFactory(admin=True, employer__name="Octant")


@pytest.fixture
def offer(admin):
    return OfferFactory(employer=admin.employer, published=True, title="Technicien·ne support")


def close_through_the_page(client, force_login, admin, offer, capture):
    force_login(admin.user)
    with capture(execute=True):
        response = client.post(reverse("employers:offer_close", args=[offer.pk]), {"confirm": "1"})
    assert response.status_code == 302


def test_each_open_application_is_told_and_the_ended_ones_are_not(
    client, force_login, admin, offer, django_capture_on_commit_callbacks
):
    open_ones = {stage: ApplicationFactory(offer=offer, stage=stage) for stage in OPEN}
    for stage in ENDED:
        ApplicationFactory(offer=offer, stage=stage)

    close_through_the_page(client, force_login, admin, offer, django_capture_on_commit_callbacks)

    by_address = {message.to[0]: message for message in mail.outbox}
    assert len(mail.outbox) == len(OPEN) == len(by_address)
    for application in open_ones.values():
        message = by_address[application.candidate.user.email]
        assert message.to == [application.candidate.user.email]
        assert "Technicien·ne support" in message.subject
        assert "Octant a clôturé l'offre « Technicien·ne support »" in message.body
        assert f"« {application.pseudonym} »" in message.body
        assert "reste ouverte" in message.body and "-- English --" in message.body
        assert reverse("candidates:dashboard") in message.body
        others = [a.pseudonym for a in open_ones.values() if a.pk != application.pk]
        assert not any(pseudonym in message.body for pseudonym in others)


def test_it_cannot_be_switched_off(
    client, force_login, admin, offer, django_capture_on_commit_callbacks
):
    application = ApplicationFactory(offer=offer)
    for kind in EmailKind:
        EmailOptOut.objects.create(user=application.candidate.user, kind=kind)

    close_through_the_page(client, force_login, admin, offer, django_capture_on_commit_callbacks)

    (message,) = mail.outbox
    assert "List-Unsubscribe" not in message.extra_headers


def test_nothing_is_sent_before_the_closing_is_committed(
    admin, offer, django_capture_on_commit_callbacks
):
    ApplicationFactory(offer=offer)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        close_offer(offer, by=admin.user)
    assert not mail.outbox and callbacks


def test_a_second_closing_sends_nothing_more(
    client, force_login, admin, offer, django_capture_on_commit_callbacks
):
    ApplicationFactory(offer=offer)
    close_through_the_page(client, force_login, admin, offer, django_capture_on_commit_callbacks)
    close_through_the_page(client, force_login, admin, offer, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1


def test_a_candidate_without_account_any_more_is_skipped(
    client, force_login, admin, offer, django_capture_on_commit_callbacks
):
    from candidates.services import delete_candidate_account

    gone, staying = ApplicationFactory(offer=offer), ApplicationFactory(offer=offer)
    delete_candidate_account(gone.candidate)

    close_through_the_page(client, force_login, admin, offer, django_capture_on_commit_callbacks)

    assert [message.to for message in mail.outbox] == [[staying.candidate.user.email]]
