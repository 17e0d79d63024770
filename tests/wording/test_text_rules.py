"""One positive and one negative case per category and language."""

import pytest

from employers.wording import check

POSITIVE = [
    ("age", "fr", "Profil recherché : moins de 30 ans, dynamique.", "moins de 30 ans"),
    ("age", "fr", "Rejoignez une équipe jeune et dynamique.", "équipe jeune"),
    ("age", "fr", "Expérience : 5 ans maximum.", "5 ans maximum"),
    ("age", "fr", "Vous êtes un natif du numérique.", "natif du numérique"),
    ("age", "en", "Ideal for a recent graduate under 30.", "recent graduate"),
    ("age", "en", "We want a true digital native.", "digital native"),
    ("sex_gender", "fr", "Nous recherchons une femme pour l'accueil.", "recherchons une femme"),
    ("sex_gender", "en", "Male candidates preferred for this role.", "Male candidates preferred"),
    ("gendered_title", "fr", "Chef de projet recherché pour notre agence.", "Chef de projet"),
    ("gendered_title", "fr", "Nous avons besoin d'une assistante bilingue.", "assistante"),
    ("gendered_title", "en", "Our new chairman will lead the board.", "chairman"),
    ("gendered_title", "en", "The new lead: he will own the roadmap.", "he will own"),
    ("gender_coded", "fr", "Tu es un vrai gourou du cloud.", "gourou"),
    ("gender_coded", "en", "Looking for a sales warrior.", "warrior"),
    ("family_pregnancy", "fr", "Idéalement célibataire et sans enfants.", "célibataire"),
    ("family_pregnancy", "en", "Not suitable for single mothers.", "single mothers"),
    ("origin_nationality", "fr", "Nationalité française exigée.", "Nationalité française exigée"),
    ("origin_nationality", "en", "UK citizens only.", "UK citizens only"),
    ("native_language", "fr", "Anglais langue maternelle.", "langue maternelle"),
    ("native_language", "en", "You must be a native German speaker.", "native German speaker"),
    ("appearance", "fr", "Merci de joindre une photo à votre CV.", "joindre une photo"),
    ("appearance", "en", "Attractive appearance is a must.", "Attractive appearance"),
    ("health_disability", "fr", "Candidat en parfaite santé.", "parfaite santé"),
    ("health_disability", "en", "Applicants must be able-bodied.", "able-bodied"),
    ("religion", "fr", "Pas de port du voile au bureau.", "port du voile"),
    ("religion", "en", "No religious clothing allowed.", "religious clothing"),
    ("union_political", "fr", "Profils syndiqués s'abstenir.", "syndiqués"),
    ("union_political", "en", "No union members, please.", "union members"),
    ("residence", "fr", "Vous habitez obligatoirement à Lyon.", "habitez obligatoirement à Lyon"),
    ("residence", "en", "Local applicants only.", "Local applicants only"),
    ("school_prestige", "fr", "Issu d'une école prestigieuse.", "école prestigieuse"),
    ("school_prestige", "en", "Graduates of elite universities.", "elite universities"),
    ("diploma_rigid", "fr", "Master 2 obligatoire.", "Master 2 obligatoire"),
    ("diploma_rigid", "en", "PhD is mandatory for this role.", "PhD is mandatory"),
    ("career_gap", "fr", "Aucun trou dans le CV accepté.", "trou dans le CV"),
    ("career_gap", "en", "Continuous employment history required.", "Continuous employment"),
    ("driving_licence", "fr", "Poste au siège. Permis B obligatoire.", "Permis B obligatoire"),
    ("driving_licence", "en", "Desk job. Must have a driving licence.", "driving licence"),
    ("personal_data", "fr", "Joindre vos trois dernières fiches de paie.", "fiches de paie"),
    ("personal_data", "en", "Send your salary history.", "salary history"),
    ("culture_fit", "fr", "Apéro tous les jeudis soirs !", "Apéro tous les jeudis"),
    ("culture_fit", "en", "Beer on tap and a games room.", "Beer on tap"),
    ("excessive_availability", "fr", "Disponible le week-end.", "Disponible le week-end"),
    ("excessive_availability", "en", "Expect 70-hour weeks.", "70-hour weeks"),
]

NEGATIVE = [
    ("age", "fr", "Jeune entreprise innovante, nous recrutons un·e data analyst (H/F)."),
    ("age", "fr", "Une jeune pousse de la fintech recrute (H/F)."),
    ("age", "fr", "La start-up, jeune et dynamique, recrute un·e développeur·se (H/F)."),
    ("age", "fr", "Poste junior (H/F), débutant·es bienvenu·es."),
    ("age", "en", "We are a young company founded in 2021; junior profiles welcome."),
    ("sex_gender", "fr", "Nous encourageons les candidatures de femmes (H/F)."),
    ("sex_gender", "en", "We encourage applications from women and non-binary people."),
    ("gendered_title", "fr", "Développeur·se Java (H/F)."),
    ("gendered_title", "fr", "Développeuse ou développeur Java."),
    ("gendered_title", "en", "The chairperson will welcome them; he or she will decide."),
    ("gender_coded", "fr", "Nous utilisons CMake/Ninja (H/F)."),
    ("gender_coded", "en", "We build with Meson and Ninja."),
    ("family_pregnancy", "fr", "Places en crèche pour vos enfants (H/F)."),
    ("family_pregnancy", "en", "Generous parental leave for all parents."),
    ("origin_nationality", "fr", "Autorisation de travail en France requise (H/F)."),
    ("origin_nationality", "en", "You must be authorised to work in France."),
    ("native_language", "fr", "Français courant requis, anglais niveau C1 (H/F)."),
    ("native_language", "en", "Fluent French required; we build React Native apps."),
    ("appearance", "fr", "Logiciel de retouche photo (H/F)."),
    ("appearance", "en", "Work on our photo editing tools."),
    ("health_disability", "fr", "Poste handi-accueillant, RQTH bienvenue (H/F)."),
    ("health_disability", "en", "Good health insurance and adjustments for disabilities."),
    ("religion", "fr", "Recrutement sans distinction de religion ni d'origine (H/F)."),
    ("religion", "en", "We hire regardless of religion or background."),
    ("union_political", "fr", "Notre CSE propose des chèques-vacances (H/F)."),
    ("union_political", "en", "Data for the European Union institutions."),
    ("residence", "fr", "Poste basé à Brest, présence sur site (H/F)."),
    ("residence", "en", "The role is based in our Lyon office."),
    ("school_prestige", "fr", "Parcours école 42 ou autodidacte bienvenus (H/F)."),
    ("school_prestige", "en", "Bootcamp graduates welcome."),
    ("diploma_rigid", "fr", "Bac+3 ou expérience équivalente (H/F)."),
    ("diploma_rigid", "en", "A degree or equivalent experience."),
    ("career_gap", "fr", "Retour à l'emploi après une pause de carrière bienvenu (H/F)."),
    ("career_gap", "en", "Career breaks welcome; returners encouraged."),
    ("driving_licence", "fr", "Permis B apprécié pour les déplacements clients (H/F)."),
    ("driving_licence", "en", "A driving licence is required to visit customer sites."),
    ("personal_data", "fr", "Indiquez vos prétentions salariales (H/F)."),
    ("personal_data", "en", "Please share your salary expectations."),
    ("culture_fit", "fr", "Application de suivi pour une brasserie : production de bière (H/F)."),
    ("culture_fit", "en", "Values-driven team, inclusive events."),
    ("excessive_availability", "fr", "Astreintes une semaine sur six, rémunérées (H/F)."),
    ("excessive_availability", "en", "On-call one week in six, paid."),
]


@pytest.mark.parametrize(("category", "lang", "text", "quote"), POSITIVE)
def test_positive(category, lang, text, quote):
    found = [f for f in check(text, lang=lang) if f.category == category]
    assert found, f"no {category} in {text!r}"
    start = text.index(quote)
    assert any(f.start < start + len(quote) and start < f.end for f in found)


@pytest.mark.parametrize(("category", "lang", "text"), NEGATIVE)
def test_negative(category, lang, text):
    assert [f.quote for f in check(text, lang=lang) if f.category == category] == []


AGE_LIMITS = [
    ("en", "Candidates: max 30 years old.", "max 30 years old"),
    ("en", "Applicants should be 30 years old or younger.", "30 years old or younger"),
    ("en", "Aged 25 or under, please.", "Aged 25 or under"),
    ("en", "Age: 25-35.", "Age: 25-35"),
    ("en", "Age 30 max.", "Age 30 max"),
    ("en", "Ideally in your early twenties.", "in your early twenties"),
    ("en", "Under-35s only.", "Under-35s"),
    ("en", "You are between 25 and 35.", "You are between 25 and 35"),
    ("fr", "Âge maximum : 35 ans.", "Âge maximum : 35 ans"),
    ("fr", "Vous avez la trentaine et de l'énergie.", "avez la trentaine"),
    ("fr", "Profil trentenaire recherché.", "trentenaire"),
]

NOT_AGE = [
    ("en", "Teams of 25 or under."),
    ("en", "Between 25 and 35 hours per week."),
    ("en", "A team of between 20 and 30 engineers."),
    ("en", "Candidates between 25 and 35 years of experience are rare."),
    ("en", "Max 30 days of paid leave."),
    ("en", "The company is 30 years old."),
    ("en", "Users in their twenties love our app."),
    ("en", "Our users are mostly students and young professionals."),
    ("fr", "Une trentaine de personnes vous attendent."),
    ("fr", "Nous sommes une quarantaine de collaborateurs."),
]


@pytest.mark.parametrize(("lang", "text", "quote"), AGE_LIMITS)
def test_an_age_ceiling_or_bracket_is_an_age_finding_however_it_is_written(lang, text, quote):
    # (said of the person, « should be 30 … », the finding takes in the clause it ends: the
    # condition is removed with it)
    assert any(quote in f.quote for f in check(text, lang=lang) if f.category == "age")


@pytest.mark.parametrize(("lang", "text"), NOT_AGE)
def test_numbers_of_people_hours_or_years_of_a_company_are_not_ages(lang, text):
    assert [f.quote for f in check(text, lang=lang) if f.category == "age"] == []


MORE_WAYS = [
    ("sex_gender", "en", "This position is suited to a man.", "suited to a man"),
    ("sex_gender", "fr", "Ce poste convient davantage à une femme.", "à une femme"),
    ("origin_nationality", "en", "EU passport holders only.", "EU passport holders only"),
    ("native_language", "en", "Native-level fluency in English.", "Native-level fluency"),
    ("native_language", "fr", "Niveau natif en anglais exigé.", "Niveau natif"),
    ("religion", "en", "Christian values are essential to our team.", "Christian values"),
    ("residence", "en", "Only candidates residing in Paris will be considered.", "Only candidates"),
    ("residence", "en", "Candidates living in Lyon only.", "Candidates living in Lyon only"),
    ("culture_fit", "en", "We are a tight-knit bunch of bros.", "bunch of bros"),
    ("career_gap", "en", "Candidates must currently be employed.", "currently be employed"),
    ("career_gap", "en", "No unexplained gaps in your CV.", "No unexplained gaps in your CV"),
    ("diploma_rigid", "en", "Applicants without a degree will not be considered.", "without"),
    ("health_disability", "en", "Physically fit with no medical conditions.", "medical"),
    ("family_pregnancy", "en", "Married candidates preferred.", "Married candidates preferred"),
    ("appearance", "en", "A professional look; you must be slim.", "must be slim"),
    ("origin_nationality", "en", "Foreign-sounding names will be rejected.", "names"),
    ("school_prestige", "en", "Graduate of Harvard or Stanford preferred.", "Harvard"),
    ("school_prestige", "fr", "Diplômé·e d'HEC, de l'ESSEC ou de Polytechnique.", "HEC"),
    ("residence", "fr", "Les candidats de Seine-Saint-Denis ne seront pas retenus.", "Denis"),
    ("residence", "fr", "Candidats du 93 s'abstenir.", "Candidats du 93"),
    ("residence", "fr", "Résider dans un rayon de 20 km.", "Résider dans un rayon de 20 km"),
    ("sex_gender", "fr", "Poste exclusivement masculin.", "Poste exclusivement masculin"),
    ("family_pregnancy", "fr", "Candidate enceinte s'abstenir.", "Candidate enceinte"),
    ("family_pregnancy", "en", "No candidates with young children.", "young children"),
    ("health_disability", "fr", "Certificat médical à fournir avec la candidature.", "médical"),
    ("health_disability", "fr", "Vous êtes en pleine forme physique.", "pleine forme physique"),
    ("origin_nationality", "fr", "Profil européen exigé.", "Profil européen"),
    ("origin_nationality", "fr", "Candidats issus de l'immigration s'abstenir.", "immigration"),
    ("excessive_availability", "fr", "Astreintes non rémunérées.", "Astreintes non rémunérées"),
    ("diploma_rigid", "fr", "Titulaire obligatoirement d'un Master 2.", "Titulaire"),
    ("career_gap", "fr", "Les CV présentant des trous ne seront pas étudiés.", "trous"),
    ("culture_fit", "fr", "On bosse dur et on fait la fête encore plus dur.", "bosse dur"),
    ("culture_fit", "en", "Must be able to drink with clients.", "able to drink"),
    ("religion", "fr", "Respect de la laïcité : voile interdit.", "voile interdit"),
    ("religion", "en", "Must attend church regularly.", "attend church"),
    ("residence", "fr", "Poste réservé aux habitants de la commune.", "réservé aux habitants"),
    ("career_gap", "en", "People out of work for over six months need not apply.", "out of work"),
]

NOT_THESE = [
    ("sex_gender", "en", "Suitable for men and women alike."),
    ("sex_gender", "fr", "Poste adapté aux hommes et aux femmes."),
    ("native_language", "en", "Near-native proficiency in German."),
    ("native_language", "fr", "Anglais courant (C1)."),
    ("religion", "en", "The Christian Aid charity is our client."),
    ("residence", "en", "The role is based in Lyon; candidates from anywhere welcome."),
    ("family_pregnancy", "en", "Open to all: single and married candidates alike."),
    ("school_prestige", "en", "Our CTO is a graduate of MIT."),
    ("school_prestige", "fr", "Nos fondateurs sont diplômés de Polytechnique."),
    ("residence", "fr", "Les candidats de moins de 3 ans d'expérience ne seront pas retenus."),
    ("sex_gender", "fr", "Métier traditionnellement masculin : candidatures féminines bienvenues."),
    ("family_pregnancy", "fr", "Nous développons une enceinte connectée (H/F)."),
    ("family_pregnancy", "en", "Parents with young children welcome: flexible hours."),
    ("health_disability", "fr", "Visite avec la médecine du travail : certificat médical remis."),
    ("origin_nationality", "fr", "Nos clients sont des entreprises européennes (H/F)."),
    ("excessive_availability", "fr", "Astreintes rémunérées et récupérées (H/F)."),
    ("religion", "en", "We go to mass production next year."),
    ("residence", "fr", "Poste réservé aux habitants des quartiers prioritaires (emplois francs)."),
]


@pytest.mark.parametrize(("category", "lang", "text", "quote"), MORE_WAYS)
def test_other_common_wordings_are_found(category, lang, text, quote):
    found = [f.quote for f in check(text, lang=lang) if f.category == category]
    assert any(quote in q or q in quote for q in found), found


@pytest.mark.parametrize(("category", "lang", "text"), NOT_THESE)
def test_their_neutral_neighbours_are_not(category, lang, text):
    assert [f.quote for f in check(text, lang=lang) if f.category == category] == []
