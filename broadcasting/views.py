from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from broadcasting.api import MAX_ID, api
from broadcasting.jsonld import job_posting, script_json
from broadcasting.public import GONE, offer_url, public_state
from broadcasting.search import OfferSearchForm, search_offers
from employers.models import Offer

OFFERS_PER_PAGE = 20


@login_not_required
@require_GET
def offer_list(request):
    form = OfferSearchForm(request.GET)
    searched = any(value for key, value in request.GET.items() if key != "page")
    offers = search_offers(form.cleaned_data) if form.is_valid() else Offer.objects.none()
    page = Paginator(offers, OFFERS_PER_PAGE).get_page(request.GET.get("page"))
    department = form.cleaned_data.get("department") if form.is_valid() else ""
    return render(
        request,
        "broadcasting/offer_list.html",
        {
            "form": form,
            "page": page,
            "searched": searched,
            "department": department,
            "forms_with_errors": [form] if form.errors else [],
        },
    )


@login_not_required
@require_GET
def offer_detail(request, offer_id):
    state = public_state(offer_id) if offer_id <= MAX_ID else None
    if state is None:
        raise Http404
    kind, offer = state
    if kind == GONE:
        return render(request, "broadcasting/offer_closed.html", {"offer": offer}, status=410)
    return render(
        request,
        "broadcasting/offer_detail.html",
        {
            "offer": offer,
            "canonical_url": offer_url(offer),
            "job_posting": script_json(job_posting(offer)),
        },
    )


@login_not_required
@require_GET
def api_schema(request):
    """The OpenAPI document of /api/v1/."""
    schema = api.get_openapi_schema(path_prefix=reverse("broadcasting:api:api-root"))
    return JsonResponse(schema, json_dumps_params={"ensure_ascii": False})
