"""The single door to a candidate's identity.

Recruiter-facing code (views, forms, APIs, exports, consumers, emails) never loads `Identity`,
the candidate's user or email: it goes through this module, which either
- reads the identity for the reveal service (`shortlists.reveal.reveal_identity`, which checks
  the stage and the person and writes an audit record each time), or
- uses the identity internally to redact a free text and returns only the redacted text
  (`redact_for_reviewers`).
`tests/candidates/test_identity_boundary.py` checks that no other module reaches identity data.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from accounts.models import AuditEntry
from candidates.models import Application, Identity


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


def identity_erased(application: Application) -> bool:
    """Whether the candidate behind `application` deleted their account (nothing to reveal)."""
    return not Identity.objects.filter(candidate_id=application.candidate_id).exists()


def read_identity(application: Application) -> RevealedIdentity | None:
    """Who is behind `application`, or None once they deleted their account. Only the reveal
    service (`shortlists.reveal`), which checks the stage and the person and writes the audit
    entry, may call this."""
    identity = (
        Identity.objects.select_related("candidate__user")
        .filter(candidate_id=application.candidate_id)
        .first()
    )
    if identity is None:
        return None
    user = identity.candidate.user
    return RevealedIdentity(
        pseudonym=application.pseudonym,
        first_name=identity.first_name,
        last_name=identity.last_name,
        email=user.email if user else "",
        phone=identity.phone,
        address=identity.address,
        postcode=identity.postcode,
        city=identity.city,
    )


def identity_for_redaction(candidate_id: int) -> dict:
    """The identity fields redaction needs to hide the candidate's own name, contacts, school…"""
    return identities_for_redaction([candidate_id]).get(candidate_id, {})


def identities_for_redaction(candidate_ids) -> dict[int, dict]:
    """identity_for_redaction for many candidates, in one query."""
    identities = Identity.objects.select_related("candidate__user").filter(
        candidate_id__in=set(candidate_ids)
    )
    return {identity.candidate_id: _redaction_fields(identity) for identity in identities}


def _redaction_fields(identity) -> dict:
    from candidates.redaction.background import employers_named

    user = identity.candidate.user
    return {
        "first_name": identity.first_name,
        "last_name": identity.last_name,
        "email": user.email if user else "",
        "phone": identity.phone,
        "city": identity.city,
        "postcode": identity.postcode,
        "birth_year": identity.birth_year,
        # the employers of their career story, hidden in every text of theirs
        "employers": "\n".join(employers_named(identity.candidate.path_text)),
    }


def redact_for_reviewers(text: str, *, candidate_id: int, kind: str = "answer", lang=None) -> str:
    """`text` as a recruiter or reviewer may read it: the candidate's identity and other personal
    data replaced by placeholders. The identity never leaves this function."""
    if not text:
        return text
    from candidates.redaction import redact

    return redact(text, identity_for_redaction(candidate_id), kind=kind, lang=lang)


def redact_many_for_reviewers(texts, *, kind: str = "answer", lang=None) -> dict:
    """{key: redacted text} for an iterable of (key, text, candidate_id), the identities read in
    one query: a list page costs the same whatever its length."""
    from candidates.redaction import redact

    texts = list(texts)
    identities = identities_for_redaction(candidate_id for _, _, candidate_id in texts)
    return {
        key: redact(text, identities.get(candidate_id, {}), kind=kind, lang=lang) if text else text
        for key, text, candidate_id in texts
    }


@dataclass(frozen=True)
class LookAtIdentity:
    """One time someone of the employer saw the candidate's identity."""

    at: datetime
    actor: Any  # the User who looked, or None once their account is gone
    employer_name: str
    stage: str  # the application's stage then
    application_id: int

    @property
    def by(self) -> str:
        """Who looked, as the candidate reads it: the person and their organisation."""
        who = self.actor.name_for_colleagues if self.actor is not None else "—"
        return f"{who} ({self.employer_name})" if self.employer_name else who


def looks_at_identity(application_ids) -> dict[int, list[LookAtIdentity]]:
    """Each consultation of the identity behind these applications, oldest first, from the
    audit entries the reveal service writes (`identity.revealed`): the candidate is owed them
    (their dashboard, their data export)."""
    looks: dict[int, list[LookAtIdentity]] = {}
    entries = (
        AuditEntry.objects.filter(
            action="identity.revealed",
            target_type="candidates.application",
            target_id__in=[str(pk) for pk in application_ids],
        )
        .select_related("actor", "employer")
        .order_by("created_at", "id")
    )
    for entry in entries:
        look = LookAtIdentity(
            at=entry.created_at,
            actor=entry.actor,
            employer_name=entry.employer.name if entry.employer is not None else "",
            stage=entry.data.get("stage", ""),
            application_id=int(entry.target_id),
        )
        looks.setdefault(look.application_id, []).append(look)
    return looks
