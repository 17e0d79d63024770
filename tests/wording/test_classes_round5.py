"""Fifth round of classes (issue 21): ways of saying a ground named from the misses of an
independent set, each example invented here from the language (none is copied from the set);
the negatives are the lawful neighbours of each class."""

import pytest

from employers.wording import check

POSITIVE = [
    # religion: a practice refused at work
    ("fr", "religion", "Les pauses pour la prière ne sont pas acceptées en boutique."),
    ("fr", "religion", "Présence exigée le vendredi soir, aucune dérogation pour le sabbat."),
    ("fr", "religion", "Port du voile refusé à l'accueil de l'agence immobilière."),
    ("en", "religion", "Candidates must not need time off for religious holidays."),
    ("en", "religion", "Headscarves not permitted in our showroom."),
    # union and politics: a mandate, a union or whistle-blowing, then refused
    ("fr", "union_political", "Les conseillers municipaux ne seront pas retenus."),
    (
        "fr",
        "union_political",
        "Adhérents de la CFDT : merci de vous abstenir, membres de la CGT aussi exclus.",
    ),
    ("fr", "union_political", "Un passé de lanceur d'alerte serait incompatible avec le poste."),
    ("en", "union_political", "Union reps need not apply for this warehouse role."),
    ("en", "union_political", "Whistleblowers will not be considered."),
    # personal data: pay history or a credit score
    ("fr", "personal_data", "Quel est votre salaire actuel brut ?"),
    ("en", "personal_data", "What was your previous salary at your last employer?"),
    ("en", "personal_data", "A credit check is part of the application."),
    # availability: never off, any hour, unpaid overtime
    ("fr", "excessive_availability", "Vous répondez aux appels clients à toute heure."),
    ("fr", "excessive_availability", "Disponible nuits et jours fériés sans préavis."),
    ("en", "excessive_availability", "In this job you never really switch off."),
    ("en", "excessive_availability", "Long evenings expected, unpaid overtime is normal here."),
    # career gap: an unbroken career
    ("fr", "career_gap", "Expérience professionnelle continue depuis le diplôme exigée."),
    ("fr", "career_gap", "Nous retenons les CV sans trous dans le parcours."),
    # sex: a gender identity refused, a presentation required
    ("fr", "sex_gender", "Pas de candidat·es transgenres pour ce poste d'hôte·sse."),
    ("en", "sex_gender", "Staff presenting as female wear the skirt uniform."),
    # family: the children's age, a job for no parents
    ("fr", "family_pregnancy", "Vos enfants sont autonomes ? Alors ce poste est pour vous."),
    ("fr", "family_pregnancy", "Les horaires sont mal adaptés aux mamans de jeunes enfants."),
    # origin without a statute: dual nationals, citizens only, valid permits refused
    ("fr", "origin_nationality", "Les binationales ne seront pas prioritaires."),
    ("fr", "origin_nationality", "Poste réservé : citoyens de l'Union exclusivement."),
    ("fr", "origin_nationality", "Aucun titre de séjour, même valide, ne sera accepté."),
    ("en", "origin_nationality", "The successful applicant must be a Spanish citizen."),
    ("en", "origin_nationality", "Ideally brought up in Ireland only, for our pub clients."),
    # the hire in the masculine, by a job noun or a future role
    ("fr", "gendered_title", "Le technicien pilotera les chantiers de la région."),
    ("fr", "gendered_title", "Tu seras notre interlocuteur privilégié auprès des clients."),
    # health, appearance, diploma, age, culture, coded words
    ("fr", "health_disability", "Précisez votre groupe sanguin dans le formulaire."),
    ("en", "health_disability", "State your blood type on the form."),
    ("fr", "appearance", "Taille : au moins 1m80 pour l'accueil."),
    ("fr", "appearance", "Un selfie récent est à joindre au CV."),
    ("fr", "diploma_rigid", "Master exigé : l'expérience ne compense pas le diplôme."),
    ("en", "diploma_rigid", "MBA holders only."),
    ("en", "diploma_rigid", "Relevant experience will not be considered in lieu of a degree."),
    ("fr", "age", "Vous êtes proche de la retraite ? Ce poste n'est pas pour vous."),
    ("fr", "culture_fit", "Ici il faut aimer les apéros du jeudi soir."),
    ("en", "culture_fit", "We work hard, play hard and never say no to a pint."),
    ("en", "gender_coded", "A dominant character who loves to win."),
]


@pytest.mark.parametrize("lang, category, text", POSITIVE)
def test_each_way_of_saying_the_ground_is_found(lang, category, text):
    assert category in {f.category for f in check(text, lang=lang)}, text


NEGATIVE = [
    ("fr", "Un espace calme est disponible pour la prière ou la méditation, sur demande."),
    ("fr", "Les aménagements d'horaires pendant le ramadan sont possibles."),
    ("en", "We accommodate prayer breaks on request."),
    ("fr", "Vos missions : établir les bulletins de paie de 40 salarié·es."),
    ("fr", "Nous ne demandons jamais votre salaire actuel : la fourchette est affichée."),
    ("en", "We never ask for your salary history."),
    ("fr", "Une équipe jeune d'esprit et de tous âges, de 22 à 63 ans."),
    ("en", "A friendly team aged 21 to 64, from six countries."),
    ("fr", "Salaire selon le barème de l'apprentissage (moins de 18 ans : 27 % du SMIC)."),
    ("fr", "Le vendredi, nous jeûnons de réunions : pas de réunion ce jour-là."),
    ("fr", "Titre de séjour autorisant à travailler en France exigé."),
    ("en", "Applicants from outside the UK need a visa we can sponsor."),
    ("en", "Must be a British citizen: the role requires security clearance."),
    ("fr", "La technicienne ou le technicien pilotera les chantiers (H/F)."),
]


@pytest.mark.parametrize("lang, text", NEGATIVE)
def test_the_lawful_neighbours_are_not_flagged(lang, text):
    assert check(text, lang=lang) == [], text
