"""An offer's ranking read from the stored scores (`shortlists.stored_scores`): the database
sorts the applications and gives each its rank and whether it shares it, in the order of
`ranking.order_key`; Python only builds the rows shown (a page of the ranking page, every row of
the CSV). A fixed number of queries, whatever the number of applications."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Case, Count, F, IntegerField, Value, When, Window
from django.db.models.functions import Coalesce, Collate, Rank

from candidates.enums import ApplicationStage
from candidates.models import Application
from employers.models import Offer
from shortlists import ranking
from shortlists.models import SelectionPolicy
from shortlists.stored_scores import ensure_fresh

ROWS_PER_PAGE = 100
_S = "stored_score__"
_FIELDS = ("pk", "pseudonym", "stage", *(_S + c for c in ranking.COMPONENTS), _S + "total")


def _order() -> list:
    """`ranking.order_key` in SQL: unranked last, more components with a result first, the
    higher total first."""
    unranked = Case(
        When(stored_score__total__isnull=True, then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    return [
        unranked.asc(),
        Coalesce(F(_S + "completeness"), Value(0)).desc(),
        F(_S + "total").desc(nulls_last=True),
    ]


def _by_pseudonym():
    """Pseudonyms in code point order, as Python sorts them (PostgreSQL's own collation may
    order accents otherwise; SQLite compares bytes)."""
    if connection.vendor == "postgresql":
        return Collate(F("pseudonym"), "C").asc()
    return F("pseudonym").asc()


def _applications(offer: Offer):
    return Application.objects.filter(offer=offer).exclude(stage=ApplicationStage.WITHDRAWN)


def _ranked_values(offer: Offer):
    """(id, pseudonym, stage, coding, sjt, written, interview, total, completeness, rank,
    rows sharing its completeness and total) best first."""
    order = _order()
    return (
        _applications(offer)
        .annotate(
            position=Window(Rank(), order_by=order),
            sharing=Window(Count("pk"), partition_by=[F(_S + "completeness"), F(_S + "total")]),
        )
        .order_by(*order, _by_pseudonym(), "pk")
        .values_list(*_FIELDS, _S + "completeness", "position", "sharing")
    )


def _row(values, rules: ranking.Rules, *, terms: bool) -> ranking.Row:
    pk, label, _stage, *points, total, completeness, position, sharing = values
    scores = dict(zip(ranking.COMPONENTS, points, strict=True))
    status, below, pending = rules.cutoff(scores, total)
    return ranking.Row(
        key=pk,
        label=label,
        scores=scores,
        total=total,
        terms=rules.terms(scores) if terms else None,
        status=status,
        below=below,
        pending=pending,
        completeness=completeness or 0,
        rank=None if total is None else position,
        tied=total is not None and sharing > 1,
    )


def all_rows(offer: Offer, policy: SelectionPolicy) -> tuple[list[ranking.Row], dict[int, str]]:
    """Every application but the withdrawn ones, best first, with its stage (for the CSV; the
    rows carry no terms nor comparison)."""
    ensure_fresh(offer, policy)
    rules = policy.rules
    values = list(_ranked_values(offer))
    rows = [_row(v, rules, terms=False) for v in values]
    return rows, {v[0]: v[2] for v in values}


@dataclass
class RankedPage:
    rows: list[ranking.Row]
    stages: dict[int, str]
    page: Page


def find(offer: Offer, policy: SelectionPolicy, searched: str) -> tuple[int, int] | None:
    """(page number, application id) of the first application in ranking order whose
    pseudonym contains `searched`, whatever the case; None when there is none."""
    ensure_fresh(offer, policy)
    wanted = searched.strip().casefold()
    if not wanted:
        return None
    labels = _applications(offer).order_by(*_order(), _by_pseudonym(), "pk")
    for index, (pk, label) in enumerate(labels.values_list("pk", "pseudonym")):
        if wanted in label.casefold():
            return index // ROWS_PER_PAGE + 1, pk
    return None


def page_of(offer: Offer, policy: SelectionPolicy, number=1) -> RankedPage:
    """One page of the ranking (`ROWS_PER_PAGE` rows), each row compared with the next one,
    the last with the next page's first."""
    ensure_fresh(offer, policy)
    rules = policy.rules
    ranked = _ranked_values(offer)
    page = Paginator(ranked, ROWS_PER_PAGE).get_page(number)
    start = (page.number - 1) * ROWS_PER_PAGE
    values = list(ranked[start : start + ROWS_PER_PAGE + 1])  # and the next one, to compare
    rows = [_row(v, rules, terms=True) for v in values]
    ranking.compare_neighbours(rows)
    return RankedPage(rows=rows[:ROWS_PER_PAGE], stages={v[0]: v[2] for v in values}, page=page)
