"""« jeune » before a job noun is the hire's age wherever the sentence also speaks of clients,
users or children; it is the public only when the job noun names the people the hire serves
(« auprès de jeunes développeurs », « vous accompagnez de jeunes apprentis »). Found by a walk:
« un jeune développeur …, sans enfants » lost its age finding."""

import pytest

from employers.wording import check


def categories(text):
    return [(f.category, text[f.start : f.end]) for f in check(text, lang="fr")]


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "Nous cherchons un jeune développeur dynamique, de nationalité française, "
            "sans enfants.",
            "jeune développeur",
        ),
        (
            "Nous recrutons un jeune commercial pour développer notre portefeuille clients.",
            "jeune commercial",
        ),
        (
            "Un jeune intégrateur pour améliorer le parcours de nos utilisateurs.",
            "jeune intégrateur",
        ),
        (
            "Poste idéal pour un jeune comptable qui aime le contact avec les patients.",
            "jeune comptable",
        ),
    ],
)
def test_a_young_hire_is_an_age_requirement_whoever_else_the_sentence_names(text, quote):
    assert ("age", quote) in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Formateur·rice auprès de jeunes développeurs en reconversion (H/F).",
        "Vous accompagnez de jeunes apprentis dans leurs projets.",
        "Tuteur·rice (H/F) : vous encadrez des jeunes techniciens en alternance.",
        "Coach (H/F) pour les jeunes entrepreneurs de notre incubateur.",
    ],
)
def test_young_people_the_hire_serves_are_no_requirement(text):
    assert "age" not in [category for category, _quote in categories(text)]
