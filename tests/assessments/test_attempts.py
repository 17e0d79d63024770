"""The single sitting: server-owned timer, autosave and resume, refusal after the end,
automatic hand-in at the deadline."""

import html
import io
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from assessments import campaigns
from assessments.enums import ExtraTime
from assessments.models import Attempt, SjtAnswer, WrittenAnswer
from tests.assessments.factories import CampaignFactory, ExerciseFactory
from tests.candidates.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def campaign(application):
    return CampaignFactory(offer=application.offer, duration_minutes=30)


def url(name, application):
    return reverse(f"assessments:{name}", args=[application.pk])


def start(client, application):
    client.post(url("attempt_start", application))
    return Attempt.objects.get(application=application)


def answers(campaign, most="a", least="d", text="Ma réponse."):
    scenario, question = campaign.scenarios.get(), campaign.questions.get()
    return {
        f"sjt-{scenario.pk}-most": most,
        f"sjt-{scenario.pk}-least": least,
        f"written-{question.pk}": text,
    }


def expire(attempt):
    Attempt.objects.filter(pk=attempt.pk).update(ends_at=timezone.now() - timedelta(seconds=1))


def test_starting_sets_the_end_from_the_duration(candidate_client, application, campaign):
    attempt = start(candidate_client, application)
    assert attempt.ends_at - attempt.started_at == timedelta(minutes=30)
    assert attempt.campaign == campaign


def test_the_end_never_passes_the_deadline(candidate_client, application, campaign):
    campaign.deadline = timezone.now() + timedelta(minutes=10)
    campaign.save()
    attempt = start(candidate_client, application)
    assert attempt.ends_at == campaign.deadline


def test_nobody_starts_after_the_deadline(candidate_client, application, campaign):
    campaign.deadline = timezone.now() - timedelta(minutes=1)
    campaign.save()
    response = candidate_client.post(url("attempt_start", application), follow=True)
    assert "La date limite de cette évaluation est passée." in response.content.decode()
    assert not Attempt.objects.exists()


def test_starting_again_does_not_restart_the_clock(candidate_client, application, campaign):
    first = start(candidate_client, application)
    candidate_client.post(url("attempt_start", application))
    assert Attempt.objects.get().ends_at == first.ends_at


def test_an_answer_is_autosaved(candidate_client, application, campaign):
    start(candidate_client, application)
    response = candidate_client.post(url("attempt_save", application), answers(campaign), **JSON)
    assert response.status_code == 200
    assert response.json()["message"] == "Réponses enregistrées."
    assert 0 < response.json()["remaining_seconds"] <= 30 * 60
    sjt = SjtAnswer.objects.get()
    assert (sjt.most, sjt.least, WrittenAnswer.objects.get().text) == ("a", "d", "Ma réponse.")


def test_resuming_shows_the_saved_answers_and_the_time_left(
    candidate_client, application, campaign
):
    attempt = start(candidate_client, application)
    candidate_client.post(url("attempt_save", application), answers(campaign), **JSON)
    Attempt.objects.filter(pk=attempt.pk).update(ends_at=timezone.now() + timedelta(minutes=7))
    response = candidate_client.get(url("campaign_home", application), follow=True)
    html = response.content.decode()
    assert "Ma réponse.</textarea>" in html
    scenario = campaign.scenarios.get()
    assert re.search(rf'name="sjt-{scenario.pk}-most" value="a" id="[^"]+" checked', html)
    assert re.search(rf'name="sjt-{scenario.pk}-least" value="d" id="[^"]+" checked', html)
    remaining = int(html.split('data-vivier-remaining-seconds="')[1].split('"')[0])
    assert 7 * 60 - 5 <= remaining <= 7 * 60


def test_an_answer_after_the_end_is_refused_with_a_clear_message(
    candidate_client, application, campaign
):
    attempt = start(candidate_client, application)
    candidate_client.post(url("attempt_save", application), answers(campaign, text="À temps."))
    expire(attempt)
    response = candidate_client.post(
        url("attempt_save", application), answers(campaign, text="Trop tard."), **JSON
    )
    assert response.status_code == 409
    assert "Le temps de l'évaluation est écoulé" in response.json()["error"]
    assert WrittenAnswer.objects.get().text == "À temps."


def test_a_late_plain_form_post_is_a_409_page(candidate_client, application, campaign):
    attempt = start(candidate_client, application)
    expire(attempt)
    response = candidate_client.post(url("attempt_save", application), answers(campaign))
    assert response.status_code == 409
    assert "Le temps de l&#x27;évaluation est écoulé" in response.content.decode()


def test_an_unknown_response_is_a_400(candidate_client, application, campaign):
    start(candidate_client, application)
    data = answers(campaign, most="zzz")
    response = candidate_client.post(url("attempt_save", application), data, **JSON)
    assert response.status_code == 400
    assert not SjtAnswer.objects.exists()


def test_the_sitting_is_handed_in_when_read_after_the_end(candidate_client, application, campaign):
    attempt = start(candidate_client, application)
    expire(attempt)
    response = candidate_client.get(url("attempt_detail", application), follow=True)
    attempt.refresh_from_db()
    assert attempt.status == "expired"
    assert "Évaluation remise" in response.content.decode()


def test_the_command_hands_in_every_sitting_past_its_end(application, campaign):
    attempt = campaigns.start_attempt(application, user=None)
    expire(attempt)
    out = io.StringIO()
    call_command("close_expired_attempts", stdout=out)
    attempt.refresh_from_db()
    application.refresh_from_db()
    assert (attempt.status, application.stage) == ("expired", "assessed")
    assert "1 attempt(s)" in out.getvalue()


def test_the_command_leaves_running_sittings_alone(application, campaign):
    attempt = campaigns.start_attempt(application, user=None)
    assert campaigns.close_expired_attempts() == []
    attempt.refresh_from_db()
    assert attempt.is_open


def test_finishing_saves_the_last_answers_then_hands_in(candidate_client, application, campaign):
    start(candidate_client, application)
    data = {**answers(campaign, text="Dernier mot."), "finish": "1"}
    candidate_client.post(url("attempt_save", application), data)
    confirmed = {"confirm": "on"}
    response = candidate_client.post(url("attempt_hand_in", application), confirmed, follow=True)
    assert "Votre évaluation est remise." in response.content.decode()
    assert WrittenAnswer.objects.get().text == "Dernier mot."
    assert Attempt.objects.get().status == "submitted"
    application.refresh_from_db()
    assert application.stage == "assessed"


def test_nothing_is_accepted_after_handing_in(candidate_client, application, campaign):
    start(candidate_client, application)
    candidate_client.post(url("attempt_hand_in", application), {"confirm": "on"})
    response = candidate_client.post(url("attempt_save", application), answers(campaign), **JSON)
    assert response.status_code == 409
    assert "déjà remis" in response.json()["error"]


def use_extra_time(campaign, rate):
    campaign.extra_time = rate
    campaign.save(update_fields=["extra_time"])


def test_the_granted_multiplier_lengthens_the_sitting(application, campaign):
    use_extra_time(campaign, ExtraTime.HALF)
    campaigns.request_accommodation(application, user=None)
    attempt = campaigns.start_attempt(application, user=None)
    assert attempt.ends_at - attempt.started_at == timedelta(minutes=45)


def test_a_tiers_temps_adds_a_third(application, campaign):
    use_extra_time(campaign, ExtraTime.THIRD)
    campaigns.request_accommodation(application, user=None)
    attempt = campaigns.start_attempt(application, user=None)
    assert attempt.ends_at - attempt.started_at == timedelta(minutes=39, seconds=54)


def test_a_rate_raised_after_the_request_benefits_the_candidate(application, campaign):
    campaigns.request_accommodation(application, user=None)
    use_extra_time(campaign, ExtraTime.DOUBLE)
    attempt = campaigns.start_attempt(application, user=None)
    assert attempt.ends_at - attempt.started_at == timedelta(minutes=60)


def test_a_rate_lowered_after_the_request_keeps_what_was_granted(application, campaign):
    campaigns.request_accommodation(application, user=None)
    use_extra_time(campaign, ExtraTime.QUARTER)
    attempt = campaigns.start_attempt(application, user=None)
    assert attempt.ends_at - attempt.started_at == timedelta(minutes=39, seconds=54)


def test_the_extended_time_accepts_answers_the_standard_time_would_refuse(application, campaign):
    use_extra_time(campaign, ExtraTime.DOUBLE)
    campaigns.request_accommodation(application, user=None)
    attempt = campaigns.start_attempt(application, user=None)
    at_40_minutes = attempt.started_at + timedelta(minutes=40)
    campaigns.save_answers(attempt, sjt={}, written={}, user=None, now=at_40_minutes)
    with pytest.raises(campaigns.AttemptClosed):
        campaigns.save_answers(
            attempt, sjt={}, written={}, user=None, now=attempt.started_at + timedelta(minutes=61)
        )


def test_another_candidates_sitting_is_a_404(candidate_client, campaign):
    other = CampaignFactory()
    other_application = ApplicationFactory(offer=other.offer)
    campaigns.start_attempt(other_application, user=None)
    response = candidate_client.get(url("attempt_detail", other_application))
    assert response.status_code == 404


def test_a_campaign_exercise_takes_no_code_after_the_end(candidate_client, application, campaign):
    exercise = ExerciseFactory()
    campaign.exercises.add(exercise)
    attempt = start(candidate_client, application)
    args = [application.pk, exercise.slug]
    ok = candidate_client.post(reverse("assessments:autosave", args=args), {"code": "print(1)"})
    assert ok.status_code == 200
    expire(attempt)
    late = candidate_client.post(reverse("assessments:submit", args=args), {"code": "print(1)"})
    assert late.status_code == 409
    assert "Le temps de l'évaluation est écoulé" in html.unescape(late.content.decode())


def test_a_campaign_exercise_waits_for_the_start(candidate_client, application, campaign):
    exercise = ExerciseFactory()
    campaign.exercises.add(exercise)
    args = [application.pk, exercise.slug]
    response = candidate_client.post(reverse("assessments:submit", args=args), {"code": "x"})
    assert response.status_code == 409
    assert "Commencez l'évaluation" in html.unescape(response.content.decode())


def test_a_campaign_exercise_page_leads_back_to_the_sitting(
    candidate_client, application, campaign
):
    exercise = ExerciseFactory()
    campaign.exercises.add(exercise)
    start(candidate_client, application)
    page = candidate_client.get(
        reverse("assessments:exercise_detail", args=[application.pk, exercise.slug])
    )
    assert url("attempt_detail", application) in page.content.decode()


def test_an_answer_longer_than_the_limit_is_a_400(candidate_client, application, campaign):
    start(candidate_client, application)
    data = answers(campaign, text="x" * 10_001)
    response = candidate_client.post(url("attempt_save", application), data, **JSON)
    assert response.status_code == 400
    assert not WrittenAnswer.objects.exists()


def test_a_withdrawn_application_cannot_start(application, campaign):
    application.stage = "withdrawn"
    application.save()
    with pytest.raises(campaigns.CampaignUnavailable, match="Cette candidature est close."):
        campaigns.start_attempt(application, user=None)


def test_the_page_explains_how_the_situations_are_scored(candidate_client, application, campaign):
    start(candidate_client, application)
    html = candidate_client.get(url("attempt_detail", application)).content.decode()
    assert "0,5 × (note − min) / (max − min)" in html


def test_the_home_page_lists_only_the_parts_the_assessment_has(candidate_client, application):
    CampaignFactory(offer=application.offer, questions=[])
    page = candidate_client.get(url("campaign_home", application)).content.decode()
    assert "1 mise en situation" in page
    assert "question écrite" not in page
    assert "exercice de code" not in page
