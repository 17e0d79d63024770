"""The candidate's data export holds everything Vivier keeps about them (GDPR right of
access), each app adding its part: the leak test's world, in which every kind of thing
happens, exported by its two candidates."""

import json

import pytest
from django.apps import apps
from django.test import Client
from django.urls import reverse

from tests.test_anonymity_leaks import EMAIL, OTHER_EMAIL, build_world
from tests.utils import full_login

pytestmark = pytest.mark.django_db

# Every model that holds something about a candidate (a relation to their candidate record,
# an application, or a row under one), and where the export shows it, or why it does not.
EXPORTED = {
    "candidates.Identity": "identity",
    "candidates.Application": "applications",
    "assessments.CodeDraft": "code_drafts",
    "assessments.Submission": "code_submissions",
    "assessments.Accommodation": "extra_time",
    "assessments.Attempt": "assessment",
    "assessments.SjtAnswer": "assessment.sjt_choices",
    "assessments.WrittenAnswer": "written_answers",
    "assessments.WrittenReview": "assessment.scores.written_reviews",
    "assessments.DeadlineReminder": "deadline_reminders",
    "assessments.ReusedResult": "reused_results",
    "assessments.Certificate": "certificates",
    "assessments.CertificateItem": "certificates.items",
    "interviews.Interview": "interviews",
    "interviews.Score": "interviews.scores",
    "interviews.ConsensusRating": "interviews.consensus",
    "interviews.Meeting": "interviews.meeting",
    "interviews.InterviewSlot": "interviews.meeting.slots",
    "shortlists.Message": "messages",
    "shortlists.Decision": "decisions",
    "shortlists.NoAnswerReminder": "no_answer_reminders",
    "fairness.SelfDeclaration": "self_declaration",
    "fairness.RetentionFollowUp": "hire_follow_ups",
    "advisers.Referral": "referral",
    "advisers.ApplicationOnBehalf": "application_on_behalf",
}
NOT_EXPORTED = {
    "interviews.PanelMember": "who sat on the panel: interviewers are numbered in the scores",
    "interviews.SessionPresence": "interviewers' open live pages, nothing about the candidate",
    "shortlists.StoredScore": "a copy, for the ranking's speed, of the scores computed from the "
    "submissions, answers, reviews and interviews exported (under withheld_until's rule)",
}
HOLDERS = {"candidates.Candidate", "candidates.Application"}


def models_holding_candidate_data() -> set[str]:
    found, frontier = set(), set(HOLDERS)
    while frontier:
        holders, frontier = frontier, set()
        for model in apps.get_models():
            label = model._meta.label
            for field in model._meta.get_fields():
                if (
                    field.concrete
                    and field.is_relation
                    and field.related_model is not None
                    and field.related_model._meta.label in holders
                    and label not in found | HOLDERS
                ):
                    found.add(label)
                    frontier.add(label)
    return found | {"candidates.Application"}


def test_every_model_about_a_candidate_is_exported_or_says_why_not():
    unaccounted = models_holding_candidate_data() - set(EXPORTED) - set(NOT_EXPORTED)
    assert not unaccounted, f"Add {sorted(unaccounted)} to the candidate's data export."


@pytest.fixture
def world():
    return build_world()


def export(user) -> dict:
    client = Client()
    full_login(client, user)
    response = client.get(reverse("candidates:export_data"))
    assert response.status_code == 200
    return json.loads(response.content)


def application_of(data: dict, pseudonym: str) -> dict:
    [found] = [a for a in data["applications"] if a["pseudonym"] == pseudonym]
    return found


def test_the_export_holds_the_sitting_the_choices_the_scores_and_the_extra_time(world):
    application = world["application"]
    data = export(application.candidate.user)
    exported = application_of(data, application.pseudonym)
    assert exported["extra_time"]["status"] == "approved"
    assert exported["extra_time"]["multiplier"] == "1.33"
    sitting = exported["assessment"]
    assert sitting["sjt_choices"] and sitting["sjt_choices"][0]["most_effective"]
    assert sitting["scores"]["by_part"]["sjt"] is not None  # the assessment is closed
    assert sitting["scores"]["written_reviews"][0]["levels"] == [4, 4]
    assert exported["code_submissions"] and exported["written_answers"]


def test_the_export_holds_the_referral_and_the_self_declaration(world):
    data = export(world["application"].candidate.user)
    referral = application_of(data, world["application"].pseudonym)["referral"]
    assert referral["adviser_may_follow_the_stage"] is True
    assert referral["organisation"]
    assert data["self_declaration"]["rqth"] == "yes"


def test_the_export_holds_decisions_with_their_reasons_and_the_stage_history(world):
    application = world["other_application"]
    exported = application_of(export(application.candidate.user), application.pseudonym)
    assert [d["decision"] for d in exported["decisions"]] == ["advance", "reject"]
    assert exported["decisions"][1]["reason"] == "stronger_results"
    assert exported["decisions"][1]["comment"].startswith("D'autres résultats")
    assert [s["to"] for s in exported["stage_history"]] == ["assessed", "interview", "rejected"]


def test_the_export_says_who_revealed_the_identity_and_when(world):
    application = world["other_application"]
    exported = application_of(export(application.candidate.user), application.pseudonym)
    [reveal] = exported["identity_reveals"]
    assert reveal["by"] == "Rémi Recrutement"
    assert reveal["employer"] == application.offer.employer.name
    assert reveal["revealed_at"]


def test_the_export_holds_interview_scores_without_naming_the_interviewers(world):
    application = world["other_application"]
    data = export(application.candidate.user)
    [interview] = application_of(data, application.pseudonym)["interviews"]
    assert {score["interviewer"] for score in interview["scores"]} == {1, 2}
    assert interview["scores"][0]["evidence"] == "Exemple précis."
    assert interview["consensus"][0]["justification"] == "Accord du jury."
    text = json.dumps(data, ensure_ascii=False)
    interviewer = world["roles"]["interviewer"]
    assert interviewer.display_name not in text and interviewer.email not in text


def test_the_export_is_the_candidates_own(world):
    data = export(world["application"].candidate.user)
    text = json.dumps(data, ensure_ascii=False)
    assert EMAIL in text and OTHER_EMAIL not in text


def test_the_export_holds_the_interview_dates_and_the_thread_in_the_candidates_words(world):
    application = world["application"]
    exported = application_of(export(application.candidate.user), application.pseudonym)
    [interview] = exported["interviews"]
    assert interview["meeting"]["status"] == "scheduled"
    assert [slot for slot in interview["meeting"]["slots"] if slot["chosen"]]
    [employer_message, own] = exported["messages"]
    assert own["from_candidate"] and "Quetzalcoatl-Ndiaye" in own["text"]
