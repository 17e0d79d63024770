"""French wording by class (issue 21): for each ground, the ways a sentence can say it, and
neutral neighbours that must stay clean. The sentences are written for these tests, not taken
from any evaluation set; each positive names the words a finding must cover."""

import pytest

from employers.wording import check

POSITIVE = [
    # age: years of birth, generations and life stages, older people turned away, maximum
    # experience said of the person
    ("age", "Profil : personne née après 1995, à l'aise avec Notion.", "née après 1995"),
    ("age", "Idéalement né·e entre 1988 et 1996.", "né·e entre 1988 et 1996"),
    ("age", "Vous êtes nés dans les années 90 et vivez avec votre smartphone.", "années 90"),
    ("age", "Nous cherchons un profil génération Y pour animer la communauté.", "génération Y"),
    ("age", "Tu es fraîchement diplômée d'une école de design ?", "fraîchement diplômée"),
    ("age", "Envie de sang neuf dans l'équipe commerciale.", "sang neuf"),
    ("age", "Poste ouvert aux diplômé·e·s de l'année.", "diplômé·e·s de l'année"),
    ("age", "Les retraités ne seront pas retenus pour cette mission.", "retraités"),
    ("age", "Pas de quinquagénaires, l'équipe a 26 ans de moyenne.", "quinquagénaires"),
    ("age", "Idéal si vous avez moins de 4 ans d'expérience.", "moins de 4 ans d'expérience"),
    ("age", "Expérience : 3 ans maximum dans un poste similaire.", "3 ans maximum"),
    # sex: a sex as the ideal, as a quality, hiring for the ratio, sameness of sex
    ("sex_gender", "Pour l'accueil, idéalement une femme souriante.", "idéalement une femme"),
    ("sex_gender", "De préférence un homme pour les tournées en entrepôt.", "préférence un homme"),
    ("sex_gender", "Une touche féminine serait appréciée dans l'équipe.", "touche féminine"),
    (
        "sex_gender",
        "Nous recrutons une développeuse pour atteindre la parité d'ici juin.",
        "atteindre la parité",
    ),
    ("sex_gender", "On cherche encore un mec pour compléter la team.", "encore un mec"),
    # the hire designated in one gender, no H/F in the offer
    ("gendered_title", "Comptable – Lyon. Il supervisera la clôture mensuelle.", "Il supervisera"),
    ("gendered_title", "Office manager – Nantes. Elle gérera les achats.", "Elle gérera"),
    ("gendered_title", "Le candidat retenu rejoindra le pôle finance.", "Le candidat retenu"),
    ("gendered_title", "Placé sous la direction du CFO, vous piloterez le budget.", "Placé"),
    (
        "gendered_title",
        "Technicien réseau – Brest. Le technicien intervient sur les baies.",
        "Le technicien",
    ),
    # family: single parents, parents refused, leave plans, children asked about
    ("family_pregnancy", "Poste peu adapté aux parents isolés.", "parents isolés"),
    ("family_pregnancy", "Les jeunes mamans s'abstenir.", "jeunes mamans"),
    (
        "family_pregnancy",
        "Merci de ne pas postuler si un congé parental est prévu cette année.",
        "congé parental",
    ),
    (
        "family_pregnancy",
        "Indiquez dans votre CV si vous avez des enfants.",
        "si vous avez des enfants",
    ),
    ("family_pregnancy", "Profil mobile, sans attaches, prêt à bouger.", "sans attaches"),
    # origin: birthplace, ancestry, some nationalities only, zones refused, what one "is"
    ("origin_nationality", "Vous êtes né en Italie ou en Suisse.", "né en Italie"),
    ("origin_nationality", "Native de Belgique de préférence.", "Native de Belgique"),
    (
        "origin_nationality",
        "Précisez l'origine de vos parents dans le formulaire.",
        "origine de vos parents",
    ),
    (
        "origin_nationality",
        "Poste réservé exclusivement aux citoyens français.",
        "exclusivement aux citoyens",
    ),
    ("origin_nationality", "Aucun candidat non européen ne sera reçu.", "non européen"),
    # native language: from birth, accents singled out or refused, non-natives refused
    ("native_language", "Germanophone de naissance, impératif.", "Germanophone de naissance"),
    ("native_language", "Lusophone natif·ve exigé·e pour le support.", "Lusophone natif·ve"),
    ("native_language", "Un accent régional n'est pas souhaité au téléphone.", "accent régional"),
    ("native_language", "Les accents trop marqués ne seront pas retenus.", "accents"),
    ("native_language", "Non-natifs s'abstenir, merci.", "Non-natifs"),
    # appearance: photo with any adjective, the body as a requirement, grooming
    ("appearance", "Une photo en pied est demandée avec le CV.", "photo en pied est demandée"),
    ("appearance", "Photo professionnelle impérative.", "Photo professionnelle impérative"),
    ("appearance", "Silhouette élancée et visage souriant.", "Silhouette élancée"),
    ("appearance", "Taille 38 maximum pour porter nos tenues.", "Taille 38"),
    ("appearance", "Cheveux longs non acceptés en boutique.", "Cheveux longs non acceptés"),
    ("appearance", "Pas de piercings visibles, ni de barbe.", "piercings visibles"),
    # health: fitness judged, sick leave held against, illnesses refused, able-bodied only
    ("health_disability", "Une forme physique irréprochable est requise.", "forme physique"),
    (
        "health_disability",
        "Aucun arrêt maladie au cours des deux dernières années.",
        "arrêt maladie",
    ),
    (
        "health_disability",
        "Nous ne recrutons pas de personnes épileptiques.",
        "épileptiques",
    ),
    ("health_disability", "Candidat·e valide uniquement.", "valide"),
    ("health_disability", "Sans RQTH de préférence.", "RQTH"),
    # religion: practice named to refuse, refusal of prayer, faith as a requirement
    (
        "religion",
        "Les personnes qui font le ramadan seront écartées en période de rush.",
        "qui font le ramadan",
    ),
    ("religion", "Pas de prière sur le lieu de travail.", "prière"),
    ("religion", "Vous êtes catholique pratiquant.", "catholique"),
    ("religion", "Nous privilégions les profils laïques.", "profils laïques"),
    # opinions and union activity
    ("union_political", "Profil apolitique souhaité.", "apolitique"),
    ("union_political", "Pas de personnes encartées.", "encartées"),
    ("union_political", "Votre carte syndicale restera au vestiaire.", "carte syndicale"),
    # residence: distance from home, some residents only, places refused, bank chosen
    ("residence", "Vous habitez à moins de 15 km du dépôt.", "moins de 15 km"),
    ("residence", "Uniquement des candidat·e·s résidant à Bordeaux.", "résidant à"),
    ("residence", "Les candidatures de banlieue ne seront pas étudiées.", "banlieue"),
    (
        "residence",
        "Un compte courant ouvert chez notre banque partenaire est exigé.",
        "compte courant ouvert chez notre banque",
    ),
    # school prestige: leagues, accreditations, rankings, alumni, other schools refused
    ("school_prestige", "Diplômé·e d'une université de la Russell Group.", "Russell Group"),
    ("school_prestige", "École de commerce triplement accréditée.", "triplement accréditée"),
    ("school_prestige", "Profil centralien exigé.", "centralien"),
    ("school_prestige", "Les autres écoles ne seront pas considérées.", "autres écoles"),
    # rigid diploma: self-taught and career changers refused, "without X refused"
    ("diploma_rigid", "Les profils reconvertis ne seront pas reçus.", "reconvertis"),
    ("diploma_rigid", "Pas d'autodidactes sur ce poste.", "autodidactes"),
    (
        "diploma_rigid",
        "Les candidats sans bac+5 seront écartés d'office.",
        "sans bac+5",
    ),
    # career gaps: jobseekers refused, unbroken careers, sabbaticals refused
    ("career_gap", "Pas de chômeurs de longue durée.", "chômeurs"),
    (
        "career_gap",
        "Avoir travaillé sans interruption depuis 2015.",
        "travaillé sans interruption",
    ),
    ("career_gap", "Actuellement en poste impérativement.", "Actuellement en poste"),
    # driving licence or car without a job reason
    (
        "driving_licence",
        "Poste en télétravail intégral. Vous possédez obligatoirement un véhicule personnel.",
        "véhicule personnel",
    ),
    ("driving_licence", "Poste sédentaire au siège. Permis B exigé.", "Permis B exigé"),
    # personal data asked at application
    (
        "personal_data",
        "Joignez à votre candidature un justificatif de domicile et votre RIB.",
        "justificatif de domicile",
    ),
    (
        "personal_data",
        "Indiquez votre lieu de naissance dans le formulaire de candidature.",
        "lieu de naissance",
    ),
    # culture: drinking or leisure as a condition, sameness
    ("culture_fit", "Si tu ne bois pas, passe ton chemin.", "bois pas"),
    ("culture_fit", "Apéro chaque jeudi avec toute l'équipe.", "Apéro"),
    ("culture_fit", "Tu es fan de rugby, comme nous tous.", "fan de rugby"),
    ("culture_fit", "Quelqu'un qui partage notre mode de vie.", "notre mode de vie"),
    # excessive availability: evenings/weekends without return, always reachable, crunch
    (
        "excessive_availability",
        "Les week-ends de clôture sont travaillés sans récupération.",
        "week-ends",
    ),
    (
        "excessive_availability",
        "Réunions le dimanche, c'est la norme chez nous.",
        "dimanche",
    ),
    ("excessive_availability", "Toujours joignable, même en congés.", "Toujours joignable"),
    ("excessive_availability", "Périodes de crunch avant chaque sortie.", "crunch"),
    # ordinary phrasings checked after the first version of these rules
    ("age", "Profil junior, 25 ans maximum.", "25 ans maximum"),
    ("age", "Candidat de moins de trente ans souhaité.", "moins de trente ans"),
    ("age", "Vous êtes de la génération TikTok.", "génération TikTok"),
    ("sex_gender", "Une candidate serait idéale pour équilibrer l'équipe.", "Une candidate"),
    ("origin_nationality", "Vous êtes européen de naissance.", "européen de naissance"),
    ("native_language", "Vous parlez anglais comme un natif.", "comme un natif"),
    ("appearance", "Personne de grande taille recherchée pour nos défilés.", "grande taille"),
    ("residence", "Vous résidez impérativement dans Paris intra-muros.", "résidez"),
    ("residence", "Habitants du 93 s'abstenir.", "Habitants du 93"),
    (
        "career_gap",
        "Candidats sans emploi depuis plus d'un an s'abstenir.",
        "sans emploi",
    ),
    ("culture_fit", "Chez nous, on boit des coups tous les vendredis.", "boit des coups"),
    # gender-coded wording
    ("gender_coded", "Un vrai carnassier du closing.", "carnassier"),
    ("gender_coded", "Tu aimes écraser tes objectifs chaque mois.", "écraser tes objectifs"),
]

NEGATIVE = [
    # age: company ages, products for a generation, years of experience as a minimum
    ("age", "Née en 2012 à Lille, notre start-up compte 40 personnes (H/F)."),
    ("age", "Notre application cible la génération Z (H/F)."),
    ("age", "Au moins 3 ans d'expérience en Python (H/F)."),
    ("age", "Vos données sont conservées 2 ans maximum (H/F)."),
    ("age", "Juniors et seniors sont bienvenus (H/F)."),
    # sex: encouraging, parity as a policy, doublets
    ("sex_gender", "Nous encourageons les candidatures féminines pour renforcer la parité (H/F)."),
    ("sex_gender", "Développeuse ou développeur, rejoignez-nous (H/F)."),
    # gendered title: H/F present, impersonal « il »
    ("gendered_title", "Comptable (H/F) – Lyon. Il supervisera la clôture mensuelle."),
    ("gendered_title", "Comptable – Lyon. Il sera possible de télétravailler deux jours."),
    ("gendered_title", "Notre agence grandit. Elle ouvrira un bureau à Lille."),
    ("gendered_title", "Rattaché·e au DAF, vous piloterez le budget."),
    # family: benefits for parents
    ("family_pregnancy", "Congé parental allongé et rémunéré à 100 % (H/F)."),
    ("family_pregnancy", "Aide pour la garde de vos enfants (H/F)."),
    # origin: work permits, product localisation
    ("origin_nationality", "Autorisation de travail dans l'UE requise (H/F)."),
    ("origin_nationality", "Nous accompagnons les candidats hors UE dans leurs démarches de visa."),
    # native language: levels, "mettre l'accent sur"
    ("native_language", "Anglais courant (C1) exigé pour le support (H/F)."),
    ("native_language", "Nous mettons l'accent sur la qualité, c'est non négociable (H/F)."),
    # appearance: product photos, tolerance, face recognition
    ("appearance", "Portfolio avec photos de vos réalisations demandé (H/F)."),
    ("appearance", "Tatouages et piercings : aucun problème chez nous (H/F)."),
    ("appearance", "Ne joignez pas de photo, elle n'est pas nécessaire (H/F)."),
    ("appearance", "Vous travaillerez sur la détection de visage souriant (H/F)."),
    # health: accommodations, benefits, negated accommodation is not a positive
    ("health_disability", "Les personnes en situation de handicap sont les bienvenues (H/F)."),
    ("health_disability", "Maintien de salaire en cas d'arrêt maladie (H/F)."),
    # religion: accommodations
    ("religion", "Congés pour fêtes religieuses accordés sur simple demande (H/F)."),
    ("religion", "Les horaires peuvent être adaptés pendant le ramadan (H/F)."),
    # union and politics: describing the organisation
    ("union_political", "Nous sommes une association apolitique et laïque (H/F)."),
    # residence: work location, priority areas (lawful), relocation
    ("residence", "Poste basé à Lyon, aide au déménagement possible (H/F)."),
    ("residence", "Emplois francs : candidatures des quartiers prioritaires bienvenues (H/F)."),
    # school and diploma: equivalence, welcoming career changers
    ("diploma_rigid", "Bac+5 ou expérience équivalente (H/F)."),
    ("diploma_rigid", "Autodidactes et profils en reconversion bienvenus (H/F)."),
    ("school_prestige", "Formation universitaire ou école d'ingénieurs, peu importe (H/F)."),
    # career: open to jobseekers
    ("career_gap", "Ouvert aux demandeurs d'emploi et aux personnes en reconversion (H/F)."),
    # driving: a job reason
    ("driving_licence", "Permis B exigé : tournées quotidiennes chez nos clients (H/F)."),
    # personal data deferred to hiring
    ("personal_data", "Votre RIB ne vous sera demandé qu'au moment de l'embauche (H/F)."),
    # culture: alcohol-free events, drinks trade
    ("culture_fit", "Afterworks sans alcool une fois par mois, facultatifs (H/F)."),
    ("culture_fit", "Brasserie artisanale recrute un·e chef·fe de brassage : bières IPA (H/F)."),
    # sizes and durations that are not about a person
    ("appearance", "Une entreprise de taille moyenne, 120 salariés (H/F)."),
    ("age", "La mission dure 18 mois, 2 ans maximum avec le client (H/F)."),
    ("age", "Présents depuis plus de vingt ans en Bretagne (H/F)."),
    ("residence", "Les habitants de la métropole utilisent notre application chaque jour (H/F)."),
    # availability: limits, paid on-call
    ("excessive_availability", "Jamais de réunion le soir ni le week-end (H/F)."),
    ("excessive_availability", "Astreintes le week-end rémunérées et récupérées (H/F)."),
]


@pytest.mark.parametrize(("category", "text", "words"), POSITIVE)
def test_french_class_is_found(category, text, words):
    start = text.index(words)
    found = [
        f
        for f in check(text, lang="fr")
        if f.category == category and f.start < start + len(words) and start < f.end
    ]
    assert found, [(f.category, f.quote) for f in check(text, lang="fr")]


@pytest.mark.parametrize(("category", "text"), NEGATIVE)
def test_french_neutral_neighbour_is_clean(category, text):
    assert [f.quote for f in check(text, lang="fr") if f.category == category] == []
