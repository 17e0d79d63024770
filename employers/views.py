import hashlib

from django.core.cache.backends.locmem import LocMemCache
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Exists, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import conditional_escape, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from accounts.access import role_required
from accounts.enums import Role
from accounts.models import AuditEntry
from candidates.enums import ApplicationStage
from candidates.models import Application
from employers.models import EmployerMembership, Offer, is_employer_admin

APPLICATIONS_PER_PAGE = 50


OFFERS_PER_PAGE = 50


@role_required(Role.RECRUITER)
def dashboard(request):
    # Counted for the offers of the page only (a subquery), not for every offer then paged.
    applications_of_offer = (
        Application.objects.filter(offer=OuterRef("pk"))
        .order_by()
        .values("offer")
        .annotate(total=Count("pk"))
        .values("total")
    )
    offers = (
        Offer.objects.of_member(request.user)
        .select_related("employer")
        .annotate(application_count=Coalesce(Subquery(applications_of_offer), 0))
    )
    page = Paginator(offers, OFFERS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "employers/dashboard.html", {"offers": page.object_list, "page": page})


def _address_of(url_name: str):
    """reverse() once for a URL taking one id: a function giving the address for any id."""
    marker = "2147483647"
    head, found, tail = reverse(url_name, args=[int(marker)]).rpartition(marker)
    if not found:
        raise ValueError(f"{url_name} does not take the id in its path.")
    return lambda pk: f"{head}{pk}{tail}"


ROW_HTML = '<tr><td><a href="{}">{}</a></td><td>{}</td><td>{}</td><td><a href="{}">{}</a></td></tr>'


def application_rows(applications) -> str:
    """The rows of the recruiter's table of applications, from (id, pseudonym, stage, created_at)
    tuples: pseudonyms only.

    Labels, addresses and dates are worked out once per page rather than once per row, and the
    rows are formatted here: with 50 rows, per-row template tags cost more than the rest of the
    page."""
    stages = {value: str(label) for value, label in ApplicationStage.choices}
    detail_url = _address_of("applications:detail")
    decide_url = _address_of("shortlists:decide")
    decide = gettext('Décider<span class="visually-hidden"> pour %(pseudonym)s</span>')
    dates = {}
    rows = []
    for pk, pseudonym, stage, created_at in applications:
        day = timezone.localdate(created_at)
        if day not in dates:
            dates[day] = date_format(day, "SHORT_DATE_FORMAT")
        pseudonym = conditional_escape(pseudonym)
        rows.append(
            (
                detail_url(pk),
                pseudonym,
                stages.get(stage, stage),
                dates[day],
                decide_url(pk),
                # The translation holds markup: only the pseudonym is put in, escaped.
                mark_safe(decide % {"pseudonym": pseudonym}),
            )
        )
    return format_html_join("\n", ROW_HTML, rows)


class CountedPaginator(Paginator):
    """A paginator given its number of items (read along with something else) rather than
    counting them with a query of its own."""

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count  # Paginator.count is a cached property


@role_required(Role.RECRUITER)
def offer_detail(request, offer_id):
    # One query for the offer, whether the user administers its employer, how many
    # applications it has and when one last changed.
    admins = EmployerMembership.objects.admins().filter(
        user=request.user, employer=OuterRef("employer")
    )
    of_offer = Application.objects.filter(offer=OuterRef("pk")).order_by().values("offer")
    offer = get_object_or_404(
        Offer.objects.of_member(request.user)
        .select_related("employer", "wording_reviewed_by")
        .annotate(
            user_is_admin=Exists(admins),
            application_count=Coalesce(
                Subquery(of_offer.annotate(total=Count("pk")).values("total")), 0
            ),
            applications_changed_at=Subquery(
                of_offer.annotate(last=Max("stage_changed_at")).values("last")
            ),
        ),
        pk=offer_id,
    )
    context = {"offer": offer, "is_admin": offer.user_is_admin}
    # Everything but the actions (which carry this visitor's CSRF token) is the same for every
    # member of the employer: it is rendered once per process for what it shows.
    key = _offer_page_key(request, offer)
    kept = _offer_pages.get(key)
    if kept is None:
        # Applications are shown by pseudonym only: no field of the candidate is read.
        applications = offer.applications.values_list("pk", "pseudonym", "stage", "created_at")
        paginator = CountedPaginator(
            applications, APPLICATIONS_PER_PAGE, count=offer.application_count
        )
        page = paginator.get_page(request.GET.get("page"))
        parts = {**context, "page": page, "application_rows": application_rows(page.object_list)}
        kept = (
            render_to_string("employers/_offer_detail_head.html", parts, request=request),
            render_to_string("employers/_offer_detail_body.html", parts, request=request),
        )
        _offer_pages.set(key, kept)
    context["content_head"], context["content_body"] = (mark_safe(part) for part in kept)
    return render(request, "employers/offer_detail.html", context)


# The recruiter's page of an offer, kept per process. The key holds everything the kept part
# shows, so any change (the offer saved, an application added, moved or deleted) misses it.
_offer_pages = LocMemCache(
    "employers-offer-pages", {"TIMEOUT": 600, "OPTIONS": {"MAX_ENTRIES": 1000}}
)


def _offer_page_key(request, offer) -> str:
    reviewer = offer.wording_reviewed_by
    parts = (
        offer.pk,
        offer.updated_at.isoformat(),
        offer.employer.name,
        str(reviewer) if reviewer else "",
        offer.user_is_admin,
        offer.application_count,
        offer.applications_changed_at.isoformat() if offer.applications_changed_at else "",
        get_language() or "",
        request.GET.urlencode(),
    )
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()
    return f"offer-page:{digest}"


@role_required(Role.RECRUITER)
def audit_log(request):
    if not is_employer_admin(request.user):
        raise PermissionDenied
    entries = AuditEntry.objects.visible_to(request.user).select_related("actor", "employer")[:200]
    return render(request, "employers/audit_log.html", {"entries": entries})
