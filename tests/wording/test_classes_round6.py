"""Sixth round of classes (issue 21): ways of saying a ground, and lawful neighbours, named
from the misses of an independent set (F) and written from the language. Every sentence is
invented here; none is copied from a set. Each class is a test of its own: the ways of saying
it, then the neighbours that must stay clean."""

import pytest

from employers.wording import check


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.category, f.quote) for f in check(text, lang=lang)]


def categories(text: str, lang: str) -> set[str]:
    return {f.category for f in check(text, lang=lang)}


# ------------------------------------------------- one ground said twice in a clause: one finding
@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        (
            "fr",
            "Culture fit indispensable : ici on recrute des profils qui nous ressemblent.",
            "culture_fit",
        ),
        ("fr", "Profil non syndiqué, sans engagement militant.", "union_political"),
        ("en", "Excellent health required, no history of back problems.", "health_disability"),
    ],
)
def test_one_ground_said_twice_in_one_clause_is_one_finding(lang, text, category):
    quotes = [quote for cat, quote in found(text, lang) if cat == category]
    assert len(quotes) == 1, quotes


def test_one_ground_in_two_sentences_stays_two_findings():
    text = "Culture fit indispensable. Ici on recrute des profils qui nous ressemblent."
    assert [c for c, _ in found(text, "fr")].count("culture_fit") == 2


# ------------------------------------------------- exemptions read where they speak, and only
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a legal minimum age (majority, alcohol, night work) is no age limit
        ("en", "Must be over 18 (alcohol licensing law)."),
        ("fr", "Vous devez avoir plus de 18 ans (vente d'alcool)."),
        # young people or graduates the job serves are not the people hired
        ("en", "You'll coach young people in our youth club."),
        ("en", "Grow our audience among students and recent graduates."),
        # "his" of someone named just before is not the hire
        ("en", "The successful candidate will support the CTO and his team."),
        # a question answered in the next sentence
        ("fr", "Tu as déjà connu une période sans emploi ? Ce n'est pas un problème pour nous."),
        # a demand said not to be made
        ("fr", "Pas besoin d'une grande école : on regarde tes projets."),
        ("fr", "Le casier judiciaire n'est jamais demandé à la candidature."),
        # attractive pay is no appearance
        ("en", "Attractive package with a pension and 30 days off, €45k."),
        ("en", "Attractive salary: €50k–€60k."),
        # a driving job said on the line before the licence
        ("fr", "Chauffeur·se livreur·se (H/F)\nTournées en camion.\nPermis C exigé."),
    ],
)
def test_the_lawful_neighbours_of_this_round_are_not_flagged(lang, text):
    assert found(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        # an age ceiling with its reason in brackets
        ("en", "Applicants must be under 40 (insurance reasons).", "age"),
        # lodging is no adjustment for a disability
        ("en", "Women only: the staff accommodation is a shared flat.", "sex_gender"),
        ("en", "Men only, on-site accommodation is a dorm.", "sex_gender"),
        # a welcome to beginners on the next line does not welcome those a demand turned away
        (
            "fr",
            "Vous résidez obligatoirement dans le 11e arrondissement.\nDébutant·es bienvenu·es.",
            "residence",
        ),
    ],
)
def test_an_exemption_of_another_sentence_or_another_sense_does_not_clear_a_finding(
    lang, text, category
):
    assert category in categories(text, lang), text


def test_a_mother_tongue_named_with_natif_is_a_language_not_an_origin():
    assert categories("Locuteur·rice natif·ve d'allemand uniquement.", "fr") == {"native_language"}


# ------------------------------------------------------------- ways of saying a ground, by class
WAYS = {
    "a ceiling of experience written short": [
        ("fr", "age", "Max 4 ans d'XP, on aime former nos recrues."),
        ("fr", "age", "Pas plus de 2 ans d'exp. sur le poste."),
        ("fr", "age", "2 ans d'XP max."),
        ("en", "age", "No more than 3 yrs of experience, please."),
        ("en", "age", "Max 5 yrs exp."),
        ("en", "age", "2 yrs experience at most."),
    ],
    "a window of graduation years": [
        ("fr", "age", "Diplômé·e entre 2020 et 2023 de préférence."),
        ("fr", "age", "Vous avez été diplômé en 2024 ou 2025."),
        ("en", "age", "Graduated between 2020 and 2023."),
    ],
    "one stage of a career only": [
        ("fr", "age", "Offre réservée aux personnes en début de carrière."),
        ("fr", "age", "Début de carrière exclusivement."),
        ("en", "age", "Early-career applicants only."),
        ("en", "age", "Late-career applicants need not apply."),
    ],
    "someone young, young parents": [
        ("en", "age", "Perfect for someone young and ambitious."),
        ("en", "age", "Young dads need not apply."),
        ("en", "age", "We'd love younger recruits on the night team."),
    ],
    "a sex preferred by a verb or an adverb": [
        ("fr", "sex_gender", "Les hommes sont privilégiés pour les tournées de nuit."),
        ("fr", "sex_gender", "Poste à pourvoir de préférence par un homme."),
        ("fr", "sex_gender", "Une femme serait préférée pour ce poste."),
        ("en", "sex_gender", "Men are favoured for the night rounds."),
    ],
    "a guy wanted": [
        ("en", "sex_gender", "Native Spanish-speaking guy wanted for the Madrid desk."),
        ("en", "sex_gender", "We want a tall, friendly guy for the door."),
        ("en", "sex_gender", "Looking for a strong lad for the warehouse."),
    ],
    "a father or a mother of a family as the profile": [
        ("fr", "sex_gender", "Profil recherché : bon père de famille, posé."),
        ("en", "sex_gender", "Ideal for a family man."),
    ],
    "the reader addressed in one gender, H/F or not": [
        ("fr", "gendered_title", "Vous êtes méticuleux et organisé. Comptable (H/F)"),
        ("fr", "gendered_title", "Tu es curieux, motivé et autonome. Développeur·se (H/F)"),
        ("fr", "gendered_title", "Vous êtes autonome et rigoureux."),
        ("fr", "gendered_title", "Rattaché au DAF, vous gérerez la trésorerie. Comptable (H/F)"),
        (
            "fr",
            "gendered_title",
            "Vous serez l'interlocuteur unique de nos partenaires. Chargé·e de compte (H/F)",
        ),
        ("fr", "gendered_title", "Tu seras le garant de la qualité. Testeur·se (H/F)"),
    ],
    "an inclusive subject, then a participle in one gender": [
        ("fr", "gendered_title", "Le ou la candidat·e retenu·e sera formé par notre équipe."),
        ("fr", "gendered_title", "Le/la stagiaire sera encadré par la cheffe de projet."),
    ],
    "the hire's own things with his or her": [
        ("en", "gendered_title", "The successful candidate brings his own laptop."),
        ("en", "gendered_title", "The new hire will manage his own portfolio of clients."),
    ],
    "the family situation asked": [
        ("fr", "family_pregnancy", "Merci d'indiquer votre situation familiale sur le CV."),
        ("en", "family_pregnancy", "Please state your marital status on the form."),
        ("en", "family_pregnancy", "Include the number of children you have in your CV."),
    ],
    "plans for children asked": [
        ("fr", "family_pregnancy", "Question en entretien : prévoyez-vous d'avoir des enfants ?"),
    ],
    "no dependants sought": [
        ("fr", "family_pregnancy", "Idéal pour une personne sans charges de famille."),
    ],
    "customers' taste or a valid permit refused outweighs a job reason": [
        ("en", "origin_nationality", "Asian candidates preferred to match our client base."),
        (
            "en",
            "origin_nationality",
            "UK passport holders only: a visa or work permit is not enough.",
        ),
    ],
    "dual nationals refused, nationality asked": [
        ("en", "origin_nationality", "No dual nationals."),
        ("en", "origin_nationality", "Dual citizens need not apply."),
        ("fr", "origin_nationality", "Indiquez votre nationalité et celle de vos parents."),
    ],
    "a postcode or a bank account as a condition": [
        ("fr", "residence", "Code postal 75011 à 75020 de préférence."),
        ("en", "residence", "Postcode starting with LS1 only."),
        ("en", "residence", "Zip code 10001 or 10002 required."),
        ("en", "residence", "A UK bank account is required to apply."),
        ("en", "residence", "You must hold an Irish bank account to be considered."),
    ],
    "a practice said incompatible, faith asked": [
        ("fr", "religion", "Le jeûne du ramadan n'est pas compatible avec nos horaires."),
        ("en", "religion", "Prayer breaks are not compatible with the shift pattern."),
        ("en", "religion", "Please tell us about your faith in your cover letter."),
    ],
    "a mandate, a leaning, a strike, a union pledge": [
        ("fr", "union_political", "Un mandat municipal en cours est incompatible avec ce poste."),
        ("fr", "union_political", "Les élus ayant un mandat régional ne seront pas retenus."),
        ("fr", "union_political", "Indiquez si vous avez déjà participé à une grève."),
        ("en", "union_political", "Have you ever been on strike? Tell us in your application."),
        ("fr", "union_political", "Aucun·e lanceur·se d'alerte dans nos équipes."),
        ("en", "union_political", "New staff agree not to join a union."),
        ("en", "union_political", "You will sign a no-union agreement on day one."),
    ],
    "never out of work, gaps rejected, returners turned away": [
        ("fr", "career_gap", "Vous n'avez jamais interrompu votre carrière."),
        ("fr", "career_gap", "Vous n'avez jamais quitté le monde du travail."),
        ("en", "career_gap", "You have never been out of work."),
        ("en", "career_gap", "Gaps in employment = automatic rejection."),
        ("fr", "career_gap", "Pas de profils en reprise d'activité après une longue coupure."),
        ("en", "career_gap", "No one returning from a long career break, please."),
    ],
    "drinking companions, non-drinkers left out, a compulsory party": [
        ("en", "culture_fit", "We only hire people we'd happily grab a pint with."),
        ("fr", "culture_fit", "On recrute des gens avec qui on a envie de boire une bière."),
    ],
    "a degree without exception": [
        ("fr", "diploma_rigid", "Sans Master = pas d'entretien."),
        ("en", "diploma_rigid", "No degree = no interview."),
        ("en", "diploma_rigid", "A bachelor's degree is a hard requirement for this role."),
        ("fr", "diploma_rigid", "Le Master est une condition sine qua non."),
    ],
    "a car asked for a remote job, said short": [
        ("fr", "driving_licence", "100 % télétravail, voiture perso obligatoire."),
    ],
    "validation of experience refused in a sentence": [
        ("fr", "diploma_rigid", "Licence exigée ; la VAE ne sera pas prise en compte."),
        ("fr", "diploma_rigid", "La VAE n'est pas acceptée pour ce poste."),
    ],
    "no right to disconnect, long weeks, any hour": [
        ("fr", "excessive_availability", "Le droit à la déconnexion ? Pas chez nous."),
        ("en", "excessive_availability", "Right to disconnect? Not here."),
        ("en", "excessive_availability", "Replies within 5 minutes, any time of day or night."),
        ("en", "excessive_availability", "Weekend work is part of the deal."),
        ("fr", "excessive_availability", "Les nuits blanches font partie du job."),
    ],
    "coded words": [
        ("en", "gender_coded", "We want a 10x engineer who thrives under pressure."),
        ("en", "gender_coded", "A sales beast who never gives up."),
        ("fr", "gender_coded", "Une vraie machine de guerre commerciale."),
    ],
    "eyesight, a mental-health history, a medical file": [
        ("fr", "health_disability", "Vue parfaite exigée, sans lunettes."),
        ("en", "health_disability", "Perfect eyesight without glasses required for this desk job."),
        ("fr", "health_disability", "Aucun burn-out dans les 3 dernières années."),
    ],
    "a preparatory class or a famous school as the filter": [
        ("fr", "school_prestige", "Pas de prépa ? Passe ton chemin."),
        ("fr", "school_prestige", "Passage par une prépa indispensable."),
    ],
    "looks as the profile": [
        ("fr", "appearance", "On aime les gens beaux et stylés."),
        ("fr", "appearance", "Recherche vendeuse jeune et jolie."),
    ],
}


@pytest.mark.parametrize(
    ("lang", "category", "text"),
    [
        pytest.param(*case, id=f"{name}: {case[2][:40]}")
        for name, cases in WAYS.items()
        for case in cases
    ],
)
def test_each_way_of_saying_the_ground_is_found(lang, category, text):
    assert category in categories(text, lang), (text, found(text, lang))


NEIGHBOURS = {
    "a floor of experience, a team size": [
        ("fr", "Minimum 3 ans d'XP sur React."),
        ("fr", "Max 5 personnes par équipe."),
        ("en", "At least 4 yrs of experience with Go."),
        ("en", "Max 3 days in the office per week."),
    ],
    "a founder's graduation, a welcome at every stage": [
        ("fr", "Nos fondateurs, diplômés en 2009, ont créé la société."),
        (
            "fr",
            "Vous êtes en début de carrière ? Nous vous formons, comme les profils expérimentés.",
        ),
        ("en", "We welcome applicants at every stage of their career."),
        ("en", "We build an app for young people aged 15 to 25."),
    ],
    "the sexes named for parity, facilities or in passing": [
        ("en", "Our guys in the warehouse will train you."),
        ("fr", "Nous encourageons les femmes à postuler pour renforcer la parité."),
        ("fr", "Vestiaires hommes et femmes séparés."),
        ("en", "Reasonable accommodations are available for disabled applicants."),
        ("fr", "Vous gérez le budget en bon père de famille."),
    ],
    "the reader in inclusive writing": [
        ("fr", "Vous êtes rigoureux·se et organisé·e."),
        ("fr", "Vous êtes dans un environnement organisé et calme."),
        ("fr", "Rattaché·e au DAF, vous gérerez la trésorerie."),
        ("fr", "Vous serez l'interlocuteur·rice privilégié·e de nos partenaires."),
        ("fr", "Tu seras notre responsable qualité (H/F)."),
        ("fr", "Le ou la candidat·e retenu·e sera accompagné·e par un tuteur."),
        ("en", "The new hire will manage his or her own portfolio."),
    ],
    "family benefits, a language for clients, the right to work": [
        (
            "fr",
            "Nos salarié·es qui envisagent d'avoir des enfants bénéficient d'un congé "
            "parental rémunéré.",
        ),
        ("fr", "Mutuelle famille sans surcoût pour les personnes à charge."),
        ("en", "Mandarin speakers wanted to support our clients in Shanghai."),
        ("en", "Right to work in the UK required; we sponsor work permits."),
        ("fr", "Précisez si vous disposez d'une autorisation de travail en France."),
    ],
    "the workplace address, a salary account": [
        ("fr", "Adresse : 12 rue Garibaldi, 69003 Lyon (métro Saxe-Gambetta)."),
        ("en", "Your salary is paid into the bank account of your choice."),
    ],
    "a practice made room for, opinions welcome, strikes of transport, unions free": [
        ("fr", "Les temps de prière sont possibles sur la pause déjeuner."),
        ("en", "Tell us about your favourite project."),
        ("fr", "L'association est ouverte à toutes les sensibilités politiques."),
        ("fr", "En cas de grève des transports, télétravail possible."),
        ("en", "Staff are free to join a union; elected reps meet monthly."),
    ],
    "gaps welcome, drinks optional, parties not the job": [
        ("en", "A gap in your CV? Not an issue for us."),
        ("fr", "Venez boire un café avec l'équipe lors de notre journée portes ouvertes."),
        ("en", "Non-drinkers welcome: soft drinks at every event."),
        ("fr", "Afterworks facultatifs, avec boissons sans alcool."),
        ("fr", "Équipe soudée, mais pas d'afterwork obligatoire : on déjeune ensemble."),
        ("en", "Mandatory safety training first, then a welcome party in your first week."),
    ],
    "prépa not needed, disconnection respected, lawful hours": [
        ("fr", "Pas besoin d'avoir fait prépa : on regarde tes projets."),
        ("fr", "Nous respectons le droit à la déconnexion : aucun mail après 19 h."),
        ("fr", "Temps plein, 39 h par semaine."),
        ("en", "Night shifts are part of the rota and paid at time and a half."),
        ("en", "We cut latency by 10x last year."),
    ],
    "safety glasses, prevention, the occupational doctor, pretty shops": [
        ("fr", "Lunettes de protection fournies."),
        ("fr", "Nous prévenons le burn-out : droit à la déconnexion et charge suivie."),
        ("en", "Mental health days are part of our benefits."),
        ("fr", "Visite médicale d'embauche auprès de la médecine du travail."),
        ("fr", "Nous créons de beaux produits pour une jolie boutique."),
    ],
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(*case, id=f"{name}: {case[1][:40]}")
        for name, cases in NEIGHBOURS.items()
        for case in cases
    ],
)
def test_the_lawful_neighbours_of_each_class_are_not_flagged(lang, text):
    assert found(text, lang) == [], text


def test_the_reader_addressed_in_the_masculine_is_rewritten_in_inclusive_writing():
    text = "Vous êtes rigoureux, organisé et curieux."
    [finding] = check(text, lang="fr")
    assert finding.category == "gendered_title"
    assert finding.suggestion == "Vous êtes rigoureux·se, organisé·e et curieux·se"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Degree from a top 10 business school required."),
        ("en", "Russell Group degree essential."),
        ("fr", "Master d'une grande école exigé."),
    ],
)
def test_a_degree_asked_from_a_ranked_school_is_a_prestige_demand_only(lang, text):
    assert categories(text, lang) == {"school_prestige"}, found(text, lang)


def test_a_ranked_school_and_no_equivalent_are_both_said():
    text = "Degree from a top 10 university required, no equivalent experience accepted."
    assert categories(text, "en") == {"school_prestige", "diploma_rigid"}


def test_a_locker_room_atmosphere_is_the_team_s_culture_not_a_sex_required():
    assert categories("Ambiance vestiaire assumée dans l'équipe.", "fr") == {"culture_fit"}
