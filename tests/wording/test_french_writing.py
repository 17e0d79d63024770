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
    assert finding.quote == "ingénieur réseau"


def test_feminine_only_designation_is_gendered():
    [finding] = check("Nous cherchons une assistante pour l'équipe commerciale.")
    assert (finding.category, finding.quote) == ("gendered_title", "assistante")


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
    assert found["age"] == "moyenne d’âge de 27 ans"
    assert found["origin_nationality"].startswith("Nom de famille")


def test_offsets_are_string_indices_after_emoji_and_accents():
    text = "🚀🎉 Équipe géniale ! Élocution sans accent appréciée (H/F)."
    [finding] = check(text)
    assert text[finding.start : finding.end] == finding.quote == "sans accent"


def test_offsets_are_kept_in_a_capitalised_text():
    text = "ÉQUIPE JEUNE ET DYNAMIQUE (H/F)."
    [finding] = check(text)
    assert finding.quote == "ÉQUIPE JEUNE ET DYNAMIQUE"
