"""Applications as recruiters see them: by pseudonym, until the reveal service says otherwise."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.access import role_required
from accounts.enums import Role
from candidates.identity import RevealNotAllowed, reveal_identity, reveal_stage_label
from candidates.models import Application
from candidates.recruiter import application_card


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
    return render(
        request,
        "candidates/recruiter/application_detail.html",
        {"card": application_card(application)},
    )


@require_POST
@role_required(Role.RECRUITER)
def reveal(request, application_id):
    application = _application(request, application_id)
    try:
        identity = reveal_identity(application, by=request.user)
    except RevealNotAllowed:
        messages.error(
            request,
            _("L'identité n'est visible qu'à partir de cette étape : %(stage)s.")
            % {"stage": reveal_stage_label(application.offer_id)},
        )
        return redirect("applications:detail", application_id=application.pk)
    return render(
        request,
        "candidates/recruiter/identity.html",
        {"card": application_card(application), "identity": identity},
    )
