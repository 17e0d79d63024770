from django.urls import path

from fairness import views

app_name = "fairness"

urlpatterns = [
    path("mes-informations/", views.declaration, name="declaration"),
    path("mes-informations/retirer/", views.withdraw, name="withdraw"),
    path("mes-informations/lieu/", views.territory, name="territory"),
    path("mes-informations/lieu/retirer/", views.territory_withdraw, name="territory_withdraw"),
    path("entreprise/", views.employer_index, name="employer_index"),
    path("entreprise/<int:employer_id>/", views.employer_report, name="employer_report"),
    path("offres/<int:offer_id>/", views.offer_report, name="offer_report"),
    path("plateforme/", views.platform_report, name="platform_report"),
    path("suivi/", views.followup_answer, name="followup_answer"),
]
