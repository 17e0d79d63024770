"""How well a grid measures: inter-rater reliability and per-interviewer drift (pure Python).

Reliability is **Krippendorff's alpha with the interval metric**, chosen over ICC(2,1) because
interview panels differ from one interview to the next and a panel member may not submit:
alpha accepts any number of raters per unit and missing values, where ICC(2,1) needs the same
raters on every target.

A *unit* is one competency of one interview; its *values* are the levels (1–5) given by the
panel members who submitted. Units with fewer than two values are not pairable and are left out.
With ``m_u`` values in unit ``u``, ``n = Σ m_u`` pairable values and δ²(a, b) = (a − b)²::

    D_o = 1/n · Σ_u [ Σ_{i≠j} (v_ui − v_uj)² / (m_u − 1) ]   (observed disagreement)
    D_e = 1/(n(n − 1)) · Σ_{a≠b} (v_a − v_b)²                (expected, over all pairable values)
    α   = 1 − D_o / D_e

(ordered pairs in both sums). Reference: K. Krippendorff, *Computing Krippendorff's
Alpha-Reliability*, Annenberg School for Communication, University of Pennsylvania, 2011
(departmental paper 43), §C and the interval metric; also K. Krippendorff, *Content Analysis:
An Introduction to Its Methodology*, 2nd ed., Sage, 2004, ch. 11, and A. F. Hayes and
K. Krippendorff, "Answering the call for a standard reliability measure for coding data",
*Communication Methods and Measures* 1(1), 2007, pp. 77–89. α = 1 is perfect agreement, 0 is
agreement at chance level; Krippendorff advises relying on data with α ≥ 0.800 and drawing only
tentative conclusions from 0.667 ≤ α < 0.800.

*Drift* of an interviewer: the mean, over every competency they scored in an interview where at
least one other member scored too, of (their level − the mean level of the other members). See
``DRIFT_THRESHOLD`` for when it is flagged.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

# Flag an interviewer whose mean offset reaches half a level: from there their average score
# rounds to a different anchor of the scale than their colleagues', which changes the described
# behaviour and can move a candidate across a decision. The offset must also be at least two
# standard errors from zero (roughly a 95 % two-sided test) over at least MIN_DRIFT_OBSERVATIONS
# scored competencies, so that one unlucky interview does not flag anyone.
DRIFT_THRESHOLD = 0.5
MIN_DRIFT_OBSERVATIONS = 4
DRIFT_STANDARD_ERRORS = 2.0

# Krippendorff's guidance (2004, p. 241).
ALPHA_RELIABLE = 0.800
ALPHA_TENTATIVE = 0.667


def krippendorff_alpha_interval(units: Iterable[Sequence[float]]) -> float | None:
    """Krippendorff's alpha, interval metric. ``units``: the values of each unit, any number
    per unit (missing values simply absent). None when alpha is undefined: fewer than two
    pairable values, or no variation at all (D_e = 0)."""
    pairable = [list(map(float, values)) for values in units if len(values) >= 2]
    everything = [value for values in pairable for value in values]
    n = len(everything)
    if n < 2:
        return None
    observed = 0.0
    for values in pairable:
        m = len(values)
        # Σ over ordered pairs i≠j of (a−b)² = 2·m·Σ(v − mean)².
        mean = sum(values) / m
        observed += 2 * m * sum((v - mean) ** 2 for v in values) / (m - 1)
    d_o = observed / n
    mean = sum(everything) / n
    d_e = 2 * n * sum((v - mean) ** 2 for v in everything) / (n * (n - 1))
    if d_e == 0:
        return None
    return 1 - d_o / d_e


@dataclass(frozen=True)
class Drift:
    rater: Hashable
    observations: int
    mean: float
    standard_error: float | None
    flagged: bool


def rater_drift(
    units: Iterable[Mapping[Hashable, float]],
    *,
    threshold: float = DRIFT_THRESHOLD,
    min_observations: int = MIN_DRIFT_OBSERVATIONS,
    standard_errors: float = DRIFT_STANDARD_ERRORS,
) -> list[Drift]:
    """Per rater, the mean of (own value − mean of the other raters' values in the unit).

    ``units``: {rater: value} for each unit. Sorted by decreasing absolute drift."""
    offsets: dict[Hashable, list[float]] = {}
    for unit in units:
        if len(unit) < 2:
            continue
        total = sum(unit.values())
        others = len(unit) - 1
        for rater, value in unit.items():
            offsets.setdefault(rater, []).append(value - (total - value) / others)
    drifts = []
    for rater, values in offsets.items():
        n = len(values)
        mean = sum(values) / n
        if n >= 2:
            sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1))
            se = sd / math.sqrt(n)
        else:
            se = None
        flagged = (
            n >= min_observations
            and abs(mean) >= threshold
            and se is not None
            and abs(mean) >= standard_errors * se
        )
        drifts.append(Drift(rater, n, mean, se, flagged))
    drifts.sort(key=lambda drift: (-abs(drift.mean), str(drift.rater)))
    return drifts
