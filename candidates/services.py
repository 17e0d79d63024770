"""Candidate self-service: profile, applications and account deletion (the data export is
`candidates.data_export`)."""

from functools import partial

from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy

from accounts.audit import log_action
from accounts.enums import Role
from candidates.models import Application, Candidate, Identity
from candidates.pseudonyms import new_pseudonym
from candidates.receipts import send_receipt
from core.site import absolute_url
from employers.enums import OfferStatus


class ApplicationRefused(Exception):
    pass


APPLICATION_SENT = gettext_lazy(
    "Candidature envoyée : l'employeur ne verra qu'un pseudonyme jusqu'à l'entretien."
)


@transaction.atomic
def create_candidate_profile(user) -> Candidate:
    candidate, _ = Candidate.objects.get_or_create(user=user)
    Identity.objects.get_or_create(candidate=candidate)
    return candidate


class NotACandidateAccount(Exception):
    """The address belongs to a recruiter's, an adviser's or staff's account."""


@transaction.atomic
def candidate_for_person(email: str, *, first_name: str, last_name: str) -> tuple[Candidate, bool]:
    """The candidate whose account has `email`, or a new candidate account for that person,
    without a usable password (they choose one through `set_password_link`), and whether it is
    new. For someone acting for the person (advisers.on_behalf). An existing identity is kept;
    only blank names are filled. Raises NotACandidateAccount for another role's address.

    Two advisers may submit the same new address at the same moment: both find no account,
    the second insert meets the unique email the first one wrote. The second then links to the
    account the first created (it reads it once the first transaction has committed), as if it
    had come a moment later."""
    users = get_user_model().objects
    user = users.filter(email__iexact=email).first()
    created = user is None
    if user is None:
        try:
            with transaction.atomic():
                user = users.create_user(email, password=None, role=Role.CANDIDATE)
                EmailAddress.objects.create(
                    user=user, email=user.email, primary=True, verified=False
                )
        except IntegrityError:
            user = users.filter(email__iexact=email).first()
            if user is None:  # not the email: another constraint, let it speak
                raise
            created = False
    if user.role != Role.CANDIDATE:
        raise NotACandidateAccount(email)
    candidate = create_candidate_profile(user)
    identity = Identity.objects.get(candidate=candidate)
    changed = []
    for field, value in (("first_name", first_name), ("last_name", last_name)):
        if not getattr(identity, field):
            setattr(identity, field, value)
            changed.append(field)
    if changed:
        identity.save(update_fields=changed)
    return candidate, created


def set_password_link(candidate: Candidate) -> str:
    """A link for the candidate to choose a password: allauth's password reset, with its token
    (valid PASSWORD_RESET_TIMEOUT, and once: a new password changes what it signs)."""
    user = candidate.user
    key = default_token_generator.make_token(user)
    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": key},
    )
    return absolute_url(path)


def apply_to_offer(candidate: Candidate, offer) -> Application:
    """Apply to a published offer under a pseudonym drawn afresh for this offer. Every
    application goes through here; the candidate gets a receipt once it is committed
    (`candidates.receipts`, after what the caller records in the same transaction, such as
    an adviser's record of applying on the person's behalf)."""
    if offer.status != OfferStatus.PUBLISHED:
        raise ApplicationRefused("This offer is not open to applications.")
    if Application.objects.filter(offer=offer, candidate=candidate).exists():
        raise ApplicationRefused("You have already applied to this offer.")
    for _attempt in range(5):
        try:
            with transaction.atomic():
                application = Application.objects.create(
                    offer=offer, candidate=candidate, pseudonym=new_pseudonym()
                )
                transaction.on_commit(partial(send_receipt, application.pk))
                return application
        except IntegrityError:
            # A pseudonym collision within the offer (rare) or a double click: try again, then
            # let the uniqueness of (offer, candidate) speak.
            if Application.objects.filter(offer=offer, candidate=candidate).exists():
                raise ApplicationRefused("You have already applied to this offer.") from None
    raise ApplicationRefused("No free pseudonym could be drawn; please try again.")


# What an erased account leaves of its profile: nothing. Its applications keep their pseudonym,
# stage, dates, scores and decisions (statistics and the employer's record stay true), and the
# recruiter's card says the profile was erased (candidates.recruiter.application_card).
ERASED_PROFILE = {
    "skills": [],
    "availability": "",
    "desired_contract": "",
    "region": "",
    "path_text": "",
}


@transaction.atomic
def delete_candidate_account(candidate: Candidate) -> None:
    """Erase identity, the profile (ERASED_PROFILE) and the login; keep the anonymous
    applications (stages, dates, scores, decisions) so that statistics stay true."""
    user = candidate.user
    Identity.objects.filter(candidate=candidate).delete()
    for field, empty in ERASED_PROFILE.items():
        setattr(candidate, field, list(empty) if isinstance(empty, list) else empty)
    candidate.user = None
    candidate.deleted_at = timezone.now()
    candidate.save()
    # The person's own words about why they withdrew could tell who they were.
    Application.objects.filter(candidate=candidate).exclude(withdrawal_comment="").update(
        withdrawal_comment=""
    )
    if user is not None:
        EmailAddress.objects.filter(user=user).delete()
        Authenticator.objects.filter(user=user).delete()
        log_action("candidate.account_deleted", actor=None, target=candidate)
        user.delete()
