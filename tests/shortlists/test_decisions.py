"""Decisions per candidate: a fixed list of job-related reasons, comments through the wording
checker, the stage moved through the application life cycle, the candidate told with their own
scores."""

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import AuditEntry
from candidates.enums import ApplicationStage
from shortlists import decisions, policies
from shortlists.models import Decision
from tests.shortlists.conftest import logged_in, scored
from tests.shortlists.factories import SelectionPolicyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def situation(team):
    SelectionPolicyFactory(offer=team.offer, locked=True)
    team.application = scored(team.offer, coding=0.8, consensus=4, pseudonym="Saule-Doré")
    return team


def post_decision(situation, django_capture_on_commit_callbacks, **data):
    with django_capture_on_commit_callbacks(execute=True):
        return logged_in(situation.member).post(
            reverse("shortlists:decide", args=[situation.application.pk]), data
        )


def test_advancing_to_interview_moves_the_stage_and_records_the_decision(
    situation, django_capture_on_commit_callbacks
):
    response = post_decision(
        situation, django_capture_on_commit_callbacks, kind="advance", reason="skills_shown"
    )
    assert response.url == reverse("shortlists:ranking", args=[situation.offer.pk])
    situation.application.refresh_from_db()
    assert situation.application.stage == ApplicationStage.INTERVIEW
    decision = Decision.objects.get()
    assert (decision.kind, decision.reason, decision.decided_by) == (
        "advance",
        "skills_shown",
        situation.member,
    )
    assert decision.scores == {
        "coding": "80.0",
        "sjt": None,
        "written": None,
        "interview": "75.0",
        "total": "77.5",
    }
    assert AuditEntry.objects.filter(action="application.decided").count() == 1


def test_the_candidate_receives_the_decision_with_their_scores(
    situation, django_capture_on_commit_callbacks
):
    post_decision(
        situation,
        django_capture_on_commit_callbacks,
        kind="reject",
        reason="stronger_results",
        comment="Votre code est clair ; les tests unitaires manquaient.",
    )
    (message,) = mail.outbox
    assert situation.application.candidate.user.email in message.to
    assert "Ne pas retenir" not in message.body  # the candidate reads a sentence, not a button
    assert "n'a pas retenu votre candidature" in message.body
    assert "D'autres candidatures ont obtenu de meilleurs résultats" in message.body
    assert "Exercices de code : 80,0 / 100" in message.body
    assert "Mises en situation : — (pas de résultat)" in message.body
    assert "Total pondéré : 77,5 / 100" in message.body
    assert "les tests unitaires manquaient" in message.body
    assert "-- English --" in message.body


def test_inviting_to_interview_sends_one_email_saying_both_the_decision_and_the_reveal(
    situation, django_capture_on_commit_callbacks
):
    """The invitation is also the reveal stage (the default): one email, not the decision's
    and the reveal notice's apart."""
    post_decision(
        situation, django_capture_on_commit_callbacks, kind="advance", reason="skills_shown"
    )
    (message,) = mail.outbox
    assert message.to == [situation.application.candidate.user.email]
    french, english = message.body.split("-- English --")
    # The decision, its reason and the scores.
    assert "Vous êtes invité·e en entretien. L'employeur vous proposera une date." in french
    assert "Motif : Compétences démontrées lors des évaluations." in french
    assert "Exercices de code : 80,0 / 100" in french
    # What the reveal notice said.
    assert (
        "À partir de cette étape, l'employeur peut voir votre identité et vos coordonnées pour "
        "vous contacter. Chaque consultation est enregistrée, et vous la voyez dans votre "
        "espace candidat."
    ) in french
    assert "You are invited to an interview." in english
    assert "the employer may see your identity and your contact details" in english


def test_a_decision_short_of_the_reveal_stage_says_nothing_of_identity(
    team, django_capture_on_commit_callbacks
):
    SelectionPolicyFactory(offer=team.offer, locked=True, reveal_stage="shortlisted")
    team.application = scored(team.offer, coding=0.8, pseudonym="Saule-Doré")
    post_decision(team, django_capture_on_commit_callbacks, kind="advance", reason="skills_shown")
    (message,) = mail.outbox
    assert "identité" not in message.body


def test_the_decision_page_writes_the_current_stage_in_lower_case_after_the_colon(situation):
    url = reverse("shortlists:decide", args=[situation.application.pk])
    client = logged_in(situation.member)
    assert "étape actuelle : évaluation terminée" in client.get(url).content.decode()
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "current stage: assessment completed" in english


def test_a_reason_for_another_kind_of_decision_is_a_form_error(
    situation, django_capture_on_commit_callbacks
):
    response = post_decision(
        situation, django_capture_on_commit_callbacks, kind="reject", reason="skills_shown"
    )
    assert response.status_code == 200
    assert "reason" in response.context["form"].errors
    assert not Decision.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"kind": "promote", "reason": "skills_shown"},
        {"kind": "advance", "reason": "no_decision_in_time"},
        {"kind": "advance", "reason": "skills_shown", "comment": "x" * 1001},
    ],
)
def test_bad_input_is_a_form_error(situation, django_capture_on_commit_callbacks, data):
    response = post_decision(situation, django_capture_on_commit_callbacks, **data)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert "Le formulaire contient des erreurs" in response.content.decode()
    assert not Decision.objects.exists()


def test_an_illegal_comment_is_refused_with_the_checkers_message(
    situation, django_capture_on_commit_callbacks
):
    response = post_decision(
        situation,
        django_capture_on_commit_callbacks,
        kind="reject",
        reason="stronger_results",
        comment="Nous cherchons un profil plus jeune.",
    )
    assert response.status_code == 200
    errors = response.context["form"].errors["comment"]
    assert any("« profil plus jeune »" in error and "âge" in error for error in errors)
    situation.application.refresh_from_db()
    assert situation.application.stage == ApplicationStage.ASSESSED
    assert mail.outbox == []


def test_the_service_refuses_an_illegal_comment_too(situation):
    with pytest.raises(policies.CommentRefused) as refused:
        decisions.decide(
            situation.application,
            kind="reject",
            reason="stronger_results",
            comment="Nous préférons une personne sans enfants.",
            by=situation.member,
        )
    assert refused.value.findings[0].category == "family_pregnancy"


def test_a_decision_the_life_cycle_does_not_allow_is_refused(situation):
    with pytest.raises(policies.SelectionError):
        decisions.decide(
            situation.application, kind="hire", reason="skills_shown", by=situation.member
        )
    assert not Decision.objects.exists()


def test_the_decision_page_offers_only_the_allowed_decisions(situation):
    response = logged_in(situation.member).get(
        reverse("shortlists:decide", args=[situation.application.pk])
    )
    choices = [value for value, _label in response.context["form"].fields["kind"].choices]
    assert choices == ["advance", "shortlist", "reject"]


def test_a_final_application_has_no_decision_page(situation):
    decisions.decide(
        situation.application, kind="reject", reason="positions_filled", by=situation.member
    )
    response = logged_in(situation.member).get(
        reverse("shortlists:decide", args=[situation.application.pk])
    )
    assert response.url == reverse("shortlists:ranking", args=[situation.offer.pk])


def test_a_decision_needs_the_rules_fixed_first(team):
    application = scored(team.offer, coding=0.5)
    response = logged_in(team.member).get(reverse("shortlists:decide", args=[application.pk]))
    assert response.url == reverse("shortlists:policy", args=[team.offer.pk])
    with pytest.raises(policies.SelectionError):
        decisions.decide(application, kind="advance", reason="skills_shown", by=team.member)


def test_hiring_after_shortlisting(situation):
    decisions.decide(
        situation.application, kind="shortlist", reason="above_cutoff", by=situation.member
    )
    decisions.decide(
        situation.application, kind="hire", reason="interview_shown", by=situation.member
    )
    situation.application.refresh_from_db()
    assert situation.application.stage == ApplicationStage.HIRED
    assert situation.application.furthest_stage == ApplicationStage.HIRED
    assert list(Decision.objects.values_list("kind", flat=True)) == ["hire", "shortlist"]


def test_a_decision_locks_the_rules(situation):
    decisions.decide(
        situation.application, kind="advance", reason="skills_shown", by=situation.member
    )
    assert situation.offer.selection_policies.get().is_locked


def test_an_offer_with_decisions_can_be_deleted(team):
    SelectionPolicyFactory(offer=team.offer)
    application = scored(team.offer, coding=0.5)
    decisions.decide(application, kind="reject", reason="positions_filled", by=team.member)
    team.offer.delete()
    assert not Decision.objects.exists()
