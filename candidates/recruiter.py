"""What recruiters, reviewers and interviewers may know of an application: a card with the
pseudonym, the stage, skills and wishes, and redacted free text. No relation to the candidate's
user or identity survives in it, so templates cannot reach them."""

from dataclasses import dataclass
from datetime import datetime

from candidates.identity import redact_for_reviewers
from candidates.models import Application, Candidate
from candidates.origins import origins_of


@dataclass(frozen=True)
class ApplicationCard:
    id: int
    pseudonym: str
    stage: str
    stage_label: str
    applied_at: datetime
    offer_id: int
    offer_title: str
    skills: list[str]
    availability: str
    desired_contract: str
    region: str
    path_text: str
    identity_revealable: bool
    erased_at: datetime | None = None  # the candidate deleted their account: no profile left
    origin: str = ""  # « par un·e conseiller·ère » (candidates.origins), never who
    origin_note: str = ""  # redacted
    withdrawal_reason: str = ""  # the category the candidate chose, never their comment


def application_card(application: Application, *, identity_revealable: bool) -> ApplicationCard:
    profile = Candidate.objects.only(
        "skills", "availability", "desired_contract", "region", "path_text", "deleted_at"
    ).get(pk=application.candidate_id)
    origin = origins_of([application.pk]).get(application.pk)
    return ApplicationCard(
        id=application.pk,
        pseudonym=application.pseudonym,
        stage=application.stage,
        stage_label=application.get_stage_display(),
        applied_at=application.created_at,
        offer_id=application.offer_id,
        offer_title=application.offer.title,
        skills=list(profile.skills),
        availability=profile.availability,
        desired_contract=profile.get_desired_contract_display(),
        region=profile.region,
        path_text=redact_for_reviewers(
            profile.path_text, candidate_id=application.candidate_id, kind="profile"
        ),
        identity_revealable=identity_revealable,
        erased_at=profile.deleted_at,
        origin=origin.for_employer if origin else "",
        origin_note=origin.note_for_employer if origin else "",
        withdrawal_reason=application.get_withdrawal_reason_display(),
    )
