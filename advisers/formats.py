"""The assessment format of an offer in plain words, for advisers preparing the people they
support: "sans CV ; des exercices de code en ligne… ; un entretien structuré sur 5 compétences…".

Built only from what Vivier holds: the offer's current assessment campaign (duration, deadline,
coding exercises, situational-judgement scenarios, written questions) or, for an offer without
one, the pool of coding exercises any applicant may take; and the offer's current interview
grid. Competency names are shared; questions, scenarios and expected answers never are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from assessments.campaigns import current_campaign
from assessments.enums import ExerciseLanguage, ExerciseLevel
from assessments.models import Campaign, Exercise
from interviews.grids import current_version
from interviews.models import GridVersion

LEVEL_ORDER = [level.value for level in ExerciseLevel]
LANGUAGE_ORDER = [language.value for language in ExerciseLanguage]


@dataclass(frozen=True)
class ExerciseSummary:
    count: int
    languages: tuple[str, ...]
    levels: tuple[str, ...]


def exercise_summary() -> ExerciseSummary:
    """What coding exercises a candidate may take (the same for every offer, for now)."""
    rows = list(Exercise.objects.library().current().values_list("language", "languages", "level"))
    # Every language an exercise offers, not only its default one.
    languages = {key for first, offered, _level in rows for key in (offered or [first])}
    levels = {level for _first, _offered, level in rows}
    return ExerciseSummary(
        count=len(rows),
        languages=tuple(sorted(languages, key=_position(LANGUAGE_ORDER))),
        levels=tuple(sorted(levels, key=_position(LEVEL_ORDER))),
    )


def _position(order: list[str]):
    return lambda value: order.index(value) if value in order else len(order)


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    conjunction = _("et")
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def _exercises_part(summary: ExerciseSummary) -> str | None:
    if summary.count == 0:
        return None
    languages = _join([str(ExerciseLanguage(value).label) for value in summary.languages])
    levels = _join([str(ExerciseLevel(value).label).lower() for value in summary.levels])
    if summary.count == 1:
        return _(
            "un exercice de code en ligne (%(languages)s, niveau %(levels)s), corrigé "
            "automatiquement, sans durée imposée"
        ) % {"languages": languages, "levels": levels}
    return ngettext(
        "des exercices de code en ligne, au choix parmi %(count)d (%(languages)s, niveau "
        "%(levels)s), corrigés automatiquement, sans durée imposée",
        "des exercices de code en ligne, au choix parmi %(count)d (%(languages)s, niveaux "
        "%(levels)s), corrigés automatiquement, sans durée imposée",
        len(summary.levels),
    ) % {"count": summary.count, "languages": languages, "levels": levels}


def _choosable_languages(campaign: Campaign, exercises: list[Exercise]) -> str:
    """The languages candidates may write the campaign's exercises in (those the employer
    allowed, or every language an exercise offers): « Python 3 » alone, « au choix : … » when
    every exercise offers the same ones, « langages selon l'exercice : … » otherwise."""
    allowed = [frozenset(campaign.allowed_languages(exercise)) for exercise in exercises]
    every = sorted(frozenset().union(*allowed), key=_position(LANGUAGE_ORDER))
    names = _join([str(ExerciseLanguage(value).label) for value in every])
    if len(every) <= 1:
        return names
    if len(set(allowed)) == 1:
        return _("au choix : %(languages)s") % {"languages": names}
    return _("langages selon l'exercice : %(languages)s") % {"languages": names}


def _campaign_part(campaign: Campaign) -> str:
    exercises = list(campaign.exercises.all())
    contents = []
    if exercises:
        contents.append(
            ngettext(
                "%(count)d exercice de code (%(languages)s)",
                "%(count)d exercices de code (%(languages)s)",
                len(exercises),
            )
            % {"count": len(exercises), "languages": _choosable_languages(campaign, exercises)}
        )
    if campaign.scenario_count:
        contents.append(
            ngettext(
                "%(count)d mise en situation (choisir la meilleure réaction)",
                "%(count)d mises en situation (choisir la meilleure réaction)",
                campaign.scenario_count,
            )
            % {"count": campaign.scenario_count}
        )
    if campaign.question_count:
        contents.append(
            ngettext(
                "%(count)d question écrite relue sans connaître l'auteur·e",
                "%(count)d questions écrites relues sans connaître l'auteur·e",
                campaign.question_count,
            )
            % {"count": campaign.question_count}
        )
    if campaign.is_closed():
        moment = min(campaign.closed_at or campaign.deadline, campaign.deadline)
        template = _("une évaluation en ligne d'environ %(minutes)d minutes, close le %(date)s")
    else:
        moment = campaign.deadline
        template = _(
            "une évaluation en ligne d'environ %(minutes)d minutes, à passer avant le %(date)s"
        )
    text = template % {
        "minutes": campaign.duration_minutes,
        "date": formats.date_format(timezone.localtime(moment), "j F Y"),
    }
    if contents:
        text = f"{text} : {_join(contents)}"
    extra_time = _("avec du temps supplémentaire possible sur demande")
    return f"{text}, {extra_time}"


def _interview_part(grid: GridVersion | None) -> str:
    if grid is None:
        return _("un entretien, dont la grille n'est pas encore préparée")
    competencies = list(grid.competencies.all())
    if not competencies:
        return _("un entretien structuré, dont la grille est en préparation")
    names = _join([competency.name for competency in competencies])
    questions = sum(len(competency.questions) for competency in competencies)
    question_text = ngettext("%(count)d question", "%(count)d questions", questions) % {
        "count": questions
    }
    return ngettext(
        "un entretien structuré, avec les mêmes questions pour toutes les personnes "
        "(%(questions)s), sur %(count)d compétence : %(names)s",
        "un entretien structuré, avec les mêmes questions pour toutes les personnes "
        "(%(questions)s), sur %(count)d compétences : %(names)s",
        len(competencies),
    ) % {"questions": question_text, "count": len(competencies), "names": names}


def _describe(summary: ExerciseSummary, campaign: Campaign | None, grid: GridVersion | None) -> str:
    parts = [_("sans CV ni lettre de motivation, candidature anonyme jusqu'à l'entretien")]
    if campaign is not None:
        parts.append(_campaign_part(campaign))
    elif exercises := _exercises_part(summary):
        parts.append(exercises)
    parts.append(_interview_part(grid))
    text = " ; ".join(str(part) for part in parts)
    return text[:1].upper() + text[1:] + "."


def _campaigns():
    return (
        Campaign.objects.current()
        .annotate(
            scenario_count=Count("scenarios", distinct=True),
            question_count=Count("questions", distinct=True),
        )
        .prefetch_related("exercises")
    )


def describe_assessment_format(offer, *, exercises: ExerciseSummary | None = None) -> str:
    """The assessment format of `offer`, in one sentence."""
    campaign = current_campaign(offer)
    if campaign is not None:
        campaign = _campaigns().get(pk=campaign.pk)
    return _describe(exercises or exercise_summary(), campaign, current_version(offer))


def describe_assessment_formats(offers: Iterable) -> dict[int, str]:
    """The same for a page of offers, in five queries whatever their number."""
    offers = list(offers)
    summary = exercise_summary()
    campaigns = {campaign.offer_id: campaign for campaign in _campaigns().filter(offer__in=offers)}
    current: dict[int, GridVersion] = {}
    grids = (
        GridVersion.objects.filter(offer__in=offers)
        .order_by("offer_id", "number")
        .prefetch_related("competencies")
    )
    for grid in grids:
        current[grid.offer_id] = grid  # ascending numbers: the last one wins
    return {
        offer.pk: _describe(summary, campaigns.get(offer.pk), current.get(offer.pk))
        for offer in offers
    }


def closed_assessments(offers: Iterable) -> set[int]:
    """The offers whose assessment is closed: a person invited now could apply but no longer
    take it (one query)."""
    return {
        campaign.offer_id
        for campaign in Campaign.objects.current().filter(offer__in=list(offers))
        if campaign.is_closed()
    }
