"""Candidate self-service: profile, applications, data export and account deletion."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.audit import log_action
from candidates.models import Application, Candidate, Identity
from candidates.pseudonyms import new_pseudonym
from employers.enums import OfferStatus
from fairness.services import export_declaration


class ApplicationRefused(Exception):
    pass


@transaction.atomic
def create_candidate_profile(user) -> Candidate:
    candidate, _ = Candidate.objects.get_or_create(user=user)
    Identity.objects.get_or_create(candidate=candidate)
    return candidate


def apply_to_offer(candidate: Candidate, offer) -> Application:
    """Apply to a published offer under a pseudonym drawn afresh for this offer."""
    if offer.status != OfferStatus.PUBLISHED:
        raise ApplicationRefused("This offer is not open to applications.")
    if Application.objects.filter(offer=offer, candidate=candidate).exists():
        raise ApplicationRefused("You have already applied to this offer.")
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Application.objects.create(
                    offer=offer, candidate=candidate, pseudonym=new_pseudonym()
                )
        except IntegrityError:
            # A pseudonym collision within the offer (rare) or a double click: try again, then
            # let the uniqueness of (offer, candidate) speak.
            if Application.objects.filter(offer=offer, candidate=candidate).exists():
                raise ApplicationRefused("You have already applied to this offer.") from None
    raise ApplicationRefused("No free pseudonym could be drawn; please try again.")


def _export_application(application) -> dict:
    """An application with what the candidate wrote and submitted for it."""
    from assessments.models import Submission, WrittenAnswer

    return {
        "offer": application.offer.title,
        "employer": application.offer.employer.name,
        "pseudonym": application.pseudonym,
        "stage": application.stage,
        "applied_at": application.created_at.isoformat(),
        "code_submissions": [
            {
                "exercise": submission.exercise.slug,
                "submitted_at": submission.created_at.isoformat(),
                "code": submission.code,
                "score": submission.score,
            }
            for submission in Submission.objects.filter(application=application)
            .select_related("exercise")
            .order_by("created_at")
        ],
        "written_answers": [
            {"question": answer.question.slug, "text": answer.text}
            for answer in WrittenAnswer.objects.filter(attempt__application=application)
            .select_related("question")
            .order_by("pk")
        ],
    }


def export_candidate_data(candidate: Candidate) -> dict:
    """Everything Vivier holds about a candidate (GDPR right of access)."""
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
        "self_declaration": export_declaration(candidate),
    }
    log_action("candidate.data_exported", actor=user, target=candidate)
    return data


@transaction.atomic
def delete_candidate_account(candidate: Candidate) -> None:
    """Erase identity, free text and the login; keep the anonymous applications (stages, dates)
    so that statistics stay true."""
    user = candidate.user
    Identity.objects.filter(candidate=candidate).delete()
    candidate.path_text = ""
    candidate.availability = ""
    candidate.user = None
    candidate.deleted_at = timezone.now()
    candidate.save()
    if user is not None:
        EmailAddress.objects.filter(user=user).delete()
        Authenticator.objects.filter(user=user).delete()
        log_action("candidate.account_deleted", actor=None, target=candidate)
        user.delete()
