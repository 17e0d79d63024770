import sys

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from accounts import notifications
from accounts.enums import Role
from accounts.forms import EmailPreferencesForm

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


def email_preferences(request):
    """The signed-in user's optional emails, each one switched on or off."""
    form = EmailPreferencesForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        notifications.set_preferences(
            request.user, enabled=form.cleaned_data["enabled"], by=request.user
        )
        messages.success(request, _("Vos préférences d'e-mail sont enregistrées."))
        return redirect("accounts:email_preferences")
    context = {
        "form": form,
        "forms_with_errors": [form] if form.errors else [],
        "always_sent": notifications.always_sent(request.user),
    }
    return render(request, "accounts/email_preferences.html", context)


@login_not_required
@csrf_exempt  # RFC 8058: mail clients POST « List-Unsubscribe=One-Click » with no cookie
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def unsubscribe(request, unsubscribe_token):
    """The link of an optional email. GET asks for confirmation (mail scanners open links);
    POST unsubscribes, signed in or not."""
    try:
        user, kind = notifications.read_unsubscribe_token(unsubscribe_token)
    except notifications.BadUnsubscribeLink:
        return render(request, "accounts/unsubscribe_invalid.html", status=400)
    context = {
        "kind": kind,
        "done": False,
        "already": not notifications.wants(user, kind),
        "address": notifications.masked_email(user.email),
    }
    if request.method == "POST":
        notifications.unsubscribe(user, kind)
        context["done"] = True
    return render(request, "accounts/unsubscribe.html", context)
