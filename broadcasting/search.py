"""Searching the publicly visible offers: one form and one function, shared by the public list,
the API and the advisers' workspace.

`OfferSearchForm(request.GET)` validates the filters (every field is optional); when it is valid,
`search_offers(form.cleaned_data)` returns the matching offers, newest publication first.
Invalid values are form errors (a 400 in the API), never an exception.
"""

import datetime
import json
import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from broadcasting import geo
from employers.enums import ContractType, RemotePolicy
from employers.models import OVERSEAS_DEPARTMENTS, ROME_CODE_RE, Offer, department_from_postcode

MAX_QUERY_LENGTH = 200
MAX_QUERY_TERMS = 10
MIN_DISTANCE_KM = 1
MAX_DISTANCE_KM = 200
MAX_WITHIN_DAYS = 365
EARLIEST_DATE = datetime.date(2000, 1, 1)
DEPARTMENTS = frozenset(
    {f"{number:02d}" for number in range(1, 96) if number != 20}
    | {"2A", "2B"}
    | OVERSEAS_DEPARTMENTS
)


def _blank_choice(choices):
    return [("", _("Tous"))] + list(choices)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class OfferSearchForm(forms.Form):
    """Filters of the offer search, read from the query string. Every field is optional."""

    q = forms.CharField(
        label=_("Mots-clés"),
        help_text=_("Cherchés dans l'intitulé, la description et les compétences."),
        required=False,
        max_length=MAX_QUERY_LENGTH,
    )
    department = forms.CharField(
        label=_("Département"),
        help_text=_("Numéro du département, par exemple 91, 2A ou 974."),
        required=False,
        max_length=3,
    )
    postcode = forms.CharField(
        label=_("Code postal"),
        required=False,
        max_length=5,
        validators=[RegexValidator(r"^\d{5}$", _("Le code postal doit comporter 5 chiffres."))],
    )
    distance_km = forms.IntegerField(
        label=_("Distance autour du code postal (km)"),
        help_text=_("De 1 à 200 km, avec un code postal."),
        required=False,
        min_value=MIN_DISTANCE_KM,
        max_value=MAX_DISTANCE_KM,
    )
    rome_code = forms.CharField(
        label=_("Code ROME"),
        help_text=_("Une lettre de A à N suivie de 4 chiffres, par exemple M1805."),
        required=False,
        max_length=5,
    )
    contract_type = forms.ChoiceField(
        label=_("Type de contrat"), required=False, choices=_blank_choice(ContractType.choices)
    )
    remote_policy = forms.ChoiceField(
        label=_("Télétravail"), required=False, choices=_blank_choice(RemotePolicy.choices)
    )
    published_since = forms.DateField(
        label=_("Publiée depuis le"), required=False, widget=DateInput()
    )
    published_within_days = forms.IntegerField(
        label=_("Publiée depuis moins de (jours)"),
        required=False,
        min_value=1,
        max_value=MAX_WITHIN_DAYS,
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("use_required_attribute", False)
        super().__init__(*args, **kwargs)

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())

    def clean_department(self):
        department = self.cleaned_data["department"].strip().upper()
        if department and department not in DEPARTMENTS:
            raise ValidationError(
                _("Indiquez le numéro d'un département français, par exemple 91, 2A ou 974."),
                code="department",
            )
        return department

    def clean_postcode(self):
        postcode = self.cleaned_data["postcode"].strip()
        if postcode:
            department_from_postcode(postcode)  # raises a ValidationError with a clear message
        return postcode

    def clean_rome_code(self):
        rome_code = self.cleaned_data["rome_code"].strip().upper()
        if rome_code and not re.match(ROME_CODE_RE, rome_code):
            raise ValidationError(
                _("Un code ROME est une lettre de A à N suivie de 4 chiffres, par exemple M1805."),
                code="rome_code",
            )
        return rome_code

    def clean(self):
        cleaned_data = super().clean()
        assert cleaned_data is not None  # Form.clean returns cleaned_data
        postcode = cleaned_data.get("postcode")
        distance = cleaned_data.get("distance_km")
        if distance is not None and "distance_km" not in self.errors:
            if not postcode and "postcode" not in self.errors:
                self.add_error(
                    "postcode", _("Indiquez un code postal pour chercher autour de lui.")
                )
            elif postcode and geo.coordinates(postcode) is None:
                self.add_error(
                    "postcode",
                    _("Ce code postal n'est pas connu : la distance ne peut pas être calculée."),
                )
        return cleaned_data


def _text_filter(term: str) -> Q:
    # JSON text is stored ASCII-escaped by some backends ("é" as "\u00e9"): look for both.
    escaped = json.dumps(term)[1:-1]
    condition = (
        Q(title__icontains=term) | Q(description__icontains=term) | Q(skills__icontains=term)
    )
    if escaped != term:
        condition |= Q(skills__icontains=escaped)
    return condition


def search_offers(cleaned_data: dict, queryset: QuerySet | None = None) -> QuerySet:
    """The publicly visible offers matching the cleaned filters of an `OfferSearchForm`.

    `queryset`, when given, is narrowed further (it is always intersected with the publicly
    visible offers). Newest publication first.
    """
    offers = Offer.objects.publicly_visible()
    if queryset is not None:
        offers = offers & queryset
    for term in (cleaned_data.get("q") or "").split()[:MAX_QUERY_TERMS]:
        offers = offers.filter(_text_filter(term))
    if department := cleaned_data.get("department"):
        offers = offers.filter(department=department)
    postcode = cleaned_data.get("postcode")
    distance = cleaned_data.get("distance_km")
    if postcode and distance:
        offers = offers.filter(postcode__in=geo.postcodes_within(postcode, distance))
    elif postcode:
        offers = offers.filter(postcode=postcode)
    if rome_code := cleaned_data.get("rome_code"):
        offers = offers.filter(rome_code=rome_code)
    if contract_type := cleaned_data.get("contract_type"):
        offers = offers.filter(contract_type=contract_type)
    if remote_policy := cleaned_data.get("remote_policy"):
        offers = offers.filter(remote_policy=remote_policy)
    if since := cleaned_data.get("published_since"):
        # Nothing was published before Vivier existed; far dates would overflow time zones.
        start = datetime.datetime.combine(max(since, EARLIEST_DATE), datetime.time.min)
        offers = offers.filter(published_at__gte=timezone.make_aware(start))
    if days := cleaned_data.get("published_within_days"):
        offers = offers.filter(published_at__gte=timezone.now() - datetime.timedelta(days=days))
    return offers.select_related("employer").order_by("-published_at", "-id")
