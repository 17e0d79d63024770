"""Candidate pages: a candidate only ever sees their own data."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.access import role_required
from accounts.enums import Role
from candidates.data_export import export_candidate_data
from candidates.enums import ApplicationStage
from candidates.forms import DeleteAccountForm, IdentityForm, ProfileForm, WithdrawalForm
from candidates.identity import looks_at_identity
from candidates.models import Application
from candidates.origins import origins_of
from candidates.services import (
    APPLICATION_SENT,
    ApplicationRefused,
    apply_to_offer,
    create_candidate_profile,
    delete_candidate_account,
)
from candidates.withdrawal import (
    DECIDED_STAGES,
    NotYourApplication,
    WithdrawalRefused,
    can_withdraw,
    refusal_message,
    withdraw_application,
)
from employers.models import Offer


def WITHDRAWN_FROM_OFFER() -> str:  # noqa: N802 (a message, translated when asked for)
    return _(
        "Vous avez retiré votre candidature à cette offre : vous ne pouvez pas candidater de "
        "nouveau."
    )


def _candidate(request):
    return create_candidate_profile(request.user)


@role_required(Role.CANDIDATE)
def dashboard(request):
    applications = list(
        Application.objects.of_candidate_user(request.user)
        .select_related("offer__employer")
        .with_next_steps()
    )
    origins = origins_of(application.pk for application in applications)
    looks = looks_at_identity(application.pk for application in applications)
    for application in applications:
        application.origin = origins.get(application.pk)
        application.identity_looks = looks.get(application.pk, [])
    candidate = _candidate(request)
    profile_incomplete = not (candidate.identity.first_name and candidate.skills)
    return render(
        request,
        "candidates/dashboard.html",
        {
            "applications": applications,
            "profile_incomplete": profile_incomplete,
            "decided_stages": DECIDED_STAGES,
            "any_origin": bool(origins),
            "any_look": bool(looks),
        },
    )


@require_http_methods(["GET", "POST"])
@role_required(Role.CANDIDATE)
def withdraw(request, application_id):
    """« Retirer ma candidature »: a page that says what it does, then the confirmation."""
    application = get_object_or_404(
        Application.objects.of_candidate_user(request.user).select_related("offer__employer"),
        pk=application_id,
    )
    form = WithdrawalForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        withdrawn = _("Votre candidature à « %(offer)s » est retirée.") % {
            "offer": application.offer.title
        }
        try:
            withdraw_application(
                application,
                by=request.user,
                reason=form.cleaned_data["reason"],
                comment=form.cleaned_data["comment"],
            )
        except NotYourApplication:
            raise Http404 from None
        except WithdrawalRefused as error:
            application.refresh_from_db(fields=["stage"])
            if application.stage == ApplicationStage.WITHDRAWN:
                # A second « Confirmer »: what the first one did, not an error.
                messages.info(request, withdrawn)
            else:
                messages.error(request, str(error))
        else:
            messages.success(request, withdrawn)
        return redirect("candidates:dashboard")
    return render(
        request,
        "candidates/withdraw.html",
        {
            "application": application,
            "form": form,
            "forms_with_errors": [form] if form.errors else [],
            "refusal": "" if can_withdraw(application) else refusal_message(application.stage),
        },
        status=400 if form.errors else 200,
    )


@role_required(Role.CANDIDATE)
def profile(request):
    candidate = _candidate(request)
    identity_form = IdentityForm(request.POST or None, instance=candidate.identity, prefix="id")
    profile_form = ProfileForm(request.POST or None, instance=candidate, prefix="profil")
    if request.method == "POST" and identity_form.is_valid() and profile_form.is_valid():
        identity_form.save()
        profile_form.save()
        messages.success(request, _("Votre profil est enregistré."))
        return redirect("candidates:dashboard")
    return render(
        request,
        "candidates/profile.html",
        {
            "identity_form": identity_form,
            "profile_form": profile_form,
            "error_forms": [form for form in (identity_form, profile_form) if form.errors],
        },
    )


@role_required(Role.CANDIDATE)
def open_offers(request):
    stages = dict(
        Application.objects.of_candidate_user(request.user).values_list("offer_id", "stage")
    )
    withdrawn = {offer for offer, stage in stages.items() if stage == ApplicationStage.WITHDRAWN}
    offers = Offer.objects.publicly_visible().select_related("employer")
    return render(
        request,
        "candidates/open_offers.html",
        {"offers": offers, "applied": set(stages), "withdrawn": withdrawn},
    )


@login_not_required
@require_http_methods(["GET", "POST"])
def apply(request, offer_id):
    """An offer's apply step, where « Postuler » on its public page leads. A visitor is offered
    sign-up and login, both coming back here; a candidate confirms with the button."""
    offer = get_object_or_404(
        Offer.objects.publicly_visible().select_related("employer"), pk=offer_id
    )
    user = request.user
    if request.method == "POST":
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return _apply(request, offer)
    is_candidate = user.is_authenticated and user.role == Role.CANDIDATE
    stage = (
        Application.objects.of_candidate_user(user)
        .filter(offer=offer)
        .values_list("stage", flat=True)
        .first()
        if is_candidate
        else None
    )
    return render(
        request,
        "candidates/apply.html",
        {
            "offer": offer,
            "is_candidate": is_candidate,
            "applied": stage is not None,
            "withdrawn": stage == ApplicationStage.WITHDRAWN,
            "withdrawn_message": WITHDRAWN_FROM_OFFER(),
        },
    )


@role_required(Role.CANDIDATE)
def _apply(request, offer):
    try:
        apply_to_offer(_candidate(request), offer)
    except ApplicationRefused:
        if (
            Application.objects.of_candidate_user(request.user)
            .filter(offer=offer, stage=ApplicationStage.WITHDRAWN)
            .exists()
        ):
            messages.info(request, WITHDRAWN_FROM_OFFER())
        else:
            messages.info(request, _("Vous avez déjà candidaté à cette offre."))
        return redirect("candidates:dashboard")
    messages.success(request, APPLICATION_SENT)
    return redirect("candidates:dashboard")


@role_required(Role.CANDIDATE)
def export_data(request):
    data = export_candidate_data(_candidate(request))
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    filename = f"vivier-mes-donnees-{timezone.now():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@role_required(Role.CANDIDATE)
def delete_account(request):
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        delete_candidate_account(_candidate(request))
        logout(request)
        messages.success(request, _("Votre compte est supprimé. Merci d'avoir utilisé Vivier."))
        return redirect("home")
    return render(
        request,
        "candidates/delete_account.html",
        {"form": form, "error_forms": [form] if form.errors else []},
    )
