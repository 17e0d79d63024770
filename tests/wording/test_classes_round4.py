"""Fourth round (issue 21, the editor walk): youth said through the job noun, in a title as in
a sentence, one finding for « young » and the age limit that goes with it, and the English
words French offers borrow for a native speaker. Every example is invented for these tests;
the negatives are the lawful neighbours of each class."""

import pytest

from employers.wording import check, check_offer

POSITIVE = [
    # « jeune » before a job noun, any gender or number
    ("fr", "age", "Nous recrutons une jeune comptable pour notre cabinet."),
    ("fr", "age", "Poste ouvert à de jeunes ingénieurs motivés."),
    ("fr", "age", "L'agence cherche un jeune commercial terrain."),
    # youth listed with qualities right after the job noun: a title
    ("fr", "age", "Vendeur·se jeune, souriant·e et motivé·e (H/F)"),
    ("fr", "age", "Technicienne jeune et dynamique"),
    # English words for a native speaker in a French offer
    ("fr", "native_language", "Anglais courant, idéalement native English speaker."),
    ("fr", "native_language", "Vous êtes native speaker : c'est indispensable pour ce poste."),
    ("fr", "native_language", "Profil recherché : German native, à l'aise au téléphone."),
]


@pytest.mark.parametrize("lang, category, text", POSITIVE)
def test_each_way_of_saying_the_ground_is_found(lang, category, text):
    assert category in {f.category for f in check(text, lang=lang)}, text


NEGATIVE = [
    ("fr", "Une jeune pousse lyonnaise recrute son premier comptable (H/F)."),
    ("fr", "Le marché jeune et prometteur du vélo cargo attire un consultant (H/F)."),
    ("fr", "Vous accompagnerez un public jeune et varié (H/F)."),
]


@pytest.mark.parametrize("lang, text", NEGATIVE)
def test_the_lawful_neighbours_are_not_flagged(lang, text):
    assert [f for f in check(text, lang=lang) if f.category != "gendered_title"] == [], text


def test_young_and_the_age_limit_that_goes_with_it_are_one_finding():
    text = "Nous recrutons un jeune développeur de moins de 30 ans pour l'équipe."
    (age,) = [f for f in check(text, lang="fr") if f.category == "age"]
    assert age.quote == "jeune développeur de moins de 30 ans"
    assert age.suggestion == "développeur"


def test_a_title_is_checked_like_the_description():
    fields = {"title": "Commercial jeune et dynamique", "description": "Rejoignez-nous."}
    found = [(f.category, f.quote) for f in check_offer(fields)]
    assert ("age", "jeune et dynamique") in found


SEX_AND_RESIDENCE = [
    # a sex preferred in everyday words
    ("fr", "sex_gender", "Pour l'accueil, idéalement une nana souriante."),
    ("fr", "sex_gender", "Franchement une femme conviendrait mieux à la clientèle."),
    ("en", "sex_gender", "For the front desk we'd prefer a lady, honestly."),
    ("en", "sex_gender", "A guy would be better for the warehouse crew."),
    # living somewhere as a condition
    ("fr", "residence", "Résider à Nantes est une condition pour ce poste de comptable."),
    ("fr", "residence", "Profil vivant en Bretagne uniquement."),
    ("fr", "residence", "Vous vivez dans le quartier ? C'est une condition."),
]


@pytest.mark.parametrize("lang, category, text", SEX_AND_RESIDENCE)
def test_preferences_and_conditions_said_plainly_are_found(lang, category, text):
    assert category in {f.category for f in check(text, lang=lang)}, text


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Vivre à Nantes, c'est profiter de la mer à une heure : aide au logement offerte."),
        ("fr", "Le poste est basé à Lyon ; le télétravail est possible deux jours par semaine."),
        ("en", "We'd love to hear from you, whoever you are."),
    ],
)
def test_lawful_mentions_of_place_and_sex_are_not_flagged(lang, text):
    assert check(text, lang=lang) == [], text
