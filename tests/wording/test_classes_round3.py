"""Third round of classes (issue 21): the grounds with the lowest recall on independent text,
each said in ways the earlier rounds did not cover. Every example is invented for these tests;
the negatives are the lawful neighbours of each class."""

import pytest

from employers.wording import check

POSITIVE = [
    # sex: a letter or slang, a mother or a young woman sought, a gender identity required
    ("fr", "sex_gender", "Préparateur de commandes : on recrute F uniquement pour ce quai."),
    # (a locker-room atmosphere is the team's culture, not a sex required: round 6)
    ("fr", "culture_fit", "Ici c'est une ambiance de vestiaire, faut aimer ça."),
    ("fr", "sex_gender", "Idéal pour une jeune maman qui veut reprendre une activité."),
    ("en", "sex_gender", "Our night shift is a crew of three lads from the valley."),
    ("en", "sex_gender", "We need a tough woman to run the front desk."),
    ("en", "sex_gender", "Applicants must identify as female for this post."),
    # culture fit: drinking, partying, nights out, compulsory evening or weekend events
    ("fr", "culture_fit", "Tu kiffes faire la fête après le boulot ? Tu es des nôtres."),
    ("fr", "culture_fit", "Ici, seuls les plus endurants tiennent plus de six mois."),
    ("fr", "culture_fit", "Participation obligatoire aux week-ends de cohésion en Normandie."),
    ("en", "culture_fit", "Friday drinking games keep the sales floor buzzing."),
    ("en", "culture_fit", "Team nights out are mandatory for everyone in sales."),
    ("en", "culture_fit", "A real frat culture: loud, fun, competitive."),
    # health: a medical history, sick leave or an illness excluded
    ("fr", "health_disability", "Vous n'avez jamais eu d'arrêt maladie de longue durée."),
    ("fr", "health_disability", "Candidat·e sans antécédents médicaux uniquement."),
    ("en", "health_disability", "Sorry, no history of anxiety or depression for this role."),
    ("en", "health_disability", "You must never have taken sick days in your last job."),
    # origin: born somewhere, roots, foreign applicants refused, skin colour, passport
    ("fr", "origin_nationality", "Profils étrangers non retenus pour ce poste de vendeur."),
    ("fr", "origin_nationality", "Vous êtes originaire de la région, c'est un vrai plus."),
    ("en", "origin_nationality", "Ideally born in Scotland, as our customers expect it."),
    ("en", "origin_nationality", "Applicants must hold a British passport."),
    ("en", "origin_nationality", "We prefer Romanian or Bulgarian workers for the harvest."),
    # residence: an area lived in, owning one's home, a local bank account
    ("fr", "residence", "Profils de banlieue : merci de passer votre chemin."),
    ("fr", "residence", "Être propriétaire de votre logement est un gage de sérieux."),
    ("en", "residence", "You must reside in Westminster to be considered."),
    ("en", "residence", "Candidates should already own a property nearby."),
    # diploma: no equivalence, no VAE, no career changers, a degree or nothing
    ("fr", "diploma_rigid", "Master en contrôle de gestion exigé, aucune équivalence acceptée."),
    ("fr", "diploma_rigid", "Diplôme d'école de commerce ou rien."),
    ("en", "diploma_rigid", "A chemistry degree, no foreign equivalents."),
    ("en", "diploma_rigid", "Degree or nothing: this is a graduate scheme."),
    # career gap: gaps to explain or have none of, breaks refused
    ("fr", "career_gap", "Aucune interruption de carrière dans les dix dernières années."),
    ("en", "career_gap", "Please explain any gaps in your employment history."),
    ("en", "career_gap", "A degree and no gaps in your CV are expected."),
    # driving: one's own car asked with the licence without a job reason
    ("en", "driving_licence", "Office admin: driving licence and own car required."),
    ("fr", "driving_licence", "Assistant·e comptable : véhicule personnel exigé."),
    # age: a ceiling of experience, a graduation year or a recent graduation, the end of a
    # career or a return to studies turned away, youth listed with the hire's qualities
    ("fr", "age", "Vous avez 2 à 4 ans d'expérience, pas plus."),
    ("en", "age", "Ideally 3-6 years of experience (no more), to grow with the team."),
    ("fr", "age", "Diplômé·e depuis moins de trois ans exclusivement."),
    ("fr", "age", "Promo 2024 uniquement pour ce programme."),
    ("en", "age", "Class of 2025 only, please."),
    ("en", "age", "You graduated within the last two years."),
    ("fr", "age", "Les personnes proches de la retraite ne seront pas retenues."),
    ("en", "age", "We are hiring a young and ambitious growth marketer."),
    ("en", "age", "Not a role for people nearing retirement."),
    # schools, faith, opinions, family, availability, data
    ("fr", "school_prestige", "Profil : HEC, ESSEC ou Dauphine, rien d'autre."),
    ("fr", "school_prestige", "École d'ingénieurs du top 10 exclusivement."),
    ("en", "school_prestige", "Oxford or Cambridge graduates will be shortlisted first."),
    ("fr", "religion", "Les pratiquant·es ne sont pas compatibles avec nos horaires."),
    ("en", "religion", "Devout Christians preferred for this front-desk role."),
    ("en", "religion", "Weekly church attendance is part of team life."),
    ("fr", "union_political", "Sympathisants de droite : inutile de postuler."),
    ("en", "union_political", "Ideal hire shares our progressive values at the ballot box."),
    ("en", "family_pregnancy", "The team is mostly child-free, which suits the travel."),
    ("en", "excessive_availability", "We expect replies even during your holidays."),
    ("fr", "excessive_availability", "Joignable jour et nuit par la direction."),
    ("en", "personal_data", "Tell us your previous salary at each employer."),
    ("en", "personal_data", "Please send your Facebook password with the form."),
]


@pytest.mark.parametrize(("lang", "category", "text"), POSITIVE)
def test_each_way_of_saying_the_ground_is_found(lang, category, text):
    assert category in {f.category for f in check(text, lang=lang)}, text


NEGATIVE = [
    ("fr", "Jeune entreprise, nous recrutons notre premier·ère comptable H/F."),
    ("fr", "Crèche d'entreprise pour les jeunes mamans et papas de l'équipe."),
    ("en", "Hey guys, here is our new opening for a Data Analyst."),
    ("fr", "Petits-déjeuners d'équipe le jeudi, participation libre aux week-ends de cohésion."),
    ("en", "Team socials are optional and always during working hours."),
    ("fr", "Aptitude vérifiée par la médecine du travail lors de la visite d'embauche."),
    ("en", "We make reasonable adjustments for any health condition."),
    ("en", "Candidates must be British nationals: the role needs security clearance."),
    ("en", "Portuguese-speaking candidates preferred, for our clients in Brazil."),
    ("en", "Our company was born in Lyon in 2012."),
    ("fr", "Poste basé à Bobigny, accessible en tramway."),
    ("en", "The job is based in Leeds; we do not ask where you live."),
    ("fr", "Diplôme d'État infirmier obligatoire, pas d'équivalence : profession réglementée."),
    ("en", "Career changers and returners welcome, gaps in your CV are fine."),
    ("fr", "Parcours atypiques et interruptions de carrière bienvenus."),
    ("fr", "Permis B et véhicule personnel exigés : tournées chez les clients du secteur."),
    ("en", "Field sales rep: driving licence and own car, mileage paid."),
    # precision: a driving job, a licence not needed, a welcome, data not asked, things (not
    # people) always available, unions as the job's counterparts
    ("fr", "Chauffeur·se de car scolaire H/F : permis D exigé."),
    ("fr", "Moniteur·rice d'auto-école : permis B depuis 3 ans, exigé par la réglementation."),
    ("en", "Deliveries by cargo bike, so no driving licence needed."),
    ("fr", "Les retours après un congé parental sont les bienvenus chez nous."),
    ("fr", "Aucune photo ni date de naissance n'est exigée dans votre dossier."),
    ("en", "Snacks and fresh fruit are always available in the kitchen."),
    ("fr", "Vous serez l'interlocuteur·rice des organisations syndicales pour les NAO."),
    ("en", "You will work closely with trade unions during the annual pay round."),
    ("fr", "Au moins 5 à 8 ans d'expérience en audit."),
    ("en", "Young and growing company hiring its first Ops Manager."),
    ("fr", "Préparation à la retraite : nous accompagnons nos salarié·es en fin de carrière."),
    ("en", "Contributions to your retirement plan are matched at 5%."),
    ("fr", "Nous intervenons dans des forums à HEC, ESSEC et Dauphine chaque année."),
    ("en", "Tell us your salary expectations for this role."),
    ("en", "Prayer room and halal options available; we respect every faith."),
    ("en", "Parents with young children are welcome: flexible hours."),
    ("fr", "Astreintes de jour et de nuit rémunérées, une semaine sur six."),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVE)
def test_the_lawful_neighbours_are_not_flagged(lang, text):
    assert check(text, lang=lang) == [], text


def test_schools_given_as_examples_of_a_requirement_are_one_finding():
    text = "Formation : école du top 5 exigée (ESSEC, HEC, ESCP ou Dauphine)."
    assert [f.category for f in check(text, lang="fr")] == ["school_prestige"]
