from django.urls import path

from interviews import views

app_name = "interviews"

# Pages are keyed by offer or by application only (the interview of an application is its
# latest one): other tenants and non-members of the panel get a 404.
urlpatterns = [
    path("", views.my_interviews, name="mine"),
    path("offres/<int:offer_id>/", views.offer_interviews, name="offer_interviews"),
    path("offres/<int:offer_id>/nouveau/", views.interview_create, name="interview_create"),
    path("offres/<int:offer_id>/grille/", views.grid_detail, name="grid_detail"),
    path("offres/<int:offer_id>/grille/copier/", views.grid_copy, name="grid_copy"),
    path("offres/<int:offer_id>/grille/competence/", views.competency_edit, name="competency_edit"),
    path(
        "offres/<int:offer_id>/grille/competence/retirer/",
        views.competency_delete,
        name="competency_delete",
    ),
    path("offres/<int:offer_id>/fiabilite/", views.grid_reliability, name="grid_reliability"),
    path("candidatures/<int:application_id>/", views.session, name="session"),
    path("candidatures/<int:application_id>/ouvrir/", views.start_scoring, name="start_scoring"),
    path("candidatures/<int:application_id>/noter/", views.submit_scores, name="submit_scores"),
    path("candidatures/<int:application_id>/clore/", views.close_scoring, name="close_scoring"),
    path(
        "candidatures/<int:application_id>/consensus/",
        views.record_consensus,
        name="record_consensus",
    ),
]
