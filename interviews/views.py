"""Interview pages. Views parse, authorise (querysets scoped to the user's organisation, and
the interview's panel for sessions), call `interviews.services`, render."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.access import role_required
from accounts.enums import Role
from candidates.models import Application
from employers.models import Offer, is_employer_admin
from interviews import grids, live, reliability, scheduling, sessions
from interviews.enums import INTERVIEWABLE_STAGES, InterviewStatus, MeetingStatus
from interviews.forms import (
    ChooseSlotForm,
    CompetencyForm,
    ConsensusForm,
    CopyGridForm,
    InterviewForm,
    ReasonForm,
    ScoreSheetForm,
    SlotProposalForm,
)
from interviews.models import GridVersion, Interview, InterviewError, interview_refusal
from interviews.reports import grid_reports


def _offer(request, offer_id) -> Offer:
    """An offer of an organisation the user recruits for: else 404 (interviewers too)."""
    return get_object_or_404(
        Offer.objects.of_member(request.user).select_related("employer"), pk=offer_id
    )


def _offer_seen_by(request, offer_id) -> tuple[Offer, bool]:
    """The offer, for a recruiter of its organisation or a member of one of its panels (an
    interviewer reaches the offer's interviews page and grid, read only); and whether the
    user recruits for it."""
    offer = Offer.objects.of_member(request.user).select_related("employer").filter(pk=offer_id)
    if offer:
        return offer[0], True
    sat_on = Interview.objects.for_panel_member(request.user).filter(application__offer=offer_id)
    if not sat_on.exists():
        raise Http404
    return get_object_or_404(Offer.objects.select_related("employer"), pk=offer_id), False


def _session_interview(request, application_id) -> Interview:
    """The application's latest interview, only for members of its panel: else 404."""
    interview = live.interview_for_member(request.user, application_id=application_id)
    if interview is None:
        raise Http404
    return interview


# Grids ------------------------------------------------------------------------------------


@role_required(Role.RECRUITER)
def grid_detail(request, offer_id):
    offer, recruits = _offer_seen_by(request, offer_id)
    versions = list(offer.interview_grids.all())
    current = versions[0] if versions else None
    return render(
        request,
        "interviews/grid_detail.html",
        {
            "offer": offer,
            "current": current,
            "competencies": current.competencies.all() if current else [],
            "versions": versions,
            "copy_form": CopyGridForm(),
            "can_edit": recruits,
            "is_admin": recruits and is_employer_admin(request.user, offer.employer),
        },
    )


@require_POST
@role_required(Role.RECRUITER)
def grid_copy(request, offer_id):
    offer = _offer(request, offer_id)
    form = CopyGridForm(request.POST)
    if form.is_valid():
        version = grids.copy_library_grid(
            offer,
            form.cleaned_data["slug"],
            language=form.cleaned_data["language"],
            by=request.user,
        )
        messages.success(
            request,
            _("Grille « %(title)s » copiée : version %(number)s.")
            % {"title": version.title, "number": version.number},
        )
    else:
        messages.error(request, _("Choisissez une grille de la bibliothèque."))
    return redirect("interviews:grid_detail", offer_id=offer.pk)


@role_required(Role.RECRUITER)
def competency_edit(request, offer_id):
    """Add a competency, or change the one named by ``?cle=<key>``."""
    offer = _offer(request, offer_id)
    current = grids.current_version(offer)
    if current is None:
        return redirect("interviews:grid_detail", offer_id=offer.pk)
    key = request.POST.get("cle") if request.method == "POST" else request.GET.get("cle")
    competency = None
    if key:
        competency = current.competencies.filter(key=key).first()
        if competency is None:
            raise Http404
    if request.method == "POST":
        form = CompetencyForm(request.POST, language=current.language)
        if form.is_valid():
            try:
                saved = grids.save_competency(offer, form.to_data(), key=key, by=request.user)
            except InterviewError as error:
                form.add_error(None, str(error))
            else:
                if saved.version_id != current.pk:
                    messages.success(
                        request,
                        _(
                            "La grille était déjà utilisée pour noter : la modification crée "
                            "la version %(number)s. Les entretiens déjà notés gardent la leur."
                        )
                        % {"number": saved.version.number},
                    )
                else:
                    messages.success(request, _("Compétence enregistrée."))
                return redirect("interviews:grid_detail", offer_id=offer.pk)
    else:
        initial = CompetencyForm.initial_for(competency) if competency else {"weight": 1}
        form = CompetencyForm(initial=initial, language=current.language)
    return render(
        request,
        "interviews/competency_form.html",
        {
            "offer": offer,
            "current": current,
            "competency": competency,
            "form": form,
            "forms_with_errors": [form] if form.errors else [],
        },
    )


@require_POST
@role_required(Role.RECRUITER)
def competency_delete(request, offer_id):
    offer = _offer(request, offer_id)
    try:
        grids.delete_competency(offer, request.POST.get("cle", ""), by=request.user)
    except InterviewError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Compétence retirée de la grille."))
    return redirect("interviews:grid_detail", offer_id=offer.pk)


# Interviews of an offer -------------------------------------------------------------------


@role_required(Role.RECRUITER)
def my_interviews(request):
    """The interviews whose panel the user sits on, every offer together: the home page of
    an interviewer, who reaches nothing else."""
    interviews = (
        Interview.objects.for_panel_member(request.user)
        .select_related(
            "application__offer__employer", "grid_version", "lead", "meeting__chosen_slot"
        )
        .order_by("application__offer__title", "-created_at")
    )
    return render(request, "interviews/my_interviews.html", {"interviews": interviews})


@role_required(Role.RECRUITER)
def offer_interviews(request, offer_id):
    offer, recruits = _offer_seen_by(request, offer_id)
    interviews = Interview.objects.filter(application__offer=offer)
    if not recruits:
        interviews = interviews.filter(pk__in=Interview.objects.for_panel_member(request.user))
    interviews = interviews.select_related(
        "application", "grid_version", "lead", "meeting__chosen_slot"
    ).prefetch_related("panel__user")
    rows = [
        {
            "interview": interview,
            "meeting": getattr(interview, "meeting", None),
            "panel": [member.user for member in interview.panel.all()],
            "on_panel": any(m.user_id == request.user.pk for m in interview.panel.all()),
            "schedulable": interview_refusal(interview.application.stage) is None,
        }
        for interview in interviews
    ]
    return render(
        request,
        "interviews/offer_interviews.html",
        {
            "offer": offer,
            "rows": rows,
            "current": grids.current_version(offer),
            "recruits": recruits,
            "someone_invited": offer.applications.filter(stage__in=INTERVIEWABLE_STAGES).exists(),
            "is_admin": recruits and is_employer_admin(request.user, offer.employer),
        },
    )


@role_required(Role.RECRUITER)
def interview_create(request, offer_id):
    offer = _offer(request, offer_id)
    if request.method == "POST":
        form = InterviewForm(request.POST, offer=offer)
        if form.is_valid():
            try:
                interview = sessions.create_interview(
                    form.cleaned_data["application"],
                    panel=list(form.cleaned_data["panel"]),
                    lead=form.cleaned_data["lead"],
                    by=request.user,
                )
            except InterviewError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Entretien prévu."))
                if interview.panel.filter(user=request.user).exists():
                    return redirect("interviews:session", application_id=interview.application_id)
                return redirect("interviews:offer_interviews", offer_id=offer.pk)
    else:
        form = InterviewForm(offer=offer, initial={"lead": request.user, "panel": [request.user]})
    return render(
        request,
        "interviews/interview_form.html",
        {
            "offer": offer,
            "form": form,
            "current": grids.current_version(offer),
            "someone_invited": form.fields["application"].queryset.exists(),
            "forms_with_errors": [form] if form.errors else [],
        },
    )


# The live session -------------------------------------------------------------------------


@role_required(Role.RECRUITER)
def session(request, application_id, score_form=None, consensus_form=None):
    interview = _session_interview(request, application_id)
    visible = live.scores_for(interview, request.user)
    competencies = list(interview.grid_version.competencies.all())
    member = visible["member"]
    is_lead = interview.lead_id == request.user.pk
    if score_form is None and interview.status == InterviewStatus.SCORING:
        if not member.has_submitted:
            score_form = ScoreSheetForm(competencies=competencies)
    if consensus_form is None and is_lead and interview.status == InterviewStatus.REVEALED:
        consensus_form = ConsensusForm(
            competencies=competencies, suggested=_median_levels(visible["revealed"])
        )
    consensus = None
    if interview.status == InterviewStatus.CONSENSUS_DONE:
        consensus = {rating.competency_id: rating for rating in interview.consensus.all()}
    state = live.session_state(interview.pk)
    return render(
        request,
        "interviews/session.html",
        {
            "interview": interview,
            "application": interview.application,
            "offer": interview.application.offer,
            "competencies": competencies,
            "member": member,
            "is_lead": is_lead,
            "own": [(c, visible["own"].get(c.pk)) for c in competencies],
            "revealed": visible["revealed"],
            "panel": state["panel"],
            "score_form": score_form,
            "consensus_form": consensus_form,
            "consensus_rows": [(c, consensus.get(c.pk)) for c in competencies] if consensus else [],
            "schedulable": interview_refusal(interview.application.stage) is None,
            "forms_with_errors": [f for f in (score_form, consensus_form) if f and f.errors],
        },
    )


def _median_levels(revealed) -> dict[int, int]:
    suggested = {}
    for row in (revealed or {}).get("competencies", []):
        levels = sorted(score["level"] for score in row["scores"])
        if levels:
            suggested[row["id"]] = levels[(len(levels) - 1) // 2]
    return suggested


def _act(request, application_id, action, success):
    interview = _session_interview(request, application_id)
    try:
        action(interview)
    except InterviewError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, success)
    return redirect("interviews:session", application_id=application_id)


@require_POST
@role_required(Role.RECRUITER)
def start_scoring(request, application_id):
    return _act(
        request,
        application_id,
        lambda interview: sessions.start_scoring(interview, by=request.user),
        _("La notation est ouverte."),
    )


@require_POST
@role_required(Role.RECRUITER)
def close_scoring(request, application_id):
    return _act(
        request,
        application_id,
        lambda interview: sessions.close_scoring(interview, by=request.user),
        _("La notation est close : les notes sont révélées."),
    )


@require_POST
@role_required(Role.RECRUITER)
def submit_scores(request, application_id):
    interview = _session_interview(request, application_id)
    form = ScoreSheetForm(request.POST, competencies=interview.grid_version.competencies.all())
    if not form.is_valid():
        return session(request, application_id, score_form=form)
    try:
        sessions.submit_scores(interview, form.ratings(), by=request.user)
    except InterviewError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Vos notes sont remises."))
    return redirect("interviews:session", application_id=application_id)


@require_POST
@role_required(Role.RECRUITER)
def record_consensus(request, application_id):
    interview = _session_interview(request, application_id)
    form = ConsensusForm(request.POST, competencies=interview.grid_version.competencies.all())
    if not form.is_valid():
        return session(request, application_id, consensus_form=form)
    try:
        sessions.record_consensus(interview, form.decisions(), by=request.user)
    except InterviewError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Consensus enregistré."))
    return redirect("interviews:session", application_id=application_id)


# Measuring the grid -----------------------------------------------------------------------


@role_required(Role.RECRUITER)
def grid_reliability(request, offer_id):
    offer = _offer(request, offer_id)
    if not is_employer_admin(request.user, offer.employer):
        raise PermissionDenied
    versions = GridVersion.objects.filter(offer=offer).order_by("-number")
    return render(
        request,
        "interviews/reliability.html",
        {
            "offer": offer,
            "reports": grid_reports(versions),
            "drift_threshold": reliability.DRIFT_THRESHOLD,
            "min_observations": reliability.MIN_DRIFT_OBSERVATIONS,
            "alpha_reliable": reliability.ALPHA_RELIABLE,
            "alpha_tentative": reliability.ALPHA_TENTATIVE,
        },
    )


# Scheduling: the panel's side -------------------------------------------------------------


def _schedule_page(request, interview, *, form=None, cancel_form=None, status=200):
    meeting = scheduling.meeting_of(interview)
    moving = meeting is not None and meeting.status == MeetingStatus.SCHEDULED
    if form is None:
        initial = {"attendees": [m.user_id for m in interview.panel.all()]}
        if meeting is not None:
            initial.update(
                place=meeting.place,
                video_url=meeting.video_url,
                attendees=list(meeting.attendees.values_list("pk", flat=True)),
            )
        form = SlotProposalForm(interview=interview, moving=moving, initial=initial)
    if cancel_form is None:
        cancel_form = ReasonForm(prefix="annulation")
    return render(
        request,
        "interviews/schedule.html",
        {
            "interview": interview,
            "application": interview.application,
            "offer": interview.application.offer,
            "meeting": meeting,
            "slots": list(meeting.open_slots) if meeting else [],
            "attendees": list(meeting.attendees.all()) if meeting else [],
            "moving": moving,
            "refusal": interview_refusal(interview.application.stage),
            "form": form,
            "cancel_form": cancel_form,
            "forms_with_errors": [f for f in (form, cancel_form) if f.errors],
        },
        status=status,
    )


def _add_findings(form, error) -> None:
    """Each refused finding under its field, quoted, as for messages."""
    for field, findings in error.refused.items():
        for finding in findings:
            form.add_error(
                field if field in form.fields else None, f"« {finding.quote} » : {finding.message}"
            )


@role_required(Role.RECRUITER)
def schedule(request, application_id):
    """Propose slots (or new ones, to move the interview), see the date and who attends."""
    interview = _session_interview(request, application_id)
    if request.method != "POST":
        return _schedule_page(request, interview)
    meeting = scheduling.meeting_of(interview)
    moving = meeting is not None and meeting.status == MeetingStatus.SCHEDULED
    form = SlotProposalForm(request.POST, interview=interview, moving=moving)
    if form.is_valid():
        try:
            scheduling.propose_slots(
                interview,
                slots=form.cleaned_data["slots"],
                place=form.cleaned_data["place"],
                video_url=form.cleaned_data["video_url"],
                attendees=list(form.cleaned_data["attendees"]),
                reason=form.cleaned_data.get("reason", ""),
                by=request.user,
            )
        except scheduling.NotYours:
            raise Http404 from None
        except scheduling.ReasonRefused as error:
            _add_findings(form, error)
        except InterviewError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("Créneaux proposés : %(pseudonym)s choisira dans son espace.")
                % {"pseudonym": interview.application.pseudonym},
            )
            return redirect("interviews:schedule", application_id=application_id)
    return _schedule_page(request, interview, form=form, status=400)


@require_POST
@role_required(Role.RECRUITER)
def cancel_meeting(request, application_id):
    interview = _session_interview(request, application_id)
    form = ReasonForm(request.POST, prefix="annulation")
    if form.is_valid():
        try:
            scheduling.cancel_meeting(interview, form.cleaned_data["reason"], by=request.user)
        except scheduling.NotYours:
            raise Http404 from None
        except scheduling.ReasonRefused as error:
            _add_findings(form, error)
        except InterviewError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Entretien annulé : la personne candidate est prévenue."))
            return redirect("interviews:schedule", application_id=application_id)
    return _schedule_page(request, interview, cancel_form=form, status=400)


def _ics_response(content: bytes) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="entretien.ics"'
    return response


@role_required(Role.RECRUITER)
def panel_calendar(request, application_id):
    """The panel's calendar file of the fixed date (or of its cancellation)."""
    interview = _session_interview(request, application_id)
    meeting = scheduling.meeting_of(interview)
    if meeting is None or meeting.chosen_slot is None:
        raise Http404
    return _ics_response(scheduling.panel_ics(meeting))


# Scheduling: the candidate's side ---------------------------------------------------------


def _candidate_application(request, application_id) -> Application:
    return get_object_or_404(
        Application.objects.of_candidate_user(request.user).select_related("offer__employer"),
        pk=application_id,
    )


def _my_interview_page(request, application, *, choose_form=None, status=200, **forms):
    interview = scheduling.interview_of_candidate(request.user, application.pk)
    meeting = scheduling.meeting_of(interview) if interview else None
    slots = list(meeting.open_slots.filter(starts_at__gt=timezone.now())) if meeting else []
    if choose_form is None and meeting and meeting.status == MeetingStatus.PROPOSED and slots:
        choose_form = ChooseSlotForm(slots=slots)
    new_date_form = forms.get("new_date_form") or ReasonForm(prefix="report")
    cancel_form = forms.get("cancel_form") or ReasonForm(prefix="annulation")
    return render(
        request,
        "interviews/my_interview.html",
        {
            "application": application,
            "offer": application.offer,
            "meeting": meeting,
            "choose_form": choose_form,
            "new_date_form": new_date_form,
            "cancel_form": cancel_form,
            "forms_with_errors": [
                f for f in (choose_form, new_date_form, cancel_form) if f is not None and f.errors
            ],
        },
        status=status,
    )


@role_required(Role.CANDIDATE)
def my_interview(request, application_id):
    """The candidate's interview: choose a slot, add it to a calendar, move it or cancel."""
    application = _candidate_application(request, application_id)
    if request.method != "POST":
        return _my_interview_page(request, application)
    interview = scheduling.interview_of_candidate(request.user, application.pk)
    meeting = scheduling.meeting_of(interview) if interview else None
    if meeting is None:
        raise Http404
    slots = list(meeting.open_slots)
    form = ChooseSlotForm(request.POST, slots=slots)
    if form.is_valid():
        try:
            scheduling.choose_slot(interview, form.cleaned_data["slot"], by=request.user)
        except InterviewError as error:
            form.add_error("slot", str(error))
        else:
            messages.success(request, _("C'est noté : l'invitation vous est envoyée par courriel."))
            return redirect("interviews:my_interview", application_id=application.pk)
    return _my_interview_page(request, application, choose_form=form, status=400)


def _candidate_change(request, application_id, *, prefix, action, success, form_name):
    application = _candidate_application(request, application_id)
    interview = scheduling.interview_of_candidate(request.user, application.pk)
    if interview is None:
        raise Http404
    form = ReasonForm(request.POST, prefix=prefix)
    if form.is_valid():
        try:
            action(interview, form.cleaned_data["reason"])
        except InterviewError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, success)
            return redirect("interviews:my_interview", application_id=application.pk)
    return _my_interview_page(request, application, status=400, **{form_name: form})


@require_POST
@role_required(Role.CANDIDATE)
def my_interview_new_date(request, application_id):
    return _candidate_change(
        request,
        application_id,
        prefix="report",
        action=lambda interview, reason: scheduling.ask_for_another_date(
            interview, reason, by=request.user
        ),
        success=_("Votre demande est transmise : choisissez un autre créneau ou attendez-en."),
        form_name="new_date_form",
    )


@require_POST
@role_required(Role.CANDIDATE)
def my_interview_cancel(request, application_id):
    return _candidate_change(
        request,
        application_id,
        prefix="annulation",
        action=lambda interview, reason: scheduling.cancel_meeting(
            interview, reason, by=request.user
        ),
        success=_("Entretien annulé : l'employeur est prévenu."),
        form_name="cancel_form",
    )


@role_required(Role.CANDIDATE)
def my_interview_calendar(request, application_id):
    application = _candidate_application(request, application_id)
    interview = scheduling.interview_of_candidate(request.user, application.pk)
    meeting = scheduling.meeting_of(interview) if interview else None
    if meeting is None or meeting.chosen_slot is None:
        raise Http404
    return _ics_response(scheduling.candidate_ics(meeting))
