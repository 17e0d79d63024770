"""An employer signs up on its own: its SIRET, checked, then the company registry's name,
address and activity code. When the registry cannot be asked, the employer is created pending
and staff confirm it (Django admin action). The person who signs up is its first admin."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from accounts.audit import log_action
from accounts.enums import Role
from employers import company_registry
from employers.enums import EmployerRole, OrganisationStatus
from employers.models import Employer, EmployerInvitation, EmployerMembership
from employers.team import Team, TeamError

logger = logging.getLogger(__name__)


def employer_team(employer: Employer) -> Team:
    return Team(
        organisation=employer,
        kind="employer",
        organisation_field="employer",
        membership_model=EmployerMembership,
        invitation_model=EmployerInvitation,
        account_role=Role.RECRUITER,
        join_url_name="employers:join",
        role_choices=list(EmployerRole.choices),
    )


@dataclass(frozen=True)
class RegistryAnswer:
    """What the registry said about a SIRET: the company, or None when it could not be asked."""

    company: company_registry.Company | None


def ask_registry(siret: str) -> RegistryAnswer:
    """The company behind `siret`; CompanyNotFound propagates (the form shows it)."""
    try:
        return RegistryAnswer(company_registry.look_up(siret))
    except company_registry.RegistryUnavailable as error:
        logger.warning("Company registry unavailable for a sign-up: %s", error)
        return RegistryAnswer(None)


@transaction.atomic
def create_employer(siret: str, answer: RegistryAnswer, *, name: str, by) -> Employer:
    """The employer and `by` as its admin. `name` is what the signer typed, used only when the
    registry could not be asked (staff check it before confirming)."""
    company = answer.company
    try:
        with transaction.atomic():
            employer = Employer.objects.create(
                siret=siret,
                name=company.name if company else name,
                address=company.address if company else "",
                activity_code=company.activity_code if company else "",
                status=OrganisationStatus.ACTIVE if company else OrganisationStatus.PENDING,
            )
    except IntegrityError:
        raise TeamError(_("Une entreprise est déjà inscrite avec ce SIRET.")) from None
    membership = EmployerMembership.objects.create(
        employer=employer, user=by, role=EmployerRole.ADMIN
    )
    if by.role != Role.RECRUITER:
        by.role = Role.RECRUITER
        by.save(update_fields=["role"])
    log_action(
        "employer.signed_up",
        actor=by,
        employer=employer,
        target=employer,
        data={"siret": siret, "status": employer.status, "membership_id": membership.pk},
    )
    return employer


@transaction.atomic
def confirm_employer(employer: Employer, *, by) -> bool:
    """Staff confirm a pending employer. False when it was not pending."""
    if employer.status != OrganisationStatus.PENDING:
        return False
    employer.status = OrganisationStatus.ACTIVE
    employer.save(update_fields=["status"])
    log_action("employer.confirmed", actor=by, employer=employer, target=employer)
    return True
