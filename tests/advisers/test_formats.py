"""The assessment format in plain words, built from what Vivier holds for the offer."""

import datetime

import pytest
from django.utils import timezone

from advisers.formats import describe_assessment_format, describe_assessment_formats
from tests.assessments.factories import CampaignFactory, ExerciseFactory, SjtScenarioFactory
from tests.employers.factories import OfferFactory
from tests.interviews.factories import GridVersionFactory

pytestmark = pytest.mark.django_db


def test_an_offer_without_exercise_nor_grid_is_described_honestly():
    text = describe_assessment_format(OfferFactory(published=True))
    assert text == (
        "Sans CV ni lettre de motivation, candidature anonyme jusqu'à l'entretien ; "
        "un entretien, dont la grille n'est pas encore préparée."
    )


def test_one_exercise_is_described_with_its_language_and_level():
    ExerciseFactory(level="beginner", language="python")
    text = describe_assessment_format(OfferFactory(published=True))
    assert "un exercice de code en ligne (Python 3, niveau débutant)" in text
    assert "sans durée imposée" in text


def test_several_exercises_are_a_choice_with_their_levels():
    ExerciseFactory(level="beginner")
    ExerciseFactory(level="intermediate")
    ExerciseFactory(level="intermediate", is_current=False)  # an old version does not count
    text = describe_assessment_format(OfferFactory(published=True))
    assert "au choix parmi 2 (Python 3, niveaux débutant et intermédiaire)" in text


def test_without_campaign_every_language_the_exercises_offer_is_listed():
    ExerciseFactory(language="java", languages=["java", "python"])
    ExerciseFactory(language="bash", languages=["bash"])
    text = describe_assessment_format(OfferFactory(published=True))
    assert "au choix parmi 2 (Python 3, Java et Bash, niveau débutant)" in text


def test_the_interview_grid_gives_its_competencies_not_its_questions():
    grid = GridVersionFactory()
    text = describe_assessment_format(grid.offer)
    assert "un entretien structuré" in text
    assert "(3 questions), sur 3 compétences" in text
    assert "Raisonnement technique, Qualité du code et Travail en équipe" in text
    assert "Racontez" not in text


def test_the_newest_grid_version_is_described():
    old = GridVersionFactory(competencies=False)
    GridVersionFactory(offer=old.offer)
    assert "3 compétences" in describe_assessment_format(old.offer)


def test_a_campaign_gives_its_duration_deadline_and_contents():
    deadline = timezone.make_aware(datetime.datetime(2031, 3, 14, 18, 0))
    campaign = CampaignFactory(
        duration_minutes=45,
        deadline=deadline,
        scenarios=[SjtScenarioFactory(), SjtScenarioFactory()],
        exercises=[ExerciseFactory()],
    )
    ExerciseFactory()  # in the pool, not in the campaign
    text = describe_assessment_format(campaign.offer)
    assert (
        "une évaluation en ligne d'environ 45 minutes, à passer avant le 14 mars 2031 : "
        "1 exercice de code (Python 3), 2 mises en situation (choisir la meilleure réaction) "
        "et 1 question écrite relue sans connaître l'auteur·e, "
        "avec du temps supplémentaire possible sur demande"
    ) in text
    assert "au choix" not in text


def test_a_campaign_lists_the_languages_candidates_may_choose_not_the_first_of_each():
    caesar = ExerciseFactory(language="java", languages=["java", "python", "javascript"])
    tally = ExerciseFactory(language="python", languages=["python", "javascript"])
    campaign = CampaignFactory(
        exercises=[caesar, tally], exercise_languages={caesar.slug: ["javascript", "python"]}
    )
    text = describe_assessment_format(campaign.offer)
    assert "2 exercices de code (au choix : Python 3 et JavaScript (Node.js))" in text
    assert "Java," not in text and "Java)" not in text


def test_exercises_with_different_languages_say_the_choice_depends_on_the_exercise():
    caesar = ExerciseFactory(language="java", languages=["java", "javascript"])
    query = ExerciseFactory(language="sql", languages=["sql"])
    campaign = CampaignFactory(
        exercises=[caesar, query], exercise_languages={caesar.slug: ["javascript"]}
    )
    text = describe_assessment_format(campaign.offer)
    assert (
        "2 exercices de code (langages selon l'exercice : JavaScript (Node.js) et SQL (SQLite))"
    ) in text


def test_a_closed_campaign_says_so():
    deadline = timezone.make_aware(datetime.datetime(2031, 3, 14, 18, 0))
    closed = timezone.make_aware(datetime.datetime(2031, 3, 2, 9, 0))
    campaign = CampaignFactory(duration_minutes=45, deadline=deadline, closed_at=closed)
    text = describe_assessment_format(campaign.offer)
    assert "une évaluation en ligne d'environ 45 minutes, close le 2 mars 2031" in text


def test_only_the_current_campaign_version_is_described():
    old = CampaignFactory(duration_minutes=30, is_current=False)
    CampaignFactory(offer=old.offer, version=2, duration_minutes=60)
    text = describe_assessment_format(old.offer)
    assert "environ 60 minutes" in text
    assert "30 minutes" not in text


def test_the_batch_gives_the_same_text_in_a_fixed_number_of_queries(
    django_assert_num_queries,
):
    ExerciseFactory()
    offers = [GridVersionFactory().offer for _ in range(3)] + [OfferFactory(published=True)]
    offers += [CampaignFactory(exercises=[ExerciseFactory()]).offer for _ in range(2)]
    expected = {offer.pk: describe_assessment_format(offer) for offer in offers}
    with django_assert_num_queries(5):
        assert describe_assessment_formats(offers) == expected
