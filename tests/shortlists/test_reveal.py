import html

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import AuditEntry
from candidates.enums import ApplicationStage
from candidates.models import Identity
from candidates.stages import InvalidStageTransition, move_application
from shortlists.reveal import NotInCharge, RevealNotAllowed, reveal_identity
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.interviews.conftest import build_team
from tests.shortlists.factories import SelectionPolicyFactory

pytestmark = pytest.mark.django_db

CONFIRMED = {"confirm": "1"}  # what the reveal's confirmation page posts


@pytest.fixture
def recruiter_and_application():
    """The recruiter in charge of the offer (who created it) and an application to it."""
    application = ApplicationFactory()
    membership = EmployerMembershipFactory(employer=application.offer.employer)
    application.offer.created_by = membership.user
    application.offer.save()
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
    # Vivier does not know the candidate's language: French, then English
    assert "identity" in mail.outbox[0].body and " / " in mail.outbox[0].subject


def test_stage_transitions_follow_the_table(recruiter_and_application):
    recruiter, application = recruiter_and_application
    move_application(application, ApplicationStage.REJECTED, by=recruiter)
    with pytest.raises(InvalidStageTransition):
        move_application(application, ApplicationStage.HIRED, by=recruiter)


def test_recruiter_page_hides_identity_until_reveal(client, force_login, recruiter_and_application):
    recruiter, application = recruiter_and_application
    force_login(recruiter)
    page = client.get(reverse("applications:detail", args=[application.pk])).content.decode()
    assert application.pseudonym in page
    assert "Traoré" not in page
    response = client.post(reverse("applications:reveal", args=[application.pk]), CONFIRMED)
    assert response.status_code == 302
    assert not AuditEntry.objects.filter(action="identity.revealed").exists()


def test_recruiter_invites_to_interview_then_reveals(
    client, force_login, recruiter_and_application
):
    recruiter, application = recruiter_and_application
    force_login(recruiter)
    from tests.shortlists.factories import SelectionPolicyFactory

    SelectionPolicyFactory(offer=application.offer, locked=True)
    response = client.post(
        reverse("shortlists:decide", args=[application.pk]),
        {"kind": "advance", "reason": "skills_shown"},
    )
    assert response.status_code == 302
    response = client.post(
        reverse("applications:reveal", args=[application.pk]), CONFIRMED, follow=True
    )
    assert "Traoré" in response.content.decode()
    assert AuditEntry.objects.filter(action="identity.revealed").count() == 1


def test_an_identity_without_an_address_says_so_with_a_dash(
    client, force_login, recruiter_and_application
):
    recruiter, application = recruiter_and_application
    Identity.objects.filter(candidate=application.candidate).update(
        address="", postcode="", city=""
    )
    application = move_application(application, ApplicationStage.INTERVIEW, by=recruiter)
    force_login(recruiter)
    page = client.post(
        reverse("applications:reveal", args=[application.pk]), CONFIRMED, follow=True
    ).content.decode()
    assert "<dt>Adresse</dt><dd>—</dd>" in page


def test_recruiter_of_another_organisation_gets_404(client, force_login, recruiter_and_application):
    _, application = recruiter_and_application
    force_login(EmployerMembershipFactory().user)
    for name in ["applications:detail", "applications:reveal"]:
        assert client.get(reverse(name, args=[application.pk])).status_code == 404
    for name in ["applications:reveal", "shortlists:decide"]:
        assert (
            client.post(
                reverse(name, args=[application.pk]), {"kind": "advance", **CONFIRMED}
            ).status_code
            == 404
        )


# The reveal stage is a setting of each offer (its selection policy) ------------------------


def offer_revealing_at(application, stage):
    from tests.shortlists.factories import SelectionPolicyFactory

    return SelectionPolicyFactory(offer=application.offer, reveal_stage=stage)


def test_an_offer_revealing_at_shortlisting_keeps_interviewees_anonymous(
    recruiter_and_application,
):
    recruiter, application = recruiter_and_application
    offer_revealing_at(application, ApplicationStage.SHORTLISTED)
    application = move_application(application, ApplicationStage.INTERVIEW, by=recruiter)
    with pytest.raises(RevealNotAllowed):
        reveal_identity(application, by=recruiter)
    assert not AuditEntry.objects.filter(action="identity.revealed").exists()


def test_an_offer_revealing_at_shortlisting_reveals_from_then_on_with_an_audit_record(
    recruiter_and_application,
):
    recruiter, application = recruiter_and_application
    offer_revealing_at(application, ApplicationStage.SHORTLISTED)
    application = move_application(application, ApplicationStage.INTERVIEW, by=recruiter)
    application = move_application(application, ApplicationStage.SHORTLISTED, by=recruiter)
    assert reveal_identity(application, by=recruiter).last_name == "Traoré"
    entry = AuditEntry.objects.get(action="identity.revealed")
    assert entry.data["reveal_stage"] == ApplicationStage.SHORTLISTED
    assert entry.data["stage"] == ApplicationStage.SHORTLISTED


def test_the_notice_comes_with_the_offers_reveal_stage(
    recruiter_and_application, django_capture_on_commit_callbacks
):
    recruiter, application = recruiter_and_application
    offer_revealing_at(application, ApplicationStage.SHORTLISTED)
    with django_capture_on_commit_callbacks(execute=True):
        move_application(application, ApplicationStage.INTERVIEW, by=recruiter)
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        move_application(application, ApplicationStage.SHORTLISTED, by=recruiter)
    assert len(mail.outbox) == 1
    assert "identité" in mail.outbox[0].body


def test_an_offer_revealing_at_hiring_keeps_the_shortlist_anonymous(recruiter_and_application):
    recruiter, application = recruiter_and_application
    offer_revealing_at(application, ApplicationStage.HIRED)
    application = move_application(application, ApplicationStage.ASSESSED, by=recruiter)
    application = move_application(application, ApplicationStage.SHORTLISTED, by=recruiter)
    with pytest.raises(RevealNotAllowed):
        reveal_identity(application, by=recruiter)
    application = move_application(application, ApplicationStage.HIRED, by=recruiter)
    assert reveal_identity(application, by=recruiter).first_name == "Aminata"


def test_the_newest_policy_version_decides(recruiter_and_application):
    recruiter, application = recruiter_and_application
    offer_revealing_at(application, ApplicationStage.INTERVIEW)
    offer_revealing_at(application, ApplicationStage.SHORTLISTED)
    application = move_application(application, ApplicationStage.INTERVIEW, by=recruiter)
    with pytest.raises(RevealNotAllowed):
        reveal_identity(application, by=recruiter)


def test_moving_the_reveal_stage_earlier_tells_the_candidates_it_uncovers(
    recruiter_and_application, django_capture_on_commit_callbacks
):
    from shortlists.policies import POLICY_FIELDS, save_policy

    recruiter, application = recruiter_and_application
    policy = offer_revealing_at(application, ApplicationStage.SHORTLISTED)
    move_application(application, ApplicationStage.INTERVIEW, by=recruiter)
    values = {name: getattr(policy, name) for name in POLICY_FIELDS}
    with django_capture_on_commit_callbacks(execute=True):
        save_policy(
            application.offer,
            {**values, "reveal_stage": ApplicationStage.INTERVIEW},
            by=recruiter,
        )
    assert [message.to for message in mail.outbox] == [[application.candidate.user.email]]
    assert "identité" in mail.outbox[0].body


def test_a_stale_application_object_cannot_reveal_after_a_rejection(recruiter_and_application):
    recruiter, application = recruiter_and_application
    application = move_application(application, ApplicationStage.INTERVIEW, by=recruiter)
    move_application(application, ApplicationStage.REJECTED, by=recruiter)
    with pytest.raises(RevealNotAllowed):
        reveal_identity(application, by=recruiter)


# Need to know: the recruiter in charge, the employer's admins and the interview panel only.


def at_interview(recruiter_and_application):
    recruiter, application = recruiter_and_application
    return recruiter, move_application(application, ApplicationStage.INTERVIEW, by=recruiter)


def test_a_member_neither_in_charge_nor_admin_nor_on_the_panel_cannot_reveal(
    recruiter_and_application,
):
    _recruiter, application = at_interview(recruiter_and_application)
    bystander = EmployerMembershipFactory(employer=application.offer.employer).user
    with pytest.raises(NotInCharge):
        reveal_identity(application, by=bystander)
    assert not AuditEntry.objects.filter(action="identity.revealed").exists()


def test_a_member_outside_the_panel_is_told_why_not_that_it_is_too_early(
    client, force_login, recruiter_and_application
):
    """At the reveal stage, a member who is neither in charge, admin nor on the panel reads
    that they are not among those who need the identity, not « cachée jusqu'à l'invitation en
    entretien » (walk #17)."""
    _recruiter, application = at_interview(recruiter_and_application)
    bystander = EmployerMembershipFactory(employer=application.offer.employer).user
    force_login(bystander)
    page = client.get(reverse("applications:detail", args=[application.pk]))
    text = html.unescape(page.text)
    assert reverse("applications:reveal", args=[application.pk]) not in text
    assert "Vous n'en faites pas partie pour cette candidature" in text
    assert "cachée jusqu" not in text
    response = client.post(
        reverse("applications:reveal", args=[application.pk]), CONFIRMED, follow=True
    )
    assert "Vous n'en faites pas partie" in html.unescape(response.text)
    assert not AuditEntry.objects.filter(action="identity.revealed").exists()


WHEN_VISIBLE = {
    "interview": (
        "L'identité n'est visible qu'à partir de l'invitation en entretien.",
        "Identity is visible only once the candidate is invited to interview.",
    ),
    "shortlisted": (
        "L'identité n'est visible qu'à partir de la présélection.",
        "Identity is visible only once the candidate is shortlisted.",
    ),
    "hired": (
        "L'identité n'est visible qu'une fois la personne recrutée.",
        "Identity is visible only once the person is hired.",
    ),
}


@pytest.mark.parametrize("stage", WHEN_VISIBLE)
def test_before_the_reveal_stage_the_page_says_in_a_sentence_from_when(
    client, force_login, recruiter_and_application, stage
):
    """Not the setting's label after a colon (« …cette étape : À l'invitation en entretien »):
    a sentence, in French and in English."""
    recruiter, application = recruiter_and_application
    SelectionPolicyFactory(offer=application.offer, reveal_stage=stage)
    force_login(recruiter)
    url = reverse("applications:detail", args=[application.pk])
    french, english = WHEN_VISIBLE[stage]
    assert french in html.unescape(client.get(url).text)
    assert english in html.unescape(client.get(url, HTTP_ACCEPT_LANGUAGE="en").text)


def test_the_reveal_setting_keeps_its_labels_where_they_stand_alone(client, force_login):
    """The choices of the rules' form name the stage by its label (the rules' summary beside
    the ranking too: tests/shortlists/test_ranking_page.py)."""
    member = EmployerMembershipFactory()
    offer = OfferFactory(employer=member.employer, published=True)
    SelectionPolicyFactory(offer=offer, locked=True)
    force_login(member.user)
    form = html.unescape(client.get(reverse("shortlists:policy", args=[offer.pk])).text)
    assert ">À l'invitation en entretien</label>" in form
    assert ">À la présélection</label>" in form


def test_an_admin_of_the_employer_may_reveal(recruiter_and_application):
    _recruiter, application = at_interview(recruiter_and_application)
    admin = EmployerMembershipFactory(employer=application.offer.employer, admin=True).user
    assert reveal_identity(application, by=admin).last_name == "Traoré"


def test_a_panel_member_of_the_applications_interview_may_reveal():
    from interviews.sessions import create_interview

    team = build_team()
    application = ApplicationFactory(offer=team.offer, stage=ApplicationStage.INTERVIEW)
    create_interview(application, panel=[team.alice, team.bruno], lead=team.alice, by=team.admin)
    assert reveal_identity(application, by=team.bruno).last_name == "Traoré"
    with pytest.raises(NotInCharge):
        reveal_identity(application, by=team.off_panel)


def test_revealing_a_candidate_who_deleted_their_account_says_so_instead_of_failing(
    client, force_login, recruiter_and_application
):
    """Found walking the product: the reveal button answered a 500 after the deletion."""
    from candidates.services import delete_candidate_account

    recruiter, application = at_interview(recruiter_and_application)
    delete_candidate_account(application.candidate)
    force_login(recruiter)
    page = client.get(reverse("applications:detail", args=[application.pk])).text
    assert reverse("applications:reveal", args=[application.pk]) not in page
    response = client.post(
        reverse("applications:reveal", args=[application.pk]), CONFIRMED, follow=True
    )
    assert response.status_code == 200
    assert "supprimé son compte" in response.text
    assert not AuditEntry.objects.filter(action="identity.revealed").exists()


def test_the_candidate_sees_each_look_at_their_identity_in_their_space(
    client, force_login, recruiter_and_application
):
    recruiter, application = recruiter_and_application
    recruiter.display_name = "Inès R."
    recruiter.save()
    application = move_application(application, ApplicationStage.INTERVIEW, by=recruiter)
    force_login(application.candidate.user)
    page = client.get(reverse("candidates:dashboard")).content.decode()
    assert "Personne n'a encore consulté votre identité" in page

    reveal_identity(application, by=recruiter)
    reveal_identity(application, by=recruiter)
    page = html.unescape(client.get(reverse("candidates:dashboard")).content.decode())
    assert page.count(f"Inès R. ({application.offer.employer.name})") == 2
    assert "Personne n'a encore consulté" not in page
