"""Each application's results per component, in [0, 1] or None: the assessments (coding,
situational judgement, written answers) from `assessments.results`, and the interview's weighted
consensus (1–5 on the grid's anchored scale) brought to [0, 1]."""

from decimal import Decimal
from types import EllipsisType

from django.db.models import QuerySet

from assessments.results import component_scores, component_scores_many
from interviews.enums import InterviewStatus
from interviews.models import Interview

LOWEST_LEVEL, HIGHEST_LEVEL = 1, 5


def normalise_consensus(score: Decimal | float) -> float:
    """A consensus score on the 1–5 scale as a share: 1 → 0, 3 → 0.5, 5 → 1. Worked out in
    decimals, so that a share on a rounding boundary of the points (2.01 → 0.2525, 25.3 points
    once rounded) is not moved off it by binary floating point before the points are rounded."""
    value = float((Decimal(str(score)) - LOWEST_LEVEL) / (HIGHEST_LEVEL - LOWEST_LEVEL))
    return min(1.0, max(0.0, value))


def interview_scores(application_ids, among=None) -> dict[int, float | None]:
    """The latest recorded consensus of each application (an application interviewed at two
    stages is judged on its latest interview), normalised; None without a consensus. `among`:
    the same applications as a query, read as a subquery instead of a list of ids."""
    found: dict[int, float | None] = dict.fromkeys(application_ids)
    rows = (
        Interview.objects.filter(
            application_id__in=list(found) if among is None else among,
            status=InterviewStatus.CONSENSUS_DONE,
            consensus_score__isnull=False,
        )
        .order_by("consensus_recorded_at", "id")
        .values_list("application_id", "consensus_score")
    )
    for application_id, score in rows:
        found[application_id] = normalise_consensus(score)
    return found


def application_scores(
    application, *, interview: float | EllipsisType | None = ...
) -> dict[str, float | None]:
    """{"coding", "sjt", "written", "interview"} for one application."""
    scores = dict(component_scores(application))
    if interview is ...:
        interview = interview_scores([application.pk])[application.pk]
    scores["interview"] = interview
    return {key: scores.get(key) for key in ("coding", "sjt", "written", "interview")}


def scores_by_application(applications) -> dict[int, dict[str, float | None]]:
    """application_scores of many applications (a list, or a query: then read as a subquery),
    in a fixed number of queries."""
    among = applications.values("pk") if isinstance(applications, QuerySet) else None
    interviews = interview_scores([a.pk for a in applications], among)
    assessments = component_scores_many(applications)
    return {a.pk: {**assessments[a.pk], "interview": interviews[a.pk]} for a in applications}
