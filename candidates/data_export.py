"""A candidate's data export (GDPR right of access): what candidates holds, plus the sections
the apps above it register, since candidates does not know them.

Contract: an app calls `register_candidate_section(name, function)` or
`register_application_section(name, function)` from its `AppConfig.ready()`. A candidate
section's function takes the `Candidate`, an application section's function the `Application`;
both return JSON-ready data (dicts, lists, strings, numbers, ISO dates). Every app that keeps
something about a candidate registers it here, so the export stays complete.
"""

from collections.abc import Callable

from django.utils import timezone

from accounts.audit import log_action
from candidates.models import Candidate, Identity

_candidate_sections: dict[str, Callable] = {}
_application_sections: dict[str, Callable] = {}


def register_candidate_section(name: str, function: Callable) -> None:
    _candidate_sections[name] = function


def register_application_section(name: str, function: Callable) -> None:
    _application_sections[name] = function


def _export_application(application) -> dict:
    data = {
        "offer": application.offer.title,
        "employer": application.offer.employer.name,
        "pseudonym": application.pseudonym,
        "stage": application.stage,
        "applied_at": application.created_at.isoformat(),
    }
    if application.withdrawal_reason or application.withdrawal_comment:
        data["withdrawal"] = {
            "reason": application.withdrawal_reason,
            "comment": application.withdrawal_comment,
        }
    for name, function in _application_sections.items():
        data[name] = function(application)
    return data


def export_candidate_data(candidate: Candidate) -> dict:
    """Everything Vivier holds about a candidate."""
    identity = Identity.objects.filter(candidate=candidate).first()
    user = candidate.user
    data = {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email if user else "",
            "date_joined": user.date_joined.isoformat() if user else None,
        },
        "identity": {
            "first_name": identity.first_name,
            "last_name": identity.last_name,
            "phone": identity.phone,
            "address": identity.address,
            "postcode": identity.postcode,
            "city": identity.city,
            "birth_year": identity.birth_year,
        }
        if identity
        else {},
        "profile": {
            "skills": candidate.skills,
            "availability": candidate.availability,
            "desired_contract": candidate.desired_contract,
            "region": candidate.region,
            "path_text": candidate.path_text,
        },
        "applications": [
            _export_application(application)
            for application in candidate.applications.select_related("offer__employer")
        ],
    }
    for name, function in _candidate_sections.items():
        data[name] = function(candidate)
    log_action("candidate.data_exported", actor=user, target=candidate)
    return data
