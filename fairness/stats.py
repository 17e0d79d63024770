"""Fairness statistics: selection rates per group, adverse-impact ratios, Fisher's exact test,
small-group suppression and a diversity index. Pure Python, no Django: the services feed it
counts, the views show what it returns.

Definitions (also written on the pages):

- At a funnel stage, an application is *decided* when it went further (advanced) or was
  rejected while this was its furthest stage (stopped). Applications still waiting at the stage,
  or withdrawn by the candidate, are left out: they are nobody's selection decision.
- Withdrawals are a stage of their own: per funnel stage, how many applications that reached
  it were withdrawn there (their furthest stage), out of all that reached it. Totals only, no
  group figure: the employer sees who withdrew, as for a rejection, and withdrawals are few.
- Selection rate of a group = advanced / decided, among the group's members.
- Adverse-impact ratio = a group's rate / the highest rate among the groups shown (the
  "four-fifths rule": below 0.8 is flagged); none when fewer than two groups are shown.
- Fisher's exact test compares the group with everyone else decided at the stage (other groups
  and people who declared nothing), two-sided, from exact hypergeometric probabilities.

Suppression, so that no person can be singled out (`THRESHOLD` = 10):

1. A group with fewer than 10 decided people at a stage has no figure at all.
2. The total of the stage is shown, so the people outside the shown groups could be deduced by
   difference: while they number between 1 and 9, the smallest shown group is suppressed too.
3. The employer knows who advanced and who stopped. Group figures at a stage are therefore only
   given when at least 10 people advanced and at least 10 stopped, and not when one group holds
   every advanced or every stopped person (that would tell the group of each of them): then the
   whole attribute is withheld at that stage.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

THRESHOLD = 10
# Hypergeometric probabilities below this are left out of Fisher's sum.
NEGLIGIBLE = 1e-20
IMPACT_RATIO_FLAG = 0.8
SIGNIFICANCE = 0.05
# Below these sizes the test has little power: an absence of flag proves little.
SMALL_SAMPLE = 30
MIN_EXPECTED = 5

# Reasons a figure is withheld.
TOO_FEW = "too_few"
DIFFERENCE = "difference"
STAGE_TOO_SMALL = "stage_too_small"
WHOLE_SIDE = "whole_side"


# Fisher's exact test ------------------------------------------------------------------------


def _log_comb(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def fisher_exact(a: int, b: int, c: int, d: int) -> float:
    """Two-sided p-value of Fisher's exact test for the table [[a, b], [c, d]].

    The margins are fixed; the p-value sums the hypergeometric probabilities of every table
    no more probable than the observed one (with a small relative tolerance, as R and SciPy do).
    The distribution is unimodal, so the sum walks out from the mode and stops where the
    probabilities fall below `NEGLIGIBLE`: a few thousand terms even for 100,000 people, for an
    absolute error below 1e-12 (the pages show four decimals).
    """
    if min(a, b, c, d) < 0:
        raise ValueError("Counts must be non-negative.")
    row1, row2, col1 = a + b, c + d, a + c
    total = row1 + row2
    if total == 0:
        return 1.0
    low, high = max(0, col1 - row2), min(row1, col1)
    log_denominator = _log_comb(total, col1)

    def log_p(x: int) -> float:
        return _log_comb(row1, x) + _log_comb(row2, col1 - x) - log_denominator

    cutoff = log_p(a) + math.log1p(1e-7)
    floor = math.log(NEGLIGIBLE)
    mode = min(max((row1 + 1) * (col1 + 1) // (total + 2), low), high)
    p_value = 0.0
    for steps in (range(mode, low - 1, -1), range(mode + 1, high + 1)):
        for x in steps:
            log_px = log_p(x)
            if log_px < floor:
                break
            if log_px <= cutoff:
                p_value += math.exp(log_px)
    return min(1.0, p_value)


# Funnel records --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    """`count` applications that share a furthest stage, a current stage and declared groups
    (attribute -> group, "" when not declared)."""

    furthest: str
    current: str
    groups: Mapping[str, str]
    count: int = 1


def decision(record: Record, stage: str, funnel: Sequence[str], stopped: str) -> bool | None:
    """True if the application advanced past `stage`, False if it was rejected at it, None if
    it never reached it, is still waiting at it or was withdrawn there (or its furthest stage
    is not a funnel stage at all)."""
    if record.furthest not in funnel:
        return None
    reached = funnel.index(record.furthest)
    here = funnel.index(stage)
    if reached < here:
        return None
    if reached > here:
        return True
    return False if record.current == stopped else None


@dataclass
class GroupFigure:
    group: str
    n: int | None = None
    advanced: int | None = None
    rate: float | None = None
    impact_ratio: float | None = None
    p_value: float | None = None
    small_sample: bool = False
    suppressed_because: str = ""
    label: str = ""

    @property
    def suppressed(self) -> bool:
        return bool(self.suppressed_because)

    @property
    def rate_percent(self) -> float | None:
        return None if self.rate is None else 100 * self.rate

    @property
    def flagged(self) -> bool:
        return self.impact_ratio is not None and self.impact_ratio < IMPACT_RATIO_FLAG

    @property
    def significant(self) -> bool:
        return self.p_value is not None and self.p_value < SIGNIFICANCE


@dataclass
class AttributeTable:
    attribute: str
    groups: list[GroupFigure]
    withheld_because: str = ""
    label: str = ""

    @property
    def shown(self) -> list[GroupFigure]:
        return [g for g in self.groups if not g.suppressed]


@dataclass
class StageTable:
    stage: str
    next_stage: str
    decided: int
    advanced: int
    attributes: list[AttributeTable] = field(default_factory=list)
    label: str = ""
    next_label: str = ""
    reached: int = 0  # applications whose furthest stage is this one or a later one
    withdrawn: int = 0  # of those, withdrawn by the candidate at this stage

    @property
    def rate(self) -> float | None:
        return self.advanced / self.decided if self.decided else None

    @property
    def withdrawn_percent(self) -> float | None:
        return 100 * self.withdrawn / self.reached if self.reached else None

    @property
    def rate_percent(self) -> float | None:
        return None if self.rate is None else 100 * self.rate


def suppress(
    counts: Mapping[str, tuple[int, int]], total: int, total_advanced: int, threshold: int
) -> tuple[dict[str, str], str]:
    """Which groups to withhold (group -> reason), and a reason to withhold the whole attribute.

    `counts` maps each group to (decided, advanced); `total` and `total_advanced` are the
    stage's figures, declared or not.
    """
    stopped = total - total_advanced
    if total_advanced < threshold or stopped < threshold:
        return {group: STAGE_TOO_SMALL for group in counts}, STAGE_TOO_SMALL
    for n, k in counts.values():
        if n >= threshold and ((k and k == total_advanced) or (n - k and n - k == stopped)):
            return {group: WHOLE_SIDE for group in counts}, WHOLE_SIDE
    withheld = {group: TOO_FEW for group, (n, _k) in counts.items() if n < threshold}
    shown = sorted(
        (group for group in counts if group not in withheld), key=lambda g: (counts[g][0], g)
    )
    while shown:
        residual = total - sum(counts[group][0] for group in shown)
        if residual == 0 or residual >= threshold:
            break
        withheld[shown.pop(0)] = DIFFERENCE
    return withheld, ""


def small_sample(a: int, b: int, c: int, d: int) -> bool:
    n = a + b + c + d
    if a + b < SMALL_SAMPLE or c + d < SMALL_SAMPLE:
        return True
    expected = [
        (a + b) * (a + c) / n,
        (a + b) * (b + d) / n,
        (c + d) * (a + c) / n,
        (c + d) * (b + d) / n,
    ]
    return min(expected) < MIN_EXPECTED


def funnel_report(
    records: Iterable[Record],
    attributes: Mapping[str, Sequence[str]],
    funnel: Sequence[str],
    *,
    stopped: str,
    withdrawn: str = "",
    threshold: int = THRESHOLD,
) -> list[StageTable]:
    """Per stage (all but the last), the stage's totals and, per attribute, each group's
    figures after suppression; with `withdrawn` (the current stage of a withdrawn
    application), how many reached the stage and how many were withdrawn there."""
    records = list(records)
    tables = []
    for index, (here, after) in enumerate(zip(funnel, funnel[1:], strict=False)):
        decided = [(r, d) for r in records if (d := decision(r, here, funnel, stopped)) is not None]
        total = sum(r.count for r, _d in decided)
        advanced = sum(r.count for r, d in decided if d)
        table = StageTable(
            stage=here,
            next_stage=after,
            decided=total,
            advanced=advanced,
            reached=sum(
                r.count
                for r in records
                if r.furthest in funnel and funnel.index(r.furthest) >= index
            ),
            withdrawn=sum(
                r.count
                for r in records
                if withdrawn and r.furthest == here and r.current == withdrawn
            ),
        )
        for attribute, groups in attributes.items():
            tally = {group: [0, 0] for group in groups}
            for record, went_on in decided:
                group = record.groups.get(attribute, "")
                if group in tally:
                    tally[group][0] += record.count
                    tally[group][1] += record.count if went_on else 0
            counts = {group: (n, k) for group, (n, k) in tally.items()}
            table.attributes.append(_attribute_table(attribute, counts, total, advanced, threshold))
        tables.append(table)
    return tables


def _attribute_table(attribute, counts, total, advanced, threshold) -> AttributeTable:
    withheld, whole = suppress(counts, total, advanced, threshold)
    figures = []
    for group, (n, k) in counts.items():
        if group in withheld:
            figures.append(GroupFigure(group=group, suppressed_because=withheld[group]))
            continue
        rest_n, rest_k = total - n, advanced - k
        figures.append(
            GroupFigure(
                group=group,
                n=n,
                advanced=k,
                rate=k / n,
                p_value=fisher_exact(k, n - k, rest_k, rest_n - rest_k),
                small_sample=small_sample(k, n - k, rest_k, rest_n - rest_k),
            )
        )
    # The ratio needs at least two groups to compare: a lone group against itself says nothing.
    rates = [f.rate for f in figures if f.rate is not None]
    best = max(rates) if len(rates) >= 2 else None
    for figure in figures:
        if figure.rate is not None and best:
            figure.impact_ratio = figure.rate / best
    return AttributeTable(attribute=attribute, groups=figures, withheld_because=whole)


# Diversity ------------------------------------------------------------------------------------


@dataclass
class DiversityFigure:
    attribute: str
    applicants: float | None
    hires: float | None
    label: str = ""


def normalised_shannon(
    counts: Mapping[str, int], categories: int, threshold: int = THRESHOLD
) -> float | None:
    """Shannon entropy of the shares, divided by its maximum ln(categories): 0 when everyone is
    in one group, 1 when the groups are equal. None when fewer than `threshold` people declared
    or a non-empty group has fewer than `threshold` people (the shares would single them out)."""
    total = sum(counts.values())
    if total < threshold or categories < 2:
        return None
    if any(0 < n < threshold for n in counts.values()):
        return None
    entropy = -sum(n / total * math.log(n / total) for n in counts.values() if n)
    return entropy / math.log(categories)


def diversity_index(
    applicants: Mapping[str, Mapping[str, int]],
    hires: Mapping[str, Mapping[str, int]],
    attributes: Mapping[str, Sequence[str]],
    threshold: int = THRESHOLD,
) -> tuple[list[DiversityFigure], float | None, float | None]:
    """Per attribute, the normalised Shannon index over applicants and over hires, and their
    means over the attributes that could be published."""
    figures = []
    for attribute, groups in attributes.items():
        figures.append(
            DiversityFigure(
                attribute=attribute,
                applicants=normalised_shannon(
                    applicants.get(attribute, {}), len(groups), threshold
                ),
                hires=normalised_shannon(hires.get(attribute, {}), len(groups), threshold),
            )
        )

    def mean(values):
        values = [v for v in values if v is not None]
        return sum(values) / len(values) if values else None

    return (
        figures,
        mean(f.applicants for f in figures),
        mean(f.hires for f in figures),
    )


# Retention -------------------------------------------------------------------------------------


@dataclass
class RetentionFigure:
    milestone: int
    asked: int
    answered: int
    still_employed: int

    @property
    def rate(self) -> float | None:
        return self.still_employed / self.answered if self.answered else None

    withheld: bool = False
    label: str = ""

    @property
    def rate_percent(self) -> float | None:
        return None if self.rate is None else 100 * self.rate

    @property
    def response_rate(self) -> float | None:
        return self.answered / self.asked if self.asked else None


@dataclass(frozen=True)
class RetentionRecord:
    """Answers to one milestone's follow-up, counted per (declared groups, still employed)."""

    groups: Mapping[str, str]
    still_employed: bool
    count: int = 1


def retention_by_group(
    records: Iterable[RetentionRecord],
    attributes: Mapping[str, Sequence[str]],
    threshold: int = THRESHOLD,
) -> list[AttributeTable]:
    """Per attribute, each group's answers and how many are still in the job, compared like a
    funnel stage (answered is "decided", still employed is "advanced"): same rates, ratios,
    Fisher's test and suppression. The employer knows who left: that is why a group holding
    every leaver (or every stayer) withholds the attribute, as at a stage."""
    records = list(records)
    total = sum(r.count for r in records)
    still = sum(r.count for r in records if r.still_employed)
    tables = []
    for attribute, groups in attributes.items():
        tally = {group: [0, 0] for group in groups}
        for record in records:
            group = record.groups.get(attribute, "")
            if group in tally:
                tally[group][0] += record.count
                tally[group][1] += record.count if record.still_employed else 0
        counts = {group: (n, k) for group, (n, k) in tally.items()}
        tables.append(_attribute_table(attribute, counts, total, still, threshold))
    return tables


def retention_figure(
    milestone: int, asked: int, answered: int, still_employed: int, threshold: int = 0
) -> RetentionFigure:
    """The figure, withheld (no count at all) when fewer than `threshold` people answered."""
    if answered < threshold:
        return RetentionFigure(milestone, 0, 0, 0, withheld=True)
    return RetentionFigure(milestone, asked, answered, still_employed)
