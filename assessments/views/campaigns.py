"""Assessment campaigns: the candidate's sitting, extra time and results, the employer's
editor. Views parse, authorise, call ``assessments.campaigns``, render."""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.access import role_required
from accounts.enums import Role
from assessments import campaigns, results, reuse
from assessments.forms import AttemptForm, CampaignForm, HandInForm, StartForm
from assessments.library.sjt import SCORING_NOTE
from assessments.library_sync import sync_scenarios, sync_written_questions
from assessments.models import Accommodation, Attempt, ReusedResult, SjtScenario
from candidates.models import Application
from core.confirmation import confirmed
from core.i18n import current_language
from employers.models import Offer

# -- candidate ----------------------------------------------------------------------------


def _application(request, application_id) -> Application:
    """One of the signed-in candidate's applications; anybody else's is a 404."""
    return get_object_or_404(
        Application.objects.of_candidate_user(request.user).select_related("offer__employer"),
        pk=application_id,
    )


def _attempt(application) -> Attempt | None:
    attempt = (
        Attempt.objects.filter(application=application)
        .select_related("campaign", "application__offer__employer")
        .first()
    )
    return campaigns.close_if_expired(attempt) if attempt is not None else None


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _start_form(application, campaign, data=None) -> StartForm:
    """The start button, with a choice per result the candidate may reuse here."""
    reusable = []
    if campaign is not None and not campaign.is_closed():
        reusable = reuse.reusable_results(application, campaign)
    return StartForm(data, reusable=reusable)


def _home(request, application, *, status=200, start_form=None):
    attempt = _attempt(application)
    campaign = attempt.campaign if attempt else campaigns.current_campaign(application.offer)
    if attempt is None and start_form is None:
        start_form = _start_form(application, campaign)
    accommodation = (
        Accommodation.objects.filter(application=application).only("status", "multiplier").first()
    )
    own_minutes = None
    if campaign is not None:
        multiplier = campaigns.time_multiplier(accommodation, campaign)
        if multiplier != 1:
            own_minutes = campaign.minutes_for(multiplier)
    return render(
        request,
        "assessments/campaign_home.html",
        {
            "application": application,
            "campaign": campaign,
            "attempt": attempt,
            "accommodation": accommodation,
            "own_minutes": own_minutes,
            "scoring_note": SCORING_NOTE[current_language()],
            "start_form": start_form,
            "reuse_notes": reuse.reuse_notes(application) if attempt else [],
            "forms_with_errors": [start_form] if start_form and start_form.errors else [],
        },
        status=status,
    )


@require_GET
@role_required(Role.CANDIDATE)
def campaign_home(request, application_id):
    application = _application(request, application_id)
    attempt = _attempt(application)
    if attempt is not None and attempt.is_open:
        return redirect("assessments:attempt_detail", application_id=application.pk)
    return _home(request, application)


@require_POST
@role_required(Role.CANDIDATE)
def accommodation_request(request, application_id):
    application = _application(request, application_id)
    try:
        campaigns.request_accommodation(application, user=request.user)
    except campaigns.AccommodationRefused as exc:
        messages.error(request, str(exc))
        return _home(request, application, status=409)
    messages.success(request, _("Le temps supplémentaire vous est accordé."))
    return redirect("assessments:campaign_home", application_id=application.pk)


@require_POST
@role_required(Role.CANDIDATE)
def attempt_start(request, application_id):
    application = _application(request, application_id)
    if _attempt(application) is None:
        form = _start_form(application, campaigns.current_campaign(application.offer), request.POST)
        if not form.is_valid():
            return _home(request, application, status=400, start_form=form)
        reused, consent = form.chosen(), bool(form.cleaned_data.get("consent"))
    else:  # a reload of the start: the sitting goes on as it began
        reused, consent = [], False
    try:
        campaigns.start_attempt(application, user=request.user, reuse=reused, consent=consent)
    except reuse.ReuseRefused as exc:
        messages.error(request, str(exc))
        return redirect("assessments:campaign_home", application_id=application.pk)
    except campaigns.CampaignUnavailable as exc:
        messages.error(request, str(exc))
        return redirect("assessments:campaign_home", application_id=application.pk)
    return redirect("assessments:attempt_detail", application_id=application.pk)


def _clock(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def _attempt_page(request, application, attempt, form, *, status=200):
    remaining = attempt.remaining_seconds()
    return render(
        request,
        "assessments/attempt_detail.html",
        {
            "application": application,
            "attempt": attempt,
            "campaign": attempt.campaign,
            "form": form,
            "exercises": attempt.campaign.exercises.without_tests().defer("samples"),
            "reused_exercise_ids": set(
                ReusedResult.objects.filter(application=application).values_list(
                    "exercise_id", flat=True
                )
            ),
            "reuse_notes": reuse.reuse_notes(application),
            "remaining_seconds": remaining,
            "remaining_display": _clock(remaining),
            "forms_with_errors": [form] if form.errors else [],
            "scoring_note": SCORING_NOTE[current_language()],
        },
        status=status,
    )


def _saved_form(attempt) -> AttemptForm:
    initial = {}
    for answer in attempt.sjt_answers.all():
        initial[f"sjt-{answer.scenario_id}-most"] = answer.most
        initial[f"sjt-{answer.scenario_id}-least"] = answer.least
        for response_id, rank in answer.ranks.items():
            initial[f"sjt-{answer.scenario_id}-rank-{response_id}"] = rank
    for answer in attempt.written_answers.all():
        initial[f"written-{answer.question_id}"] = answer.text
    return AttemptForm(attempt=attempt, initial=initial)


@require_GET
@role_required(Role.CANDIDATE)
def attempt_detail(request, application_id):
    """The sitting, with every saved answer and the time the server says is left."""
    application = _application(request, application_id)
    attempt = _attempt(application)
    if attempt is None or not attempt.is_open:
        return redirect("assessments:campaign_home", application_id=application.pk)
    return _attempt_page(request, application, attempt, _saved_form(attempt))


@require_POST
@role_required(Role.CANDIDATE)
def attempt_save(request, application_id):
    """Autosave (JSON for the page's script) and the plain buttons: answers are stored first,
    then the attempt is handed in if asked. After the end: 409 and a clear message."""
    application = _application(request, application_id)
    attempt = _attempt(application)
    if attempt is None:
        return redirect("assessments:campaign_home", application_id=application.pk)
    form = AttemptForm(request.POST, attempt=attempt)
    if not form.is_valid():
        if _wants_json(request):
            return JsonResponse(
                {"error": _("Une réponse n'est pas valide."), "fields": form.errors}, status=400
            )
        return _attempt_page(request, application, attempt, form, status=400)
    sjt, written = form.answers()
    try:
        attempt = campaigns.save_answers(
            attempt, sjt=sjt, written=written, ranks=form.ranks(), user=request.user
        )
    except campaigns.AttemptClosed as exc:
        if _wants_json(request):
            return JsonResponse({"error": str(exc), "closed": True}, status=409)
        messages.error(request, str(exc))
        return _home(request, application, status=409)
    if "finish" in request.POST:
        # The answers are saved; handing in is final, so it is confirmed on its own page.
        return redirect("assessments:attempt_hand_in", application_id=application.pk)
    if _wants_json(request):
        return JsonResponse(
            {
                "message": _("Réponses enregistrées."),
                "remaining_seconds": attempt.remaining_seconds(),
            }
        )
    messages.success(request, _("Réponses enregistrées."))
    return redirect("assessments:attempt_detail", application_id=application.pk)


@require_http_methods(["GET", "POST"])
@role_required(Role.CANDIDATE)
def attempt_hand_in(request, application_id):
    """The confirmation of the hand-in: what it means, how much is answered, when the results
    show and why; a ticked box hands in."""
    application = _application(request, application_id)
    attempt = _attempt(application)
    if attempt is None or not attempt.is_open:
        return redirect("assessments:campaign_home", application_id=application.pk)
    form = HandInForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            campaigns.submit_attempt(attempt, user=request.user)
        except campaigns.AttemptClosed as exc:
            messages.error(request, str(exc))
            return redirect("assessments:campaign_home", application_id=application.pk)
        messages.success(request, _("Votre évaluation est remise. Merci !"))
        return redirect("assessments:campaign_home", application_id=application.pk)
    campaign = attempt.campaign
    remaining = attempt.remaining_seconds()
    return render(
        request,
        "assessments/attempt_hand_in.html",
        {
            "application": application,
            "attempt": attempt,
            "campaign": campaign,
            "form": form,
            "forms_with_errors": [form] if form.errors else [],
            "remaining_seconds": remaining,
            "remaining_display": _clock(remaining),
            "scenarios_left": campaign.scenarios.count()
            - sum(
                results.sjt_answer_complete(answer, ranking_mode=campaign.ranks_responses)
                for answer in attempt.sjt_answers.select_related("scenario")
            ),
            "questions_left": campaign.questions.count()
            - attempt.written_answers.exclude(text__regex=r"^\s*$").count(),
        },
        status=400 if form.errors else 200,
    )


@require_GET
@role_required(Role.CANDIDATE)
def attempt_results(request, application_id):
    application = _application(request, application_id)
    attempt = _attempt(application)
    if attempt is None or attempt.is_open:
        return redirect("assessments:campaign_home", application_id=application.pk)
    visible = results.withheld_until(application, campaign=attempt.campaign) is None
    outcome = results.attempt_results(attempt) if visible else None
    items = []
    if visible:
        answers = {a.scenario_id: a for a in attempt.sjt_answers.all()}
        for scenario, item in zip(
            attempt.campaign.scenarios.all(), results.sjt_items(attempt), strict=True
        ):
            items.append({"scenario": scenario, "answer": answers.get(scenario.pk), "item": item})
    return render(
        request,
        "assessments/attempt_results.html",
        {
            "application": application,
            "attempt": attempt,
            "visible": visible,
            "outcome": outcome,
            "sjt_rows": items,
            "scoring_note": SCORING_NOTE[current_language()],
        },
    )


# -- employer -----------------------------------------------------------------------------


def _offer(request, offer_id) -> Offer:
    """An offer of the signed-in member's organisation; another one is a 404."""
    return get_object_or_404(
        Offer.objects.of_member(request.user).select_related("employer").distinct(), pk=offer_id
    )


def _campaign_data(form) -> campaigns.CampaignData:
    return campaigns.CampaignData(**form.cleaned_data)


@require_http_methods(["GET", "POST"])
@role_required(Role.RECRUITER)
def campaign_edit(request, offer_id):
    offer = _offer(request, offer_id)
    if not SjtScenario.objects.exists():  # a fresh install: the library is the only source
        sync_scenarios()
        sync_written_questions()
    campaign = campaigns.current_campaign(offer)
    if request.method == "POST":
        form = CampaignForm(request.POST, campaign=campaign, employer=offer.employer)
        saved = None
        if form.is_valid():
            was_locked = campaign is not None and campaign.is_locked
            try:
                saved = campaigns.save_campaign(offer, _campaign_data(form), user=request.user)
            except campaigns.ExerciseNotUsable as refused:
                form.add_error(None, str(refused))
        if saved is not None:
            if was_locked:
                messages.success(
                    request,
                    _(
                        "Des candidat·es ont déjà commencé : la version %(version)s est créée "
                        "pour les suivant·es."
                    )
                    % {"version": saved.version},
                )
            else:
                messages.success(request, _("Évaluation enregistrée."))
            return redirect("assessments:campaign_edit", offer_id=offer.pk)
        status = 400
    else:
        initial = {"weight_coding": 0, "weight_sjt": 0, "weight_written": 0}
        if campaign is not None:
            initial = {
                "exercises": campaign.exercises.library(),
                "own_exercises": campaign.exercises.filter(employer=offer.employer),
                "scenarios": campaign.scenarios.all(),
                "questions": campaign.questions.all(),
                "weight_coding": campaign.weight_coding,
                "weight_sjt": campaign.weight_sjt,
                "weight_written": campaign.weight_written,
                "sjt_mode": campaign.sjt_mode,
                "duration_minutes": campaign.duration_minutes,
                "deadline": campaign.deadline,
                "extra_time": campaign.extra_time,
            }
        form = CampaignForm(initial=initial, campaign=campaign, employer=offer.employer)
        status = 200
    attempts = Attempt.objects.filter(campaign__offer=offer)
    return render(
        request,
        "assessments/campaign_edit.html",
        {
            "offer": offer,
            "campaign": campaign,
            "form": form,
            "forms_with_errors": [form] if form.errors else [],
            "locked": campaign is not None and campaign.is_locked,
            "attempt_count": attempts.count(),
            "finished_count": attempts.finished().count(),
            "granted_accommodations": campaigns.granted_accommodations(offer),
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
@role_required(Role.RECRUITER)
def campaign_close(request, offer_id):
    """GET: what closing does, with « Confirmer » and « Annuler ». Only the confirmation's POST
    closes; any other POST is sent to the confirmation. The page gives no count of sittings in
    progress: a count that moves while the assessment is open tells when a lone candidate
    started or handed in (the campaign page shows its counts once closed, for that reason)."""
    offer = _offer(request, offer_id)
    if confirmed(request):
        closed = campaigns.close_campaign(offer, user=request.user)
        if closed is None:  # a second « Confirmer »: already closed
            messages.info(request, _("Évaluation clôturée."))
        elif closed == 0:
            messages.success(request, _("Évaluation clôturée ; aucune épreuve n'était en cours."))
        else:
            messages.success(
                request,
                ngettext(
                    "Évaluation clôturée ; %(count)s épreuve en cours remise.",
                    "Évaluation clôturée ; %(count)s épreuves en cours remises.",
                    closed,
                )
                % {"count": closed},
            )
        return redirect("assessments:campaign_edit", offer_id=offer.pk)
    if request.method == "POST":
        return redirect("assessments:campaign_close", offer_id=offer.pk)
    campaign = campaigns.current_campaign(offer)
    if campaign is None or campaign.closed_at is not None:
        messages.info(request, _("Il n'y a pas d'évaluation ouverte à clôturer pour cette offre."))
        return redirect("assessments:campaign_edit", offer_id=offer.pk)
    return render(
        request,
        "assessments/campaign_close.html",
        {
            "offer": offer,
            "campaign": campaign,
            "not_handed_in": campaigns.not_handed_in(offer),
        },
    )
