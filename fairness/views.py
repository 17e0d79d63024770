"""Fairness pages: the candidate's voluntary self-declaration, the figures for recruiters (their
offers and organisations) and staff (the whole platform), and the follow-up answer links."""

import re

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
from fairness.enums import FollowUpAnswer, TerritorySource
from fairness.forms import (
    AddressForm,
    CommunePickForm,
    CommuneSearchForm,
    ResidenceForm,
    SelfDeclarationForm,
)
from fairness.models import CONSENT_VERSION
from territories import communes, geocoder, locate, qpv

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
    located = current is not None and bool(current.territory_source)
    form = SelfDeclarationForm(
        request.POST or None, initial=initial, known=services.known_residence(current)
    )
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
            "residence": _residence_summary(current) if located else None,
        },
    )


def _residence_summary(declaration) -> dict:
    """What is kept of where the candidate lives, in words, for them to see."""
    commune = communes.commune(declaration.insee_code)
    neighbourhood = qpv.neighbourhood(declaration.qpv_code) if declaration.qpv_code else None
    return {
        "commune": str(commune) if commune else declaration.insee_code,
        "insee_code": declaration.insee_code,
        "qpv": neighbourhood.name if neighbourhood else declaration.qpv_code,
        "qpv_code": declaration.qpv_code,
        "qpv_answer": declaration.get_qpv_display(),
        "rural_answer": declaration.get_zrr_display(),
        "source": declaration.get_territory_source_display(),
    }


# The communes a search lists at most; beyond, the person is asked to say more.
COMMUNES_LISTED = 20


def _render_territory(request, step: str, **context):
    forms_with_errors = [f for f in context.values() if hasattr(f, "errors") and f.errors]
    return render(
        request,
        "fairness/territory.html",
        {"step": step, "error_forms": forms_with_errors, **context},
    )


def _save_from_point(request, candidate, address: geocoder.Address):
    """Keep what the address's point tells, verified. Near a QPV's border the simplified
    perimeters cannot tell which side the address is on: nothing is kept yet, the person says
    from their commune's QPVs listed by name, and the answer counts as declared. Where the
    perimeters are missing or do not cover the commune, the QPV is kept as unknown, and the
    optional-information page asks it."""
    try:
        territory = locate.from_point(address.latitude, address.longitude, address.insee_code)
    except qpv.PerimetersUnavailable:
        territory = None
    if territory is not None and territory.qpv_unknown == qpv.Status.NEAR_BORDER:
        request.session[CONSENT_GIVEN] = True
        near = [qpv.neighbourhood(code) for code in territory.qpv_near]
        return _residence_step(
            request,
            communes.commune(address.insee_code),
            near=[_("« %(name)s »") % {"name": n.name} for n in near if n],
        )[1]
    if territory is None or not territory.qpv_known:
        qpv_code, in_qpv = None, None
    else:
        qpv_code, in_qpv = territory.qpv_code, territory.qpv_code is not None
    services.save_territory(
        candidate,
        insee_code=address.insee_code,
        qpv_code=qpv_code,
        in_qpv=in_qpv,
        rural=communes.rural(address.insee_code),
        source=TerritorySource.ADDRESS,
        user=request.user,
    )
    messages.success(
        request,
        _("Votre lieu de résidence est enregistré ; votre adresse n'est pas conservée."),
    )
    return redirect("fairness:declaration")


# Set in the session when the person agreed with their address but the geocoder was down, or
# the address lay near a QPV's border: the commune steps that follow do not ask again during
# this visit. Only this flag is kept.
CONSENT_GIVEN = "fairness_territory_consent"


def _residence_step(request, commune, data=None, near=()):
    """The commune's QPVs by name to pick from; « do you live in a QPV » when they are not
    known. `near`: the quoted names of the QPVs whose border the person's address lies near,
    for the notice."""
    neighbourhoods = qpv.of_commune(commune.insee_code)  # None: not known
    form = ResidenceForm(
        data,
        initial={"insee_code": commune.insee_code},
        neighbourhoods=neighbourhoods or [],
        qpvs_known=neighbourhoods is not None,
        ask_consent=not request.session.get(CONSENT_GIVEN),
    )
    return form, _render_territory(
        request,
        "residence",
        form=form,
        commune=commune,
        neighbourhoods=neighbourhoods,
        perimeters_available=qpv.available(),
        near=near,
        band=round(qpv.BORDER_BAND_METRES),
    )


@require_http_methods(["GET", "HEAD", "POST"])
@role_required(Role.CANDIDATE)
def territory(request):
    """Where the candidate lives: an address, geocoded then tested against the QPV perimeters;
    when the geocoder cannot be reached (or on request), the commune picked from the list, then
    one of its QPVs by name. Only the result is kept, with consent."""
    candidate = create_candidate_profile(request.user)
    step = request.POST.get("step") or request.GET.get("etape") or "address"
    if request.method != "POST":
        if step == "commune":
            return _render_territory(request, "commune", form=CommuneSearchForm())
        return _render_territory(request, "address", form=AddressForm())

    if step == "commune":
        form = CommuneSearchForm(request.POST)
        if form.is_valid():
            found = communes.search(form.cleaned_data["commune"], limit=COMMUNES_LISTED + 1)
            if len(found) == 1:
                return _residence_step(request, found[0])[1]
            if found:
                pick = CommunePickForm(communes=found[:COMMUNES_LISTED])
                more = len(found) > COMMUNES_LISTED
                return _render_territory(request, "pick", form=pick, more=more)
            form.add_error("commune", _("Aucune commune ne correspond : vérifiez l'orthographe."))
        return _render_territory(request, "commune", form=form)

    if step == "pick":
        code = request.POST.get("insee_code", "")
        commune = communes.commune(code) if code else None
        if commune is None:
            return _render_territory(request, "commune", form=CommuneSearchForm())
        return _residence_step(request, commune)[1]

    if step == "residence":
        commune = communes.commune(request.POST.get("insee_code", ""))
        if commune is None:
            return _render_territory(request, "commune", form=CommuneSearchForm())
        form, page = _residence_step(request, commune, request.POST)
        if not form.is_valid():
            return page
        choice = form.cleaned_data.get("qpv")
        listed = qpv.of_commune(commune.insee_code)  # None: not known
        if choice in {n.code for n in listed or ()}:
            qpv_code, in_qpv = choice, True
        elif choice == ResidenceForm.YES:  # declared, no list to name the QPV from
            qpv_code, in_qpv = None, True
        elif choice in (ResidenceForm.NONE, ResidenceForm.NONE_DECLARED) or listed == []:
            qpv_code, in_qpv = None, False
        else:  # « I don't know »
            qpv_code, in_qpv = None, None
        services.save_territory(
            candidate,
            insee_code=commune.insee_code,
            qpv_code=qpv_code,
            in_qpv=in_qpv,
            rural=communes.rural(commune.insee_code),
            source=TerritorySource.COMMUNE,
            user=request.user,
        )
        request.session.pop(CONSENT_GIVEN, None)
        messages.success(request, _("Votre lieu de résidence est enregistré."))
        return redirect("fairness:declaration")

    form = AddressForm(request.POST)
    if not form.is_valid():
        return _render_territory(request, "address", form=form)
    try:
        address = geocoder.geocode(form.cleaned_data["address"])
    except geocoder.GeocoderUnavailable:
        request.session[CONSENT_GIVEN] = True
        # Only the postcode typed goes on to the commune search; the address is forgotten.
        postcode = re.search(r"\b\d{5}\b", form.cleaned_data["address"])
        search = CommuneSearchForm(initial={"commune": postcode.group()} if postcode else None)
        return _render_territory(request, "commune", form=search, geocoder_down=True)
    if address is None or communes.commune(address.insee_code) is None:
        form.add_error(
            "address",
            _(
                "Cette adresse est introuvable : précisez le numéro, le code postal et la "
                "commune, ou choisissez votre commune dans la liste."
            ),
        )
        return _render_territory(request, "address", form=form)
    return _save_from_point(request, candidate, address)


@require_POST
@role_required(Role.CANDIDATE)
def territory_withdraw(request):
    candidate = create_candidate_profile(request.user)
    if services.withdraw_territory(candidate, user=request.user):
        messages.success(request, _("Votre lieu de résidence est effacé."))
    return redirect("fairness:declaration")


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
    records = services.funnel_records(applications)  # one grouped query for both figures
    return render(
        request,
        "fairness/employer_report.html",
        {
            **FIGURE_CONTEXT,
            "employer": employer,
            "offers": employer.offers.all(),
            "stages": services.funnel_report(applications, records=records),
            "diversity": services.diversity_report(applications),
            "territory_shares": services.territory_shares(applications, records=records),
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
