from django.urls import path

from shortlists.views import selection

app_name = "shortlists"

urlpatterns = [
    path("offres/<int:offer_id>/", selection.ranking, name="ranking"),
    path("offres/<int:offer_id>/regles/", selection.policy, name="policy"),
    path("offres/<int:offer_id>/verrouiller/", selection.lock, name="lock"),
    path("offres/<int:offer_id>/resultats.csv", selection.export_results, name="export_results"),
    path("candidatures/<int:application_id>/decision/", selection.decide, name="decide"),
]
