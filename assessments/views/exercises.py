"""Coding assessments: the candidate's exercise pages and results, the recruiter's overview."""

import functools
import logging

from django.core.cache import cache
from django.http import Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
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
from assessments.forms import CodeForm, OwnInputForm
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


def _exercise(application, slug, *, with_samples=False) -> Exercise:
    """The version of the exercise the application takes (``campaigns.exercise_for``); an
    exercise it cannot see (another employer's) is a 404."""
    exercises = Exercise.objects.without_tests()
    if not with_samples:
        exercises = exercises.defer("samples")
    exercise = campaigns.exercise_for(application, slug, exercises)
    if exercise is None:
        raise Http404
    return exercise


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
    language = draft.language if draft is not None else exercise.language
    code = draft.code if draft else exercise.starter_for(language)
    return _exercise_page(request, application, exercise, code=code, language=language, status=409)


def _saved_label(moment) -> str:
    when = formats.time_format(timezone.localtime(moment), "H:i:s")
    return _("Brouillon enregistré à %(time)s") % {"time": when}


# « Tester avec mon entrée »: at most this many runs per candidate and exercise per minute.
OWN_INPUT_RUNS_PER_MINUTE = 10


def _exercise_page(
    request,
    application,
    exercise,
    *,
    code,
    language,
    sample_runs=None,
    own_run=None,
    own_input="",
    status=200,
    error="",
):
    draft = code_submissions.latest_draft(application, exercise, language)
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
            "form": CodeForm(initial={"code": code, "language": language}),
            "own_input_form": OwnInputForm(initial={"stdin": own_input}),
            "language": language,
            "language_choices": exercise.language_choices(
                campaigns.allowed_languages(application, exercise)
            ),
            "drawn_samples": _drawn_samples(application, exercise),
            "saved_label": _saved_label(draft.updated_at) if draft else "",
            "sample_runs": sample_runs,
            "own_run": own_run,
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
    exercises = campaigns.exercises_open_to(application).without_tests().defer("samples")
    return render(
        request,
        "assessments/exercise_list.html",
        {"application": application, "exercises": exercises},
    )


def _drawn_samples(application, exercise) -> list[dict]:
    """The samples of the candidate's variant (shown under the statement's example)."""
    variant = code_submissions.variant_for(application, exercise)
    if variant is None:
        return []
    drawn = Exercise.objects.filter(pk=exercise.pk).values_list("variants", flat=True).first()
    return drawn[variant]["samples"] if drawn else []


def _code_in(application, exercise, language) -> str:
    draft = code_submissions.latest_draft(application, exercise, language)
    return draft.code if draft else exercise.starter_for(language)


@require_GET
@role_required(Role.CANDIDATE)
def exercise_detail(request, application_id, slug):
    """The statement and the editor, in the language asked for (``?langage=``), else the one
    of the last draft, else the first one allowed."""
    application = _application(request, application_id)
    exercise = _exercise(application, slug, with_samples=True)
    allowed = campaigns.allowed_languages(application, exercise)
    language = request.GET.get("langage")
    if language is not None and language not in allowed:
        return HttpResponseBadRequest(_("Ce langage n'est pas proposé pour cet exercice."))
    if language is None:
        last = code_submissions.latest_draft(application, exercise)
        language = last.language if last is not None and last.language in allowed else allowed[0]
    code = _code_in(application, exercise, language)
    return _exercise_page(request, application, exercise, code=code, language=language)


@require_GET
@role_required(Role.CANDIDATE)
def starter_code(request, application_id, slug):
    """The code to show after switching language: the draft in that language, or its starter
    code. Plain text, for the editor's language switch."""
    application = _application(request, application_id)
    exercise = _exercise(application, slug)
    language = request.GET.get("langage", "")
    if language not in campaigns.allowed_languages(application, exercise):
        return HttpResponseBadRequest(_("Ce langage n'est pas proposé pour cet exercice."))
    draft = code_submissions.latest_draft(application, exercise, language)
    return JsonResponse(
        {
            "code": _code_in(application, exercise, language),
            "message": _saved_label(draft.updated_at) if draft else "",
        }
    )


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
            exercise = _exercise(application, slug, with_samples=with_samples)
            refused = _closed_by_campaign(request, application, exercise)
            if refused is not None:
                return refused
            form = CodeForm(request.POST)
            if not form.is_valid():
                return HttpResponseBadRequest(_("Code invalide ou trop long."))
            allowed = campaigns.allowed_languages(application, exercise)
            # No language sent (a page from before languages): the first one allowed.
            language = form.cleaned_data["language"] or allowed[0]
            if language not in allowed:
                return HttpResponseBadRequest(_("Ce langage n'est pas proposé pour cet exercice."))
            request.code_language = language
            return view(request, application, exercise, form.cleaned_data["code"])

        return wrapper

    return decorate


@candidate_code_post()
def autosave(request, application, exercise, code):
    draft = code_submissions.save_draft(
        application, exercise, code, user=request.user, language=request.code_language
    )
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
    language = request.code_language
    code_submissions.save_draft(application, exercise, code, user=request.user, language=language)
    variant = code_submissions.variant_for(application, exercise)
    if variant is not None:  # the drawn samples live with the variants
        exercise = Exercise.objects.defer("hidden_tests").get(pk=exercise.pk)
    try:
        sample_runs = _sample_rows(
            exercise,
            code_submissions.run_examples(exercise, code, language=language, variant=variant),
        )
    except SandboxUnavailable:
        log.error("Samples of %s could not run: sandbox unavailable", exercise.slug, exc_info=True)
        sample_runs = "unavailable"
    if request.htmx:
        return render(
            request,
            "assessments/_sample_results.html",
            {"sample_runs": sample_runs, "exercise": exercise},
        )
    return _exercise_page(
        request, application, exercise, code=code, language=language, sample_runs=sample_runs
    )


def _own_input_allowed(application, exercise) -> bool:
    """Rate limit of « Tester avec mon entrée » (a sandbox run each): per candidate and
    exercise, a fixed one-minute window in the shared cache."""
    key = f"vivier:own-input:{application.pk}:{exercise.slug}"
    cache.add(key, 0, timeout=60)
    try:
        runs = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=60)
        runs = 1
    return runs <= OWN_INPUT_RUNS_PER_MINUTE


@candidate_code_post(with_samples=True)
def run_own_input(request, application, exercise, code):
    """« Tester avec mon entrée »: run the code on the candidate's input; shown, never graded."""
    language = request.code_language
    own = OwnInputForm(request.POST)
    if not own.is_valid():
        return HttpResponseBadRequest(_("Entrée invalide ou trop longue."))
    code_submissions.save_draft(application, exercise, code, user=request.user, language=language)
    stdin = own.cleaned_data["stdin"]
    if not _own_input_allowed(application, exercise):
        own_run = "rate-limited"
        status = 429
    else:
        status = 200
        try:
            own_run = code_submissions.run_own_input(exercise, code, stdin, language=language)
        except SandboxUnavailable:
            log.error("Own input of %s could not run: sandbox unavailable", exercise.slug)
            own_run = "unavailable"
    if request.htmx:
        # htmx swaps only 2xx answers: the fragment carries the rate-limit message.
        return render(
            request,
            "assessments/_own_input_result.html",
            {"own_run": own_run, "exercise": exercise},
        )
    return _exercise_page(
        request,
        application,
        exercise,
        code=code,
        language=language,
        own_run=own_run,
        own_input=stdin,
        status=status,
    )


@candidate_code_post()
def submit(request, application, exercise, code):
    language = request.code_language
    try:
        submission = code_submissions.submit(
            application, exercise, code, user=request.user, language=language
        )
    except code_submissions.SubmissionLimitReached:
        message = _(
            "Vous avez fait les %(max)s soumissions permises pour cet exercice : c'est la "
            "dernière qui compte. Votre code reste enregistré comme brouillon."
        ) % {"max": results.MAX_SUBMISSIONS_PER_EXERCISE}
        code_submissions.save_draft(
            application, exercise, code, user=request.user, language=language
        )
        return _exercise_page(
            request, application, exercise, code=code, language=language, status=409, error=message
        )
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
