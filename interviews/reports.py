"""Reliability reports of grid versions, from the database to `interviews.reliability`."""

from dataclasses import dataclass, field

from accounts.models import User
from interviews import reliability
from interviews.models import SCORES_VISIBLE_STATUSES, GridVersion, Score


@dataclass
class CompetencyReliability:
    name: str
    units: int
    alpha: float | None


@dataclass
class DriftRow:
    interviewer: str
    observations: int
    mean: float
    flagged: bool


@dataclass
class GridReport:
    version: GridVersion
    interviews: int
    units: int
    alpha: float | None
    competencies: list[CompetencyReliability] = field(default_factory=list)
    drift: list[DriftRow] = field(default_factory=list)


def version_units(version: GridVersion) -> dict[tuple[int, int], dict[int, int]]:
    """{(interview id, competency id): {interviewer user id: level}} over the revealed
    interviews of the version (scores still hidden are not counted)."""
    units: dict[tuple[int, int], dict[int, int]] = {}
    scores = Score.objects.filter(
        competency__version=version,
        panel_member__interview__status__in=SCORES_VISIBLE_STATUSES,
        panel_member__submitted_at__isnull=False,
    ).values_list("panel_member__interview_id", "competency_id", "panel_member__user_id", "level")
    for interview_id, competency_id, user_id, level in scores:
        units.setdefault((interview_id, competency_id), {})[user_id] = level
    return units


def grid_report(version: GridVersion) -> GridReport:
    units = version_units(version)
    pairable = [unit for unit in units.values() if len(unit) >= 2]
    competencies = []
    for competency in version.competencies.all():
        mine = [list(u.values()) for (_i, c), u in units.items() if c == competency.pk]
        competencies.append(
            CompetencyReliability(
                name=competency.name,
                units=sum(len(values) >= 2 for values in mine),
                alpha=reliability.krippendorff_alpha_interval(mine),
            )
        )
    drifts = reliability.rater_drift(units.values())
    names = {
        user.pk: user.name_for_colleagues
        for user in User.objects.filter(pk__in=[d.rater for d in drifts])
    }
    return GridReport(
        version=version,
        interviews=len({interview_id for interview_id, _c in units}),
        units=len(pairable),
        alpha=reliability.krippendorff_alpha_interval(list(u.values()) for u in units.values()),
        competencies=competencies,
        drift=[
            DriftRow(names.get(d.rater, "?"), d.observations, d.mean, d.flagged) for d in drifts
        ],
    )


def grid_reports(versions) -> list[GridReport]:
    return [grid_report(version) for version in versions]
