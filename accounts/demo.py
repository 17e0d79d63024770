"""Demo data for a development machine: one account per role, enrolled in MFA where the role
requires it, so that a newcomer can try every role without a phone. Idempotent."""

import base64
import hashlib
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.db import transaction

from accounts.enums import Role
from accounts.models import User
from advisers.enums import AdviserOrganisationKind
from advisers.models import AdviserMembership, AdviserOrganisation
from candidates.models import Identity
from candidates.services import create_candidate_profile
from employers.enums import MemberRole, OfferStatus
from employers.models import Employer, EmployerMembership, Offer


@dataclass(frozen=True)
class DemoAccount:
    email: str
    role: Role
    label: str
    display_name: str = ""

    @property
    def needs_mfa(self) -> bool:
        return self.role in (Role.RECRUITER, Role.ADVISER, Role.STAFF)


EMPLOYER_NAME = "Atelier Numérique du Val"
ADVISER_ORGANISATION = "France Travail Évry-Courcouronnes"

ACCOUNTS = [
    DemoAccount("recruteuse@vivier.demo", Role.RECRUITER, "recruteuse (admin)", "Camille R."),
    DemoAccount("intervieweur1@vivier.demo", Role.RECRUITER, "intervieweur", "Samir I."),
    DemoAccount("intervieweuse2@vivier.demo", Role.RECRUITER, "intervieweuse", "Lou I."),
    DemoAccount("conseiller@vivier.demo", Role.ADVISER, "conseiller France Travail", "Yanis C."),
    DemoAccount("candidate1@vivier.demo", Role.CANDIDATE, "candidate"),
    DemoAccount("candidat2@vivier.demo", Role.CANDIDATE, "candidat"),
    DemoAccount("candidate3@vivier.demo", Role.CANDIDATE, "candidate"),
    DemoAccount("admin@vivier.demo", Role.STAFF, "équipe Vivier (admin Django)", "Équipe Vivier"),
]

CANDIDATE_IDENTITIES = {
    "candidate1@vivier.demo": ("Awa", "Diallo", "Grigny", "91350", 1999),
    "candidat2@vivier.demo": ("Kévin", "Martin", "Guéret", "23000", 1988),
    "candidate3@vivier.demo": ("Inès", "Benali", "Roubaix", "59100", 2002),
}

DRAFT_OFFERS = [
    ("Développeur·se web Python (H/F)", "Vous développez nos outils internes en Django."),
    ("Technicien·ne support informatique (H/F)", "Vous aidez nos utilisateurs au quotidien."),
]


def demo_totp_secret(email: str) -> str:
    """A fixed secret per demo account, so its codes can be printed on a development machine."""
    digest = hashlib.sha256(f"vivier-demo-totp:{email}".encode()).digest()[:20]
    return base64.b32encode(digest).decode()


def current_totp_code(email: str, at: float | None = None) -> str:
    import time

    from allauth.mfa import app_settings as mfa_settings

    counter = int(at if at is not None else time.time()) // mfa_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(demo_totp_secret(email), counter))


def _user(account: DemoAccount) -> User:
    user, created = User.objects.get_or_create(
        email=account.email,
        defaults={"role": account.role, "display_name": account.display_name},
    )
    if created:
        user.set_password(settings.VIVIER_DEMO_PASSWORD)
        if account.role == Role.STAFF:
            user.is_staff = user.is_superuser = True
        user.save()
    EmailAddress.objects.get_or_create(
        user=user, email=account.email, defaults={"verified": True, "primary": True}
    )
    if account.needs_mfa and not is_mfa_enabled(user):
        TOTP.activate(user, demo_totp_secret(account.email))
    if (
        account.needs_mfa
        and not Authenticator.objects.filter(
            user=user, type=Authenticator.Type.RECOVERY_CODES
        ).exists()
    ):
        RecoveryCodes.activate(user)
    return user


@transaction.atomic
def seed_demo() -> list[DemoAccount]:
    users = {account.email: _user(account) for account in ACCOUNTS}

    employer, _ = Employer.objects.get_or_create(name=EMPLOYER_NAME)
    for email, role in [
        ("recruteuse@vivier.demo", MemberRole.ADMIN),
        ("intervieweur1@vivier.demo", MemberRole.MEMBER),
        ("intervieweuse2@vivier.demo", MemberRole.MEMBER),
    ]:
        EmployerMembership.objects.get_or_create(
            user=users[email], employer=employer, defaults={"role": role}
        )

    organisation, _ = AdviserOrganisation.objects.get_or_create(
        name=ADVISER_ORGANISATION,
        defaults={"kind": AdviserOrganisationKind.FRANCE_TRAVAIL, "department": "91"},
    )
    AdviserMembership.objects.get_or_create(
        user=users["conseiller@vivier.demo"],
        organisation=organisation,
        defaults={"role": MemberRole.ADMIN},
    )

    for email, (first, last, city, postcode, birth_year) in CANDIDATE_IDENTITIES.items():
        candidate = create_candidate_profile(users[email])
        Identity.objects.filter(candidate=candidate).update(
            first_name=first, last_name=last, city=city, postcode=postcode, birth_year=birth_year
        )

    for title, description in DRAFT_OFFERS:
        Offer.objects.get_or_create(
            employer=employer,
            title=title,
            defaults={
                "description": description,
                "status": OfferStatus.DRAFT,
                "created_by": users["recruteuse@vivier.demo"],
            },
        )
    return ACCOUNTS
