"""schema.org `JobPosting` for an offer's public page (Google Jobs, other search engines).

Fields follow Google's structured data guidelines for job postings: the required ones (title,
description, datePosted, hiringOrganization, jobLocation or applicantLocationRequirements with
jobLocationType TELECOMMUTE) and the recommended ones (employmentType, baseSalary, directApply,
identifier), each only from what the offer holds:

- `validThrough` is left out: an offer has no closing date planned in advance (it is closed by
  hand, and the page then stops carrying the posting), and a date made up on every request
  would tell search engines the offer expires when it does not.
- `description` is left out when the offer has none, rather than repeating the title: the
  posting is then incomplete for Google, which is what it is.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import SafeString, mark_safe

from broadcasting.public import offer_url
from employers.enums import ContractType, RemotePolicy, WorkingTime
from employers.wording import html_to_text

# Besides FULL_TIME / PART_TIME (from the working time), what schema.org calls each contract.
CONTRACT_EMPLOYMENT_TYPES = {
    ContractType.CDI: [],
    ContractType.CDD: ["TEMPORARY"],
    ContractType.INTERIM: ["TEMPORARY"],
    ContractType.APPRENTISSAGE: ["OTHER"],
    ContractType.PROFESSIONNALISATION: ["OTHER"],
    ContractType.STAGE: ["INTERN"],
    ContractType.FREELANCE: ["CONTRACTOR"],
}
# In a <script> element, these characters could end the element or start markup.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def employment_type(offer) -> list[str]:
    kinds = CONTRACT_EMPLOYMENT_TYPES[offer.contract_type]
    if offer.contract_type == ContractType.FREELANCE:
        return list(kinds)
    hours = "PART_TIME" if offer.working_time == WorkingTime.PART_TIME else "FULL_TIME"
    return [hours, *kinds]


def _address(offer) -> dict:
    address = {"@type": "PostalAddress", "addressCountry": "FR"}
    if offer.commune:
        address["addressLocality"] = offer.commune
    if offer.postcode:
        address["postalCode"] = offer.postcode
    if offer.department:
        address["addressRegion"] = offer.department
    return address


def _salary(offer) -> dict | None:
    if offer.salary_min is None and offer.salary_max is None:
        return None
    value = {"@type": "QuantitativeValue", "unitText": "YEAR"}
    if offer.salary_min is not None and offer.salary_max is not None:
        value.update(minValue=offer.salary_min, maxValue=offer.salary_max)
    else:
        value["value"] = offer.salary_min if offer.salary_min is not None else offer.salary_max
    return {"@type": "MonetaryAmount", "currency": "EUR", "value": value}


def job_posting(offer) -> dict:
    """The JobPosting of a publicly visible offer, as a dict ready for JSON."""
    posting = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": offer.title,
        "datePosted": offer.published_at.isoformat(),
        "employmentType": employment_type(offer),
        "hiringOrganization": {"@type": "Organization", "name": offer.employer.name},
        "directApply": True,
        "identifier": {"@type": "PropertyValue", "name": "Vivier", "value": str(offer.pk)},
        "url": offer_url(offer),
        "totalJobOpenings": offer.positions,
    }
    if html_to_text(offer.description):
        posting["description"] = str(offer.description_html)
    if offer.remote_policy == RemotePolicy.FULL:
        posting["jobLocationType"] = "TELECOMMUTE"
        posting["applicantLocationRequirements"] = {"@type": "Country", "name": "FR"}
    if offer.remote_policy != RemotePolicy.FULL or offer.postcode or offer.commune:
        posting["jobLocation"] = {"@type": "Place", "address": _address(offer)}
    if salary := _salary(offer):
        posting["baseSalary"] = salary
    if offer.skills:
        posting["skills"] = ", ".join(offer.skills)
    if offer.rome_code:
        posting["occupationalCategory"] = offer.rome_code
    if offer.start_date:
        posting["jobStartDate"] = offer.start_date.isoformat()
    return posting


def script_json(data: dict) -> SafeString:
    """JSON safe to place inside a <script> element (as Django's json_script escapes it)."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(_SCRIPT_ESCAPES))
