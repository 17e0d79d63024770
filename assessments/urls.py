from django.urls import path

from assessments import views

app_name = "assessments"

urlpatterns = [
    path(
        "candidatures/<int:application_id>/exercices/",
        views.exercise_list,
        name="exercise_list",
    ),
    path(
        "candidatures/<int:application_id>/exercices/<slug:slug>/",
        views.exercise_detail,
        name="exercise_detail",
    ),
    path(
        "candidatures/<int:application_id>/exercices/<slug:slug>/brouillon/",
        views.autosave,
        name="autosave",
    ),
    path(
        "candidatures/<int:application_id>/exercices/<slug:slug>/exemples/",
        views.run_samples,
        name="run_samples",
    ),
    path(
        "candidatures/<int:application_id>/exercices/<slug:slug>/soumettre/",
        views.submit,
        name="submit",
    ),
    path("soumissions/<int:submission_id>/", views.submission_detail, name="submission_detail"),
    path(
        "soumissions/<int:submission_id>/etat/",
        views.submission_status,
        name="submission_status",
    ),
    path("offres/<int:offer_id>/soumissions/", views.offer_submissions, name="offer_submissions"),
]
