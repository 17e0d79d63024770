from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.requests import RequestSite
from django.urls import reverse

from accounts.enums import Role
from candidates.services import create_candidate_profile
from core import site


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

    def send_mail(self, template_prefix, email, context):
        """allauth's emails say « Bonjour, c'est Vivier ! », not the host name (Vivier does not
        use django.contrib.sites: the domain is the one the request came to)."""
        request = allauth_context.request
        current_site = RequestSite(request) if request is not None else None
        if current_site is not None:
            current_site.name = site.SITE_NAME
            context = {"current_site": current_site, **context}
        super().send_mail(template_prefix, email, context)
