from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, F
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from accounts.access import role_required
from accounts.audit_subjects import subject_labels
from accounts.enums import Role
from accounts.models import AuditEntry
from core.site import absolute_url
from employers.enums import MemberRole, OfferStatus
from employers.forms import AuditFilterForm
from employers.models import (
    Employer,
    EmployerMembership,
    Offer,
    is_employer_admin,
    recruits_for_an_employer,
)

APPLICATIONS_PER_PAGE = 50
OFFERS_PER_PAGE = 50


@role_required(Role.RECRUITER)
def dashboard(request):
    if not recruits_for_an_employer(request.user):
        # An interviewer (or a recruiter of no organisation yet): their interviews.
        return redirect("interviews:mine")
    offers = Offer.objects.of_member(request.user).select_related("employer")
    page = Paginator(offers, OFFERS_PER_PAGE).get_page(request.GET.get("page"))
    # Counted for the offers of the page only, not for every offer then paged.
    counts = dict(
        Offer.objects.filter(pk__in=[offer.pk for offer in page.object_list])
        .annotate(total=Count("applications"))
        .values_list("pk", "total")
    )
    for offer in page.object_list:
        offer.application_count = counts.get(offer.pk, 0)
    # Their employers, for the team links (the role stays with the user's facts).
    employers = Employer.objects.filter(memberships__user=request.user).distinct()
    return render(
        request,
        "employers/dashboard.html",
        {"offers": page.object_list, "page": page, "employers": employers},
    )


@role_required(Role.RECRUITER)
def offer_detail(request, offer_id):
    offer = get_object_or_404(
        Offer.objects.of_member(request.user)
        .select_related("employer", "wording_reviewed_by")
        .annotate(member_role=F("employer__memberships__role")),
        pk=offer_id,
    )
    # Applications are shown by pseudonym only: no field of the candidate is read. The table is
    # a cached fragment keyed on `applications_version`, which any added, moved or deleted
    # application moves on; the page is lazy, so a cached table costs no query.
    applications = offer.applications.only("pk", "pseudonym", "stage", "created_at", "offer_id")
    page_number = request.GET.get("page", "1")
    page = SimpleLazyObject(
        lambda: Paginator(applications, APPLICATIONS_PER_PAGE).get_page(page_number)
    )
    return render(
        request,
        "employers/offer_detail.html",
        {
            "offer": offer,
            "is_admin": offer.member_role == MemberRole.ADMIN,
            "page": page,
            "page_number": page_number,
            # Its public page, to share, while it is published (broadcasting serves it).
            "public_url": absolute_url(reverse("broadcasting:offer_detail", args=[offer.pk]))
            if offer.status == OfferStatus.PUBLISHED
            else "",
        },
    )


AUDIT_ENTRIES_SHOWN = 200


@role_required(Role.RECRUITER)
def audit_log(request):
    if not is_employer_admin(request.user):
        raise PermissionDenied
    entries = AuditEntry.objects.all()
    if not request.user.is_staff:
        administered = EmployerMembership.objects.admins().filter(user=request.user)
        entries = entries.of_employers(administered.values("employer"))
    actions = entries.order_by().values_list("action", flat=True).distinct()
    form = AuditFilterForm(request.GET or None, actions=list(actions))
    status = 200
    if form.is_bound:
        if form.is_valid():
            data = form.cleaned_data
            if data["action"]:
                entries = entries.filter(action=data["action"])
            if data["start"]:
                entries = entries.filter(created_at__date__gte=data["start"])
            if data["end"]:
                entries = entries.filter(created_at__date__lte=data["end"])
        else:
            status = 400
            entries = entries.none()
    entries = list(entries.select_related("actor", "employer")[:AUDIT_ENTRIES_SHOWN])
    # What each entry is about, in words (an offer's title, a member's name, a pseudonym).
    subjects = subject_labels(entries)
    for entry in entries:
        entry.subject = subjects[entry.pk]
    return render(
        request,
        "employers/audit_log.html",
        {
            "entries": entries,
            "form": form,
            "forms_with_errors": [form] if form.errors else [],
            "shown": AUDIT_ENTRIES_SHOWN,
        },
        status=status,
    )
