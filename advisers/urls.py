from django.contrib.auth.decorators import login_not_required
from django.urls import path

from advisers.feeds import SubscriptionFeed
from advisers.views import outreach, team

app_name = "advisers"

urlpatterns = [
    path("", outreach.dashboard, name="dashboard"),
    path("offres/<int:offer_id>/", outreach.offer_detail, name="offer"),
    path(
        "offres/<int:offer_id>/candidater-pour-une-personne/",
        outreach.apply_for_person,
        name="apply_for_person",
    ),
    path("pour-une-personne/<int:record_id>/", outreach.on_behalf_detail, name="on_behalf_detail"),
    path("invitations/<int:invitation_id>/", outreach.invitation_detail, name="invitation_detail"),
    path("suivi/", outreach.follow_up, name="follow_up"),
    path("abonnements/", outreach.subscriptions, name="subscriptions"),
    path(
        "abonnements/<int:subscription_id>/nouveau-lien/",
        outreach.subscription_renew_token,
        name="subscription_renew_token",
    ),
    path(
        "abonnements/<int:subscription_id>/supprimer/",
        outreach.subscription_delete,
        name="subscription_delete",
    ),
    path(
        "flux/<str:token>/",
        login_not_required(SubscriptionFeed()),
        name="subscription_feed",
    ),
    path("invitation/<str:code>/", outreach.invitation, name="invitation"),
    path("postuler/<int:offer_id>/", outreach.apply_invited, name="apply_invited"),
    path("mes-conseillers/", outreach.my_advisers, name="my_advisers"),
    path("inscription/", team.signup, name="signup"),
    path("rejoindre/<str:invitation_token>/", team.join, name="join"),
    path("<int:organisation_id>/equipe/", team.team, name="team"),
    path("<int:organisation_id>/equipe/quitter/", team.leave, name="team_leave"),
    path(
        "<int:organisation_id>/equipe/invitations/<int:team_invitation_id>/renvoyer/",
        team.invitation_resend,
        name="team_invitation_resend",
    ),
    path(
        "<int:organisation_id>/equipe/invitations/<int:team_invitation_id>/revoquer/",
        team.invitation_revoke,
        name="team_invitation_revoke",
    ),
    path(
        "<int:organisation_id>/equipe/membres/<int:membership_id>/role/",
        team.member_role,
        name="team_member_role",
    ),
    path(
        "<int:organisation_id>/equipe/membres/<int:membership_id>/passer-la-main/",
        team.member_hand_over,
        name="team_member_hand_over",
    ),
    path(
        "<int:organisation_id>/equipe/membres/<int:membership_id>/retirer/",
        team.member_remove,
        name="team_member_remove",
    ),
]
