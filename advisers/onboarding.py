"""A structure that accompanies people towards work (France Travail agency, mission locale,
Cap emploi, association) signs up on its own; staff validate it (Django admin action) before
its advisers see any candidate data. Its team works as an employer's (employers.team)."""

from functools import wraps

from django.db import transaction
from django.shortcuts import render

from accounts.audit import log_action
from accounts.enums import Role
from advisers.enums import AdviserOrganisationStatus
from advisers.models import AdviserMembership, AdviserOrganisation, AdviserTeamInvitation
from employers.enums import MemberRole
from employers.team import Team


def adviser_team(organisation: AdviserOrganisation) -> Team:
    return Team(
        organisation=organisation,
        kind="adviser_organisation",
        organisation_field="organisation",
        membership_model=AdviserMembership,
        invitation_model=AdviserTeamInvitation,
        account_role=Role.ADVISER,
        join_url_name="advisers:join",
        role_choices=list(MemberRole.choices),
    )


@transaction.atomic
def create_adviser_organisation(*, name: str, kind: str, department: str, by):
    """The structure, pending, with `by` as its admin."""
    organisation = AdviserOrganisation.objects.create(
        name=name, kind=kind, department=department, status=AdviserOrganisationStatus.PENDING
    )
    membership = AdviserMembership.objects.create(
        organisation=organisation, user=by, role=MemberRole.ADMIN
    )
    log_action(
        "adviser_organisation.signed_up",
        actor=by,
        target=organisation,
        data={"kind": kind, "department": department, "membership_id": membership.pk},
    )
    return organisation


@transaction.atomic
def validate_organisation(organisation: AdviserOrganisation, *, by) -> bool:
    """Staff validate a pending structure. False when it was not pending."""
    if organisation.status != AdviserOrganisationStatus.PENDING:
        return False
    organisation.status = AdviserOrganisationStatus.VALIDATED
    organisation.save(update_fields=["status"])
    log_action("adviser_organisation.validated", actor=by, target=organisation)
    return True


def has_validated_organisation(user) -> bool:
    return AdviserMembership.objects.filter(
        user=user, organisation__status=AdviserOrganisationStatus.VALIDATED
    ).exists()


def validated_organisation_required(view):
    """Pages with candidate data (stages of referrals, follow-up) and invitations: for members
    of a validated structure only. Others get a page that says why."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not has_validated_organisation(request.user):
            memberships = AdviserMembership.objects.filter(user=request.user).select_related(
                "organisation"
            )
            return render(
                request,
                "advisers/team/awaiting_validation.html",
                {"memberships": memberships},
                status=403,
            )
        return view(request, *args, **kwargs)

    return wrapper
