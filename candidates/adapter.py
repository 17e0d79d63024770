from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse

from accounts.enums import Role
from candidates.services import create_candidate_profile


class AccountAdapter(DefaultAccountAdapter):
    """Public sign-up creates candidate accounts; recruiters and advisers are added by their
    organisation or by staff."""

    def save_user(self, request, user, form, commit=True):
        user.role = Role.CANDIDATE
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            create_candidate_profile(user)
        return user

    def get_login_redirect_url(self, request):
        return reverse("home")
