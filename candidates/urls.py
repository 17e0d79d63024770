from django.urls import path

from candidates import views

app_name = "candidates"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("profil/", views.profile, name="profile"),
    path("offres/", views.open_offers, name="open_offers"),
    path("offres/<int:offer_id>/postuler/", views.apply, name="apply"),
    path("candidatures/<int:application_id>/retirer/", views.withdraw, name="withdraw"),
    path("mes-donnees/", views.export_data, name="export_data"),
    path("supprimer-mon-compte/", views.delete_account, name="delete_account"),
]
