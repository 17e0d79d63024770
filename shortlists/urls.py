from django.urls import path

from shortlists import views

app_name = "shortlists"

urlpatterns = [
    path("offres/<int:offer_id>/", views.ranking, name="ranking"),
    path("offres/<int:offer_id>/regles/", views.policy, name="policy"),
    path("candidatures/<int:application_id>/decision/", views.decide, name="decide"),
]
