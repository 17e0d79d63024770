"""A structure's sign-up, its team page and the invitation link (the rules and pages are
employers.team's, shared with employers)."""

from allauth.account.models import EmailAddress
from allauth.account.utils import complete_signup
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_not_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts.access import role_required
from accounts.enums import Role
from advisers import onboarding
from advisers.models import AdviserOrganisation, AdviserTeamInvitation
from advisers.team_forms import AdviserSignupForm
from employers.team_views import (
    HAND_OVER,
    LEAVE,
    REMOVE,
    RESEND,
    REVOKE,
    ROLE,
    confirmed_change,
    join_view,
    team_action,
    team_page,
)


def awaiting_message() -> str:
    return _(
        "Votre structure attend la validation de l'équipe Vivier. D'ici là, vous pouvez "
        "inviter vos collègues, mais ni inviter des personnes à candidater ni voir de données "
        "de candidat·es."
    )


@login_not_required
def signup(request):
    if request.user.is_authenticated:
        messages.info(
            request, _("Déconnectez-vous pour inscrire une structure avec une nouvelle adresse.")
        )
        return redirect("home")
    form = AdviserSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            user = get_user_model().objects.create_user(
                data["email"],
                data["password1"],
                role=Role.ADVISER,
                display_name=data["display_name"],
            )
            EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=False)
            onboarding.create_adviser_organisation(
                name=data["organisation_name"],
                kind=data["kind"],
                department=data["department"],
                by=user,
            )
        messages.info(request, awaiting_message())
        return complete_signup(request, user, "mandatory", reverse("advisers:dashboard"))
    return render(
        request,
        "advisers/team/signup.html",
        {"form": form, "forms_with_errors": [form] if form.errors else []},
    )


def _my_organisation(request, organisation_id) -> AdviserOrganisation:
    return get_object_or_404(
        AdviserOrganisation.objects.filter(memberships__user=request.user).distinct(),
        pk=organisation_id,
    )


@role_required(Role.ADVISER)
def team(request, organisation_id):
    organisation = _my_organisation(request, organisation_id)
    return team_page(
        request,
        onboarding.adviser_team(organisation),
        template="advisers/team/team.html",
        extra={"awaiting_message": awaiting_message()},
    )


def _change(request, organisation_id, action, object_id=None, *, confirm=False):
    """`confirm`: the change is made from its confirmation page (`confirmed_change`)."""
    organisation = _my_organisation(request, organisation_id)
    return (confirmed_change if confirm else team_action)(
        request,
        onboarding.adviser_team(organisation),
        action,
        object_id,
        back=reverse("advisers:team", args=[organisation.pk]),
        after_leaving=reverse("home"),
    )


@require_POST
@role_required(Role.ADVISER)
def invitation_resend(request, organisation_id, team_invitation_id):
    return _change(request, organisation_id, RESEND, team_invitation_id)


@require_http_methods(["GET", "POST"])
@role_required(Role.ADVISER)
def invitation_revoke(request, organisation_id, team_invitation_id):
    return _change(request, organisation_id, REVOKE, team_invitation_id, confirm=True)


@require_POST
@role_required(Role.ADVISER)
def member_role(request, organisation_id, membership_id):
    return _change(request, organisation_id, ROLE, membership_id)


@require_http_methods(["GET", "POST"])
@role_required(Role.ADVISER)
def member_hand_over(request, organisation_id, membership_id):
    return _change(request, organisation_id, HAND_OVER, membership_id, confirm=True)


@require_http_methods(["GET", "POST"])
@role_required(Role.ADVISER)
def member_remove(request, organisation_id, membership_id):
    return _change(request, organisation_id, REMOVE, membership_id, confirm=True)


@require_http_methods(["GET", "POST"])
@role_required(Role.ADVISER)
def leave(request, organisation_id):
    return _change(request, organisation_id, LEAVE, confirm=True)


@login_not_required
def join(request, invitation_token):
    return join_view(
        request,
        invitation_token,
        team_for=lambda invitation: onboarding.adviser_team(invitation.organisation),
        kinds={"adviser_organisation": AdviserTeamInvitation},
        after=reverse("advisers:dashboard"),
    )
