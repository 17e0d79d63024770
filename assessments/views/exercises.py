"""Coding assessments: the candidate's exercise pages and results, the recruiter's overview."""

import functools
import logging

from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts.access import role_required
from accounts.enums import Role
from assessments import campaigns, grading, results, submitted_code
from assessments import submissions as code_submissions
from assessments.enums import TestVerdict
from assessments.forms import CodeForm
from assessments.models import Attempt, Exercise, Submission
from assessments.sandbox import SandboxUnavailable
from candidates.models import Application
from employers.models import Offer

log = logging.getLogger(__name__)


def _application(request, application_id) -> Application:
    """One of the signed-in candidate's applications; anybody else's is a 404."""
    return get_object_or_404(
        Application.objects.of_candidate_user(request.user).select_related("offer"),
        pk=application_id,
    )


def _exercise(slug, *, with_samples=False) -> Exercise:
    exercises = Exercise.objects.current().without_tests()
    if not with_samples:
        exercises = exercises.defer("samples")
    return get_object_or_404(exercises, slug=slug)


def _closed_by_campaign(request, application, exercise) -> HttpResponse | None:
    """409 with the reason when the exercise belongs to the application's campaign and its
    sitting is not open (not started, handed in or out of time); None otherwise. A form post
    gets the read-only exercise page with the reason, the autosave its JSON, a live request
    (htmx) a reload of the page, which then shows why."""
    message = campaigns.exercise_locked_message(application, exercise.slug)
    if message is None:
        return None
    if request.htmx:
        return HttpResponse(message, status=409, headers={"HX-Refresh": "true"})
    if request.resolver_match.url_name == "autosave":
        return JsonResponse({"error": message}, status=409)
    draft = code_submissions.latest_draft(application, exercise)
    code = draft.code if draft else exercise.starter_code
    return _exercise_page(request, application, exercise, code=code, status=409)


def _saved_label(moment) -> str:
    when = formats.time_format(timezone.localtime(moment), "H:i:s")
    return _("Brouillon enregistré à %(time)s") % {"time": when}


def _exercise_page(request, application, exercise, *, code, sample_runs=None, status=200, error=""):
    draft = code_submissions.latest_draft(application, exercise)
    submissions = list(
        Submission.objects.filter(application=application, exercise__slug=exercise.slug).only(
            "id", "created_at", "status", "score"
        )
    )
    campaign_attempt = (
        Attempt.objects.in_progress()
        .filter(application=application, campaign__exercises__slug=exercise.slug)
        .first()
    )
    return render(
        request,
        "assessments/exercise_detail.html",
        {
            "application": application,
            "exercise": exercise,
            "form": CodeForm(initial={"code": code}),
            "saved_label": _saved_label(draft.updated_at) if draft else "",
            "sample_runs": sample_runs,
            "submissions": submissions,
            "max_submissions": results.MAX_SUBMISSIONS_PER_EXERCISE,
            "submissions_left": max(0, results.MAX_SUBMISSIONS_PER_EXERCISE - len(submissions)),
            "error": error,
            "locked_message": campaigns.exercise_locked_message(application, exercise.slug),
            "withheld_until": results.withheld_until(application),
            "campaign_attempt": campaign_attempt,
        },
        status=status,
    )


@require_GET
@role_required(Role.CANDIDATE)
def exercise_list(request, application_id):
    application = _application(request, application_id)
    exercises = Exercise.objects.current().without_tests().defer("samples")
    return render(
        request,
        "assessments/exercise_list.html",
        {"application": application, "exercises": exercises},
    )


@require_GET
@role_required(Role.CANDIDATE)
def exercise_detail(request, application_id, slug):
    application = _application(request, application_id)
    exercise = _exercise(slug, with_samples=True)
    draft = code_submissions.latest_draft(application, exercise)
    code = draft.code if draft else exercise.starter_code
    return _exercise_page(request, application, exercise, code=code)


def candidate_code_post(*, with_samples=False):
    """The preamble of the candidate's code actions (autosave, run the samples, submit): a POST
    by the candidate of the application, on an exercise its campaign still allows, with code
    that fits; the view gets the application, the exercise and the code."""

    def decorate(view):
        @require_POST
        @role_required(Role.CANDIDATE)
        @functools.wraps(view)
        def wrapper(request, application_id, slug):
            application = _application(request, application_id)
            exercise = _exercise(slug, with_samples=with_samples)
            refused = _closed_by_campaign(request, application, exercise)
            if refused is not None:
                return refused
            form = CodeForm(request.POST)
            if not form.is_valid():
                return HttpResponseBadRequest(_("Code invalide ou trop long."))
            return view(request, application, exercise, form.cleaned_data["code"])

        return wrapper

    return decorate


@candidate_code_post()
def autosave(request, application, exercise, code):
    draft = code_submissions.save_draft(application, exercise, code, user=request.user)
    return JsonResponse(
        {"saved_at": draft.updated_at.isoformat(), "message": _saved_label(draft.updated_at)}
    )


def _sample_rows(exercise, runs: list[grading.SampleRun]) -> list[dict]:
    check = grading.CHECKERS[exercise.checker]
    labels = dict(TestVerdict.choices)
    rows = []
    for run in runs:
        verdict = run.verdict
        if verdict == "OK":
            verdict = "AC" if check(run.stdout, run.expected, exercise.tolerance) else "WA"
        rows.append({"run": run, "verdict": verdict, "label": labels.get(verdict, verdict)})
    return rows


@candidate_code_post(with_samples=True)
def run_samples(request, application, exercise, code):
    code_submissions.save_draft(application, exercise, code, user=request.user)
    try:
        sample_runs = _sample_rows(exercise, code_submissions.run_examples(exercise, code))
    except SandboxUnavailable:
        log.error("Samples of %s could not run: sandbox unavailable", exercise.slug, exc_info=True)
        sample_runs = "unavailable"
    if request.htmx:
        return render(
            request,
            "assessments/_sample_results.html",
            {"sample_runs": sample_runs, "exercise": exercise},
        )
    return _exercise_page(request, application, exercise, code=code, sample_runs=sample_runs)


@candidate_code_post()
def submit(request, application, exercise, code):
    try:
        submission = code_submissions.submit(application, exercise, code, user=request.user)
    except code_submissions.SubmissionLimitReached:
        message = _(
            "Vous avez fait les %(max)s soumissions permises pour cet exercice : c'est la "
            "dernière qui compte. Votre code reste enregistré comme brouillon."
        ) % {"max": results.MAX_SUBMISSIONS_PER_EXERCISE}
        code_submissions.save_draft(application, exercise, code, user=request.user)
        return _exercise_page(request, application, exercise, code=code, status=409, error=message)
    return redirect("assessments:submission_detail", submission_id=submission.pk)


@require_GET
@role_required(Role.CANDIDATE)
def submission_detail(request, submission_id):
    submission = get_object_or_404(
        Submission.objects.of_candidate_user(request.user)
        .select_related("exercise", "application__offer")
        .defer("exercise__hidden_tests", "exercise__samples"),
        pk=submission_id,
    )
    return render(
        request,
        "assessments/submission_detail.html",
        {
            "submission": submission,
            "withheld_until": results.withheld_until(submission.application),
        },
    )


@require_GET
@role_required(Role.CANDIDATE)
def submission_status(request, submission_id):
    """The status fragment, polled by the page when the websocket is not available."""
    submission = get_object_or_404(
        Submission.objects.of_candidate_user(request.user)
        .select_related("exercise")
        .defer("exercise__hidden_tests", "exercise__samples"),
        pk=submission_id,
    )
    response = render(
        request,
        "assessments/_submission_status.html",
        {
            "submission": submission,
            "withheld_until": results.withheld_until(submission.application),
        },
    )
    response["X-Vivier-Final"] = "1" if submission.is_final else "0"
    return response


@require_GET
@role_required(Role.RECRUITER)
def offer_submissions(request, offer_id):
    offer = get_object_or_404(Offer.objects.of_member(request.user).distinct(), pk=offer_id)
    groups = submitted_code.offer_submissions(offer, lang=get_language())
    return render(
        request,
        "assessments/offer_submissions.html",
        {
            "offer": offer,
            "groups": groups,
            "max_submissions": results.MAX_SUBMISSIONS_PER_EXERCISE,
        },
    )
