"""The candidate's side: they see which applications came from an invitation and give or
withdraw their consent to be followed at any time."""

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from tests.advisers.factories import ReferralFactory

pytestmark = pytest.mark.django_db

URL = reverse("advisers:my_advisers")


def test_the_candidate_sees_their_referrals_and_the_organisation(client, force_login):
    referral = ReferralFactory(consent=True)
    force_login(referral.application.candidate.user)
    page = client.get(URL).content.decode()
    assert referral.invitation.organisation.name in page
    assert referral.application.offer.title in page
    assert "Retirer mon accord" in page


def test_the_candidate_withdraws_then_gives_consent_again(client, force_login):
    referral = ReferralFactory(consent=True)
    force_login(referral.application.candidate.user)
    client.post(URL, {"referral": referral.pk})
    referral.refresh_from_db()
    assert referral.consent is False
    client.post(URL, {"referral": referral.pk, "consent": "on"})
    referral.refresh_from_db()
    assert referral.consent is True
    assert AuditEntry.objects.filter(action="adviser.referral_consent_changed").count() == 2


def test_another_candidates_referral_is_a_404(client, force_login):
    mine, theirs = ReferralFactory(), ReferralFactory(consent=True)
    force_login(mine.application.candidate.user)
    assert client.post(URL, {"referral": theirs.pk}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.consent is True


@pytest.mark.parametrize("value", ["", "abc", "-3"])
def test_a_bad_referral_id_is_a_400(client, force_login, value):
    referral = ReferralFactory()
    force_login(referral.application.candidate.user)
    assert client.post(URL, {"referral": value}).status_code == 400


def followed(page: str) -> str:
    """The « Suivi de l'étape » cell of the one referral."""
    row = page.split("<tbody>")[1]
    return row.split("<td>")[2].split("</td>")[0]


def test_a_consent_given_then_withdrawn_reads_retire_not_refuse(client, force_login):
    referral = ReferralFactory(consent=True)
    force_login(referral.application.candidate.user)

    client.post(URL, {"referral": referral.pk})

    assert followed(client.get(URL).content.decode()) == "Retiré"


def test_a_consent_never_given_reads_refuse(client, force_login):
    referral = ReferralFactory(consent=False)
    force_login(referral.application.candidate.user)

    assert followed(client.get(URL).content.decode()) == "Refusé"
