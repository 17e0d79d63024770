from django.urls import path

from employers.views import offers, workspace

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
]
