from django.urls import path

from shortlists import views

app_name = "shortlists"

urlpatterns = [
    path("offres/<int:offer_id>/", views.ranking, name="ranking"),
    path("offres/<int:offer_id>/regles/", views.policy, name="policy"),
    path("offres/<int:offer_id>/resultats.csv", views.export_results, name="export_results"),
    path("candidatures/<int:application_id>/decision/", views.decide, name="decide"),
]
