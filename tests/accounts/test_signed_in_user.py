"""A signed-in request loads the user once, with the two facts nearly every page asks about:
whether they have a second factor and whether they administer an employer. Both are read
afresh on every request, never remembered from the sign-in."""

import pytest
from allauth.mfa.models import Authenticator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from employers.enums import MemberRole
from tests.accounts.factories import UserFactory
from tests.employers.factories import EmployerMembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def recruiter(client, force_login):
    membership = EmployerMembershipFactory(user=UserFactory(recruiter=True, mfa=True))
    force_login(membership.user)
    return membership


def test_the_second_factor_and_admin_role_come_with_the_user_not_in_queries_of_their_own(
    client, recruiter
):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("employers:dashboard")).status_code == 200
    user_queries = [q["sql"] for q in queries if 'FROM "accounts_user"' in q["sql"]]
    assert len(user_queries) == 1
    assert "mfa_authenticator" in user_queries[0]
    others = [q["sql"] for q in queries if q["sql"] not in user_queries]
    assert not [sql for sql in others if 'FROM "mfa_authenticator"' in sql]
    # No query of its own for the roles (offers are scoped by a join on the membership's role,
    # which is the page's data, not an access fact).
    assert not [sql for sql in others if 'FROM "employers_employermembership"' in sql]


def test_a_second_factor_removed_after_sign_in_sends_the_recruiter_to_enrol(client, recruiter):
    assert client.get(reverse("employers:dashboard")).status_code == 200
    Authenticator.objects.filter(user=recruiter.user).delete()
    response = client.get(reverse("employers:dashboard"))
    assert response.status_code == 302
    assert response.url == reverse("mfa_activate_totp")


def test_the_audit_log_entry_follows_the_admin_role_from_one_request_to_another(client, recruiter):
    audit_log = reverse("employers:audit_log")
    assert audit_log not in client.get(reverse("employers:dashboard")).content.decode()
    recruiter.role = MemberRole.ADMIN
    recruiter.save()
    assert audit_log in client.get(reverse("employers:dashboard")).content.decode()
    assert client.get(audit_log).status_code == 200
    recruiter.role = MemberRole.MEMBER
    recruiter.save()
    assert audit_log not in client.get(reverse("employers:dashboard")).content.decode()
    assert client.get(audit_log).status_code == 403
