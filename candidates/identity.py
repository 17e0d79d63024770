"""The single door to a candidate's identity.

Recruiter-facing code (views, forms, APIs, exports, consumers, emails) never loads `Identity`,
the candidate's user or email: it goes through this module, which either
- reveals the identity of an application whose stage allows it, writing an audit record each
  time (`reveal_identity`), or
- uses the identity internally to redact a free text and returns only the redacted text
  (`redact_for_reviewers`).
`tests/candidates/test_identity_boundary.py` checks that no other module reaches identity data.
"""

from dataclasses import dataclass

from django.db import transaction

from accounts.audit import log_action
from candidates.enums import IDENTITY_REVEAL_STAGES
from candidates.models import Application, Identity
from employers.models import EmployerMembership


class RevealNotAllowed(Exception):
    """The application has not reached the stage at which identity may be revealed."""


@dataclass(frozen=True)
class RevealedIdentity:
    pseudonym: str
    first_name: str
    last_name: str
    email: str
    phone: str
    address: str
    postcode: str
    city: str


def can_reveal(application: Application) -> bool:
    return application.stage in IDENTITY_REVEAL_STAGES


@transaction.atomic
def reveal_identity(application: Application, *, by) -> RevealedIdentity:
    """Identity of `application` for a member of its employer, audited every time."""
    if not EmployerMembership.objects.filter(
        user=by, employer_id=application.offer.employer_id
    ).exists():
        raise RevealNotAllowed("Only members of the employer may see this identity.")
    if not can_reveal(application):
        raise RevealNotAllowed(
            f"Identity is revealed from the interview invitation on, not at {application.stage}."
        )
    identity = Identity.objects.select_related("candidate__user").get(
        candidate_id=application.candidate_id
    )
    user = identity.candidate.user
    revealed = RevealedIdentity(
        pseudonym=application.pseudonym,
        first_name=identity.first_name,
        last_name=identity.last_name,
        email=user.email if user else "",
        phone=identity.phone,
        address=identity.address,
        postcode=identity.postcode,
        city=identity.city,
    )
    log_action(
        "identity.revealed",
        actor=by,
        employer=application.offer.employer,
        target=application,
        data={"pseudonym": application.pseudonym, "stage": application.stage},
    )
    return revealed


def identity_for_redaction(candidate_id: int) -> dict:
    """The identity fields redaction needs to hide the candidate's own name, contacts, school…"""
    identity = (
        Identity.objects.select_related("candidate__user").filter(candidate_id=candidate_id).first()
    )
    if identity is None:
        return {}
    user = identity.candidate.user
    return {
        "first_name": identity.first_name,
        "last_name": identity.last_name,
        "email": user.email if user else "",
        "phone": identity.phone,
        "city": identity.city,
        "postcode": identity.postcode,
        "birth_year": identity.birth_year,
    }


def redact_for_reviewers(text: str, *, candidate_id: int, kind: str = "answer", lang=None) -> str:
    """`text` as a recruiter or reviewer may read it: the candidate's identity and other personal
    data replaced by placeholders. The identity never leaves this function."""
    if not text:
        return text
    from candidates.redaction import redact

    return redact(text, identity_for_redaction(candidate_id), kind=kind, lang=lang)
