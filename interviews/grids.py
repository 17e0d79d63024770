"""Interview grids: copied from the library, edited, versioned; questions checked for personal
questions (C. trav. L.1221-6).

Each workflow runs under ``transaction.atomic()``, takes the acting user as ``by=``, raises
``InterviewError`` (message for the user) on a refused action and writes an audit entry.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import Max
from django.utils.text import slugify
from django.utils.translation import gettext as _

from accounts.audit import log_action
from core.i18n import current_language
from employers.models import Offer
from employers.wording import Finding, check_question
from employers.wording import refusing_findings as refusing_findings_of
from interviews.library import get_grid
from interviews.models import (
    Competency,
    GridVersion,
    InterviewError,
)

# Findings that refuse a question: a personal question unrelated to the job (C. trav. L.1221-6:
# questions may only assess the ability to hold the job) on a protected ground.
PERSONAL_CATEGORIES = frozenset(
    {
        "family_pregnancy",
        "origin_nationality",
        "religion",
        "health_disability",
        "age",
        "residence",
        "union_political",
        "sex_gender",
        "personal_data",
        "appearance",
    }
)
MAX_QUESTION_LENGTH = 500
MAX_EVIDENCE_LENGTH = 1000

log = logging.getLogger(__name__)


class QuestionRefused(InterviewError):
    """Questions the wording checker found personal: {question index: [Finding]}."""

    def __init__(self, refused: dict[int, list[Finding]]):
        self.refused = refused
        super().__init__(_("Une question porte sur la vie personnelle : elle est refusée."))


class NotOnPanel(InterviewError):
    pass


def refusing_findings(text: str, *, language: str) -> list[Finding]:
    """The findings that make a question personal, with their message in the reader's
    language and their legal basis."""
    return [
        finding
        for finding in refusing_findings_of(
            check_question(text, lang=language, locale=current_language())
        )
        if finding.category in PERSONAL_CATEGORIES
    ]


def current_version(offer: Offer) -> GridVersion | None:
    return offer.interview_grids.order_by("-number").first()


def _next_number(offer: Offer) -> int:
    return (offer.interview_grids.aggregate(top=Max("number"))["top"] or 0) + 1


@transaction.atomic
def copy_library_grid(offer: Offer, slug: str, *, language: str, by) -> GridVersion:
    """Copy a ready-made grid of the library to the offer, as its newest version."""
    spec = get_grid(slug)
    offer = Offer.objects.select_for_update().get(pk=offer.pk)
    version = GridVersion.objects.create(
        offer=offer,
        number=_next_number(offer),
        title=spec.title[language],
        language=language,
        source_slug=slug,
        created_by=by,
    )
    Competency.objects.bulk_create(
        Competency(
            version=version,
            key=competency.key,
            position=position,
            name=competency.name[language],
            weight=competency.weight,
            questions=[question.text[language] for question in competency.questions],
            **{f"level_{item.level}": item.description[language] for item in competency.levels},
        )
        for position, competency in enumerate(spec.competencies)
    )
    log_action(
        "interview_grid.copied",
        actor=by,
        employer=offer.employer,
        target=version,
        data={"offer": offer.pk, "slug": slug, "version": version.number},
    )
    return version


def _editable_version(offer: Offer, *, by) -> GridVersion:
    """The newest version if nobody scored with it yet, else a new copy of it."""
    latest = current_version(offer)
    if latest is None:
        raise InterviewError(_("Cette offre n'a pas encore de grille d'entretien."))
    if not latest.is_locked:
        return latest
    competencies = list(latest.competencies.all())
    version = GridVersion.objects.create(
        offer=offer,
        number=latest.number + 1,
        title=latest.title,
        language=latest.language,
        source_slug=latest.source_slug,
        created_by=by,
    )
    for competency in competencies:
        competency.pk = None
        competency.version = version
    Competency.objects.bulk_create(competencies)
    log_action(
        "interview_grid.version_created",
        actor=by,
        employer=offer.employer,
        target=version,
        data={"offer": offer.pk, "from": latest.number, "version": version.number},
    )
    return version


@dataclass
class CompetencyData:
    name: str
    weight: Decimal | int
    questions: list[str]
    levels: list[str]


@transaction.atomic
def save_competency(offer: Offer, data: CompetencyData, *, key: str | None = None, by):
    """Add a competency (``key=None``) or change one; a locked grid gets a new version first.
    Personal questions are refused with ``QuestionRefused``."""
    offer = Offer.objects.select_for_update().get(pk=offer.pk)
    latest = current_version(offer)
    if latest is None:
        raise InterviewError(_("Cette offre n'a pas encore de grille d'entretien."))
    questions = [q.strip() for q in data.questions if q.strip()]
    if not questions:
        raise InterviewError(_("Une compétence a au moins une question."))
    if len(data.levels) != 5 or not all(text.strip() for text in data.levels):
        raise InterviewError(_("Décrivez chacun des cinq niveaux par un comportement observable."))
    refused = {
        index: findings
        for index, question in enumerate(questions)
        if (findings := refusing_findings(question, language=latest.language))
    }
    if refused:
        raise QuestionRefused(refused)
    version = _editable_version(offer, by=by)
    competency: Competency | None
    if key is None:
        competency = Competency(
            version=version,
            key=_unique_key(version, data.name),
            position=(version.competencies.aggregate(top=Max("position"))["top"] or 0) + 1,
        )
    else:
        competency = version.competencies.filter(key=key).first()
        if competency is None:
            raise InterviewError(_("Cette compétence n'existe pas dans la grille."))
    competency.name = data.name.strip()
    competency.weight = data.weight
    competency.questions = questions
    for level, text in enumerate(data.levels, start=1):
        setattr(competency, f"level_{level}", text.strip())
    competency.full_clean(exclude=["version"])
    competency.save()
    log_action(
        "interview_grid.competency_saved",
        actor=by,
        employer=offer.employer,
        target=version,
        data={"offer": offer.pk, "version": version.number, "competency": competency.key},
    )
    return competency


def _unique_key(version: GridVersion, name: str) -> str:
    base = slugify(name)[:50] or "competence"
    taken = set(version.competencies.values_list("key", flat=True))
    key, suffix = base, 2
    while key in taken:
        key, suffix = f"{base}-{suffix}", suffix + 1
    return key


@transaction.atomic
def delete_competency(offer: Offer, key: str, *, by) -> GridVersion:
    offer = Offer.objects.select_for_update().get(pk=offer.pk)
    latest = current_version(offer)
    if latest is None or not latest.competencies.filter(key=key).exists():
        raise InterviewError(_("Cette compétence n'existe pas dans la grille."))
    if latest.competencies.count() <= 1:
        raise InterviewError(_("Une grille garde au moins une compétence."))
    version = _editable_version(offer, by=by)
    version.competencies.filter(key=key).delete()
    log_action(
        "interview_grid.competency_deleted",
        actor=by,
        employer=offer.employer,
        target=version,
        data={"offer": offer.pk, "version": version.number, "competency": key},
    )
    return version
