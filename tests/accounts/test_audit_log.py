import pytest
from django.urls import reverse

from accounts.audit import log_action
from accounts.models import AuditEntry, AuditLogIsAppendOnly
from employers.enums import MemberRole
from employers.services import set_member_role
from tests.accounts.factories import UserFactory
from tests.employers.factories import EmployerFactory, EmployerMembershipFactory

pytestmark = pytest.mark.django_db


def test_adding_a_member_is_audited():
    admin = EmployerMembershipFactory(admin=True)
    newcomer = UserFactory()
    set_member_role(admin.employer, newcomer, MemberRole.MEMBER, by=admin.user)
    entry = AuditEntry.objects.get(action="membership.role_changed")
    assert entry.actor == admin.user
    assert entry.employer == admin.employer
    assert entry.data == {"user_id": newcomer.pk, "from": None, "to": "member"}


def test_promoting_a_member_to_admin_is_audited_with_both_roles():
    admin = EmployerMembershipFactory(admin=True)
    member = EmployerMembershipFactory(employer=admin.employer)
    set_member_role(admin.employer, member.user, MemberRole.ADMIN, by=admin.user)
    assert AuditEntry.objects.get().data["from"] == "member"
    assert AuditEntry.objects.get().data["to"] == "admin"


def test_setting_the_same_role_again_writes_nothing():
    admin = EmployerMembershipFactory(admin=True)
    set_member_role(admin.employer, admin.user, MemberRole.ADMIN, by=admin.user)
    assert not AuditEntry.objects.exists()


def test_an_audit_entry_cannot_be_changed():
    entry = log_action("identity.revealed", actor=None)
    entry.action = "nothing.happened"
    with pytest.raises(AuditLogIsAppendOnly):
        entry.save()


def test_an_audit_entry_cannot_be_deleted():
    entry = log_action("identity.revealed", actor=None)
    with pytest.raises(AuditLogIsAppendOnly):
        entry.delete()
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEntry.objects.all().delete()
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEntry.objects.update(action="x")


def test_organisation_admin_sees_the_audit_log_of_their_organisation_only(client, force_login):
    admin = EmployerMembershipFactory(admin=True)
    log_action("identity.revealed", actor=admin.user, employer=admin.employer)
    log_action("identity.revealed", actor=None, employer=EmployerFactory(), data={"x": "autre"})
    force_login(admin.user)
    response = client.get(reverse("employers:audit_log"))
    assert list(response.context["entries"]) == list(
        AuditEntry.objects.filter(employer=admin.employer)
    )


def test_organisation_member_cannot_read_the_audit_log(client, force_login):
    member = EmployerMembershipFactory()
    force_login(member.user)
    assert client.get(reverse("employers:audit_log")).status_code == 403


def test_staff_sees_every_entry_in_the_admin(client, force_login):
    staff = UserFactory(staff=True, mfa=True)
    log_action("identity.revealed", actor=None, employer=EmployerFactory())
    force_login(staff)
    response = client.get(reverse("admin:accounts_auditentry_changelist"))
    assert response.status_code == 200
    assert "identity.revealed" in response.content.decode()


def test_role_change_in_the_admin_is_audited(client, force_login):
    staff = UserFactory(staff=True, mfa=True)
    target = UserFactory()
    force_login(staff)
    client.post(
        reverse("admin:accounts_user_change", args=[target.pk]),
        {"email": target.email, "display_name": "", "role": "adviser", "is_active": "on"},
    )
    target.refresh_from_db()
    assert target.role == "adviser"
    assert AuditEntry.objects.get(action="user.role_changed").data == {"role": "adviser"}
