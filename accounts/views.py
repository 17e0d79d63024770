import sys

from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.cache import never_cache

from accounts.enums import Role

DASHBOARDS = {
    Role.CANDIDATE: "candidates:dashboard",
    Role.RECRUITER: "employers:dashboard",
    Role.ADVISER: "advisers:dashboard",
    Role.STAFF: "admin:index",
}


@login_not_required
def home(request):
    if request.user.is_authenticated:
        return redirect(DASHBOARDS[request.user.role])
    return render(request, "accounts/home.html")


@login_not_required
@never_cache
def health(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@login_not_required
def admin_login(request, extra_context=None):
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("admin:index")
    if request.user.is_authenticated:
        if request.user.is_staff:
            return redirect(next_url)
        raise PermissionDenied
    return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")


def server_error(request):
    """handler500: a database that does not answer (restart, failover) is a 503 the client may
    retry (autosave does), not a bug; anything else is the plain 500 page. No database access
    here, and no context processor: either could be what failed."""
    exception = sys.exc_info()[1]
    if isinstance(exception, (OperationalError, InterfaceError)):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = "5"
        return response
    return HttpResponseServerError(loader.render_to_string("500.html"))
