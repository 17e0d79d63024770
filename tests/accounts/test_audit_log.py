import pytest
from django.test import Client
from django.urls import reverse

from accounts.audit import log_action
from accounts.models import AuditEntry, AuditLogIsAppendOnly, CandidateAccountInEmployerLog
from employers.enums import MemberRole
from employers.services import set_member_role
from tests.accounts.factories import UserFactory
from tests.assessments.factories import CampaignFactory
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerFactory, EmployerMembershipFactory, OfferFactory
from tests.utils import full_login

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


# -- candidates in the employer's log (issue 16) ------------------------------------------


def test_a_candidate_acting_on_an_employer_entry_is_recorded_by_pseudonym_not_account():
    candidate = UserFactory()
    entry = log_action(
        "application.stage_changed",
        actor=candidate,
        employer=EmployerFactory(),
        pseudonym="Loutre-12",
    )
    entry.refresh_from_db()
    assert entry.actor is None
    assert entry.actor_label == "Loutre-12"


def test_a_candidate_acting_without_a_pseudonym_is_just_a_candidate():
    entry = log_action("application.stage_changed", actor=UserFactory(), employer=EmployerFactory())
    assert entry.actor is None
    assert entry.actor_label == "candidat·e"


def test_an_entry_with_an_employer_refuses_a_candidate_account():
    with pytest.raises(CandidateAccountInEmployerLog):
        AuditEntry.objects.create(
            action="attempt.started", actor=UserFactory(), employer=EmployerFactory()
        )


def test_a_candidates_own_entry_without_employer_keeps_the_account_for_staff():
    candidate = UserFactory()
    assert log_action("candidate.data_exported", actor=candidate).actor == candidate


def test_a_member_is_named_in_the_log_by_display_name_or_email():
    member = EmployerMembershipFactory(user__display_name="Inès")
    entry = log_action("offer.created", actor=member.user, employer=member.employer)
    assert entry.actor_label == "Inès"


def test_a_candidate_account_never_prints_its_email_nor_its_display_name():
    candidate = UserFactory(email="zoe.martin@example.net", display_name="Zoé Martin")
    assert "zoe.martin" not in str(candidate)
    assert "Zoé" not in str(candidate)


def test_the_journal_never_names_the_candidate_who_acted(client):
    admin = EmployerMembershipFactory(admin=True)
    offer = OfferFactory(employer=admin.employer, published=True)
    campaign = CampaignFactory(offer=offer)
    application = ApplicationFactory(offer=campaign.offer)
    candidate = Client()
    full_login(candidate, application.candidate.user)
    candidate.post(reverse("assessments:attempt_start", args=[application.pk]))
    candidate.post(reverse("assessments:attempt_save", args=[application.pk]), {"finish": "1"})
    candidate.post(reverse("assessments:attempt_hand_in", args=[application.pk]), {"confirm": "on"})
    change = AuditEntry.objects.get(action="application.stage_changed")
    assert change.employer is None, "the hand-in's time would tell the sitting's length"
    full_login(client, admin.user)
    page = client.get(reverse("employers:audit_log")).content.decode()
    assert application.candidate.user.email not in page
    assert application.pseudonym not in page, "nothing the candidate timed is in the log"
