from django.contrib.auth.decorators import login_not_required
from django.urls import path, re_path

from broadcasting import views
from broadcasting.api import api, not_found, public_operation
from broadcasting.feeds import DepartmentOffersFeed, LatestOffersFeed

app_name = "broadcasting"


def _public(urls):
    """The API's URL patterns, opened to anonymous visitors (LoginRequiredMiddleware), with
    HEAD answered and errors in the API's JSON shape (`broadcasting.api.public_operation`)."""
    patterns, api_app_name, namespace = urls
    for pattern in patterns:
        pattern.callback = public_operation(pattern.callback)
    return patterns, api_app_name, namespace


urlpatterns = [
    path("offres/", views.offer_list, name="offer_list"),
    path("offres/<int:offer_id>/", views.offer_detail, name="offer_detail"),
    path("offres/flux.atom", login_not_required(LatestOffersFeed()), name="feed"),
    path(
        "offres/departement/<str:department>/flux.atom",
        login_not_required(DepartmentOffersFeed()),
        name="department_feed",
    ),
    path("api/schema/", views.api_schema, name="api_schema"),
    path("api/v1/", _public(api.urls)),
    re_path(r"^api/v1/(?P<path>.*)\Z", not_found, name="api_not_found"),
]
