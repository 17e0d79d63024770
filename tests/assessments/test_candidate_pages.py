"""The candidate's exercise page, autosave, examples and result page."""

import pytest
from django.urls import reverse

from assessments.models import CodeDraft
from assessments.submissions import MAX_CODE_CHARS
from tests.assessments.factories import CodeDraftFactory, ExerciseFactory, SubmissionFactory
from tests.candidates.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


def page_url(application, exercise):
    return reverse("assessments:exercise_detail", args=[application.pk, exercise.slug])


def autosave_url(application, exercise):
    return reverse("assessments:autosave", args=[application.pk, exercise.slug])


def samples_url(application, exercise):
    return reverse("assessments:run_samples", args=[application.pk, exercise.slug])


def test_the_exercise_page_shows_the_statement_and_the_starter_code(
    candidate_client, application, exercise
):
    html = candidate_client.get(page_url(application, exercise)).content.decode()
    assert "Lisez deux entiers et affichez leur somme." in html
    assert "a, b = map(int, input().split())" in html
    assert "Lancer les exemples" in html and "Soumettre" in html


def test_the_editor_is_self_hosted_and_loaded_with_the_csp_nonce(
    candidate_client, application, exercise
):
    response = candidate_client.get(page_url(application, exercise))
    html = response.content.decode()
    assert "/static/vendor/codemirror-6/codemirror.min.js" in html
    nonce = response.wsgi_request.csp_nonce
    assert html.count(f'nonce="{nonce}"') == 4  # htmx, vivier.js, CodeMirror, code-editor.js


def test_the_exercise_list_offers_the_current_exercises(candidate_client, application, exercise):
    url = reverse("assessments:exercise_list", args=[application.pk])
    html = candidate_client.get(url).content.decode()
    assert page_url(application, exercise) in html


def test_another_candidates_application_is_a_404(candidate_client, exercise):
    other = ApplicationFactory()
    assert candidate_client.get(page_url(other, exercise)).status_code == 404


def test_an_unknown_exercise_is_a_404(candidate_client, application):
    url = reverse("assessments:exercise_detail", args=[application.pk, "inconnu"])
    assert candidate_client.get(url).status_code == 404


def test_autosave_creates_the_draft(candidate_client, application, exercise):
    response = candidate_client.post(autosave_url(application, exercise), {"code": "x = 1\n"})
    assert response.status_code == 200
    assert response.json()["message"].startswith("Brouillon enregistré à ")
    assert CodeDraft.objects.get(application=application, exercise=exercise).code == "x = 1\n"


def test_autosave_updates_the_same_draft(candidate_client, application, exercise):
    candidate_client.post(autosave_url(application, exercise), {"code": "x = 1\n"})
    candidate_client.post(autosave_url(application, exercise), {"code": "x = 2\n"})
    assert CodeDraft.objects.get().code == "x = 2\n"


def test_reopening_the_page_restores_the_latest_draft_and_says_when_it_was_saved(
    candidate_client, application, exercise
):
    CodeDraftFactory(application=application, exercise=exercise, code="print('reprise')\n")
    html = candidate_client.get(page_url(application, exercise)).content.decode()
    assert "print(&#x27;reprise&#x27;)" in html
    assert "Brouillon enregistré à " in html


def test_autosave_to_another_candidates_application_is_a_404(candidate_client, exercise):
    other = ApplicationFactory()
    response = candidate_client.post(autosave_url(other, exercise), {"code": "x"})
    assert response.status_code == 404
    assert not CodeDraft.objects.exists()


@pytest.mark.parametrize(
    "data",
    [{}, {"code": "x" * (MAX_CODE_CHARS + 1)}, {"code": "nul\x00"}],
    ids=["missing", "too-long", "nul-character"],
)
def test_autosave_refuses_bad_input_with_a_400(candidate_client, application, exercise, data):
    response = candidate_client.post(autosave_url(application, exercise), data)
    assert response.status_code == 400
    assert not CodeDraft.objects.exists()


def test_autosave_only_accepts_post(candidate_client, application, exercise):
    assert candidate_client.get(autosave_url(application, exercise)).status_code == 405


@pytest.mark.sandbox
def test_running_the_examples_shows_verdict_stdout_and_stderr(
    real_sandbox, candidate_client, application, exercise
):
    code = "import sys\nprint(5)\nprint('trace', file=sys.stderr)\n"
    response = candidate_client.post(
        samples_url(application, exercise), {"code": code}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert 'data-vivier-sample-verdict="AC"' in html
    assert '<pre tabindex="0">5\n</pre>' in html
    assert '<pre tabindex="0">trace\n</pre>' in html


@pytest.mark.sandbox
def test_running_the_examples_without_javascript_renders_the_whole_page(
    real_sandbox, candidate_client, application, exercise
):
    response = candidate_client.post(samples_url(application, exercise), {"code": "print(4)\n"})
    html = response.content.decode()
    assert "<h1>Somme de deux entiers</h1>" in html
    assert 'data-vivier-sample-verdict="WA"' in html
    assert "print(4)" in html  # the code stays in the textarea


def test_examples_say_so_when_the_sandbox_is_unavailable(
    broken_sandbox, candidate_client, application, exercise
):
    response = candidate_client.post(samples_url(application, exercise), {"code": "print(5)\n"})
    assert "plateforme de correction est indisponible" in response.content.decode()


def test_the_result_page_shows_only_the_verdict_of_each_hidden_test(candidate_client, application):
    exercise = ExerciseFactory(
        hidden_tests=[
            {"name": "cas-secret", "stdin": "31337 1\n", "expected": "31338\n", "weight": 3}
        ]
    )
    submission = SubmissionFactory(
        application=application,
        exercise=exercise,
        status="graded",
        score=0.0,
        verdicts=[{"name": "cas-secret", "verdict": "WA", "time_s": 0.02, "weight": 3}],
    )
    url = reverse("assessments:submission_detail", args=[submission.pk])
    html = candidate_client.get(url).content.decode()
    assert "Réponse incorrecte" in html
    assert "Score : 0 %" in html
    for secret in ("cas-secret", "31337", "31338"):
        assert secret not in html


def test_a_pending_result_page_follows_the_grading_live_and_without_javascript(
    candidate_client, application, exercise
):
    submission = SubmissionFactory(application=application, exercise=exercise)
    html = candidate_client.get(
        reverse("assessments:submission_detail", args=[submission.pk])
    ).content.decode()
    assert f'data-vivier-ws-path="/ws/evaluations/soumissions/{submission.pk}/"' in html
    # Without JavaScript, a link refreshes the page: no timed reload (RGAA 13.1).
    assert f'<noscript><p><a href="/evaluations/soumissions/{submission.pk}/">' in html
    assert 'http-equiv="refresh"' not in html


def test_the_submission_page_says_in_which_language_the_code_was_written(
    candidate_client, application, exercise
):
    submission = SubmissionFactory(application=application, exercise=exercise, language="python")
    html = candidate_client.get(
        reverse("assessments:submission_detail", args=[submission.pk])
    ).content.decode()
    assert ", en Python 3." in html


def test_the_status_fragment_says_when_grading_is_over(candidate_client, application, exercise):
    submission = SubmissionFactory(application=application, exercise=exercise, graded=True)
    response = candidate_client.get(reverse("assessments:submission_status", args=[submission.pk]))
    assert response["X-Vivier-Final"] == "1"
    assert "Score : 100 %" in response.content.decode()


def test_another_candidates_submission_is_a_404(candidate_client, exercise):
    submission = SubmissionFactory(exercise=exercise)
    for name in ("submission_detail", "submission_status"):
        response = candidate_client.get(reverse(f"assessments:{name}", args=[submission.pk]))
        assert response.status_code == 404
