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


# ----------------------------------------------------- the reader addressed in one sex or gender
@pytest.mark.parametrize(
    ("lang", "text", "category", "quote"),
    [
        # addressed as a man or a woman, or asked which
        (
            "fr",
            "Vous êtes un homme organisé ? Rejoignez l'atelier.",
            "sex_gender",
            "Vous êtes un homme",
        ),
        (
            "fr",
            "Formulaire : êtes-vous une femme ou un homme ?",
            "sex_gender",
            "êtes-vous une femme ou un homme ?",
        ),
        ("en", "Step one: are you male or female?", "sex_gender", "are you male or female?"),
        # addressed in the feminine, or asked in one gender
        (
            "fr",
            "Vous êtes patiente, rigoureuse et curieuse.",
            "gendered_title",
            "Vous êtes patiente, rigoureuse et curieuse",
        ),
        (
            "fr",
            "Êtes-vous motivé pour une saison au grand air ?",
            "gendered_title",
            "Êtes-vous motivé",
        ),
        # the hire named in the feminine, or in the masculine after a comma or beside « H/F »
        (
            "fr",
            "Après deux semaines, la candidate sélectionnée prendra son poste.",
            "gendered_title",
            "la candidate sélectionnée",
        ),
        (
            "fr",
            "Magasinier (H/F). Dès son arrivée, le candidat sera formé au cariste.",
            "gendered_title",
            "le candidat",
        ),
    ],
)
def test_the_reader_or_the_hire_in_one_sex_or_gender_is_flagged(lang, text, category, quote):
    assert (category, quote) in found(text, lang), found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Vous êtes souriant·e et organisé·e, le poste est pour vous."),
        ("fr", "Le candidat ou la candidate retenu·e sera formé·e sur place."),
        ("fr", "Êtes-vous prêt·e à relever le défi ?"),
        ("en", "Are you ready for a season outdoors?"),
        ("fr", "Vous êtes disponible et autonome."),
    ],
)
def test_the_reader_addressed_in_inclusive_or_neutral_words_is_not_flagged(lang, text):
    assert "gendered_title" not in categories(text, lang) and "sex_gender" not in categories(
        text, lang
    ), found(text, lang)


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        (
            "Vous êtes une femme dynamique ? Écrivez-nous.",
            "Vous êtes une personne dynamique ? Écrivez-nous.",
        ),
        ("Vous êtes souriante et précise.", "Vous êtes souriant·e et précis·e."),
    ],
)
def test_the_reader_in_one_sex_or_gender_is_rewritten_in_place(text, rewritten):
    assert replace_every_finding(text, "fr") == rewritten


# ---------------------------------------------------------------- a sex said without naming
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Soyons honnêtes : pas vraiment un boulot de filles."),
        ("fr", "Manutention lourde, profil de préférence masculin."),
        ("en", "Honestly, not really a role for a woman."),
        ("en", "For the bar we would prefer to hire a guy."),
        ("en", "At the moment we only hire M on the night shift."),
    ],
)
def test_a_sex_preferred_or_a_job_said_not_for_one_sex_is_flagged(lang, text):
    assert "sex_gender" in categories(text, lang), found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Ce n'est pas un métier d'hommes ou de femmes : c'est un métier de passion, "
            "ouvert à tous.",
        ),
        ("en", "We only hire on merit, whoever you are."),
        ("en", "Male or female role models are welcome at our mentoring evenings for all staff."),
    ],
)
def test_words_of_sex_without_a_preference_are_not_flagged(lang, text):
    assert "sex_gender" not in categories(text, lang), found(text, lang)


# ------------------------------------------------------------------------- numbers in words
@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        ("fr", "Idéalement entre vingt et trente-cinq ans.", "age"),
        ("en", "Quick check: are you between 20 and 28 years old?", "age"),
        (
            "fr",
            "Prévoir des semaines de soixante heures en haute saison.",
            "excessive_availability",
        ),
        (
            "fr",
            "Cinquante-huit heures par semaine pendant les vendanges.",
            "excessive_availability",
        ),
        ("en", "Expect seventy-hour weeks before launch.", "excessive_availability"),
    ],
)
def test_an_age_bracket_or_weekly_hours_in_words_are_flagged(lang, text, category):
    assert category in categories(text, lang), found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Une équipe de vingt à trente ans d'expérience cumulée."),
        ("fr", "Ateliers pour enfants de seize à dix-sept ans."),
        ("fr", "Trente-cinq heures par semaine, du lundi au vendredi."),
        ("en", "Thirty-five hours a week, Monday to Friday."),
        ("en", "Are you between 20 and 30 hours a week available?"),
    ],
)
def test_experience_a_public_or_ordinary_hours_in_words_are_not_flagged(lang, text):
    assert found(text, lang) == [], text


# ------------------------------------------------------------------------------ availability
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les heures supplémentaires ne sont pas comptées : heures sup jamais décomptées."),
        ("fr", "Soirs et dimanches selon l'activité, sans prévenance."),
        ("fr", "Ici, oubliez l'équilibre vie pro / vie perso."),
        ("en", "Evenings and Sundays as the shop needs, at zero notice."),
        ("en", "Let's be clear: there is no such thing as work-life balance in a start-up."),
    ],
)
def test_uncounted_overtime_no_notice_or_no_balance_is_flagged(lang, text):
    assert "excessive_availability" in categories(text, lang), found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Heures supplémentaires comptées et majorées de 25 %."),
        ("fr", "Travail le dimanche planifié un mois à l'avance, majoré de 50 %."),
        ("en", "Weekend shifts are planned four weeks ahead and paid at 150 %."),
        ("en", "We care about work-life balance: no emails after 7 pm."),
    ],
)
def test_counted_overtime_planned_weekends_or_a_balance_offered_are_not_flagged(lang, text):
    assert "excessive_availability" not in categories(text, lang), found(text, lang)


# -------------------------------------------------------------------------------- residence
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Vous habitez en ville, pas dans les cités."),
        ("fr", "Habitants de Val-Fleuri non prioritaires."),
        ("fr", "Il faut vivre dans la commune depuis plus de deux ans."),
        ("en", "You ideally live in a respectable area of town."),
        ("en", "Residents of the northern suburbs only."),
        ("en", "We avoid people who live on some housing estates nearby."),
    ],
)
def test_neighbourhoods_or_years_of_residence_as_a_condition_are_flagged(lang, text):
    assert "residence" in categories(text, lang), found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Bureaux au cœur du quartier d'affaires, accès tram."),
        (
            "fr",
            "Poste ouvert en priorité aux résidents des quartiers prioritaires (emplois francs).",
        ),
        ("fr", "Notre entreprise vit dans la vallée depuis trente ans."),
        ("en", "Our office is in a nice neighbourhood near the river."),
    ],
)
def test_a_place_of_work_or_a_hiring_aid_is_no_residence_condition(lang, text):
    assert "residence" not in categories(text, lang), found(text, lang)


# ---------------------------------------------------------------------------------- politics
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Dernière question : pour qui votez-vous ?"),
        ("fr", "Dites-nous quel parti vous soutenez."),
        (
            "fr",
            "Les personnes ayant milité pour une association écologiste ne seront pas retenues.",
        ),
        ("en", "Preference for applicants without union involvement."),
        ("en", "Conservative candidates only, please."),
        ("en", "Sitting city councillors: this job is not for you."),
    ],
)
def test_a_party_asked_or_a_militancy_or_an_office_held_against_someone_is_flagged(lang, text):
    assert "union_political" in categories(text, lang), found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Vous avez milité dans une association ? Parlez-nous de ce que vous y avez appris."),
        ("en", "You will brief the city councillors on the budget each month."),
        ("en", "Our staff union and management signed the remote-work agreement."),
    ],
)
def test_militancy_or_office_mentioned_without_a_condition_is_not_flagged(lang, text):
    assert "union_political" not in categories(text, lang), found(text, lang)


# ------------------------------------------------------------------------------- vague pay
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Adjoint·e administratif·ve\nRémunération : statutaire\nCDI, 35 h"),
        ("fr", "Commercial·e\nSalaire : à la hauteur de vos ambitions\nCDI, 35 h"),
        ("en", "Officer\nPay: according to the statutory conditions\nPermanent, 35h"),
    ],
)
def test_pay_left_to_the_statute_or_to_ambitions_is_missing(lang, text):
    assert "salary_missing" in categories(text, lang), found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Adjoint·e\nRémunération : statutaire + RIFSEEP, grille C1, soit 1 900 € brut\n"
            "CDI, 35 h",
        ),
        (
            "en",
            "Apprentice\nPay according to the statutory scale for apprentices\n"
            "Apprenticeship, 24 months",
        ),
    ],
)
def test_pay_on_a_named_grid_or_scale_is_not_missing(lang, text):
    assert "salary_missing" not in categories(text, lang), found(text, lang)


# ------------------------------------------------- a removal that would leave an empty clause
@pytest.mark.parametrize(
    ("lang", "text", "rewritten"),
    [
        # the clause goes with the words it only held, from its comma or as a whole sentence
        (
            "fr",
            "Logement possible sur place, pas de candidats des cités.",
            "Logement possible sur place.",
        ),
        (
            "fr",
            "CDI à Brest. Habitants de Kerlan non prioritaires. Salaire 2 100 €.",
            "CDI à Brest. Salaire 2 100 €.",
        ),
        (
            "en",
            "Full-time role. Ideally living in a decent area. Apply by email.",
            "Full-time role. Apply by email.",
        ),
        ("en", "Are you between 19 and 27? Send us your CV.", "Send us your CV."),
        # a removal at the end of a sentence takes the space before it
        (
            "fr",
            "Nous écartons les personnes ayant milité au sein d'un collectif.",
            "Nous écartons les personnes.",
        ),
    ],
)
def test_a_removal_takes_the_clause_it_empties_with_it(lang, text, rewritten):
    assert replace_every_finding(text, lang) == rewritten


# ------------------------------------------------- health, gaps and origin asked or turned away
@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        (
            "fr",
            "Merci de joindre le questionnaire de santé complété au dossier.",
            "health_disability",
        ),
        ("fr", "Un dépistage génétique fait partie du processus.", "health_disability"),
        ("fr", "Il faut une santé de fer pour tenir le rythme.", "health_disability"),
        (
            "en",
            "Please complete the medical questionnaire before the first call.",
            "health_disability",
        ),
        ("en", "Are you on any medication? Say so in the form.", "health_disability"),
        ("fr", "Les interruptions inexpliquées sont rédhibitoires.", "career_gap"),
        ("en", "People who had a career break are filtered out.", "career_gap"),
        ("en", "You must have no gap in your employment since 2015.", "career_gap"),
        ("fr", "Indiquez votre pays de naissance.", "origin_nationality"),
        ("fr", "Idéalement avec un patronyme bien français.", "origin_nationality"),
        ("fr", "Les demandeurs d'asile ne seront pas retenus.", "origin_nationality"),
        ("en", "Applicants born abroad will not be considered.", "origin_nationality"),
        ("en", "No refugees for this post.", "origin_nationality"),
    ],
)
def test_health_gaps_and_origin_asked_or_turned_away_are_flagged(lang, text, category):
    assert category in categories(text, lang), found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Visite d'information auprès de la médecine du travail à l'embauche."),
        ("en", "Fitness for the role assessed by the occupational physician after the offer."),
        ("en", "Returners after a career break are warmly welcome."),
        ("en", "Refugees and asylum seekers with a work permit are welcome to apply."),
        ("fr", "Les personnes réfugiées sont les bienvenues, nous accompagnons les démarches."),
        ("fr", "Nous ne demandons jamais le pays de naissance."),
    ],
)
def test_the_occupational_check_or_a_welcome_is_not_flagged(lang, text):
    assert found(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "text", "rewritten"),
    [
        # a removed subject takes its sentence; a sentence left on « who » goes whole
        ("fr", "Questionnaire de santé à joindre. Poste en CDI.", "Poste en CDI."),
        (
            "en",
            "CDI in Lyon. We filter out anyone who had a career break. Apply now.",
            "CDI in Lyon. Apply now.",
        ),
    ],
)
def test_a_removed_subject_or_a_hanging_sentence_goes_whole(lang, text, rewritten):
    assert replace_every_finding(text, lang) == rewritten


# --------------------------------------------------------- an English doublet with a slash
@pytest.mark.parametrize(
    "text",
    ["Steward/stewardess for our river cruises.", "Chef de rang: waitress / waiter, 39h."],
)
def test_a_doublet_with_a_slash_names_both_and_is_not_flagged(text):
    assert "gendered_title" not in categories(text, "en"), found(text, "en")


@pytest.mark.parametrize(
    "text", ["We need a stewardess for our river cruises.", "Hiring a waitress, 39h."]
)
def test_the_gendered_word_alone_stays_flagged(text):
    assert "gendered_title" in categories(text, "en"), found(text, "en")
