"""The ranking page: per pseudonym each component, the weighted total, the cut-off status, why a
candidate is above the next one, ties shown as ties, and no identity."""

import html

import pytest
from django.urls import reverse

from candidates.enums import ApplicationStage
from interviews import sessions
from shortlists import decisions
from tests.candidates.factories import ApplicationFactory
from tests.interviews.factories import GridVersionFactory
from tests.shortlists.conftest import logged_in, scored
from tests.shortlists.factories import SelectionPolicyFactory

pytestmark = pytest.mark.django_db


def ranking_rows(client, offer):
    response = client.get(reverse("shortlists:ranking", args=[offer.pk]))
    assert response.status_code == 200
    return response, [item["row"] for item in response.context["rows"]]


def test_the_interview_consensus_is_brought_to_a_share(team):
    application = scored(team.offer, consensus=4)
    assert decisions.scores_with_total(application, None)["interview"] == "75.0"


def test_a_consensus_on_a_rounding_boundary_of_the_points_is_rounded_half_up(team):
    """2.01 on the 1–5 scale (weights 99 and 1, levels 2 and 3) is 25.25 points exactly: 25.3
    once rounded half up (in binary floating point 2.01 falls just under, which gave 25.2)."""
    application = scored(team.offer, consensus="2.01")
    assert decisions.scores_with_total(application, None)["interview"] == "25.3"


def test_the_interview_points_come_from_the_exact_weighted_consensus(team):
    """Weights 3, 2, 1 and agreed levels 4, 3, 1: 19 / 6 = 3.1666… on the 1–5 scale, so
    54.1666… points, shown 54.2 (the consensus rounded first, 3.17, would give 54.25 → 54.3)."""
    GridVersionFactory(offer=team.offer)
    policy = SelectionPolicyFactory(offer=team.offer, locked=True)
    application = ApplicationFactory(offer=team.offer, stage=ApplicationStage.INTERVIEW)
    interview = sessions.create_interview(
        application, panel=[team.member], lead=team.member, by=team.member
    )
    sessions.start_scoring(interview, by=team.member)
    competencies = list(interview.grid_version.competencies.all())
    agreed = {c.pk: (level, "Accord du jury.") for c, level in zip(competencies, (4, 3, 1))}
    sessions.submit_scores(interview, agreed, by=team.member)
    sessions.record_consensus(interview, agreed, by=team.member)

    assert decisions.scores_with_total(application, policy)["interview"] == "54.2"
    _response, rows = ranking_rows(logged_in(team.member), team.offer)
    assert str(rows[0].scores["interview"]) == "54.2"
    decide = logged_in(team.member).get(reverse("shortlists:decide", args=[application.pk]))
    assert "54,2" in decide.content.decode()


def test_the_ranking_and_the_decision_say_how_the_interview_scale_becomes_points(team):
    """The session page says « 4,30 sur 5 », the ranking 82,5: both pages say how one becomes
    the other."""
    SelectionPolicyFactory(offer=team.offer, locked=True)
    application = ApplicationFactory(offer=team.offer, stage=ApplicationStage.INTERVIEW)
    client = logged_in(team.member)
    for url in (
        reverse("shortlists:ranking", args=[team.offer.pk]),
        reverse("shortlists:decide", args=[application.pk]),
    ):
        page = html.unescape(client.get(url).content.decode())
        assert "1 vaut 0, 3 vaut 50, 5 vaut 100" in page, url


def test_candidates_are_ranked_on_the_weighted_total(team):
    SelectionPolicyFactory(offer=team.offer, locked=True)
    low = scored(team.offer, coding=0.4, consensus=3, pseudonym="Lynx-Bleu")
    high = scored(team.offer, coding=0.9, consensus=5, pseudonym="Orme-Vert")
    response, rows = ranking_rows(logged_in(team.member), team.offer)
    # Lynx: (40 + 50) / 2 = 45; Orme: (90 + 100) / 2 = 95.
    assert [(r.key, r.rank, str(r.total)) for r in rows] == [
        (high.pk, 1, "95.0"),
        (low.pk, 2, "45.0"),
    ]
    page = response.content.decode()
    assert "Orme-Vert" in page and "Lynx-Bleu" in page
    assert "50,0 points de plus que Lynx-Bleu" in page


def test_ties_share_their_rank_and_are_marked(team):
    SelectionPolicyFactory(offer=team.offer, locked=True)
    scored(team.offer, coding=0.8, consensus=3, pseudonym="Aulne-Gris")
    scored(team.offer, coding=0.5, consensus=4.2, pseudonym="Bouleau-Roux")
    scored(team.offer, coding=0.1, pseudonym="Cèdre-Noir")
    response, rows = ranking_rows(logged_in(team.member), team.offer)
    # 80 and 50 → 65; 50 and 80 → 65: a tie, never broken.
    assert [(r.label, r.rank, r.tied) for r in rows] == [
        ("Aulne-Gris", 1, True),
        ("Bouleau-Roux", 1, True),
        ("Cèdre-Noir", 3, False),
    ]
    page = response.content.decode()
    assert page.count("ex æquo</span>") == 2
    assert "À égalité avec Bouleau-Roux." in page


def test_a_missing_component_shows_a_dash_and_the_rule_for_totals(team):
    SelectionPolicyFactory(offer=team.offer, locked=True)
    scored(team.offer, coding=0.7, pseudonym="Frêne-Clair")
    response, rows = ranking_rows(logged_in(team.member), team.offer)
    assert rows[0].scores["interview"] is None
    assert str(rows[0].total) == "70.0"
    page = response.content.decode()
    assert '—<span class="visually-hidden"> pas de résultat</span>' in page
    assert "Le total se calcule sur les composantes disponibles" in page


def test_with_missing_as_zero_the_total_counts_the_missing_component_zero(team):
    SelectionPolicyFactory(offer=team.offer, locked=True, missing_as_zero=True)
    scored(team.offer, coding=0.7)
    _response, rows = ranking_rows(logged_in(team.member), team.offer)
    assert str(rows[0].total) == "35.0"


def test_cutoff_status_is_shown(team):
    SelectionPolicyFactory(offer=team.offer, locked=True, min_coding=60, min_interview=50)
    scored(team.offer, coding=0.5, consensus=5, pseudonym="Aulne-Gris")
    scored(team.offer, coding=0.9, pseudonym="Bouleau-Roux")
    response, rows = ranking_rows(logged_in(team.member), team.offer)
    by_label = {row.label: row for row in rows}
    assert by_label["Aulne-Gris"].status == "below"
    assert by_label["Bouleau-Roux"].status == "pending"
    page = response.content.decode()
    assert "Sous un seuil : Exercices de code" in page
    assert "attend Entretien (consensus)" in page


def test_withdrawn_applications_are_left_out(team):
    SelectionPolicyFactory(offer=team.offer, locked=True)
    scored(team.offer, coding=0.5, stage=ApplicationStage.WITHDRAWN)
    _response, rows = ranking_rows(logged_in(team.member), team.offer)
    assert rows == []


def test_the_page_shows_the_rules_beside_the_ranking(team):
    SelectionPolicyFactory(offer=team.offer, locked=True, min_total=40)
    scored(team.offer, coding=0.5)
    page = logged_in(team.member).get(reverse("shortlists:ranking", args=[team.offer.pk]))
    text = page.content.decode()
    assert "Poids relatifs et seuils sur 100" in text
    assert "À l&#x27;invitation en entretien" in text


def test_the_ranking_shows_no_identity(team):
    SelectionPolicyFactory(offer=team.offer, locked=True)
    scored(team.offer, coding=0.5, consensus=3)
    text = logged_in(team.member).get(reverse("shortlists:ranking", args=[team.offer.pk]))
    text = text.content.decode()
    assert "Traoré" not in text and "Aminata" not in text and "Sevran" not in text


def test_the_rankings_own_queries_do_not_grow_with_the_number_of_candidates(team):
    """Interview scores, stages and policy are read once per page; only the assessment results
    (`assessments.results.component_scores`, one application at a time) are read per row."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    SelectionPolicyFactory(offer=team.offer, locked=True)
    client = logged_in(team.member)
    client.get(reverse("shortlists:ranking", args=[team.offer.pk]))  # locks the policy
    own_queries = []
    for _ in range(2):
        for _ in range(3):
            scored(team.offer, coding=0.5, consensus=3)
        with CaptureQueriesContext(connection) as context:
            client.get(reverse("shortlists:ranking", args=[team.offer.pk]))
        own_queries.append(
            [q["sql"] for q in context.captured_queries if '"assessments_' not in q["sql"]]
        )
    assert len(own_queries[0]) == len(own_queries[1])


def test_the_situational_and_written_results_of_the_assessment_count(team):
    from assessments.models import SjtAnswer
    from tests.assessments.factories import (
        AttemptFactory,
        CampaignFactory,
        WrittenAnswerFactory,
        WrittenReviewFactory,
    )

    SelectionPolicyFactory(
        offer=team.offer, locked=True, weight_coding=0, weight_sjt=1, weight_written=1
    )
    campaign = CampaignFactory(offer=team.offer)
    attempt = AttemptFactory(campaign=campaign, submitted=True, application__stage="assessed")
    # Responses rated 5, 3, 2, 1: "b" (3) most and "d" (1) least effective is
    # ½ × (3 − 1) / 4 + ½ × (5 − 1) / 4 = 0.75.
    SjtAnswer.objects.create(
        attempt=attempt, scenario=campaign.scenarios.get(), most="b", least="d"
    )
    answer = WrittenAnswerFactory(attempt=attempt)
    WrittenReviewFactory(answer=answer, level=5)
    WrittenReviewFactory(answer=answer, level=5)
    _response, (row,) = ranking_rows(logged_in(team.member), team.offer)
    assert (str(row.scores["sjt"]), str(row.scores["written"])) == ("75.0", "100.0")
    assert str(row.total) == "87.5"


def test_the_ranking_shows_a_page_of_rows_and_the_next_page_continues_it(team, monkeypatch):
    from shortlists import ranked

    monkeypatch.setattr(ranked, "ROWS_PER_PAGE", 2)
    SelectionPolicyFactory(offer=team.offer, locked=True)
    for index, coding in enumerate([0.9, 0.8, 0.7, 0.6, 0.5]):
        scored(team.offer, coding=coding, consensus=3, pseudonym=f"Orme-{index}")
    client = logged_in(team.member)
    first = client.get(reverse("shortlists:ranking", args=[team.offer.pk]))
    rows = [item["row"] for item in first.context["rows"]]
    assert [(r.label, r.rank) for r in rows] == [("Orme-0", 1), ("Orme-1", 2)]
    # The page's last row is compared with the next page's first.
    assert rows[1].comparison.other == "Orme-2"
    assert "Candidatures 1 à 2 sur 5." in first.content.decode()
    second = client.get(reverse("shortlists:ranking", args=[team.offer.pk]), {"page": 2})
    assert [(i["row"].label, i["row"].rank) for i in second.context["rows"]] == [
        ("Orme-2", 3),
        ("Orme-3", 4),
    ]


def test_a_pseudonym_is_found_on_its_page(team, monkeypatch):
    from shortlists import ranked

    monkeypatch.setattr(ranked, "ROWS_PER_PAGE", 2)
    SelectionPolicyFactory(offer=team.offer, locked=True)
    for index, coding in enumerate([0.9, 0.8, 0.7, 0.6, 0.5]):
        scored(team.offer, coding=coding, consensus=3, pseudonym=f"Orme-{index}")
    wanted = scored(team.offer, coding=0.1, consensus=1, pseudonym="Saule-Pleureur")
    client = logged_in(team.member)
    url = reverse("shortlists:ranking", args=[team.offer.pk])
    response = client.get(url, {"q": "saule"})
    assert response["Location"] == f"{url}?page=3&trouvee={wanted.pk}#trouvee"
    page = client.get(response["Location"]).content.decode()
    assert 'class="found" id="trouvee" aria-current="true" data-pseudonym="Saule-Pleureur"' in page
    missing = client.get(url, {"q": "Chêne"}).content.decode()
    assert "Aucune candidature sous un pseudonyme contenant « Chêne »." in missing


def test_the_search_ignores_accents_and_case_and_marks_the_row_it_jumps_to(team):
    SelectionPolicyFactory(offer=team.offer, locked=True)
    wanted = scored(team.offer, coding=0.5, consensus=3, pseudonym="Érable-3J8W")
    client = logged_in(team.member)
    url = reverse("shortlists:ranking", args=[team.offer.pk])
    response = client.get(url, {"q": "erable"})
    assert response["Location"] == f"{url}?page=1&trouvee={wanted.pk}#trouvee"
    page = client.get(response["Location"]).content.decode()
    assert 'class="found" id="trouvee" aria-current="true" data-pseudonym="Érable-3J8W"' in page


def test_several_pseudonyms_found_are_listed_as_links_rather_than_jumping_to_the_first(team):
    SelectionPolicyFactory(offer=team.offer, locked=True)
    first = scored(team.offer, coding=0.9, consensus=3, pseudonym="Orme-Blanc")
    second = scored(team.offer, coding=0.2, consensus=3, pseudonym="Orme-Noir")
    scored(team.offer, coding=0.5, consensus=3, pseudonym="Saule-Vert")
    client = logged_in(team.member)
    url = reverse("shortlists:ranking", args=[team.offer.pk])
    response = client.get(url, {"q": "orme"})
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert "2 pseudonymes contiennent « orme » :" in page
    for application in (first, second):
        assert f'href="{url}?page=1&trouvee={application.pk}#trouvee"' in page
    assert f">{first.pseudonym}</a>" in page and "Saule-Vert</a>" not in page


def test_a_withdrawn_pseudonym_found_is_said_withdrawn(team):
    SelectionPolicyFactory(offer=team.offer, locked=True)
    scored(team.offer, coding=0.5, consensus=3, pseudonym="Saule-Vert")
    scored(team.offer, coding=0.5, stage=ApplicationStage.WITHDRAWN, pseudonym="Tilleul-7Q")
    client = logged_in(team.member)
    url = reverse("shortlists:ranking", args=[team.offer.pk])
    page = html.unescape(client.get(url, {"q": "tilleul"}).content.decode())
    assert "La candidature Tilleul-7Q a été retirée : elle n'est plus classée." in page
    assert "Aucune candidature sous un pseudonyme" not in page
