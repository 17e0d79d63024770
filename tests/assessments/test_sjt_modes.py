"""Situational judgement: the responses come in an order of their own for each attempt (stable
across reloads), and the employer may ask for a full ranking instead of the best and worst."""

import re

import pytest
from django.urls import reverse

from assessments import scoring
from assessments.library.sjt import score_ranking
from assessments.models import Attempt, Campaign, SjtAnswer
from assessments.results import component_scores
from tests.assessments.factories import CampaignFactory, SjtScenarioFactory
from tests.assessments.test_campaign_editor import form_data
from tests.candidates.factories import ApplicationFactory
from tests.utils import full_login

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def url(name, application):
    return reverse(f"assessments:{name}", args=[application.pk])


def sitting(client, campaign):
    """A new candidate of `campaign` who has started; their client is signed in."""
    application = ApplicationFactory(offer=campaign.offer)
    client.logout()
    full_login(client, application.candidate.user)
    client.post(url("attempt_start", application))
    return application, Attempt.objects.get(application=application)


def shown_order(html, scenario) -> list[str]:
    return re.findall(rf'name="sjt-{scenario.pk}-most" value="([^"]+)"', html)


def test_the_order_is_drawn_per_attempt_and_scenario():
    ids = ["a", "b", "c", "d"]
    orders = {
        (attempt, scenario): scoring.response_order(ids, attempt_id=attempt, scenario_id=scenario)
        for attempt in (1, 2)
        for scenario in range(1, 6)
    }
    assert all(sorted(order) == ids for order in orders.values())
    assert any(orders[1, s] != orders[2, s] for s in range(1, 6))
    assert orders[1, 3] == scoring.response_order(ids, attempt_id=1, scenario_id=3)


def test_the_best_response_is_not_always_listed_first():
    # The library lists the best response first or second in 14 scenarios out of 16.
    positions = {
        scoring.response_order(["a", "b", "c", "d"], attempt_id=n, scenario_id=1).index("a")
        for n in range(1, 40)
    }
    assert positions == {0, 1, 2, 3}


def test_two_candidates_meet_the_responses_in_different_orders(client):
    scenarios = [SjtScenarioFactory() for _ in range(5)]
    campaign = CampaignFactory(scenarios=scenarios)
    first, _ = sitting(client, campaign)
    first_html = client.get(url("attempt_detail", first)).content.decode()
    second, _ = sitting(client, campaign)
    second_html = client.get(url("attempt_detail", second)).content.decode()
    assert any(shown_order(first_html, s) != shown_order(second_html, s) for s in scenarios)


def test_a_reload_keeps_the_order(client):
    scenario = SjtScenarioFactory()
    campaign = CampaignFactory(scenarios=[scenario])
    application, attempt = sitting(client, campaign)
    first = shown_order(client.get(url("attempt_detail", application)).content.decode(), scenario)
    again = shown_order(client.get(url("attempt_detail", application)).content.decode(), scenario)
    drawn = scoring.response_order(
        ["a", "b", "c", "d"], attempt_id=attempt.pk, scenario_id=scenario.pk
    )
    assert first == again == drawn


def test_the_employer_chooses_the_ranking_mode(recruiter_client, offer):
    response = recruiter_client.post(
        reverse("assessments:campaign_edit", args=[offer.pk]), form_data(sjt_mode="rank")
    )
    assert response.status_code == 302
    assert Campaign.objects.get(offer=offer).sjt_mode == "rank"


def test_choosing_the_best_stays_the_default(recruiter_client, offer):
    recruiter_client.post(reverse("assessments:campaign_edit", args=[offer.pk]), form_data())
    assert Campaign.objects.get(offer=offer).sjt_mode == "best_worst"


@pytest.fixture
def ranking_campaign():
    return CampaignFactory(sjt_mode="rank")


def rank_fields(campaign, **ranks):
    scenario = campaign.scenarios.get()
    return {f"sjt-{scenario.pk}-rank-{rid}": rank for rid, rank in ranks.items()}


def test_in_ranking_mode_each_response_gets_a_rank_select(client, ranking_campaign):
    application, attempt = sitting(client, ranking_campaign)
    html = client.get(url("attempt_detail", application)).content.decode()
    scenario = ranking_campaign.scenarios.get()
    shown = re.findall(rf'<select name="sjt-{scenario.pk}-rank-([a-z]+)"', html)
    assert shown == scoring.response_order(
        ["a", "b", "c", "d"], attempt_id=attempt.pk, scenario_id=scenario.pk
    )
    assert f'name="sjt-{scenario.pk}-most"' not in html


def test_a_ranking_is_saved_then_scored(client, ranking_campaign):
    application, attempt = sitting(client, ranking_campaign)
    data = rank_fields(ranking_campaign, a=1, b=2, c=4, d=3)
    response = client.post(url("attempt_save", application), data, **JSON)
    assert response.status_code == 200
    assert SjtAnswer.objects.get(attempt=attempt).ranks == {"a": 1, "b": 2, "c": 4, "d": 3}
    client.post(url("attempt_save", application), {**data, "finish": "1"})
    client.post(url("attempt_hand_in", application), {"confirm": "on"})
    spec = ranking_campaign.scenarios.get().to_spec()
    assert component_scores(application)["sjt"] == score_ranking(spec, ["a", "b", "d", "c"])
    assert component_scores(application)["sjt"] == pytest.approx(5 / 6)


def test_an_incomplete_ranking_is_kept_and_counts_zero(client, ranking_campaign):
    application, attempt = sitting(client, ranking_campaign)
    data = rank_fields(ranking_campaign, a=1, b=1)
    client.post(url("attempt_save", application), data, **JSON)
    assert SjtAnswer.objects.get(attempt=attempt).ranks == {"a": 1, "b": 1}
    html = client.get(url("attempt_detail", application)).content.decode()
    assert "Classement incomplet" in html
    client.post(url("attempt_save", application), {**data, "finish": "1"})
    client.post(url("attempt_hand_in", application), {"confirm": "on"})
    assert component_scores(application)["sjt"] == 0.0


def test_a_rank_outside_the_scale_is_a_400(client, ranking_campaign):
    application, _ = sitting(client, ranking_campaign)
    data = rank_fields(ranking_campaign, a=9)
    response = client.post(url("attempt_save", application), data, **JSON)
    assert response.status_code == 400
    assert not SjtAnswer.objects.exists()


def test_a_full_ranking_counts_as_answered_on_the_hand_in_page(client, ranking_campaign):
    application, _ = sitting(client, ranking_campaign)
    data = rank_fields(ranking_campaign, a=1, b=2, c=4, d=3)
    client.post(url("attempt_save", application), data, **JSON)
    html = client.get(url("attempt_hand_in", application)).content.decode()
    assert "1 mise en situation n'a pas" not in html


def test_the_same_response_as_most_and_least_effective_is_kept_and_flagged(client):
    campaign = CampaignFactory()
    scenario = campaign.scenarios.get()
    application, attempt = sitting(client, campaign)
    data = {f"sjt-{scenario.pk}-most": "a", f"sjt-{scenario.pk}-least": "a"}
    response = client.post(url("attempt_save", application), data, **JSON)
    assert response.status_code == 200  # kept as given: nothing is lost
    assert (SjtAnswer.objects.get(attempt=attempt).most, SjtAnswer.objects.get().least) == (
        "a",
        "a",
    )
    html = client.get(url("attempt_detail", application)).content.decode()
    assert "la même réponse comme la plus et la moins efficace" in html
    hand_in = client.get(url("attempt_hand_in", application)).content.decode()
    assert "1 mise en situation n'a pas de réponse complète" in hand_in
