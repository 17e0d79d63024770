"""The adviser's follow-up: invitations → applications → completed assessments → interviews →
hires, per offer and overall; stages only with the candidate's consent; never scores; never
another adviser's referrals, not even a colleague's in the same organisation."""

import pytest
from django.urls import reverse

from advisers.following import follow_up, referral_rows
from advisers.invitations import set_referral_consent
from candidates.enums import ApplicationStage
from candidates.services import delete_candidate_account
from candidates.stages import move_application
from tests.advisers.factories import (
    AdviserMembershipFactory,
    InvitationFactory,
    ReferralFactory,
)
from tests.assessments.factories import SubmissionFactory
from tests.employers.factories import OfferFactory

pytestmark = pytest.mark.django_db

S = ApplicationStage


def advance(application, *stages):
    for stage in stages:
        move_application(application, stage, by=None)


@pytest.fixture
def membership():
    return AdviserMembershipFactory()


def referral_of(membership, offer, *, consent, stages=()):
    invitation = InvitationFactory(
        adviser=membership.user, organisation=membership.organisation, offer=offer
    )
    referral = ReferralFactory(invitation=invitation, consent=consent)
    advance(referral.application, *stages)
    return referral


def test_counts_follow_the_funnel_per_offer_and_overall(membership):
    offer, other = OfferFactory(published=True), OfferFactory(published=True)
    InvitationFactory(adviser=membership.user, organisation=membership.organisation, offer=offer)
    referral_of(membership, offer, consent=True)
    referral_of(membership, offer, consent=True, stages=[S.ASSESSED])
    referral_of(membership, offer, consent=True, stages=[S.ASSESSED, S.INTERVIEW, S.REJECTED])
    referral_of(membership, other, consent=True, stages=[S.INTERVIEW, S.SHORTLISTED, S.HIRED])

    result = follow_up(membership.user)
    by_offer = {row.offer_id: row.counts for row in result.offers}
    assert (by_offer[offer.pk].invitations, by_offer[offer.pk].applications) == (4, 3)
    assert (by_offer[offer.pk].assessed, by_offer[offer.pk].interviews) == (2, 1)
    assert by_offer[offer.pk].hires == 0
    assert (by_offer[other.pk].interviews, by_offer[other.pk].hires) == (1, 1)
    assert (result.total.invitations, result.total.applications) == (5, 4)
    assert (result.total.assessed, result.total.interviews, result.total.hires) == (3, 2, 1)


def test_without_consent_a_referral_counts_as_an_application_only(membership):
    offer = OfferFactory(published=True)
    referral_of(membership, offer, consent=False, stages=[S.ASSESSED, S.INTERVIEW])
    counts = follow_up(membership.user).total
    assert (counts.applications, counts.without_consent) == (1, 1)
    assert (counts.assessed, counts.interviews, counts.hires) == (0, 0, 0)


def test_the_stage_is_shown_only_with_consent(membership):
    offer = OfferFactory(published=True)
    followed = referral_of(membership, offer, consent=True, stages=[S.ASSESSED])
    private = referral_of(membership, offer, consent=False, stages=[S.ASSESSED])
    rows = {row.invitation.pk: row.stage_label for row in referral_rows(membership.user)}
    assert rows[followed.invitation.pk] == "Évaluation terminée"
    assert rows[private.invitation.pk] is None


def test_a_rejected_application_shows_how_far_it_got(membership):
    referral = referral_of(membership, OfferFactory(published=True), consent=True)
    advance(referral.application, S.ASSESSED, S.REJECTED)
    (row,) = referral_rows(membership.user)
    assert row.stage_label == "Évaluation terminée"


def test_withdrawing_consent_hides_the_stage_again(membership):
    referral = referral_of(membership, OfferFactory(published=True), consent=True)
    set_referral_consent(referral, consent=False, user=referral.application.candidate.user)
    (row,) = referral_rows(membership.user)
    assert row.stage_label is None
    assert follow_up(membership.user).total.without_consent == 1


def test_a_deleted_account_withdraws_consent(membership):
    referral = referral_of(membership, OfferFactory(published=True), consent=True)
    advance(referral.application, S.ASSESSED)
    delete_candidate_account(referral.application.candidate)
    (row,) = referral_rows(membership.user)
    assert row.stage_label is None
    counts = follow_up(membership.user).total
    assert (counts.applications, counts.without_consent, counts.assessed) == (1, 1, 0)


def test_another_advisers_referrals_are_invisible(client, force_login, membership):
    stranger = AdviserMembershipFactory()
    referral_of(stranger, OfferFactory(published=True, title="Offre de l'autre"), consent=True)
    force_login(membership.user)
    page = client.get(reverse("advisers:follow_up")).content.decode()
    assert "Offre de l" not in page
    assert follow_up(membership.user).offers == []


def test_a_colleague_of_the_same_organisation_does_not_see_my_referrals(
    client, force_login, membership
):
    colleague = AdviserMembershipFactory(organisation=membership.organisation)
    referral = referral_of(
        membership, OfferFactory(published=True, title="Offre de ma collègue"), consent=True
    )
    force_login(colleague.user)
    assert "Offre de ma coll" not in client.get(reverse("advisers:follow_up")).content.decode()
    url = reverse("advisers:invitation_detail", args=[referral.invitation.pk])
    assert client.get(url).status_code == 404


def test_the_follow_up_page_never_shows_scores(client, force_login, membership):
    referral = referral_of(membership, OfferFactory(published=True), consent=True)
    SubmissionFactory(application=referral.application, graded=True)
    advance(referral.application, S.ASSESSED)
    force_login(membership.user)
    page = client.get(reverse("advisers:follow_up")).content.decode()
    assert "Évaluation terminée" in page
    assert "%" not in page
    assert "score" not in page.lower()
    assert referral.application.pseudonym not in page


def test_the_follow_up_page_shows_what_the_adviser_typed(client, force_login, membership):
    offer = OfferFactory(published=True)
    InvitationFactory(
        adviser=membership.user,
        organisation=membership.organisation,
        offer=offer,
        note="Mardi 14 h",
    )
    force_login(membership.user)
    page = client.get(reverse("advisers:follow_up")).content.decode()
    assert "Mardi 14 h" in page
