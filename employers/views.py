from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import conditional_escape, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from accounts.access import role_required
from accounts.enums import Role
from accounts.models import AuditEntry
from candidates.enums import ApplicationStage
from candidates.models import Application
from config.kept_pages import kept_page
from employers.enums import MemberRole
from employers.models import Offer, is_employer_admin

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


# Everything the recruiter's page of an offer shows depends on these (with the user, the
# language and the address): the page is kept per process until one of them changes. Read as
# values, without building the offer, its employer and its reviewer.
OFFER_PAGE_FACTS = (
    "updated_at",
    "applications_version",  # moved on by any application added, moved or deleted
    "employer__name",
    "wording_reviewed_by__display_name",
    "wording_reviewed_by__email",
    "employer__memberships__role",  # the user's role: the membership of_member joined
)


@role_required(Role.RECRUITER)
def offer_detail(request, offer_id):
    members_offers = Offer.objects.of_member(request.user)
    try:
        facts = members_offers.values_list(*OFFER_PAGE_FACTS).get(pk=offer_id)
    except Offer.DoesNotExist:
        raise Http404 from None
    is_admin = facts[-1] == MemberRole.ADMIN

    def build_context():
        offer = get_object_or_404(
            members_offers.select_related("employer", "wording_reviewed_by"), pk=offer_id
        )
        # Applications are shown by pseudonym only: no field of the candidate is read.
        applications = offer.applications.values_list("pk", "pseudonym", "stage", "created_at")
        page = Paginator(applications, APPLICATIONS_PER_PAGE).get_page(request.GET.get("page"))
        return {
            "offer": offer,
            "is_admin": is_admin,
            "page": page,
            "application_rows": application_rows(page.object_list),
        }

    # The menu shows the audit log to admins of any employer, this one or another.
    key = (offer_id, request.user.pk, is_employer_admin(request.user), *facts)
    return kept_page(request, "employers/offer_detail.html", key, build_context)


@role_required(Role.RECRUITER)
def audit_log(request):
    if not is_employer_admin(request.user):
        raise PermissionDenied
    entries = AuditEntry.objects.visible_to(request.user).select_related("actor", "employer")[:200]
    return render(request, "employers/audit_log.html", {"entries": entries})
