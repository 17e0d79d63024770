"""An employer's validated exercise goes into its campaigns next to the library's, and
candidates take it exactly as a library exercise (same pages, editor, grading and anonymity).
A campaign keeps the version it was composed with once somebody has started it; one that
nobody has started takes the new version once it passes its check. Nobody else sees it: not
another organisation, not the library, not the candidates of other offers."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import AuditEntry
from assessments import campaigns, reuse, work_samples
from assessments.library_sync import sync_exercises
from assessments.models import Campaign, Exercise
from assessments.submissions import save_draft
from tests.assessments.factories import (
    SUM_SOLUTION,
    AttemptFactory,
    CampaignFactory,
    ExerciseFactory,
    SubmissionFactory,
)
from tests.assessments.work_sample_data import exercise_data, validate
from tests.candidates.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


def editor(offer):
    return reverse("assessments:campaign_edit", args=[offer.pk])


def campaign_form(*, library=(), own=(), weight_coding=1):
    deadline = timezone.localtime(timezone.now() + timedelta(days=10))
    return {
        "exercises": [exercise.pk for exercise in library],
        "own_exercises": [exercise.pk for exercise in own],
        "weight_coding": weight_coding,
        "weight_sjt": 0,
        "weight_written": 0,
        "duration_minutes": 45,
        "extra_time": "1.33",
        "deadline": deadline.strftime("%Y-%m-%dT%H:%M"),
    }


def write(membership, **overrides) -> Exercise:
    return work_samples.save_exercise(
        membership.employer, exercise_data(**overrides), by=membership.user
    )


def edit(membership, exercise, **overrides) -> Exercise:
    return work_samples.save_exercise(
        membership.employer, exercise_data(**overrides), by=membership.user, exercise=exercise
    )


# -- composing ------------------------------------------------------------------------------


def test_the_editor_offers_the_organisations_validated_exercises_next_to_the_librarys(
    recruiter_client, membership, offer
):
    library = ExerciseFactory(title_fr="Parenthèses équilibrées")
    mine = validate(write(membership, title_fr="Calcul des remises"))
    page = recruiter_client.get(editor(offer)).content.decode()
    assert "Exercices rédigés par votre entreprise" in page
    assert f'name="own_exercises" value="{mine.pk}"' in page
    assert "Calcul des remises (version 1" in page
    assert f'name="exercises" value="{library.pk}"' in page

    response = recruiter_client.post(editor(offer), campaign_form(library=[library], own=[mine]))
    assert response.status_code == 302
    campaign = Campaign.objects.get(offer=offer)
    assert set(campaign.exercises.all()) == {library, mine}


def test_an_exercise_not_validated_is_not_offered_and_cannot_be_posted(
    recruiter_client, membership, offer
):
    waiting = write(membership, title_fr="Pas encore vérifié")
    page = recruiter_client.get(editor(offer)).content.decode()
    assert "Pas encore vérifié" not in page
    response = recruiter_client.post(editor(offer), campaign_form(own=[waiting]))
    assert response.status_code == 400
    assert not Campaign.objects.exists()


def test_another_organisations_exercise_is_not_offered_and_cannot_be_posted(
    recruiter_client, offer
):
    theirs = ExerciseFactory(own=True, title_fr="Exercice d'Ailleurs SA")
    page = recruiter_client.get(editor(offer)).content.decode()
    assert "Ailleurs SA" not in page
    for field in ("exercises", "own_exercises"):
        data = campaign_form()
        data[field] = [theirs.pk]
        assert recruiter_client.post(editor(offer), data).status_code == 400
    assert not Campaign.objects.exists()


def test_the_service_refuses_an_exercise_not_validated_or_of_another_organisation(
    membership, offer
):
    waiting = write(membership)
    theirs = ExerciseFactory(own=True)
    for exercise in (waiting, theirs):
        data = campaigns.CampaignData(
            exercises=[exercise],
            scenarios=[],
            questions=[],
            weight_coding=1,
            weight_sjt=0,
            weight_written=0,
            duration_minutes=30,
            deadline=timezone.now() + timedelta(days=3),
        )
        with pytest.raises(campaigns.ExerciseNotUsable):
            campaigns.save_campaign(offer, data, user=membership.user)


def test_while_a_new_version_is_checked_the_last_validated_one_is_offered(
    recruiter_client, membership, offer
):
    first = validate(write(membership))
    CampaignFactory(exercises=[first], offer__employer=membership.employer)  # in use: versioned
    second = edit(membership, first, title_fr="Somme, deuxième version")
    assert (second.version, second.validated_at) == (2, None)
    page = recruiter_client.get(editor(offer)).content.decode()
    assert f'name="own_exercises" value="{first.pk}"' in page
    assert f'name="own_exercises" value="{second.pk}"' not in page
    validate(second)
    page = recruiter_client.get(editor(offer)).content.decode()
    assert f'name="own_exercises" value="{second.pk}"' in page
    assert f'name="own_exercises" value="{first.pk}"' not in page


# -- versions ---------------------------------------------------------------------------------


def test_a_campaign_somebody_started_keeps_the_version_it_started_with(membership, offer):
    first = validate(write(membership))
    campaign = CampaignFactory(offer=offer, exercises=[first])
    started = ApplicationFactory(offer=offer)
    campaigns.start_attempt(started, user=None)

    second = validate(edit(membership, first, statement_fr="Affichez le produit des montants."))

    assert second.pk != first.pk and second.version == 2
    assert list(campaign.exercises.all()) == [first]
    assert campaigns.exercise_for(started, first.slug) == first
    first.refresh_from_db()
    assert (first.is_current, first.validated_at is not None) == (False, True)
    entry = AuditEntry.objects.get(action="exercise.validated", data__version=2)
    assert entry.data["campaigns_moved_to_this_version"] == []


def test_the_candidate_of_a_started_campaign_reads_the_version_it_holds(
    client, force_login, membership, offer
):
    first = validate(write(membership, statement_fr="Affichez la somme des montants."))
    CampaignFactory(offer=offer, exercises=[first])
    application = ApplicationFactory(offer=offer)
    campaigns.start_attempt(application, user=None)
    validate(edit(membership, first, statement_fr="Affichez le produit des montants."))

    force_login(application.candidate.user)
    url = reverse("assessments:exercise_detail", args=[application.pk, first.slug])
    page = client.get(url).content.decode()
    assert "la somme des montants" in page and "produit" not in page


def test_a_campaign_nobody_started_takes_the_new_version_once_it_passes(membership, offer):
    first = validate(write(membership))
    campaign = CampaignFactory(offer=offer, exercises=[first])

    second = edit(membership, first, statement_fr="Affichez le produit des montants.")
    assert list(campaign.exercises.all()) == [first]  # not before its check passed
    validate(second)

    assert list(campaign.exercises.all()) == [second]
    entry = AuditEntry.objects.get(action="exercise.validated", data__version=2)
    assert entry.data["campaigns_moved_to_this_version"] == [campaign.pk]
    assert entry.employer == membership.employer


def test_an_edit_before_any_use_changes_the_version_in_place(membership):
    first = write(membership)
    again = edit(membership, first, title_fr="Somme, corrigée")
    assert again.pk == first.pk and again.version == 1
    assert Exercise.objects.filter(slug=first.slug).count() == 1


def test_an_edit_once_a_candidate_has_a_draft_makes_a_new_version(membership):
    first = validate(write(membership))
    application = ApplicationFactory(offer__employer=membership.employer)
    save_draft(application, first, "print(1)", user=None)
    assert edit(membership, first).version == 2


def test_the_versions_page_says_which_campaign_holds_which_version(
    recruiter_client, membership, offer
):
    first = validate(write(membership))
    CampaignFactory(offer=offer, exercises=[first])
    campaigns.start_attempt(ApplicationFactory(offer=offer), user=None)
    second = edit(membership, first)
    page = recruiter_client.get(
        reverse("assessments:work_sample_detail", args=[second.pk])
    ).content.decode()
    assert offer.title in page and "version 1 de l'évaluation" in page
    old = recruiter_client.get(reverse("assessments:work_sample_detail", args=[first.pk]))
    assert "Ceci est une ancienne version" in old.content.decode()


# -- candidates take it as a library exercise --------------------------------------------------


@pytest.fixture
def sitting(membership, offer):
    """A candidate of the offer, sitting its campaign, which holds the employer's exercise."""
    exercise = validate(write(membership, title_fr="Somme de deux commandes"))
    CampaignFactory(offer=offer, exercises=[exercise], weight_coding=1)
    application = ApplicationFactory(offer=offer)
    campaigns.start_attempt(application, user=None)
    return application, exercise


def test_the_candidate_finds_it_in_their_exercises_with_its_samples_and_starter(
    client, force_login, sitting
):
    application, exercise = sitting
    force_login(application.candidate.user)
    listing = client.get(reverse("assessments:exercise_list", args=[application.pk]))
    assert "Somme de deux commandes" in listing.content.decode()
    url = reverse("assessments:exercise_detail", args=[application.pk, exercise.slug])
    page = client.get(url).content.decode()
    assert "deux montants de commande" in page
    assert "Sortie attendue" in page and "2 3" in page  # the visible sample
    assert "À vous : calculez et affichez la réponse avec print(...)" in page
    assert "Lancer les exemples" in page and "Soumettre" in page
    assert exercise.reference_solution not in page  # never shown to candidates
    assert 'value="javascript"' in page  # the languages the employer allowed


@pytest.mark.sandbox
def test_the_candidates_code_is_graded_like_a_library_exercise(
    real_sandbox, client, force_login, sitting, django_capture_on_commit_callbacks
):
    application, exercise = sitting
    force_login(application.candidate.user)
    url = reverse("assessments:submit", args=[application.pk, exercise.slug])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"code": SUM_SOLUTION, "language": "python"})
    submission = application.submissions.get()
    assert submission.exercise == exercise
    assert (submission.status, submission.score) == ("graded", 1.0)
    assert [v["verdict"] for v in submission.verdicts] == ["AC", "AC"]


def test_the_recruiter_reads_the_submissions_by_pseudonym(recruiter_client, sitting, offer):
    application, exercise = sitting
    SubmissionFactory(application=application, exercise=exercise, graded=True)
    url = reverse("assessments:offer_submissions", args=[offer.pk])
    page = recruiter_client.get(url).content.decode()
    assert application.pseudonym in page and "Somme de deux commandes" in page


# -- nobody else ---------------------------------------------------------------------------------


def test_a_candidate_without_a_campaign_never_sees_it(client, force_login, membership):
    mine = validate(write(membership))
    application = ApplicationFactory()  # an offer without campaign: the library's exercises
    force_login(application.candidate.user)
    listing = client.get(reverse("assessments:exercise_list", args=[application.pk]))
    assert mine.title_fr not in listing.content.decode()
    url = reverse("assessments:exercise_detail", args=[application.pk, mine.slug])
    assert client.get(url).status_code == 404


def test_a_candidate_of_another_campaign_of_the_same_employer_gets_a_404(
    client, force_login, membership
):
    mine = validate(write(membership))
    other_offer_campaign = CampaignFactory(offer__employer=membership.employer)
    application = ApplicationFactory(offer=other_offer_campaign.offer)
    force_login(application.candidate.user)
    for name in ("exercise_detail", "starter_code"):
        url = reverse(f"assessments:{name}", args=[application.pk, mine.slug])
        assert client.get(url, {"langage": "python"}).status_code == 404
    url = reverse("assessments:submit", args=[application.pk, mine.slug])
    assert client.post(url, {"code": "print(1)"}).status_code == 404


def test_the_library_sync_leaves_employers_exercises_alone(membership):
    mine = validate(write(membership))
    sync_exercises([])
    mine.refresh_from_db()
    assert mine.is_current and mine.validated_at is not None


def test_a_result_on_an_employers_exercise_goes_on_no_certificate(sitting):
    application, exercise = sitting
    SubmissionFactory(application=application, exercise=exercise, graded=True)
    attempt = campaigns.submit_attempt(application.assessment_attempt, user=None)
    Campaign.objects.filter(pk=attempt.campaign_id).update(closed_at=timezone.now())
    assert reuse.taken_results(application.candidate_id)  # it is a result of the candidate
    assert reuse.certifiable_results(application.candidate_id) == []


def test_a_campaign_restricted_to_a_language_a_new_version_dropped_still_offers_one(membership):
    first = validate(write(membership, languages=["python", "javascript"]))
    campaign = AttemptFactory(campaign__exercises=[first]).campaign
    campaign.exercise_languages = {first.slug: ["javascript"]}
    second = validate(edit(membership, first, languages=["python"]))
    assert campaign.allowed_languages(second) == ["python"]
