from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, render

from accounts.access import role_required
from accounts.enums import Role
from accounts.models import AuditEntry
from employers.models import Offer, is_employer_admin

APPLICATIONS_PER_PAGE = 50


@role_required(Role.RECRUITER)
def dashboard(request):
    offers = (
        Offer.objects.of_member(request.user)
        .select_related("employer")
        .annotate(application_count=Count("applications"))
    )
    return render(request, "employers/dashboard.html", {"offers": offers})


@role_required(Role.RECRUITER)
def offer_detail(request, offer_id):
    offer = get_object_or_404(
        Offer.objects.of_member(request.user).select_related("employer", "wording_reviewed_by"),
        pk=offer_id,
    )
    # Applications are shown by pseudonym only: no field of the candidate is loaded.
    applications = offer.applications.only("pseudonym", "stage", "created_at", "offer_id")
    page = Paginator(applications, APPLICATIONS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "employers/offer_detail.html",
        {
            "offer": offer,
            "applications": page.object_list,
            "page": page,
            "is_admin": is_employer_admin(request.user, offer.employer),
        },
    )


@role_required(Role.RECRUITER)
def audit_log(request):
    if not is_employer_admin(request.user):
        raise PermissionDenied
    entries = AuditEntry.objects.visible_to(request.user).select_related("actor", "employer")[:200]
    return render(request, "employers/audit_log.html", {"entries": entries})
