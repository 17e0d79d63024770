"""A recruiter writes a coding exercise for their organisation (issue 18, « employer-written
work samples »): only that organisation sees it, the statement goes through the wording
checker, bad input is a form error, and every change is audited. Running the reference
solution is in test_work_sample_checks.py; using the exercise in campaigns in
test_work_samples_in_campaigns.py."""

import html

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import translation

from accounts.models import AuditEntry
from assessments import work_samples
from assessments.models import Exercise, ExerciseValidation
from employers.enums import EmployerRole
from tests.assessments.factories import CampaignFactory, ExerciseFactory
from tests.assessments.work_sample_data import exercise_data, form_data
from tests.employers.factories import EmployerMembershipFactory
from tests.utils import form_values

pytestmark = pytest.mark.django_db

CREATE = reverse("assessments:work_sample_create")
# Advice of the wording checker (shown, never blocking): here, a pay line without a figure.
ADVICE = "Salaire : à négocier. Affichez la somme des deux montants."


def detail(exercise):
    return reverse("assessments:work_sample_detail", args=[exercise.pk])


def edit(exercise):
    return reverse("assessments:work_sample_edit", args=[exercise.pk])


def own(membership, **fields):
    return ExerciseFactory(own=True, employer=membership.employer, **fields)


# -- writing --------------------------------------------------------------------------------


def test_a_recruiter_writes_an_exercise_for_their_organisation(recruiter_client, membership):
    response = recruiter_client.post(CREATE, form_data())

    exercise = Exercise.objects.get(employer=membership.employer)
    assert response.status_code == 302 and response.url == detail(exercise)
    assert (exercise.title_fr, exercise.version, exercise.is_current) == (
        "Somme de deux commandes",
        1,
        True,
    )
    assert exercise.offered_languages == ["python", "javascript"]
    assert [t["name"] for t in exercise.hidden_tests] == ["petits", "negatifs"]
    assert [t["weight"] for t in exercise.hidden_tests] == [1, 2]
    assert exercise.samples == [{"name": "exemple", "stdin": "2 3\n", "expected": "5\n"}]
    assert exercise.created_by == membership.user


def test_saving_asks_for_the_check_and_the_exercise_is_not_usable_before(
    recruiter_client, membership
):
    recruiter_client.post(CREATE, form_data())
    exercise = Exercise.objects.get(employer=membership.employer)
    assert ExerciseValidation.objects.get(exercise=exercise).status == "queued"
    assert exercise.validated_at is None
    assert not exercise.is_usable
    page = recruiter_client.get(detail(exercise)).content.decode()
    assert "Vérification en attente" in page


def test_the_candidates_see_the_visible_samples_under_the_statement(recruiter_client, membership):
    recruiter_client.post(CREATE, form_data())
    exercise = Exercise.objects.get(employer=membership.employer)
    assert "<h3>Exemple</h3>" in exercise.statement_html_fr
    assert "2 3" in exercise.statement_html_fr
    assert "<h3>Sortie</h3>" in exercise.statement_html_fr


def test_the_statement_is_rendered_safely(recruiter_client, membership):
    statement = "Somme.\n\n<script>alert(1)</script>\n\n[lien](javascript:alert(1))"
    recruiter_client.post(CREATE, form_data(statement_fr=statement))
    html = Exercise.objects.get(employer=membership.employer).statement_html_fr
    assert "<script" not in html and "javascript:" not in html


def test_without_english_the_english_interface_shows_the_french(recruiter_client, membership):
    recruiter_client.post(CREATE, form_data())
    exercise = Exercise.objects.get(employer=membership.employer)
    with translation.override("en"):
        assert exercise.title == "Somme de deux commandes"
        assert "deux montants" in exercise.statement_html


def test_the_reference_language_comes_first_as_the_default_choice(recruiter_client, membership):
    recruiter_client.post(
        CREATE,
        form_data(
            languages=["python", "javascript", "go"],
            reference_language="javascript",
            reference_solution="console.log(1)",
        ),
    )
    exercise = Exercise.objects.get(employer=membership.employer)
    assert exercise.offered_languages == ["javascript", "python", "go"]
    assert exercise.language == "javascript"
    assert set(exercise.starters) == {"javascript", "python", "go"}


def test_creating_editing_and_versioning_are_audited_in_the_employers_log(membership):
    exercise = work_samples.save_exercise(membership.employer, exercise_data(), by=membership.user)
    work_samples.save_exercise(
        membership.employer, exercise_data(time_limit_s=3.0), by=membership.user, exercise=exercise
    )
    CampaignFactory(offer__employer=membership.employer, exercises=[exercise])
    work_samples.save_exercise(
        membership.employer, exercise_data(time_limit_s=4.0), by=membership.user, exercise=exercise
    )
    entries = AuditEntry.objects.filter(employer=membership.employer).order_by("pk")
    assert [e.action for e in entries] == [
        "exercise.created",
        "exercise.updated",
        "exercise.versioned",
    ]
    assert all(e.actor == membership.user for e in entries)
    assert entries.last().data == {"slug": exercise.slug, "version": 2}


def test_the_editor_shows_the_exercise_as_it_stands_and_saves_the_change(
    recruiter_client, membership
):
    recruiter_client.post(CREATE, form_data(checker="float", tolerance="0.001"))
    exercise = Exercise.objects.get()
    page = recruiter_client.get(edit(exercise)).content.decode()
    assert 'value="Somme de deux commandes"' in page
    assert "-7 -8" in page and 'value="0.001"' in page
    assert 'name="hidden-TOTAL_FORMS" value="3"' in page  # two tests and a blank row

    response = recruiter_client.post(edit(exercise), form_data(title_fr="Somme corrigée"))
    assert response.status_code == 302
    exercise.refresh_from_db()
    assert (exercise.title_fr, exercise.version) == ("Somme corrigée", 1)
    assert AuditEntry.objects.filter(action="exercise.updated", employer=membership.employer)


def test_saving_the_editor_as_the_browser_sends_it_keeps_every_test(recruiter_client):
    recruiter_client.post(CREATE, form_data())
    exercise = Exercise.objects.get()
    sent = form_values(
        recruiter_client.get(edit(exercise)).content.decode(), "data-vivier-offer-editor"
    )
    sent.update(languages=["python", "javascript"], title_fr="Somme, relue")
    assert recruiter_client.post(edit(exercise), sent).status_code == 302
    exercise.refresh_from_db()
    assert exercise.title_fr == "Somme, relue"
    assert [t["name"] for t in exercise.hidden_tests] == ["petits", "negatifs"]
    assert len(exercise.samples) == 1


def test_an_old_versions_editor_opens_the_current_one(recruiter_client, membership):
    first = own(membership, is_current=False)
    current = own(membership, slug=first.slug, version=2)
    assert recruiter_client.get(edit(first)).url == edit(current)


# -- who may --------------------------------------------------------------------------------


def test_another_organisations_exercise_is_a_404(recruiter_client):
    other = ExerciseFactory(own=True)
    for name in ("work_sample_detail", "work_sample_edit", "work_sample_status"):
        response = recruiter_client.get(reverse(f"assessments:{name}", args=[other.pk]))
        assert response.status_code == 404, name
    edited = recruiter_client.post(edit(other), form_data())
    assert edited.status_code == 404
    again = recruiter_client.post(reverse("assessments:work_sample_check_again", args=[other.pk]))
    assert again.status_code == 404
    assert not AuditEntry.objects.filter(action__startswith="exercise.").exists()


def test_a_library_exercise_is_not_editable_here(recruiter_client):
    library = ExerciseFactory()
    assert recruiter_client.get(detail(library)).status_code == 404
    assert recruiter_client.post(edit(library), form_data()).status_code == 404


def test_the_list_shows_the_organisations_exercises_only(recruiter_client, membership):
    mine = own(membership, title_fr="Calcul des remises")
    ExerciseFactory(own=True, title_fr="Tri des colis (autre entreprise)")
    ExerciseFactory(title_fr="Parenthèses (bibliothèque)")
    page = recruiter_client.get(reverse("assessments:work_sample_list")).content.decode()
    assert "Calcul des remises" in page and detail(mine) in page
    assert "Tri des colis" not in page and "Parenthèses" not in page


@pytest.fixture
def interviewer_client(client, force_login, membership):
    juror = EmployerMembershipFactory(employer=membership.employer, role=EmployerRole.INTERVIEWER)
    return force_login(juror.user)


def test_an_interviewer_of_the_organisation_writes_nothing_and_sees_nothing(
    interviewer_client, membership
):
    mine = own(membership)
    assert interviewer_client.get(reverse("assessments:work_sample_list")).status_code == 403
    assert interviewer_client.get(CREATE).status_code == 403
    assert interviewer_client.post(CREATE, form_data()).status_code == 403
    assert interviewer_client.get(detail(mine)).status_code == 404
    assert interviewer_client.post(edit(mine), form_data()).status_code == 404
    wording = interviewer_client.post(reverse("assessments:work_sample_wording"), {})
    assert wording.status_code == 403
    assert Exercise.objects.filter(employer=membership.employer).count() == 1


def test_the_service_refuses_an_interviewer_too(membership):
    juror = EmployerMembershipFactory(employer=membership.employer, role=EmployerRole.INTERVIEWER)
    with pytest.raises(PermissionDenied):
        work_samples.save_exercise(membership.employer, exercise_data(), by=juror.user)


def test_a_candidate_cannot_open_the_pages(candidate_client):
    assert candidate_client.get(reverse("assessments:work_sample_list")).status_code == 403
    assert candidate_client.get(CREATE).status_code == 403


def test_a_recruiter_of_two_organisations_chooses_which_one(client, force_login, membership):
    second = EmployerMembershipFactory(user=membership.user)
    force_login(membership.user)
    page = client.get(CREATE).content.decode()
    assert 'name="employer"' in page
    client.post(CREATE, form_data(employer=second.employer.pk))
    assert Exercise.objects.get().employer == second.employer


def test_a_recruiter_cannot_write_for_an_organisation_they_are_not_in(
    client, force_login, membership
):
    EmployerMembershipFactory(user=membership.user)  # two employers: the choice shows
    stranger = EmployerMembershipFactory().employer
    force_login(membership.user)
    response = client.post(CREATE, form_data(employer=stranger.pk))
    assert response.status_code == 400
    assert not Exercise.objects.exists()


# -- bad input: a form error, never a 500 ------------------------------------------------------


def errors_of(response) -> str:
    assert response.status_code == 400, response.status_code
    page = html.unescape(response.content.decode())
    assert "L'exercice n'est pas enregistré" in page
    return page


def test_no_hidden_test_is_a_form_error(recruiter_client):
    page = errors_of(recruiter_client.post(CREATE, form_data(hidden=[])))
    assert "Ajoutez au moins un test caché" in page
    assert not Exercise.objects.exists()


def test_no_sample_is_a_form_error(recruiter_client):
    page = errors_of(recruiter_client.post(CREATE, form_data(samples=[])))
    assert "Ajoutez au moins un exemple visible" in page


def test_blank_rows_do_not_count_as_tests(recruiter_client):
    page = errors_of(recruiter_client.post(CREATE, form_data(hidden=[("", "", "", 1)] * 3)))
    assert "Ajoutez au moins un test caché" in page


def test_a_test_without_its_expected_output_is_a_form_error(recruiter_client):
    hidden = [("petits", "40 2\n", "", 1)]
    page = errors_of(recruiter_client.post(CREATE, form_data(hidden=hidden)))
    assert "Indiquez la sortie attendue de ce test." in page
    assert "Test caché 1, Sortie attendue" in page


def test_a_language_the_sandbox_does_not_run_is_a_form_error(recruiter_client):
    page = errors_of(recruiter_client.post(CREATE, form_data(languages=["python", "cobol"])))
    assert "« cobol » n'est pas un langage que Vivier sait exécuter." in page


def test_the_reference_language_must_be_one_of_those_allowed(recruiter_client):
    page = errors_of(
        recruiter_client.post(
            CREATE, form_data(languages=["javascript"], reference_language="python")
        )
    )
    assert "Choisissez le langage de la solution parmi les langages autorisés." in page


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("time_limit_s", "0.1"),
        ("time_limit_s", "30"),
        ("memory_mb", "8"),
        ("memory_mb", "4096"),
        ("estimated_minutes", "0"),
        ("time_limit_s", "beaucoup"),
    ],
)
def test_limits_out_of_the_platforms_bounds_are_form_errors(recruiter_client, field, value):
    errors_of(recruiter_client.post(CREATE, form_data(**{field: value})))
    assert not Exercise.objects.exists()


def test_a_test_too_large_is_a_form_error(recruiter_client):
    hidden = [("enorme", "1 " * 60_000, "1\n", 1)]
    page = errors_of(recruiter_client.post(CREATE, form_data(hidden=hidden)))
    assert "au plus 100" in page  # 100 000 characters per input


def test_tests_too_large_together_are_a_form_error(recruiter_client):
    hidden = [(f"t{n}", "1 " * 45_000, "1\n", 1) for n in range(12)]
    page = errors_of(recruiter_client.post(CREATE, form_data(hidden=hidden)))
    assert "Les tests sont trop volumineux" in page


def test_too_many_hidden_tests_is_a_form_error(recruiter_client):
    hidden = [(f"t{n}", "1 1\n", "2\n", 1) for n in range(31)]
    page = errors_of(recruiter_client.post(CREATE, form_data(hidden=hidden)))
    assert "Au plus 30 tests" in page


def test_two_tests_with_one_name_is_a_form_error(recruiter_client):
    hidden = [("pareil", "1 1\n", "2\n", 1), ("pareil", "2 2\n", "4\n", 1)]
    page = errors_of(recruiter_client.post(CREATE, form_data(hidden=hidden)))
    assert "Deux tests portent le même nom : pareil." in page


def test_a_tampered_formset_is_a_form_error(recruiter_client):
    data = form_data()
    del data["hidden-TOTAL_FORMS"]
    errors_of(recruiter_client.post(CREATE, data))
    data = form_data(**{"hidden-TOTAL_FORMS": "100000"})
    errors_of(recruiter_client.post(CREATE, data))


def test_an_empty_post_is_a_form_error(recruiter_client):
    errors_of(recruiter_client.post(CREATE, {"action": "save"}))


def test_the_add_buttons_keep_what_was_typed_and_add_blank_rows(recruiter_client):
    data = form_data()
    data["more_hidden"] = "1"
    del data["action"]
    response = recruiter_client.post(CREATE, data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Test caché 5" in page and "Test caché 6" not in page
    assert "987" not in page and "-7 -8" in page
    assert "L'exercice n'est pas enregistré" not in page
    assert not Exercise.objects.exists()


# -- the wording checker -----------------------------------------------------------------------


def test_illegal_wording_in_the_statement_is_refused_with_the_finding(recruiter_client):
    statement = "Exercice réservé aux candidats de nationalité française exigée. Affichez 5."
    page = errors_of(recruiter_client.post(CREATE, form_data(statement_fr=statement)))
    assert "formulations illégales ou excluantes" in page
    assert "finding-illegal" in page
    assert not Exercise.objects.exists()


def test_exclusionary_wording_in_the_english_statement_is_refused_too(recruiter_client):
    statement = "You are a true rockstar ninja. Print the sum."
    page = errors_of(
        recruiter_client.post(CREATE, form_data(title_en="Sum", statement_en=statement))
    )
    assert "Énoncé en anglais" in page
    assert not Exercise.objects.exists()


def test_advice_is_shown_but_does_not_block(recruiter_client, membership):
    review = work_samples.review_statement({"statement_fr": ADVICE})
    assert review.findings and not review.refusing
    recruiter_client.post(CREATE, form_data(statement_fr=ADVICE))
    assert Exercise.objects.filter(employer=membership.employer).exists()


def test_the_live_check_returns_the_findings(recruiter_client):
    response = recruiter_client.post(
        reverse("assessments:work_sample_wording"),
        {"title_fr": "Somme", "statement_fr": "Nationalité française exigée."},
    )
    assert response.status_code == 200
    assert "finding-illegal" in response.content.decode()
    assert 'data-vivier-field="statement_fr"' in response.content.decode()


def test_the_live_check_refuses_too_much_text_without_a_500(recruiter_client):
    response = recruiter_client.post(
        reverse("assessments:work_sample_wording"), {"statement_fr": "a" * 100_000}
    )
    assert response.status_code == 400
    assert "Texte trop long" in response.content.decode()
