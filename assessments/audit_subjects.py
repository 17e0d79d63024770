"""How the employer's audit log names the assessments' campaigns, reviews and the employer's own
exercises (registered in `AssessmentsConfig.ready`, see `accounts.audit_subjects`): a campaign
by its offer and version, a review by the pseudonym whose answer was reviewed, an exercise by its
title and version."""

from __future__ import annotations

from django.utils.translation import gettext as _

from accounts.audit_subjects import register_subject, target_pk, target_rows
from assessments.models import Campaign, Exercise, WrittenReview
from core.elision import de


def _campaigns(entries) -> dict[int, str]:
    rows = target_rows(Campaign.objects, entries, "offer__title", "version")
    return {
        entry.pk: _("Évaluation de l'offre « %(offer)s », version %(number)s")
        % {"offer": rows[pk][0], "number": rows[pk][1]}
        for entry in entries
        if (pk := target_pk(entry)) in rows
    }


def _reviews(entries) -> dict[int, str]:
    rows = target_rows(
        WrittenReview.objects,
        entries,
        "answer__attempt__application__pseudonym",
        "answer__attempt__campaign__offer__title",
    )
    return {
        entry.pk: _("Relecture d'une réponse écrite %(de_pseudonym)s, offre « %(offer)s »")
        % {"de_pseudonym": de(rows[pk][0]), "offer": rows[pk][1]}
        for entry in entries
        if (pk := target_pk(entry)) in rows
    }


def _exercises(entries) -> dict[int, str]:
    rows = target_rows(Exercise.objects, entries, "title_fr", "version")
    return {
        entry.pk: _("Exercice « %(title)s », version %(number)s")
        % {"title": rows[pk][0], "number": rows[pk][1]}
        for entry in entries
        if (pk := target_pk(entry)) in rows
    }


def register() -> None:
    register_subject("assessments.campaign", _campaigns)
    register_subject("assessments.writtenreview", _reviews)
    register_subject("assessments.exercise", _exercises)
