"""The application receipt: every application, however it was made, is confirmed to the
candidate by email once it is recorded; it is always sent (no preference switches it off)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.enums import EmailKind
from accounts.models import EmailOptOut
from candidates.receipts import send_receipt
from candidates.services import ApplicationRefused, apply_to_offer
from tests.advisers.factories import AdviserMembershipFactory
from tests.assessments.factories import CampaignFactory
from tests.candidates.factories import CandidateFactory
from tests.employers.factories import OfferFactory

pytestmark = pytest.mark.django_db


def receipts():
    return [m for m in mail.outbox if "Candidature enregistrée" in m.subject]


def test_applying_on_the_offer_page_sends_a_receipt(
    client, force_login, django_capture_on_commit_callbacks
):
    candidate = CandidateFactory()
    offer = OfferFactory(published=True, title="Technicien·ne support", employer__name="Octant")
    force_login(candidate.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("candidates:apply", args=[offer.pk]))
    (receipt,) = receipts()
    assert receipt.to == [candidate.user.email]
    assert "Technicien·ne support" in receipt.subject
    assert "« Technicien·ne support » d'Octant est bien enregistrée" in receipt.body
    assert "-- English --" in receipt.body and "has been recorded" in receipt.body
    application = candidate.applications.get()
    assert reverse("candidates:withdraw", args=[application.pk]) in receipt.body
    assert "List-Unsubscribe" not in receipt.extra_headers


def test_the_receipt_reads_well_in_both_languages(django_capture_on_commit_callbacks):
    """« d'Atelier » (elided), « le 7 décembre 2026 à 16:10 », one subject prefix."""
    candidate = CandidateFactory()
    offer = OfferFactory(
        published=True, title="Soudeur·se", employer__name="Atelier Numérique du Val"
    )
    moment = timezone.make_aware(timezone.datetime(2026, 12, 7, 16, 10))
    with django_capture_on_commit_callbacks(execute=True):
        application = apply_to_offer(candidate, offer)
    type(application).objects.filter(pk=application.pk).update(created_at=moment)
    mail.outbox.clear()
    send_receipt(application.pk)
    (receipt,) = receipts()
    assert "« Soudeur·se » d'Atelier Numérique du Val est bien enregistrée" in receipt.body
    assert "le 7 décembre 2026 à 16:10." in receipt.body
    assert "on 7 December 2026 at 16:10." in receipt.body
    assert receipt.subject == (
        "[Vivier] Candidature enregistrée : Soudeur·se / Application recorded: Soudeur·se"
    )


def test_the_receipt_waits_for_the_commit(django_capture_on_commit_callbacks):
    candidate, offer = CandidateFactory(), OfferFactory(published=True)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        apply_to_offer(candidate, offer)
    assert not mail.outbox and len(callbacks) == 1


def test_a_refused_application_sends_no_receipt(django_capture_on_commit_callbacks):
    candidate = CandidateFactory()
    offer = OfferFactory(published=True)
    apply_to_offer(candidate, offer)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ApplicationRefused):
        apply_to_offer(candidate, offer)
    assert not receipts()


def test_the_receipt_cannot_be_switched_off(django_capture_on_commit_callbacks):
    candidate = CandidateFactory()
    for kind in EmailKind:
        EmailOptOut.objects.create(user=candidate.user, kind=kind)
    with django_capture_on_commit_callbacks(execute=True):
        apply_to_offer(candidate, OfferFactory(published=True))
    assert len(receipts()) == 1


def test_an_application_made_by_an_adviser_is_receipted_naming_the_structure(
    client, force_login, django_capture_on_commit_callbacks
):
    adviser = AdviserMembershipFactory(organisation__name="Mission locale du Vexin")
    offer = OfferFactory(published=True)
    force_login(adviser.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("advisers:apply_for_person", args=[offer.pk]),
            {
                "email": "hortense.lamy@example.net",
                "first_name": "Hortense",
                "last_name": "Lamy",
                "consent_method": "in_person",
                "consent_given_on": timezone.localdate().isoformat(),
                "consent_obtained": "on",
                "note": "",
            },
        )
    (receipt,) = receipts()
    assert receipt.to == ["hortense.lamy@example.net"]
    assert "Envoyée par votre conseiller·ère (Mission locale du Vexin)." in receipt.body


# -- what the receipt says of this offer --------------------------------------------------------


def receipt_for(offer, django_capture_on_commit_callbacks):
    candidate = CandidateFactory()
    with django_capture_on_commit_callbacks(execute=True):
        application = apply_to_offer(candidate, offer)
    (receipt,) = receipts()
    return application, receipt.body


def test_an_offer_without_assessment_is_said_to_go_on_with_an_interview(
    django_capture_on_commit_callbacks,
):
    _application, body = receipt_for(
        OfferFactory(published=True), django_capture_on_commit_callbacks
    )
    assert "passez l'étape suivante (entretien)" in body
    assert "évaluation" not in body
    assert "the next step (interview)" in body and "assessment" not in body


def test_an_offer_with_an_open_assessment_names_both_steps(django_capture_on_commit_callbacks):
    offer = OfferFactory(published=True)
    CampaignFactory(offer=offer)
    _application, body = receipt_for(offer, django_capture_on_commit_callbacks)
    assert "passez les étapes suivantes (évaluation, entretien)" in body
    assert "the next steps (assessment, interview)" in body


def test_an_assessment_already_closed_is_no_step_to_come(django_capture_on_commit_callbacks):
    offer = OfferFactory(published=True)
    CampaignFactory(offer=offer, deadline=timezone.now() - timedelta(hours=1))
    _application, body = receipt_for(offer, django_capture_on_commit_callbacks)
    assert "passez l'étape suivante (entretien)" in body


def test_the_receipt_gives_the_pseudonym_the_employer_knows_the_candidate_by(
    django_capture_on_commit_callbacks,
):
    application, body = receipt_for(
        OfferFactory(published=True), django_capture_on_commit_callbacks
    )
    assert f"votre pseudonyme pour cette offre, « {application.pseudonym} »" in body
    assert f"your pseudonym for this offer, “{application.pseudonym}”" in body
