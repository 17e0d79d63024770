"""Advisers see how lasting the hires of the people they referred are: as rates only, and no
figure until ten of them have answered."""

import pytest
from django.urls import reverse

from candidates.enums import ApplicationStage
from tests.advisers.factories import AdviserMembershipFactory, ReferralFactory
from tests.fairness.factories import RetentionFollowUpFactory

pytestmark = pytest.mark.django_db


def referred_hire(adviser, organisation, *, still: bool):
    referral = ReferralFactory(
        invitation__adviser=adviser, invitation__organisation=organisation, consent=True
    )
    application = referral.application
    application.stage = application.furthest_stage = ApplicationStage.HIRED
    application.save(update_fields=["stage", "furthest_stage"])
    return RetentionFollowUpFactory(application=application, still=still, left=not still)


def six_month_row(client) -> str:
    page = client.get(reverse("advisers:follow_up")).content.decode()
    start = page.index('data-milestone="6"')
    return page[start : page.index("</tr>", start)]


def test_the_retention_of_referred_hires_shows_from_ten_answers(client, force_login):
    membership = AdviserMembershipFactory()
    adviser, organisation = membership.user, membership.organisation
    for n in range(9):
        referred_hire(adviser, organisation, still=n < 7)
    force_login(adviser)
    assert "Non publié" in six_month_row(client)

    referred_hire(adviser, organisation, still=True)  # the tenth answer: 8 of 10 still there

    row = six_month_row(client)
    assert "Non publié" not in row
    assert "80 %" in row


def test_another_advisers_referrals_do_not_count(client, force_login):
    other = AdviserMembershipFactory()
    for _ in range(10):
        referred_hire(other.user, other.organisation, still=True)
    me = AdviserMembershipFactory(organisation=other.organisation)
    referred_hire(me.user, me.organisation, still=False)
    force_login(me.user)
    # One answer of mine: withheld. Counting my colleague's ten would have shown a rate.
    assert "Non publié" in six_month_row(client)
