"""Applications as recruiters see them: by pseudonym, until the reveal service says otherwise."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.access import role_required
from accounts.enums import Role
from assessments.reuse import reuse_notes
from candidates.models import Application
from candidates.recruiter import application_card
from core.confirmation import confirmed
from shortlists.reveal import (
    NOT_IN_CHARGE_MESSAGE,
    IdentityErased,
    NotInCharge,
    RevealNotAllowed,
    can_reveal,
    hidden_until_message,
    reveal_identity,
    why_hidden,
)


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
    card = application_card(application, identity_revealable=can_reveal(application, request.user))
    hidden_because = "" if card.identity_revealable else why_hidden(application, request.user)
    return render(
        request,
        "shortlists/applications/detail.html",
        {
            "card": card,
            "hidden_because": hidden_because,
            # Once the sitting is over: the copies are made when it starts (reuse.py).
            "reuse_notes": reuse_notes(application, finished_only=True),
        },
    )


# The applications whose reveal this session confirmed: their identity page answers GET.
CONFIRMED_REVEALS = "vivier.confirmed_reveals"


@require_http_methods(["GET", "POST"])
@role_required(Role.RECRUITER)
def reveal(request, application_id):
    """GET: what seeing the identity means (logged, not undone), with « Confirmer » and
    « Annuler »; only the confirmation's POST leads to the identity (`identity`, by a redirect,
    so that reloading it sends no form), any other POST is sent to the confirmation. Someone
    who may not reveal is sent to the application's page, which says why."""
    application = _application(request, application_id)
    if request.method == "POST" and not confirmed(request):
        return redirect("applications:reveal", application_id=application.pk)
    if request.method == "GET":
        if not can_reveal(application, request.user):
            return redirect("applications:detail", application_id=application.pk)
        # Plain values, no model: the pseudonym and the offer's title are all the page says.
        context = {
            "application_id": application.pk,
            "pseudonym": application.pseudonym,
            "offer_title": application.offer.title,
        }
        return render(request, "shortlists/applications/reveal_confirm.html", context)
    confirmed_ids = set(request.session.get(CONFIRMED_REVEALS, []))
    request.session[CONFIRMED_REVEALS] = sorted(confirmed_ids | {application.pk})
    return redirect("applications:identity", application_id=application.pk)


@role_required(Role.RECRUITER)
def revealed_identity(request, application_id):
    """The identity, once this session confirmed the reveal (else the confirmation): every
    display is a consultation, checked and logged by `reveal_identity` (a reload too)."""
    application = _application(request, application_id)
    if application.pk not in request.session.get(CONFIRMED_REVEALS, []):
        return redirect("applications:reveal", application_id=application.pk)
    try:
        identity = reveal_identity(application, by=request.user)
    except NotInCharge:
        messages.error(request, NOT_IN_CHARGE_MESSAGE())
        return redirect("applications:detail", application_id=application.pk)
    except IdentityErased:
        messages.info(
            request,
            _("Cette personne a supprimé son compte : il n'y a plus d'identité à montrer."),
        )
        return redirect("applications:detail", application_id=application.pk)
    except RevealNotAllowed:
        messages.error(request, hidden_until_message(application.offer_id))
        return redirect("applications:detail", application_id=application.pk)
    card = application_card(application, identity_revealable=True)
    return render(
        request, "shortlists/applications/identity.html", {"card": card, "identity": identity}
    )
