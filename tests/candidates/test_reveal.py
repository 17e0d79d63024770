import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import AuditEntry
from candidates.enums import ApplicationStage
from candidates.identity import RevealNotAllowed, reveal_identity
from candidates.stages import InvalidStageTransition, move_application
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory
from tests.utils import full_login

pytestmark = pytest.mark.django_db


@pytest.fixture
def recruiter_and_application():
    application = ApplicationFactory()
    membership = EmployerMembershipFactory(employer=application.offer.employer)
    return membership.user, application


def test_identity_is_not_revealed_before_the_interview(recruiter_and_application):
    recruiter, application = recruiter_and_application
    with pytest.raises(RevealNotAllowed):
        reveal_identity(application, by=recruiter)
    assert not AuditEntry.objects.filter(action="identity.revealed").exists()


def test_identity_is_revealed_from_the_interview_on_with_an_audit_record(
    recruiter_and_application,
):
    recruiter, application = recruiter_and_application
    application = move_application(application, ApplicationStage.INTERVIEW, by=recruiter)
    identity = reveal_identity(application, by=recruiter)
    assert identity.last_name == "Traoré"
    entry = AuditEntry.objects.get(action="identity.revealed")
    assert entry.actor == recruiter
    assert entry.employer == application.offer.employer
    assert entry.target_id == str(application.pk)


def test_every_reveal_is_logged(recruiter_and_application):
    recruiter, application = recruiter_and_application
    application = move_application(application, ApplicationStage.INTERVIEW, by=recruiter)
    reveal_identity(application, by=recruiter)
    reveal_identity(application, by=recruiter)
    assert AuditEntry.objects.filter(action="identity.revealed").count() == 2


def test_a_member_of_another_employer_cannot_reveal(recruiter_and_application):
    recruiter, application = recruiter_and_application
    application = move_application(application, ApplicationStage.INTERVIEW, by=recruiter)
    stranger = EmployerMembershipFactory().user
    with pytest.raises(RevealNotAllowed):
        reveal_identity(application, by=stranger)


def test_the_candidate_is_told_when_their_identity_becomes_visible(
    recruiter_and_application, django_capture_on_commit_callbacks
):
    recruiter, application = recruiter_and_application
    with django_capture_on_commit_callbacks(execute=True):
        move_application(application, ApplicationStage.INTERVIEW, by=recruiter)
    assert len(mail.outbox) == 1
    assert application.candidate.user.email in mail.outbox[0].to
    assert "identité" in mail.outbox[0].body


def test_stage_transitions_follow_the_table(recruiter_and_application):
    recruiter, application = recruiter_and_application
    move_application(application, ApplicationStage.REJECTED, by=recruiter)
    with pytest.raises(InvalidStageTransition):
        move_application(application, ApplicationStage.HIRED, by=recruiter)


def test_recruiter_page_hides_identity_until_reveal(client, recruiter_and_application):
    recruiter, application = recruiter_and_application
    full_login(client, recruiter)
    page = client.get(reverse("applications:detail", args=[application.pk])).content.decode()
    assert application.pseudonym in page
    assert "Traoré" not in page
    assert client.post(reverse("applications:reveal", args=[application.pk])).status_code == 302


def test_recruiter_invites_to_interview_then_reveals(client, recruiter_and_application):
    recruiter, application = recruiter_and_application
    full_login(client, recruiter)
    client.post(reverse("applications:move_stage", args=[application.pk]), {"to": "interview"})
    response = client.post(reverse("applications:reveal", args=[application.pk]))
    assert "Traoré" in response.content.decode()
    assert AuditEntry.objects.filter(action="identity.revealed").count() == 1


def test_recruiter_of_another_organisation_gets_404(client, recruiter_and_application):
    _, application = recruiter_and_application
    full_login(client, EmployerMembershipFactory().user)
    for name in ["applications:detail"]:
        assert client.get(reverse(name, args=[application.pk])).status_code == 404
    for name in ["applications:reveal", "applications:move_stage"]:
        assert (
            client.post(reverse(name, args=[application.pk]), {"to": "interview"}).status_code
            == 404
        )


def test_an_unknown_stage_is_refused(client, recruiter_and_application):
    recruiter, application = recruiter_and_application
    full_login(client, recruiter)
    response = client.post(
        reverse("applications:move_stage", args=[application.pk]), {"to": "hired"}
    )
    assert response.status_code == 404
