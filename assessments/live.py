"""Live updates of a submission's grading on the candidate's page (one channels group per
submission)."""

import logging

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.template.loader import render_to_string
from django.utils import translation

from assessments import results
from assessments.models import Submission

log = logging.getLogger(__name__)


def submission_group(submission_id: int) -> str:
    return f"submission-{submission_id}"


def notify_submission(submission: Submission) -> None:
    """Tell open pages (websocket consumers) that the submission changed."""
    layer = get_channel_layer()
    if layer is None:
        return
    try:
        async_to_sync(layer.group_send)(
            submission_group(submission.pk),
            {"type": "submission.changed", "submission_id": submission.pk},
        )
    except Exception:
        # The page also polls: a lost notification only delays the result.
        log.warning("Could not notify the page of submission %s", submission.pk, exc_info=True)


def candidate_submission(submission_id: int, user) -> Submission | None:
    """The submission if it belongs to ``user`` (a candidate), else None."""
    return (
        Submission.objects.of_candidate_user(user)
        .select_related("exercise")
        .defer("exercise__hidden_tests", "exercise__samples")
        .filter(pk=submission_id)
        .first()
    )


def submission_state(submission_id: int, user, *, language: str = "fr") -> dict | None:
    """What an open result page shows, as sent over the websocket; None for a stranger."""
    submission = candidate_submission(submission_id, user)
    if submission is None:
        return None
    with translation.override(language):
        html = render_to_string(
            "assessments/_submission_status.html",
            {
                "submission": submission,
                "withheld_until": results.withheld_until(submission.application),
            },
        )
    return {
        "status": submission.status,
        "attempts": submission.attempts,
        # Queued again, for later: the page says so (the status alone does not tell).
        "postponed": submission.is_postponed,
        "final": submission.is_final,
        "html": html,
    }
