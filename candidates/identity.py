"""The single door to a candidate's identity.

Recruiter-facing code (views, forms, APIs, exports, consumers, emails) never loads `Identity`,
the candidate's user or email: it goes through this module, which either
- reveals the identity of an application whose stage allows it (the offer's reveal stage, a
  setting of its selection policy: the interview invitation by default), writing an audit record
  each time (`reveal_identity`), or
- uses the identity internally to redact a free text and returns only the redacted text
  (`redact_for_reviewers`).
`tests/candidates/test_identity_boundary.py` checks that no other module reaches identity data.
"""

from dataclasses import dataclass

from django.db import transaction

from accounts.audit import log_action
from candidates.enums import RevealStage, reveal_stages
from candidates.models import Application, Identity
from employers.models import EmployerMembership
from shortlists.models import SelectionPolicy


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


def reveal_stage_of(offer_id: int) -> str:
    """The stage from which the offer's employer may see identities: a setting of the offer's
    selection policy, the interview invitation by default."""
    return SelectionPolicy.objects.reveal_stage_for(offer_id)


def reveal_stage_label(offer_id: int) -> str:
    return RevealStage(reveal_stage_of(offer_id)).label


def can_reveal(application: Application) -> bool:
    return application.stage in reveal_stages(reveal_stage_of(application.offer_id))


@transaction.atomic
def reveal_identity(application: Application, *, by) -> RevealedIdentity:
    """Identity of `application` for a member of its employer, audited every time."""
    if not EmployerMembership.objects.filter(
        user=by, employer_id=application.offer.employer_id
    ).exists():
        raise RevealNotAllowed("Only members of the employer may see this identity.")
    application.refresh_from_db(fields=["stage"])  # the stage as it is now, not as it was loaded
    from_stage = reveal_stage_of(application.offer_id)
    if application.stage not in reveal_stages(from_stage):
        raise RevealNotAllowed(
            f"Identity of this offer's candidates is revealed from {from_stage} on, "
            f"not at {application.stage}."
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
        data={
            "pseudonym": application.pseudonym,
            "stage": application.stage,
            "reveal_stage": from_stage,
        },
    )
    return revealed


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
