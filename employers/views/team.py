"""An employer's sign-up, its team page (members, invitations) and the invitation link.

Views parse, authorise, call a service (employers.onboarding, employers.team), render. The
employer is fetched among the user's own, so another employer's team, invitation or member is
a 404; changes are for the employer's admins (403 for members)."""

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
from employers import onboarding
from employers import team as team_services
from employers.models import Employer, EmployerInvitation
from employers.team_forms import EmployerSignupForm
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


@login_not_required
def signup(request):
    if request.user.is_authenticated:
        messages.info(
            request,
            _("Déconnectez-vous pour inscrire une entreprise avec une nouvelle adresse."),
        )
        return redirect("home")
    form = EmployerSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                user = get_user_model().objects.create_user(
                    data["email"],
                    data["password1"],
                    role=Role.RECRUITER,
                    display_name=data["display_name"],
                )
                EmailAddress.objects.create(
                    user=user, email=user.email, primary=True, verified=False
                )
                employer = onboarding.create_employer(
                    data["siret"], form.registry_answer, name=data["company_name"], by=user
                )
        except team_services.TeamError as error:
            form.add_error("siret", str(error))
        else:
            if employer.is_pending:
                messages.warning(request, pending_message())
            else:
                messages.success(
                    request,
                    _("%(name)s est inscrite sur Vivier.") % {"name": employer.name},
                )
            return complete_signup(request, user, "mandatory", reverse("employers:dashboard"))
    return render(
        request,
        "employers/team/signup.html",
        {"form": form, "forms_with_errors": [form] if form.errors else []},
    )


def pending_message() -> str:
    return _(
        "Le répertoire des entreprises n'a pas pu être consulté : votre entreprise est "
        "enregistrée en attente de confirmation. L'équipe Vivier vérifie son SIRET et la "
        "confirme ; d'ici là vous pouvez préparer vos offres, pas les publier."
    )


def _my_employer(request, employer_id) -> Employer:
    return get_object_or_404(
        Employer.objects.filter(memberships__user=request.user).distinct(), pk=employer_id
    )


@role_required(Role.RECRUITER)
def team(request, employer_id):
    employer = _my_employer(request, employer_id)
    return team_page(
        request,
        onboarding.employer_team(employer),
        template="employers/team/team.html",
        extra={"employer": employer, "pending_message": pending_message()},
    )


def _change(request, employer_id, action, object_id=None, *, confirm=False):
    """`confirm`: the change is made from its confirmation page (`confirmed_change`)."""
    employer = _my_employer(request, employer_id)
    return (confirmed_change if confirm else team_action)(
        request,
        onboarding.employer_team(employer),
        action,
        object_id,
        back=reverse("employers:team", args=[employer.pk]),
        after_leaving=reverse("home"),
    )


@login_not_required
def join(request, invitation_token):
    return join_view(
        request,
        invitation_token,
        team_for=lambda invitation: onboarding.employer_team(invitation.employer),
        kinds={"employer": EmployerInvitation},
        after=reverse("employers:dashboard"),
    )


@require_POST
@role_required(Role.RECRUITER)
def invitation_resend(request, employer_id, team_invitation_id):
    return _change(request, employer_id, RESEND, team_invitation_id)


@require_http_methods(["GET", "POST"])
@role_required(Role.RECRUITER)
def invitation_revoke(request, employer_id, team_invitation_id):
    return _change(request, employer_id, REVOKE, team_invitation_id, confirm=True)


@require_POST
@role_required(Role.RECRUITER)
def member_role(request, employer_id, membership_id):
    return _change(request, employer_id, ROLE, membership_id)


@require_http_methods(["GET", "POST"])
@role_required(Role.RECRUITER)
def member_hand_over(request, employer_id, membership_id):
    return _change(request, employer_id, HAND_OVER, membership_id, confirm=True)


@require_http_methods(["GET", "POST"])
@role_required(Role.RECRUITER)
def member_remove(request, employer_id, membership_id):
    return _change(request, employer_id, REMOVE, membership_id, confirm=True)


@require_http_methods(["GET", "POST"])
@role_required(Role.RECRUITER)
def leave(request, employer_id):
    return _change(request, employer_id, LEAVE, confirm=True)
