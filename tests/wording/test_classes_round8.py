"""Eighth round of classes (issue 21): ways of saying a ground, lawful neighbours and rewrites
that fit their sentence, named from the misses and false alarms of set H (seen) and from a
human walk, and written from the language. Every sentence is invented here; none is copied
from a set."""

import pytest

from employers.wording import check
from tests.wording.test_rewrites_in_sentence import replace_every_finding


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.category, f.quote) for f in check(text, lang=lang)]


def categories(text: str, lang: str) -> set[str]:
    return {f.category for f in check(text, lang=lang)}


# ------------------------------------------------- rewrites said of the person, after « être »
@pytest.mark.parametrize(
    ("lang", "text", "rewritten"),
    [
        # a condition no offer may set, said of the person: taken out with what joins it to
        # the next quality, or with the clause it ends
        (
            "fr",
            "La personne recrutée sera célibataire et disponible.",
            "La personne recrutée sera disponible.",
        ),
        (
            "fr",
            "Poste en CDI à Tours, la personne recrutée sera célibataire.",
            "Poste en CDI à Tours.",
        ),
        ("fr", "Idéalement, vous êtes sans enfants. Poste en CDI.", "Poste en CDI."),
        ("en", "You are single and flexible.", "You are flexible."),
        # a condition whose category has a lawful requirement: said of the person too
        (
            "fr",
            "La personne recrutée sera joignable en permanence.",
            "La personne recrutée sera disponible sur des horaires définis, heures "
            "supplémentaires récupérées.",
        ),
        (
            "en",
            "The new hire will be reachable around the clock.",
            "The new hire will be available during defined working hours.",
        ),
        # a rule's own requirement line hung on « de » is taken out, not put in the sentence
        (
            "fr",
            "Nous cherchons un profil de type européen pour ce poste.",
            "Nous cherchons un profil pour ce poste.",
        ),
    ],
)
def test_a_condition_said_of_the_person_is_rewritten_to_fit_its_sentence(lang, text, rewritten):
    assert replace_every_finding(text, lang) == rewritten


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        # the sex named after the hiring verb gives way to a person, the verb kept
        (
            "Nous retiendrons de préférence une candidature masculine pour le quai.",
            "Nous retiendrons de préférence une candidature pour le quai.",
        ),
        (
            "Nous embauchons des femmes pour la cueillette.",
            "Nous embauchons des personnes pour la cueillette.",
        ),
        ("Atelier réservé aux hommes, CDI.", "Atelier réservé à toutes et à tous, CDI."),
        # a one-sex team, or parity as the reason to hire one sex
        (
            "Vous rejoindrez une équipe entièrement féminine dès lundi.",
            "Vous rejoindrez une équipe dès lundi.",
        ),
        # the category's words inside a sentence carry no « (H/F) »
        (
            "Il nous faut encore une fille pour la plonge.",
            "Il nous faut une personne pour la plonge.",
        ),
    ],
)
def test_a_sex_named_in_a_sentence_is_rewritten_in_place(text, rewritten):
    assert replace_every_finding(text, "fr") == rewritten


# --------------------------------------------------------------- castings under R.1142-1
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Rôle masculin : casting réservé aux hommes (art. R.1142-1 du Code du travail)."),
        ("fr", "Mannequins hommes, taille 50, pour la collection de l'hiver."),
        ("fr", "Book et mensurations à envoyer par votre agence."),
        ("en", "Casting for a female role: women only, as R.1142-1 allows."),
    ],
)
def test_a_casting_for_a_role_or_a_model_is_not_flagged(lang, text):
    assert found(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        ("fr", "Vendeuse en boutique : poste réservé aux femmes.", "sex_gender"),
        ("fr", "Hôtesse d'accueil, taille 36 exigée.", "appearance"),
        ("en", "Front desk: women only, please.", "sex_gender"),
        # a casting address in an e-mail is no casting
        (
            "fr",
            "Candidature : CV avec photo en pied à jobs.casting@exemple.fr",
            "appearance",
        ),
    ],
)
def test_the_same_demands_outside_a_casting_stay_flagged(lang, text, category):
    assert category in categories(text, lang), found(text, lang)


# --------------------------------------------------------- lawful neighbours of age, looks
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a body measure is no age
        ("en", "Aircrew medical: BMI under 30 as the regulator sets it."),
        # young graduates welcomed beside experienced people
        ("fr", "Nous accueillons jeunes diplômé·es comme profils confirmés, à tous niveaux."),
        ("en", "Graduates and experienced engineers alike are welcome to apply."),
        # the public served, with its ages
        ("en", "You will coach teenagers aged 13 to 16 on Saturdays."),
        ("fr", "Vous animerez des ateliers pour des enfants âgés de 6 à 11 ans."),
        # the team's ages told as a spread
        ("fr", "Notre équipe de vingt personnes a entre 24 et 63 ans."),
        ("en", "Our team members are between 22 and 60, from six countries."),
        # a photocopy is no photo; a list of things not asked is no request
        ("fr", "Joignez la photocopie de votre diplôme à votre dossier."),
        ("en", "No photo, no age, no home address: we look at skills only."),
        # a native level said not to be required
        ("en", "Native fluency is NOT required; a solid C1 is enough."),
    ],
)
def test_lawful_neighbours_of_age_looks_and_language_are_not_flagged(lang, text):
    assert found(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        ("fr", "Candidats de moins de 30 ans uniquement.", "age"),
        ("en", "Applicants must be under 30.", "age"),
        ("en", "No beards, no tattoos, no piercings.", "appearance"),
        ("fr", "CV avec photo obligatoire.", "appearance"),
        ("en", "Native English speakers only.", "native_language"),
    ],
)
def test_the_demands_beside_those_neighbours_stay_flagged(lang, text, category):
    assert category in categories(text, lang), found(text, lang)


# ---------------------------------------------- offer scope: a fixed term without its length
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a rhythm of work, a start date or a deadline is no length
        ("fr", "Magasinier·ère\nContrat : CDD\nSalaire : 1 950 € brut\nHoraires : 6 jours sur 7"),
        ("fr", "Serveur·se\nCDD\n1 900 € brut, 35 h sur 5 jours\nDébut : mars 2027"),
        ("en", "Cook\nContract: fixed-term\nPay: €2,000 gross, 4 days a week\nStart: June 2027"),
        ("fr", "Agent·e\nType de contrat : CDD\n1 800 € brut\nCandidatures avant le 2 mars 2027"),
        ("fr", "Animateur·rice (club 6-10 ans)\nContrat saisonnier\n1 850 € brut par mois"),
        ("en", "Guide\nType: seasonal contract\nPay: €1,900 gross per month"),
        ("en", "Driver\nContract: fixed-term\nPay: €2,100\nYou bring: 3 years' experience"),
    ],
)
def test_a_fixed_term_with_only_a_rhythm_or_a_start_is_incomplete(lang, text):
    assert "contract_incomplete" in categories(text, lang), found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Saisonnier·ère — CDD 2 mai – 30 septembre — 1 850 € brut"),
        ("en", "Seasonal contract, 1 June – 15 September, €1,900 gross per month"),
        ("fr", "Agence intérim Horizon recrute un·e cariste en CDI, 2 000 € brut."),
        ("fr", "CDD de 6 mois, 35 h, 1 900 € brut. Début : mars 2027."),
    ],
)
def test_a_fixed_term_with_its_dates_or_a_temp_agency_name_is_complete(lang, text):
    assert "contract_incomplete" not in categories(text, lang), found(text, lang)
