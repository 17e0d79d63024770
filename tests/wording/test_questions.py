import pytest

from employers.wording import check, check_question


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Avez-vous des enfants ?", "family_pregnancy"),
        ("Êtes-vous enceinte ?", "family_pregnancy"),
        ("Quelle est votre religion ?", "religion"),
        ("Où habitez-vous ?", "residence"),
        ("Quel âge avez-vous ?", "age"),
        ("Êtes-vous syndiqué ?", "union_political"),
        ("D'où venez-vous ?", "origin_nationality"),
        ("Avez-vous des problèmes de santé ?", "health_disability"),
        ("Are you married?", "family_pregnancy"),
        ("Do you plan to have kids?", "family_pregnancy"),
        ("How old are you?", "age"),
        ("Where are you from?", "origin_nationality"),
        ("What is your religion?", "religion"),
        ("Do you have any disabilities?", "health_disability"),
    ],
)
def test_personal_question_is_refused(question, category):
    assert category in [f.category for f in check_question(question)]


@pytest.mark.parametrize(
    "question",
    [
        "Pouvez-vous décrire un projet Django dont vous êtes fier·e ?",
        "Comment testeriez-vous cette API ?",
        "How would you design a rate limiter?",
        "What did you learn from your last code review?",
    ],
)
def test_professional_question_is_accepted(question):
    assert check_question(question) == []


def test_question_rules_are_not_applied_to_offers():
    assert check("Où habitez-vous ?", lang="fr") == []
