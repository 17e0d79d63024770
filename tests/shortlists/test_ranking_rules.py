"""The ranking's order as a recruiter reads it on the page (found by an independent tester):
an application with fewer results never outranks complete ones when missing results are left
out of the total, a component without a result is never « behind », and the totals are on the
scale the page states."""

from decimal import Decimal as D

import pytest
from django.urls import reverse

from shortlists.ranking import Entry, Rules, rank
from tests.shortlists.conftest import logged_in, scored
from tests.shortlists.factories import SelectionPolicyFactory

pytestmark = pytest.mark.django_db

FOUR = Rules(weights={"coding": 1, "sjt": 1, "written": 1, "interview": 1})


def test_two_results_out_of_four_do_not_outrank_four_out_of_four():
    rows = rank(
        [
            Entry(1, "Aulne", {"coding": D(95), "sjt": D(95)}),
            Entry(
                2, "Bouleau", {"coding": D(80), "sjt": D(70), "written": D(75), "interview": D(80)}
            ),
            Entry(
                3, "Cèdre", {"coding": D(60), "sjt": D(60), "written": D(60), "interview": D(60)}
            ),
            Entry(4, "Douglas", {"coding": D(99), "sjt": D(99), "written": D(99)}),
        ],
        FOUR,
    )
    # Complete first (by total), then three of four, then two of four.
    assert [(r.label, r.rank) for r in rows] == [
        ("Bouleau", 1),
        ("Cèdre", 2),
        ("Douglas", 3),
        ("Aulne", 4),
    ]
    assert rows[1].comparison.more_complete  # Cèdre (60) above Douglas (99): more results
    assert rows[1].comparison.missing_there == ("interview",)


def test_with_missing_as_zero_the_total_alone_orders():
    rules = Rules(weights=FOUR.weights, missing_as_zero=True)
    rows = rank(
        [
            Entry(1, "Aulne", {"coding": D(100), "sjt": D(100), "written": D(100)}),
            Entry(
                2, "Bouleau", {"coding": D(60), "sjt": D(60), "written": D(60), "interview": D(60)}
            ),
        ],
        rules,
    )
    assert [(r.label, str(r.total)) for r in rows] == [("Aulne", "75.0"), ("Bouleau", "60.0")]


def test_the_page_states_the_order_and_explains_a_more_complete_row(team):
    SelectionPolicyFactory(offer=team.offer, locked=True)  # coding 50, interview 50
    scored(team.offer, coding=0.95, pseudonym="Aulne-Seul")
    scored(team.offer, coding=0.5, consensus=3, pseudonym="Bouleau-Complet")
    response = logged_in(team.member).get(reverse("shortlists:ranking", args=[team.offer.pk]))
    rows = [item["row"] for item in response.context["rows"]]
    assert [r.label for r in rows] == ["Bouleau-Complet", "Aulne-Seul"]
    text = response.content.decode()
    assert (
        "les candidatures qui ont un résultat pour toutes les composantes pondérées d'abord" in text
    )
    assert (
        "Des résultats pour plus de composantes que Aulne-Seul "
        "(sans résultat : Entretien (consensus))." in text
    )


def test_behind_never_names_a_component_without_a_result(team):
    SelectionPolicyFactory(offer=team.offer, locked=True, missing_as_zero=True)
    scored(team.offer, coding=1.0, pseudonym="Aulne-Code")  # 50: its interview counts 0
    scored(team.offer, coding=0.2, consensus=2, pseudonym="Bouleau-Tout")  # (20 + 25) / 2
    text = logged_in(team.member).get(reverse("shortlists:ranking", args=[team.offer.pk]))
    text = text.content.decode()
    assert "Derrière sur" not in text
    assert "Sans résultat ici : Entretien (consensus)" in text


def test_weights_summing_to_120_leave_totals_on_100_and_say_so(team):
    SelectionPolicyFactory(
        offer=team.offer, locked=True, weight_coding=60, weight_sjt=0, weight_interview=60
    )
    scored(team.offer, coding=1.0, consensus=5, pseudonym="Aulne-Max")
    response = logged_in(team.member).get(reverse("shortlists:ranking", args=[team.offer.pk]))
    (row,) = [item["row"] for item in response.context["rows"]]
    assert str(row.total) == "100.0"
    text = response.content.decode()
    assert "Poids et seuils (sur 100)" not in text  # the weights are not on 100
    assert "Les poids sont relatifs (leur somme est 120)" in text
    assert "Scores, seuils et total pondéré sur 100" in text
