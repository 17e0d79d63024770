from django.urls import path

from assessments import campaign_views, review_views, views

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
    # campaigns: the candidate
    path(
        "candidatures/<int:application_id>/evaluation/",
        campaign_views.campaign_home,
        name="campaign_home",
    ),
    path(
        "candidatures/<int:application_id>/evaluation/amenagement/",
        campaign_views.accommodation_request,
        name="accommodation_request",
    ),
    path(
        "candidatures/<int:application_id>/evaluation/commencer/",
        campaign_views.attempt_start,
        name="attempt_start",
    ),
    path(
        "candidatures/<int:application_id>/evaluation/epreuve/",
        campaign_views.attempt_detail,
        name="attempt_detail",
    ),
    path(
        "candidatures/<int:application_id>/evaluation/epreuve/enregistrer/",
        campaign_views.attempt_save,
        name="attempt_save",
    ),
    path(
        "candidatures/<int:application_id>/evaluation/resultats/",
        campaign_views.attempt_results,
        name="attempt_results",
    ),
    # campaigns: the employer
    path("offres/<int:offer_id>/campagne/", campaign_views.campaign_edit, name="campaign_edit"),
    path(
        "offres/<int:offer_id>/campagne/cloturer/",
        campaign_views.campaign_close,
        name="campaign_close",
    ),
    path(
        "offres/<int:offer_id>/amenagements/",
        campaign_views.accommodation_list,
        name="accommodation_list",
    ),
    path(
        "offres/<int:offer_id>/amenagements/<int:accommodation_id>/",
        campaign_views.accommodation_decide,
        name="accommodation_decide",
    ),
    # blind review of written answers
    path("offres/<int:offer_id>/relecture/", review_views.review_home, name="review_home"),
    path(
        "offres/<int:offer_id>/relecture/questions/<int:question_id>/",
        review_views.review_next,
        name="review_next",
    ),
    path(
        "offres/<int:offer_id>/relecture/reponses/<int:answer_id>/",
        review_views.review_answer,
        name="review_answer",
    ),
]
