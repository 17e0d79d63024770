"""A candidate withdraws an application from their space: a page says what it does, the
employer then sees it « Retirée » under its pseudonym only, the sitting in progress is handed
in and interview dates are cancelled. A decided application cannot be withdrawn."""

import html

import pytest
from django.core import mail
from django.test import Client, TestCase
from django.urls import reverse

from accounts.models import AuditEntry
from assessments.enums import AttemptStatus
from candidates.enums import ApplicationStage
from candidates.withdrawal import NotYourApplication, WithdrawalRefused, withdraw_application
from interviews.enums import MeetingStatus
from interviews.models import Meeting
from tests.assessments.factories import AttemptFactory
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory
from tests.interviews.conftest import build_team, logged_in, plan
from tests.interviews.test_scheduling import choose, propose
from tests.utils import signed_in

pytestmark = pytest.mark.django_db
S = ApplicationStage


def withdraw_url(application):
    return reverse("candidates:withdraw", args=[application.pk])


@pytest.mark.parametrize("stage", [S.APPLIED, S.ASSESSED, S.INTERVIEW, S.SHORTLISTED])
def test_an_application_under_way_can_be_withdrawn(stage):
    application = ApplicationFactory(stage=stage)
    withdraw_application(application, by=application.candidate.user)
    application.refresh_from_db()
    assert application.stage == S.WITHDRAWN
    entry = AuditEntry.objects.get(action="application.withdrawn")
    assert entry.employer is None and entry.data["from"] == stage


@pytest.mark.parametrize(
    ("stage", "message"),
    [
        (S.HIRED, "recrutement"),
        (S.REJECTED, "décision"),
        (S.WITHDRAWN, "déjà retiré"),
    ],
)
def test_a_decided_application_cannot_be_withdrawn(stage, message):
    application = ApplicationFactory(stage=stage)
    with pytest.raises(WithdrawalRefused, match=message):
        withdraw_application(application, by=application.candidate.user)
    application.refresh_from_db()
    assert application.stage == stage
    assert not AuditEntry.objects.filter(action="application.withdrawn").exists()


def test_nobody_else_can_withdraw_it():
    application = ApplicationFactory()
    with pytest.raises(NotYourApplication):
        withdraw_application(application, by=ApplicationFactory().candidate.user)


def test_the_page_says_what_withdrawing_does_then_the_post_withdraws(client, force_login):
    application = ApplicationFactory()
    force_login(application.candidate.user)
    dashboard = client.get(reverse("candidates:dashboard")).content.decode()
    assert withdraw_url(application) in dashboard
    page = client.get(withdraw_url(application)).content.decode()
    assert "« Retirée »" in page
    assert "évaluation en cours" in page
    assert "entretiens prévus" in page
    response = client.post(withdraw_url(application))
    assert response.url == reverse("candidates:dashboard")
    application.refresh_from_db()
    assert application.stage == S.WITHDRAWN
    dashboard = client.get(reverse("candidates:dashboard")).content.decode()
    assert "Retirée" in dashboard
    assert withdraw_url(application) not in dashboard


def test_a_decided_application_page_says_why_and_a_post_changes_nothing(client, force_login):
    application = ApplicationFactory(stage=S.REJECTED)
    force_login(application.candidate.user)
    page = client.get(withdraw_url(application)).content.decode()
    assert "ne peut plus être retirée" in page
    assert "Ce choix est définitif" not in page
    response = client.post(withdraw_url(application), follow=True)
    assert "ne peut plus être retirée" in response.content.decode()
    application.refresh_from_db()
    assert application.stage == S.REJECTED


def test_confirming_twice_says_it_is_withdrawn_as_information_not_as_an_error(client, force_login):
    application = ApplicationFactory(offer__title="Technicien·ne support")
    force_login(application.candidate.user)
    client.post(withdraw_url(application))
    client.get(reverse("candidates:dashboard"))  # the first answer's message, read

    again = client.post(withdraw_url(application), follow=True)

    page = html.unescape(again.content.decode())
    withdrawn = "Votre candidature à « Technicien·ne support » est retirée."
    assert f'<p class="message message-info">{withdrawn}</p>' in page
    assert "message-error" not in page and "déjà retiré" not in page


def test_another_candidate_gets_a_404(client, force_login):
    application = ApplicationFactory()
    force_login(ApplicationFactory().candidate.user)
    assert client.get(withdraw_url(application)).status_code == 404
    assert client.post(withdraw_url(application)).status_code == 404
    application.refresh_from_db()
    assert application.stage == S.APPLIED


def test_the_employer_sees_it_withdrawn_under_its_pseudonym_only(client, force_login):
    application = ApplicationFactory(
        candidate__identity__first_name="Philibert", candidate__identity__last_name="Zanzibar"
    )
    withdraw_application(application, by=application.candidate.user)
    member = EmployerMembershipFactory(employer=application.offer.employer, admin=True).user
    force_login(member)
    for url in (
        reverse("applications:detail", args=[application.pk]),
        reverse("employers:offer_detail", args=[application.offer.pk]),
    ):
        page = client.get(url).content.decode()
        assert "Retirée" in page and application.pseudonym in page
        assert "Philibert" not in page and "Zanzibar" not in page
        assert application.candidate.user.email not in page
    # Nor does the employer's log tell when the person left.
    assert not AuditEntry.objects.filter(employer=application.offer.employer).exists()


def test_the_sitting_in_progress_is_handed_in():
    attempt = AttemptFactory()
    application = attempt.application
    withdraw_application(application, by=application.candidate.user)
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED
    application.refresh_from_db()
    assert application.stage == S.WITHDRAWN


def test_interview_dates_are_cancelled_and_the_panel_told():
    team = build_team()
    application = ApplicationFactory(offer=team.offer, stage=S.INTERVIEW)
    team.interview, team.application = plan(team, application=application), application
    team.candidate = signed_in(Client(), application.candidate.user)
    assert propose(team).status_code == 302
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = team.candidate.post(withdraw_url(application))
    assert response.status_code == 302
    meeting = Meeting.objects.get(interview=team.interview)
    assert meeting.status == MeetingStatus.CANCELLED
    assert meeting.reason_by_candidate
    assert any(team.alice.email in message.to for message in mail.outbox)
    assert AuditEntry.objects.filter(action="interview.meeting_cancelled").exists()
    # The panel's page of the application reads it withdrawn.
    page = logged_in(team.alice).get(reverse("applications:detail", args=[application.pk]))
    assert "Retirée" in page.content.decode()


# Saying why (nothing required) --------------------------------------------------------------

IDENTIFYING = "Je pars chez Zanzibar & fils où travaille déjà mon frère Philibert."


def test_the_page_offers_a_short_list_of_reasons_and_a_comment_all_optional(client, force_login):
    application = ApplicationFactory()
    force_login(application.candidate.user)
    page = client.get(withdraw_url(application)).content.decode()
    for label in (
        "J&#x27;ai trouvé un autre emploi",
        "L&#x27;offre ne me correspond plus",
        "Le recrutement est trop long",
        "Raisons personnelles",
        "Autre raison",
    ):
        assert label in page
    assert 'name="comment"' in page and "(facultatif)" in page
    assert "required" not in page.split('name="comment"', 1)[1].split(">", 1)[0]


def test_the_candidate_may_say_why(client, force_login):
    application = ApplicationFactory()
    force_login(application.candidate.user)
    response = client.post(
        withdraw_url(application), {"reason": "process_too_long", "comment": IDENTIFYING}
    )
    assert response.url == reverse("candidates:dashboard")
    application.refresh_from_db()
    assert application.stage == S.WITHDRAWN
    assert application.withdrawal_reason == "process_too_long"
    assert application.withdrawal_comment == IDENTIFYING
    entry = AuditEntry.objects.get(action="application.withdrawn")
    assert entry.data["reason"] == "process_too_long"
    assert "Zanzibar" not in str(entry.data)  # the log outlives the account


def test_an_unknown_reason_withdraws_nothing(client, force_login):
    application = ApplicationFactory()
    force_login(application.candidate.user)
    response = client.post(withdraw_url(application), {"reason": "salary"})
    assert response.status_code == 400
    application.refresh_from_db()
    assert application.stage == S.APPLIED


def test_the_employer_reads_the_category_never_the_comment(client, force_login):
    application = ApplicationFactory()
    withdraw_application(
        application, by=application.candidate.user, reason="other_job", comment=IDENTIFYING
    )
    member = EmployerMembershipFactory(employer=application.offer.employer, admin=True).user
    force_login(member)
    page = client.get(reverse("applications:detail", args=[application.pk])).content.decode()
    assert "Motif du retrait" in page and "J&#x27;ai trouvé un autre emploi" in page
    assert "Zanzibar" not in page and "Philibert" not in page


def test_no_reason_given_shows_no_reason(client, force_login):
    application = ApplicationFactory()
    withdraw_application(application, by=application.candidate.user)
    member = EmployerMembershipFactory(employer=application.offer.employer, admin=True).user
    force_login(member)
    page = client.get(reverse("applications:detail", args=[application.pk])).content.decode()
    assert "Motif du retrait" not in page


def test_the_comment_is_in_the_export_and_erased_with_the_account():
    from candidates.data_export import export_candidate_data
    from candidates.services import delete_candidate_account

    application = ApplicationFactory()
    withdraw_application(
        application, by=application.candidate.user, reason="personal", comment=IDENTIFYING
    )
    (exported,) = export_candidate_data(application.candidate)["applications"]
    assert exported["withdrawal"] == {"reason": "personal", "comment": IDENTIFYING}
    delete_candidate_account(application.candidate)
    application.refresh_from_db()
    assert application.withdrawal_comment == ""
    assert application.withdrawal_reason == "personal"  # anonymous, for the figures


def withdrawn_with_interview(*, chosen: bool):
    """An application whose candidate withdraws with slots proposed (or a date chosen): the
    emails that follow, candidate's first."""
    team = build_team()
    application = ApplicationFactory(offer=team.offer, stage=S.INTERVIEW)
    team.interview, team.application = plan(team, application=application), application
    team.candidate = signed_in(Client(), application.candidate.user)
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert propose(team).status_code == 302
        if chosen:
            choose(team)
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        team.candidate.post(withdraw_url(application))
    to_candidate = [m for m in mail.outbox if application.candidate.user.email in m.to]
    to_panel = [m for m in mail.outbox if team.alice.email in m.to]
    return application, to_candidate, to_panel


@pytest.mark.parametrize("chosen", [False, True], ids=["proposed", "chosen"])
def test_the_cancellation_emails_speak_to_each_recipient_in_each_language(chosen):
    application, (to_candidate,), (to_panel,) = withdrawn_with_interview(chosen=chosen)

    french, english = to_candidate.body.split("-- English --")
    assert "Vous avez retiré votre candidature." in french
    assert "You withdrew your application." in english
    french, english = to_panel.body.split("-- English --")
    assert f"{application.pseudonym} a retiré sa candidature." in french
    assert f"{application.pseudonym} withdrew their application." in english
    for message in (to_candidate, to_panel):
        assert "La personne a retiré" not in message.body
        assert "L'invitation est jointe" not in message.body


def test_a_cancelled_date_says_the_cancellation_is_attached_not_an_invitation():
    _, (to_candidate,), (to_panel,) = withdrawn_with_interview(chosen=True)

    for message in (to_candidate, to_panel):
        assert "L'annulation est jointe pour votre agenda." in message.body
        assert "The cancellation is attached for your calendar." in message.body
        assert any(name == "invitation.ics" for name, *_ in message.attachments)


def test_the_assessment_page_says_the_withdrawal_handed_the_sitting_in(client, force_login):
    attempt = AttemptFactory()
    application = attempt.application
    withdraw_application(application, by=application.candidate.user)
    force_login(application.candidate.user)

    response = client.get(reverse("assessments:campaign_home", args=[application.pk]), follow=True)

    page = html.unescape(response.content.decode())
    assert "Vous avez retiré votre candidature : l'évaluation a été remise" in page


def test_the_list_of_offers_says_withdrawn_not_applied(client, force_login):
    application = ApplicationFactory(offer__published=True)
    withdraw_application(application, by=application.candidate.user)
    force_login(application.candidate.user)

    page = html.unescape(client.get(reverse("candidates:open_offers")).content.decode())

    assert "Vous avez retiré votre candidature." in page
    assert "Vous avez candidaté." not in page


def test_the_apply_step_of_a_withdrawn_offer_says_why_one_cannot_apply_again(client, force_login):
    application = ApplicationFactory(offer__published=True)
    withdraw_application(application, by=application.candidate.user)
    force_login(application.candidate.user)
    url = reverse("candidates:apply", args=[application.offer.pk])
    why = (
        "Vous avez retiré votre candidature à cette offre : "
        "vous ne pouvez pas candidater de nouveau."
    )

    page = html.unescape(client.get(url).content.decode())
    assert why in page and "déjà candidaté" not in page
    assert '<button type="submit">Postuler' not in page

    again = html.unescape(client.post(url, follow=True).content.decode())
    assert why in again and "déjà candidaté" not in again
