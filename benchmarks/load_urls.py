from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import include, path

from accounts.access import role_required
from accounts.enums import Role


@login_not_required
def bare(request):
    """The baseline: Django's whole middleware stack, no query, no template."""
    return HttpResponse("ok", content_type="text/plain")


@role_required(Role.RECRUITER)
def signed_in_floor(request):
    """Not a baseline but a floor: what any recruiter's page costs before its own content
    (session, user, second factor, the menu, the base template)."""
    return render(request, "base.html")


urlpatterns = [
    path("bare/", bare),
    path("bare/signed-in/", signed_in_floor),
    path("", include("config.urls")),
]
