"""An offer's ranking read from the stored scores (`shortlists.stored_scores`): the database
sorts the applications and gives each its rank and whether it shares it, in the order of
`ranking.order_key`; Python only builds the rows shown (a page of the ranking page, every row of
the CSV). A fixed number of queries, whatever the number of applications."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Count, F, Q, Window
from django.db.models.functions import Collate, Rank

from candidates.enums import ApplicationStage
from candidates.models import Application
from employers.models import Offer
from shortlists import ranking
from shortlists.models import SelectionPolicy
from shortlists.stored_scores import refresh_offer

ROWS_PER_PAGE = 100
_S = "stored_score__"
_FIELDS = ("pk", "pseudonym", "stage", *(_S + c for c in ranking.COMPONENTS), _S + "total")


def _order() -> list:
    """`ranking.order_key` in SQL: more components with a result first, the higher total first.
    An unranked row (no total) comes last without a key of its own: with missing results left
    out it has no result (completeness 0, the least); with missing-as-zero every row has the
    same completeness, and a missing total sorts last."""
    return [
        F(_S + "completeness").desc(nulls_last=True),
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
    """(id, pseudonym, stage, coding, sjt, written, interview, total, completeness, rank) best
    first: one sort, shared by the rank and the order."""
    order = _order()
    return (
        _applications(offer)
        .annotate(position=Window(Rank(), order_by=order))
        .order_by(*order, _by_pseudonym(), "pk")
        .values_list(*_FIELDS, _S + "completeness", "position")
    )


def _fresh_count(offer: Offer, policy: SelectionPolicy) -> int:
    """The number of applications ranked, once their stored scores are all there and under
    `policy` (stored again otherwise: data older than the stored scores, or rules made
    elsewhere than `policies.save_policy`). One query when all is fresh."""
    counts = _applications(offer).aggregate(
        ranked=Count("pk"), fresh=Count("pk", filter=Q(stored_score__policy_id=policy.pk))
    )
    if counts["fresh"] != counts["ranked"]:
        refresh_offer(offer)
    return counts["ranked"]


def _row(values, rules: ranking.Rules, *, terms: bool) -> ranking.Row:
    pk, label, _stage, *points, total, completeness, position = values
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
    )


def _mark_ties(rows: list[ranking.Row], before: int | None = None) -> None:
    """A ranked row shares its rank with the row before or after it (`before`: the rank of
    the row before the first, on another page)."""
    ranks = [before, *(row.rank for row in rows), None]
    for index, row in enumerate(rows, start=1):
        row.tied = row.rank is not None and row.rank in (ranks[index - 1], ranks[index + 1])


def all_rows(offer: Offer, policy: SelectionPolicy) -> tuple[list[ranking.Row], dict[int, str]]:
    """Every application but the withdrawn ones, best first, with its stage (for the CSV; the
    rows carry no terms nor comparison)."""
    _fresh_count(offer, policy)
    rules = policy.rules
    values = list(_ranked_values(offer))
    rows = [_row(v, rules, terms=False) for v in values]
    _mark_ties(rows)
    return rows, {v[0]: v[2] for v in values}


@dataclass
class RankedPage:
    rows: list[ranking.Row]
    stages: dict[int, str]
    page: Page


def _folded(text: str) -> str:
    """`text` without its accents nor its case: « Érable » and « erable » read the same."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass
class Hit:
    page: int
    key: int  # the application's id
    label: str


@dataclass
class Found:
    hits: list[Hit]  # in ranking order
    withdrawn: list[str]  # pseudonyms of withdrawn applications that match, not ranked


def find(offer: Offer, policy: SelectionPolicy, searched: str) -> Found:
    """The applications in ranking order whose pseudonym contains `searched`, whatever the
    case and the accents, with the page each is on; and the withdrawn ones that match (they
    are not ranked, the page says so)."""
    _fresh_count(offer, policy)
    wanted = _folded(searched.strip())
    if not wanted:
        return Found(hits=[], withdrawn=[])
    labels = _applications(offer).order_by(*_order(), _by_pseudonym(), "pk")
    hits = [
        Hit(page=index // ROWS_PER_PAGE + 1, key=pk, label=label)
        for index, (pk, label) in enumerate(labels.values_list("pk", "pseudonym"))
        if wanted in _folded(label)
    ]
    withdrawn = Application.objects.filter(offer=offer, stage=ApplicationStage.WITHDRAWN)
    return Found(
        hits=hits,
        withdrawn=sorted(
            label
            for label in withdrawn.values_list("pseudonym", flat=True)
            if wanted in _folded(label)
        ),
    )


def page_of(offer: Offer, policy: SelectionPolicy, number=1) -> RankedPage:
    """One page of the ranking (`ROWS_PER_PAGE` rows), each row compared with the next one,
    the last with the next page's first."""
    count = _fresh_count(offer, policy)
    rules = policy.rules
    ranked = _ranked_values(offer)
    page = _Counted(ranked, ROWS_PER_PAGE, count=count).get_page(number)
    start = (page.number - 1) * ROWS_PER_PAGE
    # The row before (does the first share its rank?) and the one after (the last's
    # comparison, and does it share its rank?).
    values = list(ranked[max(start - 1, 0) : start + ROWS_PER_PAGE + 1])
    rows = [_row(v, rules, terms=True) for v in values]
    before = rows.pop(0).rank if start else None
    _mark_ties(rows, before)
    ranking.compare_neighbours(rows)
    stages = {v[0]: v[2] for v in values}
    return RankedPage(rows=rows[:ROWS_PER_PAGE], stages=stages, page=page)


class _Counted(Paginator):
    """A paginator told the count (read with the freshness check) instead of asking for it."""

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count  # the cached_property's value
