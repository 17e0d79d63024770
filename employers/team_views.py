"""The team pages both kinds of organisation share (employers.views.team, advisers.views.team):
the list of members and pending invitations with the admins' forms, the changes, and the page
an invitation link opens. Each app's views find the organisation among the user's own (404
otherwise) and hand over its `Team`."""

from allauth.account.models import EmailAddress
from allauth.account.utils import complete_signup
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import logout as auth_logout
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from core.confirmation import confirmed
from core.elision import de
from employers import team as services
from employers.enums import MemberRole
from employers.team import InvitationInvalid, Team, TeamError
from employers.team_forms import InvitationAccountForm, InviteForm, RoleForm

INVITE = "invite"
RESEND = "resend"
REVOKE = "revoke"
ROLE = "role"
REMOVE = "remove"
HAND_OVER = "hand_over"
LEAVE = "leave"


def team_page(request, team: Team, *, template: str, extra: dict, status: int = 200):
    is_admin = team.is_admin(request.user)
    form = InviteForm(
        request.POST if request.method == "POST" else None, role_choices=team.role_choices
    )
    if request.method == "POST":
        if not is_admin:
            raise PermissionDenied
        if form.is_valid():
            try:
                invitation = services.invite_colleague(
                    team, form.cleaned_data["email"], form.cleaned_data["role"], by=request.user
                )
            except TeamError as error:
                form.add_error("email", str(error))
            else:
                messages.success(
                    request,
                    _("Invitation envoyée à %(email)s.") % {"email": invitation.email},
                )
                return redirect(request.path)
        status = 400
    memberships = team.memberships().order_by("created_at", "pk")
    admin_count = sum(1 for m in memberships if m.role == MemberRole.ADMIN)
    # Both kinds of organisation give their team pages the same shape under the team page.
    team_urls = {
        "role_prefix": f"{request.path}membres/",
        "invitation_prefix": f"{request.path}invitations/",
        "leave": f"{request.path}quitter/",
    }
    context = {
        "team_urls": team_urls,
        "invitation_days": settings.TEAM_INVITATION_DAYS,
        "team": team,
        "organisation": team.organisation,
        "memberships": memberships,
        "admin_count": admin_count,
        # The last admin cannot leave: the page says so and offers handing over instead.
        "last_admin": is_admin and admin_count == 1,
        "colleagues": [m for m in memberships if m.user_id != request.user.pk],
        "invitations": team.invitations().pending().select_related("invited_by")
        if is_admin
        else [],
        "is_admin": is_admin,
        "invite_form": form,
        "role_choices": team.role_choices,
        "forms_with_errors": [form] if form.errors else [],
        **extra,
    }
    return render(request, template, context, status=status)


def team_action(request, team: Team, action: str, object_id, *, back: str, after_leaving: str):
    """POST only (the URLs say so). Refusals come back as a message on the team page."""
    user = request.user
    if action != LEAVE:
        team.require_admin(user)  # 403 for members, whatever they post
    try:
        if action == LEAVE:
            services.leave(team, user=user)
            messages.success(
                request, _("Vous avez quitté %(name)s.") % {"name": team.organisation.name}
            )
            return redirect(after_leaving)
        if action in (RESEND, REVOKE):
            invitation = get_object_or_404(team.invitations(), pk=object_id)
            if action == RESEND:
                services.resend_invitation(team, invitation, by=user)
                messages.success(
                    request,
                    _("Invitation renvoyée à %(email)s ; l'ancien lien ne fonctionne plus.")
                    % {"email": invitation.email},
                )
            else:
                services.revoke_invitation(team, invitation, by=user)
                messages.success(
                    request,
                    _("Invitation %(de_email)s révoquée.") % {"de_email": de(invitation.email)},
                )
            return redirect(back)
        membership = get_object_or_404(team.memberships(), pk=object_id)
        name = membership.user.name_for_colleagues
        if action == ROLE:
            form = RoleForm(request.POST, role_choices=team.role_choices)
            if not form.is_valid():
                raise TeamError(_("Choisissez un rôle de la liste."))
            services.change_member_role(team, membership, form.cleaned_data["role"], by=user)
            messages.success(request, _("Rôle %(de_name)s modifié.") % {"de_name": de(name)})
        elif action == HAND_OVER:
            services.hand_over_admin(team, membership, by=user)
            messages.success(
                request,
                _("%(name)s administre désormais l'organisation ; votre rôle devient « %(role)s ».")
                % {"name": name, "role": team.role_label(services.FORMER_ADMIN_ROLE)},
            )
        elif action == REMOVE:
            if membership.user_id == user.pk:
                raise TeamError(_("Pour partir vous-même, utilisez « Quitter l'organisation »."))
            services.remove_member(team, membership, by=user)
            messages.success(request, _("%(name)s a été retiré·e de l'équipe.") % {"name": name})
    except TeamError as error:
        messages.error(request, str(error))
    return redirect(back)


CONFIRMATION_TEMPLATES = {
    REMOVE: "employers/team/remove_member.html",
    HAND_OVER: "employers/team/hand_over.html",
    REVOKE: "employers/team/revoke_invitation.html",
    LEAVE: "employers/team/leave.html",
}


def confirmed_change(
    request, team: Team, action: str, object_id=None, *, back: str, after_leaving: str
):
    """A change that cannot be undone from the page (removing a member, handing over the
    admin role, revoking an invitation, leaving): GET says what will happen, with « Confirmer »
    and « Annuler »; only the confirmation's POST makes the change (`team_action`), any other
    POST is sent to the confirmation. Admins only (403 for members), but for leaving."""
    if action != LEAVE:
        team.require_admin(request.user)
    context = {
        "team": team,
        "organisation": team.organisation,
        "cancel_url": back,
        "role_after_hand_over": team.role_label(services.FORMER_ADMIN_ROLE),
    }
    if action == REVOKE:
        context["invitation"] = get_object_or_404(team.invitations(), pk=object_id)
    elif action == LEAVE:
        if services.is_last_admin(team, request.user):
            # Leaving would be refused: say why, and how to hand over, instead of asking.
            context.update(
                last_admin=True,
                colleagues=list(
                    team.memberships().exclude(user=request.user).order_by("created_at", "pk")
                ),
            )
    else:
        membership = team.memberships().filter(pk=object_id).first()
        if membership is None and action == REMOVE:
            # Already removed (a second « Confirmer », a reload): where the removal led.
            removed = services.removed_member(team, object_id)
            if removed is None:
                raise Http404
            messages.success(
                request,
                _("%(name)s a été retiré·e de l'équipe.") % {"name": removed.name_for_colleagues},
            )
            return redirect(back)
        if membership is None:
            raise Http404
        context["membership"] = membership
    if confirmed(request):
        return team_action(request, team, action, object_id, back=back, after_leaving=after_leaving)
    if request.method == "POST":
        return redirect(request.path)
    membership = context.get("membership")
    if membership is not None and membership.user_id == request.user.pk:
        messages.error(
            request,
            _("Pour partir vous-même, utilisez « Quitter l'organisation ».")
            if action == REMOVE
            else _("Choisissez un·e autre membre de l'équipe."),
        )
        return redirect(back)
    return render(request, CONFIRMATION_TEMPLATES[action], context)


def join_view(request, token: str, *, team_for, kinds: dict, after: str):
    """The page an invitation link opens: someone without an account creates one here;
    someone signed in with the invited address accepts; anyone else is told what to do."""
    try:
        invitation = services.read_token(token, kinds)
    except InvitationInvalid as problem:
        return render(
            request,
            "employers/team/join_unavailable.html",
            {"message": problem.message},
            status=410 if problem.reason != InvitationInvalid.UNKNOWN else 404,
        )
    team = team_for(invitation)
    context = {"invitation": invitation, "organisation": team.organisation, "team": team}
    context["role_label"] = dict(team.role_choices).get(invitation.role, invitation.role)
    user = request.user
    existing = get_user_model().objects.filter(email__iexact=invitation.email).first()

    if user.is_authenticated:
        if user.email.lower() != invitation.email.lower():
            context["wrong_account"] = True
            if request.method == "POST" and request.POST.get("logout"):
                auth_logout(request)
                return redirect(request.path)
            return render(request, "employers/team/join.html", context, status=403)
        if request.method == "POST":
            try:
                services.accept_invitation(team, invitation, user=user)
            except TeamError as error:
                messages.error(request, str(error))
                return render(request, "employers/team/join.html", context, status=400)
            messages.success(
                request, _("Bienvenue dans %(name)s.") % {"name": team.organisation.name}
            )
            return redirect(after)
        return render(request, "employers/team/join.html", context)

    if existing is not None:
        login_url = reverse("account_login")
        context["login_link"] = f"{login_url}?{urlencode({'next': request.path})}"
        return render(request, "employers/team/join.html", context)

    form = InvitationAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                user = get_user_model().objects.create_user(
                    invitation.email,
                    form.cleaned_data["password1"],
                    role=team.account_role,
                    display_name=form.cleaned_data["display_name"],
                )
                # The link reached this address: it is verified.
                EmailAddress.objects.create(
                    user=user, email=user.email, primary=True, verified=True
                )
                services.accept_invitation(team, invitation, user=user)
        except TeamError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, _("Bienvenue dans %(name)s.") % {"name": team.organisation.name}
            )
            return complete_signup(request, user, "none", after)
    context.update(form=form, forms_with_errors=[form] if form.errors else [])
    return render(request, "employers/team/join.html", context, status=400 if form.errors else 200)
