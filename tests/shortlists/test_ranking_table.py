"""The ranking table's rows, built in Python for speed (shortlists/views/ranking_table.py), say
exactly what the template's loop said: the loop the page had is kept here as the reference and
both are rendered on rows with ties, missing components, minimums failed and awaited, and
stages with and without a decision to take, in French and in English."""

import re
from decimal import ROUND_HALF_UP
from decimal import Decimal as D
from pathlib import Path

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.translation import gettext as _

from candidates.enums import ApplicationStage
from shortlists import policies
from shortlists.enums import Component, CutoffStatus
from shortlists.ranking import COMPONENTS, Entry, Rules, rank
from shortlists.views.ranking_table import rows_html

# The loop of shortlists/templates/shortlists/ranking.html before the rows were built in Python.
REFERENCE_LOOP = (Path(__file__).parent / "ranking_rows_reference.html").read_text()


def _label(name):
    return _("Total pondéré") if name == "total" else Component(name).label


def reference_item(row, stage):
    """What the view handed the template for each row before (its `_row_view`)."""
    comparison = row.comparison
    return {
        "row": row,
        "scores": [row.scores.get(c) for c in COMPONENTS],
        "status_label": CutoffStatus(row.status).label,
        "below": [_label(name) for name in row.below],
        "pending": [_label(name) for name in row.pending],
        "stage_label": ApplicationStage(stage).label,
        "can_decide": stage in policies.WAITING_STAGES,
        "ahead": [(_label(d.component), d.points) for d in comparison.ahead] if comparison else [],
        "behind": [(_label(d.component), -d.points) for d in comparison.behind]
        if comparison
        else [],
        "missing_here": [_label(c) for c in comparison.missing_here] if comparison else [],
        "missing_there": [_label(c) for c in comparison.missing_there] if comparison else [],
        # The integer part of the rounded gap, which French counts (« 1,1 point »).
        "gap_units": int(comparison.gap.quantize(D("0.1"), rounding=ROUND_HALF_UP))
        if comparison and comparison.gap is not None
        else 0,
    }


def normalised(html: str) -> str:
    """Whitespace as a browser shows it: runs collapsed, none around tags."""
    html = re.sub(r"\s+", " ", str(html))
    return re.sub(r"\s*(<[^>]+>)\s*", r"\1", html).strip()


def rows():
    rules = Rules(
        weights={"coding": 2, "sjt": 1, "written": 1, "interview": 1},
        minimums={"coding": D(50), "interview": D(60)},
        min_total=D(55),
    )
    entries = [
        Entry(1, "Aulne-AB2C", {"coding": D("80.0"), "sjt": D("62.5"), "written": D("75.0")}),
        Entry(2, "Bouleau-K3<&", {"coding": D("80.0"), "sjt": D("62.5"), "written": D("75.0")}),
        Entry(3, "Cèdre-ZZ9Q", {"coding": D("40.0"), "interview": D("100.0"), "sjt": D(0)}),
        Entry(4, "Érable-4QQA", {"coding": D("95.5"), "sjt": D("12.5"), "interview": D("50.0")}),
        Entry(5, "Frêne-HH2M", {}),
        Entry(6, "Genêt-77AB", {"coding": D("0.0")}),
    ]
    stages = {
        1: ApplicationStage.ASSESSED,
        2: ApplicationStage.INTERVIEW,
        3: ApplicationStage.REJECTED,
        4: ApplicationStage.SHORTLISTED,
        5: ApplicationStage.APPLIED,
        6: ApplicationStage.HIRED,
    }
    return rank(entries, rules), stages


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_rows_say_what_the_template_said(language):
    ranked, stages = rows()
    with translation.override(language):
        reference = Template(REFERENCE_LOOP).render(
            Context({"rows": [reference_item(row, stages[row.key]) for row in ranked]})
        )
        built = rows_html(ranked, stages)
    assert normalised(built) == normalised(reference)
    assert "Bouleau-K3&lt;&amp;" in built  # escaped as the template escaped it


def test_a_gap_below_two_points_takes_the_singular_in_french():
    """« 0,2 point », « 1,1 point » but « 2,0 points »: French counts the integer part."""
    ranked = rank(
        [
            Entry(1, "Aulne-AB2C", {"coding": D("53.3")}),
            Entry(2, "Bouleau-K3LM", {"coding": D("51.3")}),
            Entry(3, "Cèdre-ZZ9Q", {"coding": D("51.1")}),
            Entry(4, "Érable-4QQA", {"coding": D("50.0")}),
        ],
        Rules(weights={"coding": 1}),
    )
    stages = dict.fromkeys(range(1, 5), ApplicationStage.ASSESSED)
    with translation.override("fr"):
        built = str(rows_html(ranked, stages))
    assert "2,0 points de plus que Bouleau-K3LM." in built
    assert "0,2 point de plus que Cèdre-ZZ9Q." in built
    assert "1,1 point de plus que Érable-4QQA." in built
    with translation.override("en"):
        built = str(rows_html(ranked, stages))
    assert "1.1 points more than Érable-4QQA." in built
    assert "0.2 points more than Cèdre-ZZ9Q." in built
