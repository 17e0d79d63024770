"""French morphology and writing: inclusive forms, elision, accents, case, offsets."""

import pytest

from employers.wording import check


def categories_of(text):
    return [f.category for f in check(text, lang="fr")]


@pytest.mark.parametrize(
    "title",
    [
        "Développeur·se Python",
        "Développeur.euse Python",
        "Développeur(se) Python",
        "Développeur-euse Python",
        "Développeur/développeuse Python",
        "Développeur·euse·s Python",
        "Chargé(e) de recrutement",
    ],
)
def test_inclusive_title_is_not_gendered(title):
    assert "gendered_title" not in categories_of(f"{title} – Lyon. Vous rejoignez l'équipe.")


@pytest.mark.parametrize("mark", ["H/F", "F/H", "H/F/X", "(F/H)", "h/f", "femme ou homme"])
def test_gender_mention_anywhere_clears_the_title(mark):
    assert "gendered_title" not in categories_of(f"Développeur Python – Lyon. Poste {mark}.")


def test_masculine_only_title_is_gendered():
    [finding] = check("Développeur Python – Lyon. Vous rejoignez l'équipe.")
    assert finding.category == "gendered_title"
    assert finding.quote == "Développeur Python"
    assert finding.suggestion == "Développeur·se Python (H/F)"


def test_title_after_a_hiring_verb_is_gendered():
    [finding] = check("Nous recrutons un ingénieur réseau pour notre site de Brest.")
    # the article agrees too, and no « (H/F) » in the middle of the sentence
    assert (finding.quote, finding.suggestion) == ("un ingénieur réseau", "un·e ingénieur·e réseau")


def test_feminine_only_designation_is_gendered():
    [finding] = check("Nous cherchons une assistante pour l'équipe commerciale.")
    assert (finding.category, finding.quote) == ("gendered_title", "une assistante")


def test_masculine_noun_about_a_colleague_is_not_a_title():
    text = "Vous serez accompagné·e par un développeur senior (H/F)."
    assert "gendered_title" not in categories_of(text)


def test_doublet_in_either_order_is_inclusive():
    assert categories_of("Infirmier ou infirmière de nuit en pédiatrie.") == []


def test_matching_ignores_case_and_accents():
    assert categories_of("JEUNE DIPLOME bienvenu (H/F).") == ["age"]
    assert categories_of("jeune diplômée bienvenue (H/F).") == ["age"]


def test_elision_with_a_typographic_apostrophe():
    text = "Nom de famille à consonance française apprécié, moyenne d’âge de 27 ans (H/F)."
    found = {f.category: f.quote for f in check(text)}
    assert found["age"].endswith("moyenne d’âge de 27 ans")
    assert found["origin_nationality"].startswith("Nom de famille")


def test_offsets_are_string_indices_after_emoji_and_accents():
    text = "🚀🎉 Équipe géniale ! Élocution sans accent appréciée (H/F)."
    [finding] = check(text)
    assert text[finding.start : finding.end] == finding.quote == "sans accent"


def test_offsets_are_kept_in_a_capitalised_text():
    text = "ÉQUIPE JEUNE ET DYNAMIQUE (H/F)."
    [finding] = check(text)
    assert finding.quote == "ÉQUIPE JEUNE ET DYNAMIQUE"


@pytest.mark.parametrize(
    ("text", "quote", "suggestion"),
    [
        ("Comptable confirmé – Lille.", "Comptable confirmé", "Comptable confirmé·e (H/F)"),
        # « (H/F) » closes a title, not before the rest of its line
        ("Secrétaire médicale à Lyon.", "Secrétaire médicale", "Secrétaire médical·e"),
        ("Responsable commercial.", "Responsable commercial", "Responsable commercial·e (H/F)"),
        (
            "Nous recrutons un analyste expérimenté.",
            "un analyste expérimenté",
            "un·e analyste expérimenté·e",
        ),
    ],
)
def test_an_adjective_gives_an_epicene_title_a_gender(text, quote, suggestion):
    [finding] = check(text, lang="fr")
    assert (finding.category, finding.quote, finding.suggestion) == (
        "gendered_title",
        quote,
        suggestion,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Comptable – Lille. Vous tenez la comptabilité.",
        "Responsable technique – Lille.",
        "Comptable confirmé·e – Lille.",
        "Secrétaire médical(e) à Lyon.",
        "Vous êtes responsable de la qualité des données.",
    ],
)
def test_an_epicene_title_without_a_gendered_adjective_is_fine(text):
    assert "gendered_title" not in categories_of(text)


def test_the_rewrite_puts_the_adjectives_that_agree_with_the_person_in_the_inclusive_form():
    [finding] = check("Chef de projet commercial confirmé – Lille.", lang="fr")
    # "commercial" describes the project there; "confirmé" the person
    assert finding.suggestion == "Chef·fe de projet commercial confirmé·e (H/F)"
    [finding] = check("Assistante commerciale – Lille.", lang="fr")
    assert finding.suggestion == "Assistant·e commercial·e (H/F)"


def test_an_article_after_a_hiring_verb_gives_an_epicene_title_a_gender():
    [finding] = check("Nous recrutons une secrétaire pour l'accueil.", lang="fr")
    assert (finding.quote, finding.suggestion) == ("une secrétaire", "un·e secrétaire")
    assert categories_of("Vous travaillerez avec une comptable (H/F).") == []
    assert categories_of("Nous recrutons un·e comptable.") == []
