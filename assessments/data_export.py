"""What assessments keep about an application, for the candidate's data export
(registered with `candidates.data_export` in `AssessmentsConfig.ready`)."""

from assessments import results
from assessments.models import (
    Accommodation,
    Attempt,
    Certificate,
    CodeDraft,
    DeadlineReminder,
    ReusedResult,
    Submission,
    WrittenAnswer,
)


def code_submissions(application) -> list[dict]:
    """Every submission; its score once results are shown (``results.withheld_until``)."""
    withheld = results.withheld_until(application)
    return [
        {
            "exercise": submission.exercise.slug,
            "submitted_at": submission.created_at.isoformat(),
            "code": submission.code,
            "score": None if withheld else submission.score,
            **({"score_available_from": withheld.isoformat()} if withheld else {}),
        }
        for submission in Submission.objects.filter(application=application)
        .select_related("exercise")
        .order_by("created_at")
    ]


def code_drafts(application) -> list[dict]:
    return [
        {
            "exercise": draft.exercise.slug,
            "saved_at": draft.updated_at.isoformat(),
            "code": draft.code,
        }
        for draft in CodeDraft.objects.filter(application=application).select_related("exercise")
    ]


def written_answers(application) -> list[dict]:
    return [
        {"question": answer.question.slug, "text": answer.text}
        for answer in WrittenAnswer.objects.filter(attempt__application=application)
        .select_related("question")
        .order_by("pk")
    ]


def _iso(moment) -> str | None:
    return moment.isoformat() if moment is not None else None


def extra_time(application) -> dict | None:
    """The request and what was granted; the reason, if an earlier version asked for one."""
    accommodation = Accommodation.objects.filter(application=application).first()
    if accommodation is None:
        return None
    return {
        "status": accommodation.status,
        "multiplier": str(accommodation.multiplier) if accommodation.multiplier else None,
        "requested_at": _iso(accommodation.requested_at),
        "granted_at": _iso(accommodation.decided_at),
        "reason": accommodation.reason,
    }


def assessment(application) -> dict | None:
    """The sitting, the situational-test choices, and the scores once the assessment is
    closed (until then, scores would tell those still sitting what the key rewards)."""
    attempt = (
        Attempt.objects.filter(application=application)
        .select_related("campaign")
        .prefetch_related(
            "sjt_answers__scenario", "written_answers__question", "written_answers__reviews"
        )
        .first()
    )
    if attempt is None:
        return None
    campaign = attempt.campaign
    data = {
        "campaign_version": campaign.version,
        "status": attempt.status,
        "started_at": _iso(attempt.started_at),
        "ends_at": _iso(attempt.ends_at),
        "finished_at": _iso(attempt.finished_at),
        "time_multiplier": str(attempt.time_multiplier),
        "sjt_choices": [
            {
                "scenario": answer.scenario.slug,
                "competency": answer.scenario.competency,
                "most_effective": answer.most,
                "least_effective": answer.least,
            }
            for answer in attempt.sjt_answers.all()
        ],
    }
    withheld = results.withheld_until(application, campaign=campaign)
    if attempt.is_open or withheld is not None:
        data["scores"] = None
        data["scores_available_from"] = _iso(withheld or campaign.deadline)
        return data
    outcome = results.attempt_results(attempt)
    data["scores"] = {
        "by_part": outcome.scores,
        "by_competency": outcome.by_competency,
        "overall": outcome.overall,
        "weights": campaign.weights(),
        "written_reviews": [
            {"question": answer.question.slug, "levels": [r.level for r in answer.reviews.all()]}
            for answer in attempt.written_answers.all()
        ],
    }
    return data


def deadline_reminders(application) -> list[dict]:
    """The reminders of an assessment's deadline sent (or due, when switched off)."""
    return [
        {
            "deadline": reminder.deadline.isoformat(),
            "hours_before": reminder.hours_before,
            "sent_at": reminder.sent_at.isoformat(),
        }
        for reminder in DeadlineReminder.objects.filter(application=application).order_by(
            "sent_at", "pk"
        )
    ]


def reused_results(application) -> list[dict]:
    """The results taken for another offer that the candidate chose to reuse here."""
    return [
        {
            "item": row.item.slug,
            "version": row.item.version,
            "taken_at": _iso(row.taken_at),
            "consented_at": _iso(row.consented_at),
        }
        for row in ReusedResult.objects.filter(application=application)
        .select_related("exercise", "scenario")
        .defer("exercise__hidden_tests", "exercise__variants", "exercise__samples")
        .order_by("pk")
    ]


def certificates(candidate) -> list[dict]:
    """The certificates of results: their link's token, dates and what each shows."""
    return [
        {
            "token": certificate.token,
            "created_at": _iso(certificate.created_at),
            "revoked_at": _iso(certificate.revoked_at),
            "items": [
                {
                    "item": item.item.slug,
                    "score": item.score,
                    "taken_at": _iso(item.taken_at),
                }
                for item in certificate.items.all()
            ],
        }
        for certificate in Certificate.objects.filter(candidate=candidate).prefetch_related(
            "items__exercise", "items__scenario"
        )
    ]
