from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_safe

from broadcasting.api import MAX_ID, api
from broadcasting.cache import fragment, keep_fragment, kept_fragment, published_version
from broadcasting.jsonld import job_posting, script_json
from broadcasting.public import GONE, offer_url, public_state
from broadcasting.search import OfferSearchForm, search_offers
from employers.models import Offer

OFFERS_PER_PAGE = 20


def _query_string(request) -> str:
    return request.META.get("QUERY_STRING", "")


def _offer_list_parts(request) -> dict:
    form = OfferSearchForm(request.GET)
    searched = any(value for key, value in request.GET.items() if key != "page")
    offers = search_offers(form.cleaned_data) if form.is_valid() else Offer.objects.none()
    page = Paginator(offers, OFFERS_PER_PAGE).get_page(request.GET.get("page"))
    department = form.cleaned_data.get("department") if form.is_valid() else ""
    content = render_to_string(
        "broadcasting/_offer_list_content.html",
        {
            "form": form,
            "page": page,
            "searched": searched,
            "department": department,
            "forms_with_errors": [form] if form.errors else [],
        },
        request=request,
    )
    head = render_to_string("broadcasting/_offer_list_head.html", {"department": department})
    return {"head": head, "content": content}


@login_not_required
@require_safe
def offer_list(request):
    # The search form, the results and the pagination depend on the query string alone: they
    # are rendered once per version of the published offers (broadcasting.cache).
    parts = fragment(
        "offer-list",
        (_query_string(request),),
        published_version(),
        lambda: _offer_list_parts(request),
    )
    return render(request, "broadcasting/offer_list.html", parts)


def _offer_page_parts(request, offer) -> dict:
    content = render_to_string(
        "broadcasting/_offer_page_content.html", {"offer": offer}, request=request
    )
    head = render_to_string(
        "broadcasting/_offer_page_head.html", {"canonical_url": offer_url(offer)}
    )
    return {
        "title": offer.title,
        "head": head,
        "content": content,
        "job_posting": script_json(job_posting(offer)),
    }


@login_not_required
@require_safe
def offer_detail(request, offer_id):
    # The page of a listed offer is rendered once per version of the published offers
    # (broadcasting.cache); closed and unknown offers are looked up every time.
    key, version = (offer_id,), published_version()
    parts = kept_fragment("offer-page", key, version)
    if parts is None:
        state = public_state(offer_id) if offer_id <= MAX_ID else None
        if state is None:
            raise Http404
        kind, offer = state
        if kind == GONE:
            return render(request, "broadcasting/offer_closed.html", {"offer": offer}, status=410)
        parts = _offer_page_parts(request, offer)
        keep_fragment("offer-page", key, version, parts)
    return render(request, "broadcasting/offer_detail.html", parts)


@login_not_required
@require_safe
def api_schema(request):
    """The OpenAPI document of /api/v1/."""
    schema = api.get_openapi_schema(path_prefix=reverse("broadcasting:api:api-root"))
    return JsonResponse(schema, json_dumps_params={"ensure_ascii": False})
