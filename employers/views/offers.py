"""The offer editor with its live wording check, and the publication gate.

Views parse, authorise, call a service, render. Offers are fetched through
`Offer.objects.of_member`, so another organisation's offer is a 404; publishing and closing
are for the organisation's admins (403 for members), closing after a confirmation page.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts.access import role_required
from accounts.enums import Role
from core.confirmation import confirmed
from employers import services
from employers.enums import OfferStatus, OfferTransition
from employers.forms import MAX_DESCRIPTION_LENGTH, OfferForm, PublishForm
from employers.models import Employer, Offer, OfferTransitionError, is_employer_admin
from employers.sanitize import sanitize_report
from territories import rome

FINDINGS_TEMPLATE = "employers/_wording_findings.html"
MARKUP_TEMPLATE = "employers/_markup_notice.html"


def _member_offer(request, offer_id):
    return get_object_or_404(
        Offer.objects.of_member(request.user).select_related("employer"), pk=offer_id
    )


def _user_employers(user):
    return Employer.objects.recruited_for_by(user).order_by("name")


def _review_of_form(form):
    """Findings on what the form holds, valid or not: the recruiter is still typing."""
    form.is_valid()
    offer = Offer()
    for name in OfferForm.Meta.fields:
        # An invalid value counts as missing, except the texts, checked as typed.
        value = form.cleaned_data.get(name)
        if name in ("title", "description") and value is None:
            value = form.data.get(name, "")
        setattr(offer, name, value)
    return services.review_wording(services.offer_fields(offer))


def _editor(request, *, offer=None):
    employers = None if offer is not None else _user_employers(request.user)
    instance = offer or Offer()
    data = request.POST if request.method == "POST" else None
    form = OfferForm(data, instance=instance, user=request.user, employers=employers)
    review = None
    markup = sanitize_report(form.data.get("description")) if form.is_bound else None
    if offer is not None and request.method == "GET":
        review = services.review_wording(services.offer_fields(offer))
    if request.method == "POST":
        if request.POST.get("action") == "save" and form.is_valid():
            offer = form.save(commit=False)
            try:
                if offer.pk is None:
                    services.create_offer(offer, by=request.user)
                else:
                    services.update_offer(
                        offer,
                        by=request.user,
                        justification=form.cleaned_data.get("justification", ""),
                        exception=form.cleaned_data.get("exception", ""),
                        acknowledged=form.cleaned_data.get("acknowledge", False),
                    )
            except services.PublicationGateError as error:
                for message in error.errors:
                    form.add_error(None, message)
            except OfferTransitionError:
                messages.error(request, _("Cette offre ne peut plus être modifiée."))
                return redirect("employers:offer_detail", offer.pk)
            else:
                messages.success(request, _("Offre enregistrée."))
                if markup.changed:
                    messages.warning(
                        request,
                        _(
                            "Dans la description, le balisage non reconnu est affiché tel quel, "
                            "comme du texte, ou retiré s'il n'était pas du texte (attributs, "
                            "liens non sûrs)."
                        ),
                    )
                return redirect("employers:offer_detail", offer.pk)
        review = _review_of_form(form)
    if offer is not None and offer.pk is not None:
        check_url = reverse("employers:offer_check", args=[offer.pk])
    else:
        check_url = reverse("employers:offer_check_new")
    return render(
        request,
        "employers/offer_form.html",
        {
            "form": form,
            "offer": offer,
            "review": review,
            "markup": markup,
            "check_url": check_url,
        },
    )


@role_required(Role.RECRUITER)
def offer_create(request):
    if not _user_employers(request.user).exists():
        raise PermissionDenied
    return _editor(request)


@role_required(Role.RECRUITER)
def offer_edit(request, offer_id):
    offer = _member_offer(request, offer_id)
    if not offer.is_editable:
        messages.error(request, _("Une offre clôturée ne peut plus être modifiée."))
        return redirect("employers:offer_detail", offer.pk)
    return _editor(request, offer=offer)


def _bad_request(message):
    html = render_to_string(FINDINGS_TEMPLATE, {"error": message})
    return HttpResponse(html, status=400)


@require_POST
@role_required(Role.RECRUITER)
def offer_check(request, offer_id=None):
    """The live check: the findings partial for what the editor holds. Never a 500."""
    if offer_id is not None:
        offer = _member_offer(request, offer_id)
        employers = None
    else:
        raw = request.POST.get("employer", "")
        employers = _user_employers(request.user)
        if not employers:
            raise PermissionDenied  # an interviewer writes no offer
        if raw.isdigit():
            employer = get_object_or_404(employers, pk=int(raw))
        elif "employer" not in request.POST and len(employers) == 1:
            # One organisation: the editor has nothing to choose, the check needs no choice.
            employer = employers[0]
        else:
            return _bad_request(_("Requête incomplète : l'entreprise n'est pas indiquée."))
        offer = Offer(employer=employer)
    if "title" not in request.POST or "description" not in request.POST:
        return _bad_request(_("Requête incomplète : l'intitulé et la description manquent."))
    if len(request.POST["title"]) > 200 or len(request.POST["description"]) > (
        MAX_DESCRIPTION_LENGTH
    ):
        return _bad_request(_("Texte trop long pour être vérifié."))
    form = OfferForm(request.POST, instance=offer, user=request.user, employers=employers)
    review = _review_of_form(form)
    # What sanitising will change, told before saving, above the wording findings.
    notice = render_to_string(
        MARKUP_TEMPLATE, {"markup": sanitize_report(request.POST["description"])}, request
    )
    findings = render_to_string(FINDINGS_TEMPLATE, {"review": review, "live": True}, request)
    return HttpResponse(notice + findings)


@role_required(Role.RECRUITER)
def offer_publish(request, offer_id):
    offer = _member_offer(request, offer_id)
    if not is_employer_admin(request.user, offer.employer):
        raise PermissionDenied
    if not offer.can(OfferTransition.PUBLISH):
        messages.error(request, _("Seule une offre en brouillon peut être publiée."))
        return redirect("employers:offer_detail", offer.pk)
    review = services.review_wording(services.offer_fields(offer))
    data = request.POST if request.method == "POST" else None
    form = PublishForm(data, review=review)
    if request.method == "POST" and form.is_valid():
        try:
            services.publish_offer(
                offer,
                by=request.user,
                justification=form.cleaned_data.get("justification", ""),
                exception=form.cleaned_data.get("exception", ""),
                acknowledged=form.cleaned_data.get("acknowledge", False),
            )
        except services.PublicationGateError as error:
            for message in error.errors:
                form.add_error(None, message)
        else:
            messages.success(request, _("Offre publiée."))
            return redirect("employers:offer_detail", offer.pk)
    context = {
        "offer": offer,
        "review": review,
        "form": form,
        "incomplete": services.completeness_errors(offer),
    }
    return render(request, "employers/offer_publish.html", context)


@require_http_methods(["GET", "POST"])
@role_required(Role.RECRUITER)
def offer_close(request, offer_id):
    """GET: what closing the offer does, with « Confirmer » and « Annuler ». Only the
    confirmation's POST closes it; any other POST is sent to the confirmation."""
    offer = _member_offer(request, offer_id)
    if not is_employer_admin(request.user, offer.employer):
        raise PermissionDenied
    if confirmed(request):
        try:
            services.close_offer(offer, by=request.user)
        except OfferTransitionError:
            offer.refresh_from_db(fields=["status"])
            if offer.status == OfferStatus.CLOSED:  # a second « Confirmer »: already done
                messages.info(request, _("Offre clôturée."))
            else:
                messages.error(request, _("Seule une offre publiée peut être clôturée."))
        else:
            messages.success(request, _("Offre clôturée."))
        return redirect("employers:offer_detail", offer.pk)
    if request.method == "POST":
        return redirect("employers:offer_close", offer.pk)
    if not offer.can(OfferTransition.CLOSE):
        messages.error(request, _("Seule une offre publiée peut être clôturée."))
        return redirect("employers:offer_detail", offer.pk)
    context = {"offer": offer, "application_count": offer.applications.count()}
    return render(request, "employers/offer_close.html", context)


@role_required(Role.RECRUITER)
def appellations(request):
    """The offer form's job title suggestions: ROME titles for what was typed (`q`), at most
    10, as JSON, and whether more match. Without JavaScript the form checks the typed title
    itself."""
    query = request.GET.get("q", "")[:100]
    found = rome.search_appellations(query, limit=11) if len(query.strip()) >= 2 else []
    return JsonResponse(
        {
            "results": [
                {
                    "code": a.code,
                    "label": a.label,
                    "rome_code": a.rome_code,
                    "rome_label": a.rome_label,
                }
                for a in found[:10]
            ],
            # more titles match than are listed: the combobox asks to type on
            "more": len(found) > 10,
        }
    )


@role_required(Role.RECRUITER)
def skills(request):
    """The offer form's skill suggestions from the ROME 4.0 referential, as JSON: the skills
    of the offer's job family (`rome`) when nothing is typed, else the skills matching what
    was typed (`q`), that family's first."""
    query = request.GET.get("q", "")[:100].strip()
    code = request.GET.get("rome", "")[:10].strip()
    code = code if rome.rome_exists(code) else ""
    if len(query) >= 2:
        found = rome.search_skills(query, rome_code=code, limit=15)
    else:
        found = rome.skills_for(code)[:15] if code else []
    return JsonResponse(
        {
            "results": [
                {"code": s.code, "label": s.label, "kind": s.kind_label, "core": s.core}
                for s in found
            ]
        }
    )
