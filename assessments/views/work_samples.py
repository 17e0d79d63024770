"""Exercises an employer writes for its own campaigns (``assessments.work_samples``): the list,
the editor with its live wording check, the page of a version with its check per test, and
asking for the check again. Views parse, authorise, call the services, render.

Only the employer's recruiters (admins and members) reach them: an exercise is fetched through
``Exercise.objects.of_member``, so another organisation's, or an interviewer's request, is a
404; writing a new one needs an employer to recruit for (403 otherwise)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.access import role_required
from accounts.enums import Role
from assessments import work_samples
from assessments.models import Campaign, Exercise, ExerciseValidation
from assessments.work_sample_checks import checked_cases
from assessments.work_sample_forms import ExerciseForms
from employers.models import Employer

FINDINGS_TEMPLATE = "assessments/work_samples/_statement_findings.html"
MAX_CHECKED_CHARS = 2 * work_samples.MAX_TITLE_CHARS + 2 * work_samples.MAX_STATEMENT_CHARS


def _employers(user):
    return Employer.objects.recruited_for_by(user).order_by("name")


def _exercise(request, exercise_id) -> Exercise:
    """A version of an exercise of the user's employers; anything else is a 404."""
    return get_object_or_404(
        Exercise.objects.of_member(request.user).select_related("employer", "created_by"),
        pk=exercise_id,
    )


def _latest_status():
    return Subquery(
        ExerciseValidation.objects.filter(exercise=OuterRef("pk"))
        .order_by("-pk")
        .values("status")[:1]
    )


def _usable_version():
    """The latest version of the same exercise that passed its check."""
    return Subquery(
        Exercise.objects.filter(
            employer=OuterRef("employer"), slug=OuterRef("slug"), validated_at__isnull=False
        )
        .order_by("-version")
        .values("version")[:1]
    )


@require_GET
@role_required(Role.RECRUITER)
def work_sample_list(request):
    employers = list(_employers(request.user))
    if not employers:
        raise PermissionDenied  # an interviewer writes no exercise
    exercises = (
        Exercise.objects.of_member(request.user)
        .current()
        .without_tests()
        .defer("samples", "reference_solution", "statement_html_fr", "statement_html_en")
        .select_related("employer")
        .annotate(latest_status=_latest_status(), usable_version=_usable_version())
        .order_by("employer__name", "title_fr", "pk")
    )
    return render(
        request,
        "assessments/work_samples/list.html",
        {"exercises": exercises, "several_employers": len(employers) > 1},
    )


def _review(data):
    """The wording findings on what was posted, valid or not: the author is still typing."""
    return work_samples.review_statement(
        {name: data.get(name, "") for name, _language in work_samples.STATEMENT_PARTS}
    )


def _editor(request, *, exercise=None):
    employers = _employers(request.user) if exercise is None else None
    if exercise is None and not employers.exists():
        raise PermissionDenied
    initial = work_samples.ExerciseData.of(exercise) if exercise is not None else None
    review = None
    status = 200
    if request.method == "POST" and (
        "more_samples" in request.POST or "more_hidden" in request.POST
    ):
        forms = ExerciseForms.with_more_rows(request.POST, employers=employers)
        review = _review(request.POST)
    elif request.method == "POST":
        forms = ExerciseForms(request.POST, initial=initial, employers=employers)
        review = _review(request.POST)
        # Saving is what a form sent without « Vérifier la rédaction » does.
        saving = request.POST.get("action") != "check"
        if saving and forms.is_valid():
            employer = (
                exercise.employer
                if exercise is not None
                else forms.form.cleaned_data.get("employer", employers.first())
            )
            try:
                saved = work_samples.save_exercise(
                    employer, forms.data(), by=request.user, exercise=exercise
                )
            except work_samples.WordingRefused as refused:
                forms.form.add_error(None, str(refused))
            else:
                if exercise is not None and saved.pk != exercise.pk:
                    messages.success(
                        request,
                        _(
                            "Une évaluation utilise la version %(old)s : elle la garde. La "
                            "version %(new)s est créée et vérifiée."
                        )
                        % {"old": exercise.version, "new": saved.version},
                    )
                else:
                    messages.success(
                        request,
                        _(
                            "Exercice enregistré : sa solution de référence est en cours de "
                            "vérification."
                        ),
                    )
                return redirect("assessments:work_sample_detail", exercise_id=saved.pk)
        if saving:
            status = 400
    else:
        forms = ExerciseForms(initial=initial, employers=employers)
        if exercise is not None:
            review = work_samples.review_statement(work_samples.statement_texts(initial))
    return render(
        request,
        "assessments/work_samples/form.html",
        {
            "forms": forms,
            "form": forms.form,
            "exercise": exercise,
            "review": review,
            "error_items": forms.error_items() if status == 400 else [],
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
@role_required(Role.RECRUITER)
def work_sample_create(request):
    return _editor(request)


@require_http_methods(["GET", "POST"])
@role_required(Role.RECRUITER)
def work_sample_edit(request, exercise_id):
    exercise = _exercise(request, exercise_id)
    if not exercise.is_current:
        current = Exercise.objects.get(
            employer=exercise.employer, slug=exercise.slug, is_current=True
        )
        return redirect("assessments:work_sample_edit", exercise_id=current.pk)
    return _editor(request, exercise=exercise)


@require_POST
@role_required(Role.RECRUITER)
def work_sample_wording(request):
    """The live check of the statement's wording: the findings fragment. Never a 500."""
    if not _employers(request.user).exists():
        raise PermissionDenied
    texts = {name: request.POST.get(name, "") for name, _language in work_samples.STATEMENT_PARTS}
    if sum(len(text) for text in texts.values()) > MAX_CHECKED_CHARS:
        html = render_to_string(
            FINDINGS_TEMPLATE, {"error": _("Texte trop long pour être vérifié.")}
        )
        return HttpResponseBadRequest(html)
    review = work_samples.review_statement(texts)
    return HttpResponse(
        render_to_string(FINDINGS_TEMPLATE, {"review": review, "live": True}, request)
    )


def _check_rows(exercise, validation) -> list[dict]:
    """The check's result per test, with the test's expected output beside a failure."""
    if validation is None:
        return []
    cases = checked_cases(exercise)
    rows = validation.result_rows()
    if len(cases) == len(rows):
        for row, (_kind, case) in zip(rows, cases, strict=True):
            if row["name"] == case.name and row["verdict"] != "AC":
                row["expected"] = case.expected
    return rows


def _check_context(exercise) -> dict:
    validation = work_samples.latest_validation(exercise)
    return {
        "exercise": exercise,
        "validation": validation,
        "rows": _check_rows(exercise, validation),
        "failed_count": sum(
            1 for row in (validation.results if validation else []) if row["verdict"] != "AC"
        ),
        "can_check_again": work_samples.can_request_check(exercise),
    }


@require_GET
@role_required(Role.RECRUITER)
def work_sample_detail(request, exercise_id):
    exercise = _exercise(request, exercise_id)
    versions = list(
        Exercise.objects.filter(employer=exercise.employer, slug=exercise.slug)
        .without_tests()
        .defer("samples", "reference_solution", "statement_html_fr", "statement_html_en")
        .select_related("created_by")
        .annotate(latest_status=_latest_status())
        .order_by("-version")
    )
    # Which campaigns hold which version (the offer's title links to its assessment).
    held: dict[int, list] = {}
    rows = (
        Campaign.exercises.through.objects.filter(
            exercise__employer=exercise.employer, exercise__slug=exercise.slug
        )
        .select_related("campaign__offer")
        .order_by("campaign__offer__title", "-campaign__version")
    )
    for row in rows:
        held.setdefault(row.exercise_id, []).append(row.campaign)
    for version in versions:
        version.held_by = held.get(version.pk, [])
    return render(
        request,
        "assessments/work_samples/detail.html",
        {
            **_check_context(exercise),
            "versions": versions,
            "hidden_tests": exercise.hidden_tests,
            "languages": exercise.languages_label(),
        },
    )


@require_GET
@role_required(Role.RECRUITER)
def work_sample_status(request, exercise_id):
    """The check's fragment, which the page asks for every few seconds until it is over."""
    exercise = _exercise(request, exercise_id)
    context = _check_context(exercise)
    validation = context["validation"]
    final = validation is None or validation.is_final
    if not final and request.GET.get("vu") == validation.status:
        return HttpResponse(status=204)  # nothing new: the page keeps what it shows
    response = render(request, "assessments/work_samples/_check.html", context)
    response["X-Vivier-Final"] = "1" if final else "0"
    return response


@require_POST
@role_required(Role.RECRUITER)
def work_sample_check_again(request, exercise_id):
    exercise = _exercise(request, exercise_id)
    try:
        work_samples.request_validation(exercise, by=request.user)
    except work_samples.WorkSampleError as refused:
        messages.info(request, str(refused))
    else:
        messages.success(request, _("Vérification relancée."))
    return redirect("assessments:work_sample_detail", exercise_id=exercise.pk)
