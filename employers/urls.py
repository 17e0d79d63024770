from django.urls import path

from employers.views import offers, team, workspace

app_name = "employers"

urlpatterns = [
    path("", workspace.dashboard, name="dashboard"),
    path("offres/nouvelle/", offers.offer_create, name="offer_create"),
    path("offres/nouvelle/verifier/", offers.offer_check, name="offer_check_new"),
    path("offres/<int:offer_id>/", workspace.offer_detail, name="offer_detail"),
    path("offres/<int:offer_id>/modifier/", offers.offer_edit, name="offer_edit"),
    path("offres/<int:offer_id>/verifier/", offers.offer_check, name="offer_check"),
    path("offres/<int:offer_id>/publier/", offers.offer_publish, name="offer_publish"),
    path("offres/<int:offer_id>/cloturer/", offers.offer_close, name="offer_close"),
    path("journal/", workspace.audit_log, name="audit_log"),
    path("metiers/", offers.appellations, name="appellations"),
    path("competences/", offers.skills, name="skills"),
    path("inscription/", team.signup, name="signup"),
    path("rejoindre/<str:invitation_token>/", team.join, name="join"),
    path("<int:employer_id>/equipe/", team.team, name="team"),
    path("<int:employer_id>/equipe/quitter/", team.leave, name="team_leave"),
    path(
        "<int:employer_id>/equipe/invitations/<int:team_invitation_id>/renvoyer/",
        team.invitation_resend,
        name="team_invitation_resend",
    ),
    path(
        "<int:employer_id>/equipe/invitations/<int:team_invitation_id>/revoquer/",
        team.invitation_revoke,
        name="team_invitation_revoke",
    ),
    path(
        "<int:employer_id>/equipe/membres/<int:membership_id>/role/",
        team.member_role,
        name="team_member_role",
    ),
    path(
        "<int:employer_id>/equipe/membres/<int:membership_id>/passer-la-main/",
        team.member_hand_over,
        name="team_member_hand_over",
    ),
    path(
        "<int:employer_id>/equipe/membres/<int:membership_id>/retirer/",
        team.member_remove,
        name="team_member_remove",
    ),
]
