"""Panels and shared scoring through the pages: who may see what, and when."""

from decimal import Decimal

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from interviews import grids, live, sessions
from interviews.enums import InterviewStatus, RevealReason
from interviews.models import InterviewError, InterviewTransitionError
from tests.candidates.factories import ApplicationFactory
from tests.interviews.conftest import logged_in, plan, ratings

pytestmark = pytest.mark.django_db

ALICE_NOTE = "Alice a vu une démarche de débogage rigoureuse."
BRUNO_NOTE = "Bruno a noté des hésitations sur les tests."


def session_url(interview):
    return reverse("interviews:session", args=[interview.application_id])


def scoring_interview(team, **kwargs):
    interview = plan(team, **kwargs)
    sessions.start_scoring(interview, by=interview.lead)
    return interview


def test_the_panel_is_made_of_members_of_the_organisation(team):
    with pytest.raises(InterviewError):
        plan(team, panel=[team.alice, team.stranger])


def test_the_lead_sits_on_the_panel(team):
    with pytest.raises(InterviewError):
        plan(team, panel=[team.alice, team.bruno], lead=team.chloe)


def test_a_panel_member_opens_the_session_page_by_pseudonym(team):
    interview = plan(team)
    response = logged_in(team.bruno).get(session_url(interview))
    assert response.status_code == 200
    assert interview.application.pseudonym in response.content.decode()


@pytest.mark.parametrize("who", ["off_panel", "admin", "stranger"])
def test_anyone_off_the_panel_gets_a_404_on_the_session(team, who):
    interview = scoring_interview(team)
    client = logged_in(getattr(team, who))
    assert client.get(session_url(interview)).status_code == 404
    submit = reverse("interviews:submit_scores", args=[interview.application_id])
    assert client.post(submit, {}).status_code == 404


def test_another_organisation_gets_a_404_on_the_offer_pages(team):
    client = logged_in(team.stranger)
    for name in ("offer_interviews", "interview_create", "grid_reliability"):
        assert client.get(reverse(f"interviews:{name}", args=[team.offer.pk])).status_code == 404


def test_scores_stay_hidden_from_the_other_members_until_the_reveal(team):
    interview = scoring_interview(team)
    sessions.submit_scores(
        interview, ratings(interview, 4, 4, 4, evidence=ALICE_NOTE), by=team.alice
    )

    page = logged_in(team.bruno).get(session_url(interview)).content.decode()
    assert ALICE_NOTE not in page
    assert "Remettre mes notes" in page

    with pytest.raises(grids.NotOnPanel):
        live.scores_for(interview, team.off_panel)
    assert live.scores_for(interview, team.bruno)["revealed"] is None
    own = live.scores_for(interview, team.alice)
    assert own["revealed"] is None and len(own["own"]) == 3


def test_the_last_submission_reveals_every_score_to_every_member(team):
    interview = scoring_interview(team)
    sessions.submit_scores(
        interview, ratings(interview, 4, 4, 4, evidence=ALICE_NOTE), by=team.alice
    )
    bruno = logged_in(team.bruno)
    response = bruno.post(
        reverse("interviews:submit_scores", args=[interview.application_id]),
        {
            **{f"level_{c.pk}": "2" for c in interview.grid_version.competencies.all()},
            **{f"evidence_{c.pk}": BRUNO_NOTE for c in interview.grid_version.competencies.all()},
        },
    )
    assert response.status_code == 302

    interview.refresh_from_db()
    assert interview.status == InterviewStatus.REVEALED
    assert interview.reveal_reason == RevealReason.ALL_SUBMITTED
    for user in (team.alice, team.bruno):
        page = logged_in(user).get(session_url(interview)).content.decode()
        assert ALICE_NOTE in page and BRUNO_NOTE in page
    entry = AuditEntry.objects.get(action="interview.scores_revealed")
    assert entry.data["reason"] == "all_submitted" and entry.data["submitted"] == 2


def test_an_incomplete_score_sheet_is_shown_again_with_its_errors(team):
    interview = scoring_interview(team)
    response = logged_in(team.alice).post(
        reverse("interviews:submit_scores", args=[interview.application_id]), {}
    )
    assert response.status_code == 200
    assert "Le formulaire contient des erreurs" in response.content.decode()
    assert not interview.panel.get(user=team.alice).has_submitted


def test_scores_cannot_be_submitted_twice_or_before_scoring_opens(team):
    interview = plan(team)
    with pytest.raises(InterviewError):
        sessions.submit_scores(interview, ratings(interview, 3, 3, 3), by=team.alice)
    sessions.start_scoring(interview, by=team.alice)
    sessions.submit_scores(interview, ratings(interview, 3, 3, 3), by=team.alice)
    with pytest.raises(InterviewError):
        sessions.submit_scores(interview, ratings(interview, 5, 5, 5), by=team.alice)


def test_every_competency_needs_a_level_and_an_evidence_note(team):
    interview = scoring_interview(team)
    incomplete = ratings(interview, 3, 3, 3)
    incomplete.popitem()
    with pytest.raises(InterviewError):
        sessions.submit_scores(interview, incomplete, by=team.alice)
    with pytest.raises(InterviewError):
        sessions.submit_scores(interview, ratings(interview, 3, 3, 3, evidence=" "), by=team.alice)
    with pytest.raises(InterviewError):
        sessions.submit_scores(interview, ratings(interview, 3, 6, 3), by=team.alice)


def test_only_the_lead_opens_and_closes_scoring(team):
    interview = plan(team, lead=team.alice)
    with pytest.raises(InterviewError):
        sessions.start_scoring(interview, by=team.bruno)
    sessions.start_scoring(interview, by=team.alice)
    sessions.submit_scores(interview, ratings(interview, 3, 3, 3), by=team.bruno)
    with pytest.raises(InterviewError):
        sessions.close_scoring(interview, by=team.bruno)


def test_the_lead_closes_scoring_and_the_submitted_scores_appear(team):
    interview = scoring_interview(team, panel=[team.alice, team.bruno, team.chloe])
    sessions.submit_scores(interview, ratings(interview, 2, 3, 4), by=team.bruno)

    response = logged_in(team.alice).post(
        reverse("interviews:close_scoring", args=[interview.application_id])
    )

    assert response.status_code == 302
    interview.refresh_from_db()
    assert interview.status == InterviewStatus.REVEALED
    assert interview.reveal_reason == RevealReason.CLOSED_BY_LEAD
    revealed = live.scores_for(interview, team.chloe)["revealed"]
    assert [len(row["scores"]) for row in revealed["competencies"]] == [1, 1, 1]
    with pytest.raises(InterviewError):
        sessions.submit_scores(interview, ratings(interview, 3, 3, 3), by=team.chloe)


def test_competencies_two_levels_apart_are_flagged_for_discussion(team):
    interview = scoring_interview(team, panel=[team.alice, team.bruno, team.chloe])
    sessions.submit_scores(interview, ratings(interview, 2, 3, 4), by=team.alice)
    sessions.submit_scores(interview, ratings(interview, 4, 3, 5), by=team.bruno)
    sessions.submit_scores(interview, ratings(interview, 3, 4, 5), by=team.chloe)

    rows = live.reveal_payload(interview)["competencies"]
    assert [(row["spread"], row["discuss"]) for row in rows] == [(2, True), (1, False), (1, False)]
    page = logged_in(team.chloe).get(session_url(interview)).content.decode()
    assert "À discuter : les notes s’écartent de 2 niveaux." in page


def test_the_lead_records_the_consensus_and_the_weighted_score_follows_the_weights(team):
    """Weights 3, 2, 1 and agreed levels 4, 2, 5: (12 + 4 + 5) / 6 = 3.50."""
    interview = scoring_interview(team)
    sessions.submit_scores(interview, ratings(interview, 4, 2, 5), by=team.alice)
    sessions.submit_scores(interview, ratings(interview, 4, 3, 5), by=team.bruno)
    competencies = list(interview.grid_version.competencies.all())
    post = {}
    for competency, level in zip(competencies, (4, 2, 5), strict=True):
        post[f"level_{competency.pk}"] = str(level)
        post[f"justification_{competency.pk}"] = "Accord après discussion des exemples."

    response = logged_in(team.alice).post(
        reverse("interviews:record_consensus", args=[interview.application_id]), post
    )

    assert response.status_code == 302
    interview.refresh_from_db()
    assert interview.status == InterviewStatus.CONSENSUS_DONE
    assert interview.consensus_score == Decimal("3.50")
    entry = AuditEntry.objects.get(action="interview.consensus_recorded")
    assert entry.data["score"] == "3.50"
    page = logged_in(team.bruno).get(session_url(interview)).content.decode()
    assert "Score de consensus pondéré : 3,50 sur 5" in page


def test_only_the_lead_records_the_consensus_and_only_after_the_reveal(team):
    interview = scoring_interview(team)
    decisions = {c.pk: (3, "Accord.") for c in interview.grid_version.competencies.all()}
    with pytest.raises(InterviewTransitionError):
        sessions.record_consensus(interview, decisions, by=team.alice)
    sessions.submit_scores(interview, ratings(interview, 3, 3, 3), by=team.alice)
    sessions.submit_scores(interview, ratings(interview, 3, 3, 3), by=team.bruno)
    with pytest.raises(InterviewError):
        sessions.record_consensus(interview, decisions, by=team.bruno)
    sessions.record_consensus(interview, decisions, by=team.alice)
    with pytest.raises(InterviewTransitionError):
        sessions.record_consensus(interview, decisions, by=team.alice)


def test_creating_an_interview_through_the_page(team):
    application = ApplicationFactory(offer=team.offer, stage="interview")
    client = logged_in(team.alice)
    response = client.post(
        reverse("interviews:interview_create", args=[team.offer.pk]),
        {
            "application": application.pk,
            "panel": [team.alice.pk, team.bruno.pk],
            "lead": team.alice.pk,
        },
    )
    assert response.status_code == 302
    assert response.url == reverse("interviews:session", args=[application.pk])
    listing = client.get(reverse("interviews:offer_interviews", args=[team.offer.pk]))
    assert application.pseudonym in listing.content.decode()


def test_reliability_is_shown_to_the_organisations_admins_only(team):
    for applications in range(2):
        interview = scoring_interview(team)
        sessions.submit_scores(interview, ratings(interview, 4, 3, 5), by=team.alice)
        sessions.submit_scores(interview, ratings(interview, 2, 3, 4), by=team.bruno)

    assert (
        logged_in(team.alice)
        .get(reverse("interviews:grid_reliability", args=[team.offer.pk]))
        .status_code
        == 403
    )
    page = logged_in(team.admin).get(reverse("interviews:grid_reliability", args=[team.offer.pk]))
    body = page.content.decode()
    assert page.status_code == 200
    assert "Krippendorff" in body
    assert "note systématiquement plus haut que le jury" in body  # Alice: +1 on 6 competencies
    assert "note systématiquement plus bas que le jury" in body
