"""Fairness pages: the candidate's voluntary self-declaration, the figures for recruiters (their
offers and organisations) and staff (the whole platform), and the follow-up answer links."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts.access import role_required
from accounts.enums import Role
from candidates.enums import ApplicationStage
from candidates.models import Application
from candidates.services import create_candidate_profile
from employers.models import Employer, Offer
from fairness import services, stats
from fairness.enums import FollowUpAnswer
from fairness.forms import SelfDeclarationForm
from fairness.models import CONSENT_VERSION

FIGURE_CONTEXT = {
    "threshold": stats.THRESHOLD,
    "impact_flag": stats.IMPACT_RATIO_FLAG,
    "significance": stats.SIGNIFICANCE,
    "small_sample": stats.SMALL_SAMPLE,
    "min_expected": stats.MIN_EXPECTED,
}


# Candidates -----------------------------------------------------------------------------------


@role_required(Role.CANDIDATE)
def declaration(request):
    candidate = create_candidate_profile(request.user)
    current = services.declaration_of(candidate)
    initial = services.export_declaration(candidate) if current else {}
    form = SelfDeclarationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = services.save_declaration(candidate, form.declared(), user=request.user)
        if saved is None:
            messages.success(request, _("Aucune information n'est enregistrée."))
        else:
            messages.success(request, _("Merci : vos informations sont enregistrées."))
        return redirect("fairness:declaration")
    return render(
        request,
        "fairness/declaration.html",
        {
            "form": form,
            "current": current,
            "error_forms": [form] if form.errors else [],
            "consent_version": CONSENT_VERSION,
            "threshold": stats.THRESHOLD,
        },
    )


@require_POST
@role_required(Role.CANDIDATE)
def withdraw(request):
    candidate = create_candidate_profile(request.user)
    if services.withdraw_declaration(candidate, user=request.user):
        messages.success(request, _("Votre accord est retiré : vos informations sont effacées."))
    return redirect("fairness:declaration")


# Recruiters -----------------------------------------------------------------------------------


def _employers_of(user):
    return Employer.objects.recruited_for_by(user)


@role_required(Role.RECRUITER)
def employer_index(request):
    employers = _employers_of(request.user).prefetch_related("offers")
    if not employers:
        raise PermissionDenied  # an interviewer only: the figures are the recruiters'

    return render(request, "fairness/employer_index.html", {"employers": employers})


@role_required(Role.RECRUITER)
def employer_report(request, employer_id):
    employer = get_object_or_404(_employers_of(request.user), pk=employer_id)
    applications = Application.objects.filter(offer__employer=employer)
    return render(
        request,
        "fairness/employer_report.html",
        {
            **FIGURE_CONTEXT,
            "employer": employer,
            "offers": employer.offers.all(),
            "stages": services.funnel_report(applications),
            "diversity": services.diversity_report(applications),
            "retention": services.retention_report(
                applications.filter(stage=ApplicationStage.HIRED)
            ),
            "retention_groups": services.retention_by_group(
                applications.filter(stage=ApplicationStage.HIRED)
            ),
        },
    )


@role_required(Role.RECRUITER)
def offer_report(request, offer_id):
    offer = get_object_or_404(
        Offer.objects.of_member(request.user).select_related("employer"), pk=offer_id
    )
    return render(
        request,
        "fairness/offer_report.html",
        {
            **FIGURE_CONTEXT,
            "offer": offer,
            "stages": services.funnel_report(offer.applications.all()),
        },
    )


# Staff ----------------------------------------------------------------------------------------


@role_required(Role.STAFF)
def platform_report(request):
    applications = Application.objects.all()
    return render(
        request,
        "fairness/platform_report.html",
        {
            **FIGURE_CONTEXT,
            "stages": services.funnel_report(applications),
            "diversity": services.diversity_report(applications),
            "retention": services.retention_report(
                applications.filter(stage=ApplicationStage.HIRED)
            ),
            "retention_groups": services.retention_by_group(
                applications.filter(stage=ApplicationStage.HIRED)
            ),
        },
    )


# Follow-up answers (from an email, signed in or not) -----------------------------------------

LINK_ERROR_STATUS = {
    services.FollowUpLinkError.INVALID: 400,
    services.FollowUpLinkError.EXPIRED: 410,
    services.FollowUpLinkError.USED: 410,
}


@login_not_required
@require_http_methods(["GET", "POST"])
def followup_answer(request):
    """The link opens a confirmation page (mail scanners that open links must not answer in
    the person's place); the button records the answer and spends the link."""
    data = request.POST if request.method == "POST" else request.GET
    token, answer = data.get("jeton", ""), data.get("reponse", "")
    try:
        if answer not in FollowUpAnswer.values:
            raise services.FollowUpLinkError(services.FollowUpLinkError.INVALID)
        if request.method == "POST":
            followup = services.record_answer(token, answer)
            return render(request, "fairness/followup_done.html", {"followup": followup})
        followup = services.followup_from_token(token)
    except services.FollowUpLinkError as error:
        return render(
            request,
            "fairness/followup_error.html",
            {"reason": error.reason, "days": services.FOLLOW_UP_LINK_DAYS},
            status=LINK_ERROR_STATUS[error.reason],
        )
    return render(
        request,
        "fairness/followup_confirm.html",
        {
            "followup": followup,
            "token": token,
            "answer": answer,
            "answer_label": FollowUpAnswer(answer).label,
            "other": next(a for a in FollowUpAnswer if a != answer),
        },
    )
