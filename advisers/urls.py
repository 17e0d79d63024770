from django.contrib.auth.decorators import login_not_required
from django.urls import path

from advisers import views
from advisers.feeds import SubscriptionFeed

app_name = "advisers"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("offres/<int:offer_id>/", views.offer_detail, name="offer"),
    path("invitations/<int:invitation_id>/", views.invitation_detail, name="invitation_detail"),
    path("suivi/", views.follow_up, name="follow_up"),
    path("abonnements/", views.subscriptions, name="subscriptions"),
    path(
        "abonnements/<int:subscription_id>/nouveau-lien/",
        views.subscription_renew_token,
        name="subscription_renew_token",
    ),
    path(
        "abonnements/<int:subscription_id>/supprimer/",
        views.subscription_delete,
        name="subscription_delete",
    ),
    path(
        "flux/<str:token>/",
        login_not_required(SubscriptionFeed()),
        name="subscription_feed",
    ),
    path("invitation/<str:code>/", views.invitation, name="invitation"),
    path("postuler/<int:offer_id>/", views.apply_invited, name="apply_invited"),
    path("mes-conseillers/", views.my_advisers, name="my_advisers"),
]
