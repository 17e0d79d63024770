from django.contrib.auth.decorators import login_not_required
from django.urls import path

from advisers import views, views_team
from advisers.feeds import SubscriptionFeed

app_name = "advisers"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("offres/<int:offer_id>/", views.offer_detail, name="offer"),
    path(
        "offres/<int:offer_id>/candidater-pour-une-personne/",
        views.apply_for_person,
        name="apply_for_person",
    ),
    path("pour-une-personne/<int:record_id>/", views.on_behalf_detail, name="on_behalf_detail"),
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
    path("inscription/", views_team.signup, name="signup"),
    path("rejoindre/<str:invitation_token>/", views_team.join, name="join"),
    path("<int:organisation_id>/equipe/", views_team.team, name="team"),
    path("<int:organisation_id>/equipe/quitter/", views_team.leave, name="team_leave"),
    path(
        "<int:organisation_id>/equipe/invitations/<int:team_invitation_id>/renvoyer/",
        views_team.invitation_resend,
        name="team_invitation_resend",
    ),
    path(
        "<int:organisation_id>/equipe/invitations/<int:team_invitation_id>/revoquer/",
        views_team.invitation_revoke,
        name="team_invitation_revoke",
    ),
    path(
        "<int:organisation_id>/equipe/membres/<int:membership_id>/role/",
        views_team.member_role,
        name="team_member_role",
    ),
    path(
        "<int:organisation_id>/equipe/membres/<int:membership_id>/passer-la-main/",
        views_team.member_hand_over,
        name="team_member_hand_over",
    ),
    path(
        "<int:organisation_id>/equipe/membres/<int:membership_id>/retirer/",
        views_team.member_remove,
        name="team_member_remove",
    ),
]
