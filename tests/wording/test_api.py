import pytest

from employers.wording import Finding, categories, check, detect_language


def test_a_finding_quotes_the_text_at_its_offsets():
    text = "Nous recherchons un jeune diplômé motivé."
    [finding] = check(text)
    assert finding.quote == text[finding.start : finding.end] == "jeune diplômé"


def test_a_finding_carries_severity_and_legal_basis_from_the_categories():
    [finding] = check("Poste réservé aux jeunes diplômés (H/F).")
    assert finding.category == "age"
    assert finding.severity == categories()["age"]["severity"] == "illegal"
    assert finding.legal_basis == categories()["age"]["legal_basis"]


def test_to_dict_lists_every_field():
    [finding] = check("Native English speaker required.", lang="en")
    assert set(finding.to_dict()) == {
        "category",
        "severity",
        "start",
        "end",
        "quote",
        "message",
        "legal_basis",
        "suggestion",
    }


def test_findings_are_frozen():
    [finding] = check("Native English speaker required.", lang="en")
    assert isinstance(finding, Finding)
    try:
        finding.start = 0
    except AttributeError:
        return
    raise AssertionError("Finding should be immutable")


def test_message_language_follows_the_locale_not_the_text():
    text = "Native English speaker required."
    [fr] = check(text, lang="en", locale="fr")
    [en] = check(text, lang="en", locale="en")
    assert "langue" in fr.message.lower()
    assert "native speaker" in en.message.lower()


def test_suggestion_is_a_neutral_rewrite_in_the_text_language():
    assert check("Profil jeune diplômé (H/F).")[0].suggestion == "Profil débutant accepté"
    assert (
        check("Native English speaker required.", lang="en")[0].suggestion == "Fluent English (C1)"
    )


def test_language_is_detected_from_stopwords():
    assert detect_language("Vous rejoignez une équipe de six personnes pour le produit.") == "fr"
    assert detect_language("You will join our team and work with the product manager.") == "en"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Native English speaker required.", "en"),
        ("Local candidates only.", "en"),
        ("Be available 24/7 during launches.", "en"),
        ("Rockstar developer", "en"),  # no listed word: English spelling breaks the tie
        ("Hommes uniquement", "fr"),
        ("Jeune diplômé", "fr"),  # no listed word: French letters break the tie
        ("Team building chaque mois", "fr"),
        ("CDI temps plein", "fr"),
        ("Full remote possible", "fr"),  # nothing either way: French, the platform's language
    ],
)
def test_short_texts_are_detected_from_job_offer_words_then_spelling(text, lang):
    assert detect_language(text) == lang


def test_a_short_english_text_gets_the_english_rules_without_a_language_given():
    assert [f.category for f in check("Native English speaker required.")] == ["native_language"]


def test_empty_text_has_no_findings():
    assert check("") == []


def test_clean_offer_has_no_findings():
    assert check("Développeur·se Python (H/F). CDI à Lyon, 45 à 52 k€, télétravail partiel.") == []
