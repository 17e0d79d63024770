from django.urls import path

from assessments.views import campaigns, certificates, exercises, reviews, work_samples

app_name = "assessments"

urlpatterns = [
    path(
        "candidatures/<int:application_id>/exercices/",
        exercises.exercise_list,
        name="exercise_list",
    ),
    path(
        "candidatures/<int:application_id>/exercices/<slug:slug>/",
        exercises.exercise_detail,
        name="exercise_detail",
    ),
    path(
        "candidatures/<int:application_id>/exercices/<slug:slug>/brouillon/",
        exercises.autosave,
        name="autosave",
    ),
    path(
        "candidatures/<int:application_id>/exercices/<slug:slug>/exemples/",
        exercises.run_samples,
        name="run_samples",
    ),
    path(
        "candidatures/<int:application_id>/exercices/<slug:slug>/mon-entree/",
        exercises.run_own_input,
        name="run_own_input",
    ),
    path(
        "candidatures/<int:application_id>/exercices/<slug:slug>/code-de-depart/",
        exercises.starter_code,
        name="starter_code",
    ),
    path(
        "candidatures/<int:application_id>/exercices/<slug:slug>/soumettre/",
        exercises.submit,
        name="submit",
    ),
    path("soumissions/<int:submission_id>/", exercises.submission_detail, name="submission_detail"),
    path(
        "soumissions/<int:submission_id>/etat/",
        exercises.submission_status,
        name="submission_status",
    ),
    path(
        "offres/<int:offer_id>/soumissions/",
        exercises.offer_submissions,
        name="offer_submissions",
    ),
    # campaigns: the candidate
    path(
        "candidatures/<int:application_id>/evaluation/",
        campaigns.campaign_home,
        name="campaign_home",
    ),
    path(
        "candidatures/<int:application_id>/evaluation/amenagement/",
        campaigns.accommodation_request,
        name="accommodation_request",
    ),
    path(
        "candidatures/<int:application_id>/evaluation/commencer/",
        campaigns.attempt_start,
        name="attempt_start",
    ),
    path(
        "candidatures/<int:application_id>/evaluation/epreuve/",
        campaigns.attempt_detail,
        name="attempt_detail",
    ),
    path(
        "candidatures/<int:application_id>/evaluation/epreuve/enregistrer/",
        campaigns.attempt_save,
        name="attempt_save",
    ),
    path(
        "candidatures/<int:application_id>/evaluation/epreuve/remettre/",
        campaigns.attempt_hand_in,
        name="attempt_hand_in",
    ),
    path(
        "candidatures/<int:application_id>/evaluation/resultats/",
        campaigns.attempt_results,
        name="attempt_results",
    ),
    # campaigns: the employer
    path("offres/<int:offer_id>/campagne/", campaigns.campaign_edit, name="campaign_edit"),
    path(
        "offres/<int:offer_id>/campagne/cloturer/",
        campaigns.campaign_close,
        name="campaign_close",
    ),
    # the employer's own exercises
    path("exercices-entreprise/", work_samples.work_sample_list, name="work_sample_list"),
    path(
        "exercices-entreprise/nouveau/",
        work_samples.work_sample_create,
        name="work_sample_create",
    ),
    path(
        "exercices-entreprise/redaction/",
        work_samples.work_sample_wording,
        name="work_sample_wording",
    ),
    path(
        "exercices-entreprise/<int:exercise_id>/",
        work_samples.work_sample_detail,
        name="work_sample_detail",
    ),
    path(
        "exercices-entreprise/<int:exercise_id>/modifier/",
        work_samples.work_sample_edit,
        name="work_sample_edit",
    ),
    path(
        "exercices-entreprise/<int:exercise_id>/etat/",
        work_samples.work_sample_status,
        name="work_sample_status",
    ),
    path(
        "exercices-entreprise/<int:exercise_id>/verifier/",
        work_samples.work_sample_check_again,
        name="work_sample_check_again",
    ),
    # blind review of written answers
    path("offres/<int:offer_id>/relecture/", reviews.review_home, name="review_home"),
    path(
        "offres/<int:offer_id>/relecture/questions/<int:question_id>/",
        reviews.review_next,
        name="review_next",
    ),
    path(
        "offres/<int:offer_id>/relecture/reponses/<int:answer_id>/",
        reviews.review_answer,
        name="review_answer",
    ),
    # certificates of results: the candidate's, and the public page of a link
    path("mes-certificats/", certificates.certificate_list, name="certificate_list"),
    path(
        "mes-certificats/<int:certificate_id>/revoquer/",
        certificates.certificate_revoke,
        name="certificate_revoke",
    ),
    path(
        "certificats/<str:certificate_token>/",
        certificates.certificate_public,
        name="certificate_public",
    ),
]
