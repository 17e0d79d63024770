"""Certificates of results: the candidate's list (create, revoke) and the public page a link
leads to. Views parse, authorise, call ``assessments.certificates``, render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from accounts.access import role_required
from accounts.enums import Role
from assessments import certificates
from assessments.forms import CertificateForm
from assessments.models import Certificate
from assessments.reuse import certifiable_results
from candidates.models import Candidate
from core.confirmation import confirmed


def _candidate(request) -> Candidate | None:
    return Candidate.objects.filter(user=request.user).first()


@require_http_methods(["GET", "POST"])
@role_required(Role.CANDIDATE)
def certificate_list(request):
    """The candidate's certificates with their links, and a form to make one."""
    candidate = _candidate(request)
    certifiable = certifiable_results(candidate.pk) if candidate else []
    form = CertificateForm(
        request.POST if request.method == "POST" else None, certifiable=certifiable
    )
    if request.method == "POST" and form.is_valid() and candidate is not None:
        try:
            certificates.create_certificate(
                candidate, form.cleaned_data["results"], by=request.user
            )
        except certificates.CertificateRefused as exc:
            form.add_error("results", str(exc))
        else:
            messages.success(request, _("Certificat créé : copiez son lien pour le partager."))
            return redirect("assessments:certificate_list")
    owned = (
        Certificate.objects.filter(candidate=candidate).prefetch_related(
            "items__exercise", "items__scenario"
        )
        if candidate
        else Certificate.objects.none()
    )
    return render(
        request,
        "assessments/certificate_list.html",
        {
            "certificates": owned,
            "certifiable": certifiable,
            "form": form,
            "forms_with_errors": [form] if form.errors else [],
        },
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
@role_required(Role.CANDIDATE)
def certificate_revoke(request, certificate_id):
    """GET: what revoking means, with « Confirmer » and « Annuler »; only the confirmation's
    POST revokes. Another candidate's certificate is a 404."""
    certificate = get_object_or_404(
        Certificate.objects.filter(candidate=_candidate(request)), pk=certificate_id
    )
    if confirmed(request):
        certificates.revoke_certificate(certificate, by=request.user)
        messages.success(request, _("Le lien est révoqué : il ne montre plus vos résultats."))
        return redirect("assessments:certificate_list")
    if request.method == "POST":
        return redirect("assessments:certificate_revoke", certificate_id=certificate.pk)
    return render(request, "assessments/certificate_revoke.html", {"certificate": certificate})


@login_not_required
@never_cache
@require_GET
def certificate_public(request, certificate_token):
    """What a link shows anyone: items, scores, dates. Unknown: 404; revoked: 410."""
    certificate = certificates.find_certificate(certificate_token)
    if certificate is None:
        raise Http404
    if certificates.is_withdrawn(certificate):
        return render(request, "assessments/certificate_revoked.html", status=410)
    items = certificate.items.select_related("exercise", "scenario").defer(
        "exercise__hidden_tests", "exercise__variants", "exercise__samples"
    )
    return render(
        request,
        "assessments/certificate_public.html",
        {"certificate": certificate, "items": items},
    )
