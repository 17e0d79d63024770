"""Applications as recruiters see them: by pseudonym, until the reveal service says otherwise."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.access import role_required
from accounts.enums import Role
from candidates.enums import ApplicationStage
from candidates.identity import RevealNotAllowed, reveal_identity
from candidates.models import Application
from candidates.recruiter import application_card
from candidates.stages import TRANSITIONS, InvalidStageTransition, move_application

# Stages a recruiter moves an application to from this page; later stages come with decisions.
RECRUITER_MOVES = [ApplicationStage.INTERVIEW, ApplicationStage.REJECTED]


def _application(request, application_id) -> Application:
    return get_object_or_404(
        Application.objects.of_employer_member(request.user)
        .select_related("offer")
        .only("pseudonym", "stage", "created_at", "offer", "candidate_id"),
        pk=application_id,
    )


@role_required(Role.RECRUITER)
def application_detail(request, application_id):
    application = _application(request, application_id)
    moves = [
        (stage, ApplicationStage(stage).label)
        for stage in RECRUITER_MOVES
        if stage in TRANSITIONS[application.stage]
    ]
    return render(
        request,
        "candidates/recruiter/application_detail.html",
        {"card": application_card(application), "moves": moves},
    )


@require_POST
@role_required(Role.RECRUITER)
def move_stage(request, application_id):
    application = _application(request, application_id)
    to = request.POST.get("to", "")
    if to not in RECRUITER_MOVES:
        raise Http404
    try:
        move_application(application, to, by=request.user)
    except InvalidStageTransition:
        messages.error(request, _("Cette candidature ne peut pas passer à cette étape."))
    return redirect("applications:detail", application_id=application.pk)


@require_POST
@role_required(Role.RECRUITER)
def reveal(request, application_id):
    application = _application(request, application_id)
    try:
        identity = reveal_identity(application, by=request.user)
    except RevealNotAllowed:
        messages.error(
            request, _("L'identité n'est visible qu'à partir de l'invitation en entretien.")
        )
        return redirect("applications:detail", application_id=application.pk)
    return render(
        request,
        "candidates/recruiter/identity.html",
        {"card": application_card(application), "identity": identity},
    )
