"""Every adviser URL for every kind of visitor: the status code is the specification."""

import pytest
from django.urls import reverse

from tests.accounts.factories import UserFactory
from tests.advisers.factories import InvitationFactory, OfferSubscriptionFactory
from tests.candidates.factories import CandidateFactory

pytestmark = pytest.mark.django_db

# name: (method, statuses for anonymous, candidate, recruiter, adviser (owner), staff)
MATRIX = {
    "dashboard": ("get", 302, 403, 403, 200, 403),
    "offer": ("get", 302, 403, 403, 200, 403),
    "invitation_detail": ("get", 302, 403, 403, 200, 403),
    "follow_up": ("get", 302, 403, 403, 200, 403),
    "subscriptions": ("get", 302, 403, 403, 200, 403),
    "subscription_renew_token": ("post", 302, 403, 403, 302, 403),
    "subscription_delete": ("post", 302, 403, 403, 302, 403),
    "subscription_feed": ("get", 200, 200, 200, 200, 200),
    "invitation": ("get", 200, 200, 200, 200, 200),
    "my_advisers": ("get", 302, 200, 403, 403, 403),
}
ROLES = ["anonymous", "candidate", "recruiter", "adviser", "staff"]


def url_for(name, invitation, subscription):
    args = {
        "offer": [invitation.offer_id],
        "invitation_detail": [invitation.pk],
        "subscription_renew_token": [subscription.pk],
        "subscription_delete": [subscription.pk],
        "subscription_feed": [subscription.feed_token],
        "invitation": [invitation.code],
    }.get(name, [])
    return reverse(f"advisers:{name}", args=args)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(MATRIX))
def test_permission_matrix(client, force_login, name, role):
    invitation = InvitationFactory()
    subscription = OfferSubscriptionFactory(adviser=invitation.adviser)
    users = {
        "candidate": lambda: CandidateFactory().user,
        "recruiter": lambda: UserFactory(recruiter=True, mfa=True),
        "adviser": lambda: invitation.adviser,
        "staff": lambda: UserFactory(staff=True, mfa=True),
    }
    if role != "anonymous":
        force_login(users[role]())
    method, *statuses = MATRIX[name]
    response = getattr(client, method)(url_for(name, invitation, subscription))
    assert response.status_code == statuses[ROLES.index(role)]


def test_an_adviser_without_mfa_is_sent_to_enrol_first(client, force_login):
    adviser = UserFactory(adviser=True)
    force_login(adviser)
    response = client.get(reverse("advisers:dashboard"))
    assert response.url == reverse("mfa_activate_totp")
