"""The ranking of an offer's candidates under its selection policy. Pure Python (no Django).

Scores are points on a 0–100 scale with one decimal. The weighted total is rounded to one decimal
(half up). The total is a weighted mean, so it is on 0–100 whatever the weights add up to.

The order, a rule a recruiter can check: when a missing result is left out of the total, an
application with results for more of the weighted components ranks above one with fewer (the
complete ones first: two results out of four never outrank four out of four); at equal
completeness, the higher total ranks first. With missing-as-zero every application counts every
weighted component, so the total alone orders them. Two candidates with the same completeness
and rounded total share their rank: a tie is shown, never broken. The total splits exactly into
one term per component (weight × score / sum of the weights counted), so "why is A above B" is
the difference of their terms on the components both have a result for.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property

COMPONENTS = ("coding", "sjt", "written", "interview")
ONE_DECIMAL = Decimal("0.1")
TWO_DECIMALS = Decimal("0.01")

# Cut-off statuses (same values as shortlists.enums.CutoffStatus).
PASSES, BELOW, PENDING, NO_RULE = "passes", "below", "pending", "no_rule"


def points(score: float | None) -> Decimal | None:
    """A score in [0, 1] as points on 0–100 with one decimal."""
    if score is None:
        return None
    if not 0 <= score <= 1:
        raise ValueError(f"scores are in [0, 1], not {score}")
    return (Decimal(str(score)) * 100).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def shares(weights: Mapping[str, int]) -> dict[str, int]:
    """Each weight's share of their sum in whole percents adding up to exactly 100 (largest
    remainder: every share is rounded down, then the points left go to the largest remainders,
    the first component first among equal ones)."""
    total = sum(weights.values())
    if total <= 0:
        return {name: 0 for name in weights}
    exact = {name: Decimal(100 * weight) / total for name, weight in weights.items()}
    result = {name: int(value) for name, value in exact.items()}
    left = 100 - sum(result.values())
    order = list(weights)
    by_remainder = sorted(
        order, key=lambda name: (-(exact[name] - result[name]), order.index(name))
    )
    for name in by_remainder[:left]:
        result[name] += 1
    return result


def total_of(terms: dict[str, Decimal] | None) -> Decimal | None:
    """The weighted total: the sum of the terms, rounded to one decimal (half up)."""
    if terms is None:
        return None
    return sum(terms.values(), Decimal(0)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Rules:
    weights: Mapping[str, int]
    minimums: Mapping[str, Decimal | None] = field(default_factory=dict)
    min_total: Decimal | None = None
    missing_as_zero: bool = False

    def __post_init__(self):
        if any(w < 0 for w in self.weights.values()) or not any(self.weights.values()):
            raise ValueError("weights are positive or zero, and one at least is positive")

    @cached_property
    def weighted(self) -> tuple[str, ...]:
        return tuple(c for c in COMPONENTS if self.weights.get(c, 0) > 0)

    def terms(self, scores: Mapping[str, Decimal | None]) -> dict[str, Decimal] | None:
        """Each weighted component's share of the total; None when no weighted component has a
        result (excluded) — with missing-as-zero, a missing result is a zero term."""
        counted = [c for c in self.weighted if scores.get(c) is not None or self.missing_as_zero]
        if not any(scores.get(c) is not None for c in self.weighted):
            return None
        total_weight = Decimal(sum(self.weights[c] for c in counted))
        return {
            c: Decimal(self.weights[c]) * (scores.get(c) or Decimal(0)) / total_weight
            for c in counted
        }

    def total(self, scores: Mapping[str, Decimal | None]) -> Decimal | None:
        return total_of(self.terms(scores))

    def completeness(self, scores: Mapping[str, Decimal | None]) -> int:
        """How many weighted components count with a result: the first key of the order (all
        of them with missing-as-zero, where a missing result is a result of 0)."""
        if self.missing_as_zero:
            return len(self.weighted)
        return sum(1 for c in self.weighted if scores.get(c) is not None)

    def missing(self, scores: Mapping[str, Decimal | None]) -> list[str]:
        """The weighted components without a result."""
        return [c for c in self.weighted if scores.get(c) is None]

    @cached_property
    def cutoff_rules(self) -> tuple[tuple[str, Decimal], ...]:
        """(component or "total", minimum) of each minimum set."""
        rules = [(c, m) for c, m in self.minimums.items() if m is not None]
        if self.min_total is not None:
            rules.append(("total", self.min_total))
        return tuple(rules)

    def cutoff(self, scores, total) -> tuple[str, list[str], list[str]]:
        """(status, components below their minimum, components still without a result);
        "total" stands for the total's minimum."""
        below: list[str] = []
        pending: list[str] = []
        if not self.cutoff_rules:
            return NO_RULE, below, pending
        for name, minimum in self.cutoff_rules:
            value = total if name == "total" else scores.get(name)
            if value is None:
                pending.append(name)
            elif value < minimum:
                below.append(name)
        status = BELOW if below else PENDING if pending else PASSES
        return status, below, pending


@dataclass(frozen=True)
class Entry:
    key: int
    label: str
    scores: Mapping[str, Decimal | None]


@dataclass(frozen=True)
class Difference:
    component: str
    points: Decimal


@dataclass(frozen=True)
class Comparison:
    """This row against the next one down."""

    other: str
    tied: bool
    gap: Decimal
    ahead: tuple[Difference, ...]  # components where this row gains, largest first
    behind: tuple[Difference, ...]  # components where the next row gains, largest first
    # Above because it has results for more components (the totals are then not compared).
    more_complete: bool = False
    # Weighted components without a result here / in the next row: never "ahead" nor "behind".
    missing_here: tuple[str, ...] = ()
    missing_there: tuple[str, ...] = ()


@dataclass
class Row:
    key: int
    label: str
    scores: Mapping[str, Decimal | None]
    total: Decimal | None
    terms: dict[str, Decimal] | None
    status: str
    below: list[str]
    pending: list[str]
    completeness: int = 0
    rank: int | None = None
    tied: bool = False
    comparison: Comparison | None = None


def compare(upper: Row, lower: Row) -> Comparison:
    """Why `upper` is above `lower`: more components with a result, or else the gap of their
    totals and the difference of their terms on the components both have a result for (a
    component without a result on one side is named as such, never as a gain or a loss)."""
    assert upper.total is not None and lower.total is not None  # only ranked rows are compared
    weighted = [c for c in COMPONENTS if c in (upper.terms or {}) or c in (lower.terms or {})]
    missing_here = tuple(c for c in weighted if upper.scores.get(c) is None)
    missing_there = tuple(c for c in weighted if lower.scores.get(c) is None)
    if upper.completeness != lower.completeness:
        return Comparison(
            other=lower.label,
            tied=False,
            gap=upper.total - lower.total,
            ahead=(),
            behind=(),
            more_complete=True,
            missing_here=missing_here,
            missing_there=missing_there,
        )
    diffs = []
    for component in weighted:
        if component in missing_here or component in missing_there:
            continue
        mine = (upper.terms or {}).get(component, Decimal(0))
        theirs = (lower.terms or {}).get(component, Decimal(0))
        value = (mine - theirs).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)
        if value:
            diffs.append(Difference(component, value))
    ahead = sorted((d for d in diffs if d.points > 0), key=lambda d: -d.points)
    behind = sorted((d for d in diffs if d.points < 0), key=lambda d: d.points)
    return Comparison(
        other=lower.label,
        tied=upper.total == lower.total,
        gap=upper.total - lower.total,
        ahead=tuple(ahead),
        behind=tuple(behind),
        missing_here=missing_here,
        missing_there=missing_there,
    )


def order_key(row: Row) -> tuple:
    """Best first: unranked last, then more components with a result, then the higher total,
    then the pseudonym (the display order among ties)."""
    return (row.total is None, -row.completeness, -(row.total or 0), row.label)


def make_row(key: int, label: str, scores: Mapping[str, Decimal | None], rules: Rules) -> Row:
    """One row before ranking: its total, terms, completeness and cut-off status."""
    terms = rules.terms(scores)
    total = total_of(terms)
    status, below, pending = rules.cutoff(scores, total)
    return Row(
        key=key,
        label=label,
        scores=dict(scores),
        total=total,
        terms=terms,
        status=status,
        below=below,
        pending=pending,
        completeness=rules.completeness(scores),
    )


def rank(entries: Iterable[Entry], rules: Rules) -> list[Row]:
    """Rows best first (`order_key`). Equal completeness and totals share the lowest rank and
    are marked tied (listed among themselves by pseudonym); rows without any weighted result
    come last, unranked."""
    rows = [make_row(entry.key, entry.label, entry.scores, rules) for entry in entries]
    rows.sort(key=order_key)
    # Sorted, the rows above a total are those before its first row: its rank is that
    # position, in one pass (counting the larger totals for each row took n² steps).
    sharing = Counter((r.completeness, r.total) for r in rows if r.total is not None)
    previous, first = None, 0
    for position, row in enumerate(rows, start=1):
        if row.total is None:
            break
        if (row.completeness, row.total) != previous:
            previous, first = (row.completeness, row.total), position
        row.rank = first
        row.tied = sharing[row.completeness, row.total] > 1
    compare_neighbours(rows)
    return rows


def compare_neighbours(rows: list[Row]) -> None:
    """Each ranked row's comparison with the next one, in order."""
    for upper, lower in zip(rows, rows[1:], strict=False):
        if upper.total is not None and lower.total is not None:
            upper.comparison = compare(upper, lower)
