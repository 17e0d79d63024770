"""Authentication backends that load the signed-in user with the two facts nearly every page
asks about: whether they have a second factor (recruiters, advisers and staff must), whether
they administer an employer (the menu shows the audit log to admins) and whether they recruit
for one (an interviewer only sits on panels). One query per request instead of four; the facts
are read fresh with the user, on every request."""

import functools

from allauth.account import auth_backends as allauth_backends
from allauth.mfa.models import Authenticator
from django.contrib.auth import backends as django_backends
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef

from employers.models import EmployerMembership


@functools.cache
def users_with_access_facts():
    # Built once per process; get() works on a clone, so this one is never evaluated. Resolving
    # the two subqueries costs more than running the query.
    return get_user_model()._default_manager.annotate(
        has_second_factor=Exists(Authenticator.objects.filter(user=OuterRef("pk"))),
        administers_an_employer=Exists(
            EmployerMembership.objects.admins().filter(user=OuterRef("pk"))
        ),
        recruits_for_an_employer=Exists(
            EmployerMembership.objects.recruiting().filter(user=OuterRef("pk"))
        ),
    )


class WithAccessFacts:
    def get_user(self, user_id):
        try:
            user = users_with_access_facts().get(pk=user_id)
        except get_user_model().DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None

    async def aget_user(self, user_id):
        try:
            user = await users_with_access_facts().aget(pk=user_id)
        except get_user_model().DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None


class ModelBackend(WithAccessFacts, django_backends.ModelBackend):
    """Django's backend (the admin's sign-in form)."""


class AuthenticationBackend(WithAccessFacts, allauth_backends.AuthenticationBackend):
    """allauth's backend (sign-in by e-mail address)."""
