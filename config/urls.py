from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView
from django.views.i18n import set_language

from accounts import views as accounts_views
from config import pages

handler500 = accounts_views.server_error

# The admin signs in through allauth, so staff get the same second factor as everyone else.
admin.site.login = accounts_views.admin_login


class FaviconView(RedirectView):
    """/favicon.ico, asked for by browsers on pages that do not link the icon (JSON, feeds): the
    SVG icon the pages link, served by WhiteNoise. Not permanent: its static name changes with
    its content."""

    def get_redirect_url(self, *args, **kwargs):
        return static("favicon.svg")


urlpatterns = [
    path("favicon.ico", login_not_required(FaviconView.as_view()), name="favicon"),
    path("", accounts_views.home, name="home"),
    path("sante/", accounts_views.health, name="health"),
    path("confidentialite/", pages.privacy, name="privacy"),
    path("accessibilite/", pages.accessibility, name="accessibility"),
    path("comptes/", include("allauth.urls")),
    path("compte/", include("accounts.urls")),
    path("langue/", login_not_required(set_language), name="set_language"),
    path("entreprise/candidatures/", include("shortlists.application_urls")),
    path("entreprise/", include("employers.urls")),
    path("conseil/", include("advisers.urls")),
    path("candidat/candidatures/", include("shortlists.candidate_urls")),
    path("candidat/", include("candidates.urls")),
    path("evaluations/", include("assessments.urls")),
    path("entretiens/", include("interviews.urls")),
    path("entreprise/selection/", include("shortlists.urls")),
    path("equite/", include("fairness.urls")),
    path("", include("broadcasting.urls")),
    path("admin/", admin.site.urls),
]
