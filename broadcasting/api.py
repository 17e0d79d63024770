"""The public, read-only JSON API under /api/v1/ (django-ninja), described at /api/schema/.

Anonymous and read-only: no cookie or session is read, so neither CSRF nor CORS
credentials are involved; a browser application on another origin can read it through a server
of its own or the feeds. Filters are those of the public search (`broadcasting.search`), and any
invalid value is a 400 with a JSON body naming the fields, each with a French sentence saying
what is expected (never a pattern nor a validator's own text). Every error has the same shape,
`{"detail": …, "errors": {field: [message]}}`: an unknown address under /api/v1/ is a 404, a
method other than GET or HEAD a 405. HEAD is answered wherever GET is (RFC 9110, 9.3.2).
"""

import datetime
import functools
from typing import Annotated

from django.contrib.auth.decorators import login_not_required
from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Path, Query, Schema, Status
from ninja.errors import ValidationError as NinjaValidationError

from broadcasting.cache import keep_fragment, kept_fragment, published_version
from broadcasting.france_travail import to_france_travail
from broadcasting.public import GONE, absolute_url, offer_url, public_state
from broadcasting.search import (
    MAX_DISTANCE_KM,
    MAX_QUERY_LENGTH,
    MAX_WITHIN_DAYS,
    MIN_DISTANCE_KM,
    OfferSearchForm,
    search_offers,
)
from employers.enums import ContractType, ExperienceLevel, RemotePolicy, WorkingTime

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_PAGE = 10_000
MAX_ID = 2**31 - 1  # the largest primary key every supported database accepts

DEPARTMENT_PATTERN = r"^(0[1-9]|1[0-9]|2[1-9AaBb]|[3-8][0-9]|9[0-5]|97[1-6])$"
POSTCODE_PATTERN = r"^((0[1-9]|[1-8][0-9]|9[0-5])[0-9]{3}|97[1-6][0-9]{2})$"
ROME_CODE_PATTERN = r"^[A-Na-n][0-9]{4}$"

api = NinjaAPI(
    title="Vivier",
    version="1",
    description=(
        "Offres d'emploi publiées sur Vivier, en lecture seule et sans authentification. "
        "Published job offers on Vivier: read-only, no authentication."
    ),
    urls_namespace="broadcasting:api",
    openapi_url=None,  # served at /api/schema/ by broadcasting.views.api_schema
    docs_url=None,  # the interactive docs load their assets from a CDN: not on Vivier
)


# Schemas ----------------------------------------------------------------------------------------


class Error(Schema):
    detail: str
    errors: dict[str, list[str]] = Field(default_factory=dict)


class Gone(Schema):
    detail: str
    id: int
    url: str = Field(json_schema_extra={"format": "uri"})
    closed_at: datetime.datetime | None


class OfferFilters(Schema):
    q: str | None = Field(None, max_length=MAX_QUERY_LENGTH, description="Mots-clés.")
    department: str | None = Field(None, pattern=DEPARTMENT_PATTERN)
    postcode: str | None = Field(None, pattern=POSTCODE_PATTERN)
    distance_km: int | None = Field(
        None,
        ge=MIN_DISTANCE_KM,
        le=MAX_DISTANCE_KM,
        description="Rayon autour de `postcode` (obligatoire avec ce paramètre).",
    )
    rome_code: str | None = Field(None, pattern=ROME_CODE_PATTERN)
    contract_type: ContractType | None = None
    remote_policy: RemotePolicy | None = None
    published_since: datetime.date | None = None
    published_within_days: int | None = Field(None, ge=1, le=MAX_WITHIN_DAYS)
    page: int = Field(1, ge=1, le=MAX_PAGE)
    page_size: int = Field(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)


class OfferSummary(Schema):
    id: int
    url: str = Field(json_schema_extra={"format": "uri"}, description="Page publique.")
    title: str
    employer: str
    commune: str
    postcode: str
    department: str
    contract_type: ContractType
    working_time: WorkingTime
    remote_policy: RemotePolicy
    salary_min: int | None
    salary_max: int | None
    rome_code: str
    skills: list[str]
    published_at: datetime.datetime


class OfferDetail(OfferSummary):
    description_html: str
    experience_level: ExperienceLevel
    positions: int
    weekly_hours: float | None
    start_date: datetime.date | None
    contract_end_date: datetime.date | None
    france_travail_url: str = Field(json_schema_extra={"format": "uri"})


class OfferPage(Schema):
    count: int
    page: int
    page_size: int
    num_pages: int
    next: str | None
    previous: str | None
    results: list[OfferSummary]


# The France Travail shape: a field Vivier does not know is left out of the answer (the operation
# excludes None), so every optional field below is one an offer may lack.


class FTPlace(Schema):
    libelle: str | None = None
    commune: str | None = None
    codePostal: str | None = None
    latitude: float | None = None
    longitude: float | None = None


class FTCompany(Schema):
    nom: str


class FTSkill(Schema):
    libelle: str
    exigence: str


class FTSalary(Schema):
    libelle: str


class FTContact(Schema):
    urlPostulation: str


class FTPartner(Schema):
    nom: str
    url: str


class FTOrigin(Schema):
    origine: str
    urlOrigine: str
    partenaires: list[FTPartner]


class FranceTravailOffer(Schema):
    """One result object of France Travail's « Offres d'emploi v2 » API."""

    id: str
    intitule: str
    description: str | None = None
    dateCreation: str
    dateActualisation: str
    lieuTravail: FTPlace | None = None
    romeCode: str | None = None
    romeLibelle: str | None = None
    appellationlibelle: str | None = None
    entreprise: FTCompany
    codeNAF: str | None = None
    secteurActivite: str | None = None
    typeContrat: str | None = None
    typeContratLibelle: str
    natureContrat: str | None = None
    alternance: bool
    experienceExige: str
    experienceLibelle: str
    formations: list[dict]
    competences: list[FTSkill]
    qualitesProfessionnelles: list[dict]
    salaire: FTSalary | None = None
    dureeTravailLibelle: str | None = None
    dureeTravailLibelleConverti: str
    complementExercice: str | None = None
    nombrePostes: int
    accessibleTH: bool | None = None
    contact: FTContact
    origineOffre: FTOrigin


# Errors ---------------------------------------------------------------------------------------


def _parameter_errors() -> dict[str, str]:
    """What each parameter must be, in words: said whatever pydantic found wrong with it."""
    return {
        "q": _("Des mots-clés de %(max)d caractères au plus.") % {"max": MAX_QUERY_LENGTH},
        "department": _("Indiquez le numéro d'un département français, par exemple 91, 2A ou 974."),
        "postcode": _("Indiquez un code postal français de 5 chiffres, par exemple 91000."),
        "distance_km": _("Indiquez une distance en kilomètres, de %(min)d à %(max)d.")
        % {"min": MIN_DISTANCE_KM, "max": MAX_DISTANCE_KM},
        "rome_code": _(
            "Un code ROME est une lettre de A à N suivie de 4 chiffres, par exemple M1805."
        ),
        "contract_type": _("Indiquez un type de contrat parmi : %(values)s.")
        % {"values": ", ".join(ContractType.values)},
        "remote_policy": _("Indiquez le télétravail parmi : %(values)s.")
        % {"values": ", ".join(RemotePolicy.values)},
        "published_since": _("Indiquez une date au format AAAA-MM-JJ, par exemple 2026-01-31."),
        "published_within_days": _("Indiquez un nombre de jours, de 1 à %(max)d.")
        % {"max": MAX_WITHIN_DAYS},
        "page": _("Indiquez un numéro de page, de 1 à %(max)d.") % {"max": MAX_PAGE},
        "page_size": _("Indiquez un nombre d'offres par page, de 1 à %(max)d.")
        % {"max": MAX_PAGE_SIZE},
        "offer_id": _("Le numéro d'une offre est un nombre entier positif."),
    }


def _validation_error(request: HttpRequest, exc: NinjaValidationError):
    # django-ninja's details (its 422) name the failed check in English, with the regular
    # expression or the limits: the client gets one French sentence per parameter instead.
    messages = _parameter_errors()
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        location = [str(part) for part in error.get("loc", ()) if part not in ("query", "path")]
        field = location[-1] if location else "__all__"
        errors[field] = [messages.get(field, _("Valeur invalide."))]
    return api.create_response(
        request, {"detail": _("Paramètres invalides."), "errors": errors}, status=400
    )


api.add_exception_handler(NinjaValidationError, _validation_error)


def error_response(request: HttpRequest, status: int, detail: str) -> HttpResponse:
    """An error in the API's JSON shape (the `Error` schema)."""
    return api.create_response(request, Error(detail=detail).model_dump(), status=status)


def public_operation(view):
    """An API operation as the public reaches it: without logging in, HEAD answered as GET
    (the server sends the headers without the body), and a refused method as a JSON 405."""

    @functools.wraps(view)
    def operation(request: HttpRequest, *args, **kwargs):
        head = request.method == "HEAD"
        if head:
            request.method = "GET"  # django-ninja routes on the method; only GET is declared
        try:
            response = view(request, *args, **kwargs)
        except Http404:  # django-ninja's root address, which only serves to name the prefix
            response = error_response(request, 404, _("Cette adresse n'existe pas dans l'API."))
        finally:
            if head:
                request.method = "HEAD"
        if response.status_code == 405:
            allowed = response["Allow"]
            response = error_response(
                request, 405, _("L'API est en lecture seule : seules GET et HEAD sont permises.")
            )
            response["Allow"] = f"{allowed}, HEAD"
        return response

    return login_not_required(operation)


@login_not_required
def not_found(request: HttpRequest, path: str = "") -> HttpResponse:
    """Any other address under /api/v1/: a JSON 404, or the address with its missing final
    slash when that one exists (as CommonMiddleware would do without this catch-all)."""
    if not request.path_info.endswith("/"):
        try:
            match = resolve(f"{request.path_info}/")
        except Resolver404:
            match = None
        if match is not None and match.func is not not_found:
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(
                f"{request.path}/" + (f"?{query}" if query else "")
            )
    return error_response(request, 404, _("Cette adresse n'existe pas dans l'API."))


def _form_errors(form) -> dict:
    return {
        "detail": _("Paramètres invalides."),
        "errors": {field: [str(e) for e in errors] for field, errors in form.errors.items()},
    }


# Operations -------------------------------------------------------------------------------------


def _summary(offer) -> dict:
    return {
        "id": offer.pk,
        "url": offer_url(offer),
        "title": offer.title,
        "employer": offer.employer.name,
        "commune": offer.commune,
        "postcode": offer.postcode,
        "department": offer.department,
        "contract_type": offer.contract_type,
        "working_time": offer.working_time,
        "remote_policy": offer.remote_policy,
        "salary_min": offer.salary_min,
        "salary_max": offer.salary_max,
        "rome_code": offer.rome_code,
        "skills": list(offer.skills),
        "published_at": offer.published_at,
    }


def _page_url(request, number: int) -> str:
    query = request.GET.copy()
    query["page"] = str(number)
    return f"{absolute_url(request.path)}?{query.urlencode()}"


@api.get(
    "/offers/",
    response={200: OfferPage, 400: Error, 404: Error},
    summary="Offres publiées",
    description=(
        "Les offres publiées, de la plus récente à la plus ancienne, filtrées comme la "
        "recherche publique. Une page au-delà de la dernière répond 404."
    ),
    operation_id="list_offers",
)
def list_offers(request, filters: Query[OfferFilters]):
    # A page of results depends on the query string alone: its JSON is kept once per version of
    # the published offers (broadcasting.cache). Errors are not kept.
    key, version = (request.META.get("QUERY_STRING", ""),), published_version()
    content = kept_fragment("api-offers", key, version)
    if content is None:
        form = OfferSearchForm(request.GET)
        if not form.is_valid():
            return Status(400, _form_errors(form))
        paginator = Paginator(search_offers(form.cleaned_data), filters.page_size)
        try:
            page = paginator.page(filters.page)
        except EmptyPage:
            return Status(404, {"detail": _("Cette page de résultats n'existe pas.")})
        body = {
            "count": paginator.count,
            "page": page.number,
            "page_size": filters.page_size,
            "num_pages": paginator.num_pages,
            "next": _page_url(request, page.next_page_number()) if page.has_next() else None,
            "previous": (
                _page_url(request, page.previous_page_number()) if page.has_previous() else None
            ),
            "results": [_summary(offer) for offer in page.object_list],
        }
        # What django-ninja does with a returned body: validate it, then render it.
        data = OfferPage.model_validate(body).model_dump(
            context={"request": request, "response_status": 200}
        )
        content = api.renderer.render(request, data, response_status=200)
        keep_fragment("api-offers", key, version, content)
    return HttpResponse(content, content_type=api.get_content_type())


def _find(offer_id: int):
    """(status, body) for an offer that is not publicly listed, or (200, offer)."""
    state = public_state(offer_id)
    if state is None:
        return 404, {"detail": _("Aucune offre publiée ne porte ce numéro.")}
    kind, offer = state
    if kind == GONE:
        return 410, {
            "detail": _("Cette offre est clôturée."),
            "id": offer.pk,
            "url": offer_url(offer),
            "closed_at": offer.closed_at,
        }
    return 200, offer


OfferId = Annotated[int, Path(ge=1, le=MAX_ID)]


@api.get(
    "/offers/{offer_id}/",
    response={200: OfferDetail, 400: Error, 404: Error, 410: Gone},
    summary="Une offre publiée",
    description="Une offre clôturée répond 410 ; une offre inconnue ou non publiée, 404.",
    operation_id="get_offer",
)
def get_offer(request, offer_id: OfferId):
    status, found = _find(offer_id)
    if status != 200:
        return Status(status, found)
    offer = found
    body = {
        **_summary(offer),
        "description_html": str(offer.description_html),
        "experience_level": offer.experience_level,
        "positions": offer.positions,
        "weekly_hours": float(offer.weekly_hours) if offer.weekly_hours is not None else None,
        "start_date": offer.start_date,
        "contract_end_date": offer.contract_end_date,
        "france_travail_url": absolute_url(
            reverse("broadcasting:api:get_offer_france_travail", args=[offer.pk])
        ),
    }
    return Status(200, body)


@api.get(
    "/offers/{offer_id}/france-travail/",
    response={200: FranceTravailOffer, 400: Error, 404: Error, 410: Gone},
    summary="Une offre au format France Travail",
    description=(
        "L'offre dans la forme des résultats de l'API « Offres d'emploi v2 » de France "
        "Travail ; la correspondance des champs est décrite dans FRANCE_TRAVAIL.md."
    ),
    operation_id="get_offer_france_travail",
    url_name="get_offer_france_travail",
    exclude_none=True,
)
def get_offer_france_travail(request, offer_id: OfferId):
    status, found = _find(offer_id)
    if status != 200:
        return Status(status, found)
    return Status(200, to_france_travail(found))
