"""Second round of ways of saying each ground (issue 21), in sentences of my own: for each
class, positives written in several forms, and neutral neighbours that share their words and
must stay clean (precision on ordinary job-board prose)."""

import pytest

from employers.wording import check

# (lang, category, text, words the finding must cover)
POSITIVE = [
    # age: youth as a quality of the hire, generations, limits in words, decades of life
    ("en", "age", "We want a young, hungry closer for our Lyon office.", "young, hungry closer"),
    ("en", "age", "You're young and ready to move fast.", "You're young"),
    ("en", "age", "Join our young sales team in Bordeaux.", "young sales team"),
    ("en", "age", "We are hiring Gen Z creators for our brand studio.", "hiring Gen Z"),
    ("en", "age", "Millennial candidates will feel at home here.", "Millennial candidates"),
    ("en", "age", "Ideally you are under forty and love travel.", "under forty"),
    ("en", "age", "Looking for a fellow digital native to lead growth.", "fellow digital native"),
    (
        "fr",
        "age",
        "Nous cherchons une personne jeune et motivée pour l'accueil.",
        "jeune et motivée",
    ),
    ("fr", "age", "Profil idéal : dynamique, jeune et disponible.", "jeune et"),
    ("fr", "age", "Profil quinqua apprécié pour rassurer nos clients.", "Profil quinqua"),
    ("fr", "age", "Profil jeune, moins de 2 ans d'expérience.", "moins de 2 ans d'expérience"),
    ("fr", "age", "Vous êtes natif·ve du numérique.", "natif·ve du numérique"),
    # sex, gender, orientation
    ("en", "sex_gender", "Join our all-female design squad.", "all-female design squad"),
    (
        "en",
        "sex_gender",
        "You must keep up with the lads at client dinners.",
        "keep up with the lads",
    ),
    ("en", "sex_gender", "This role suits a woman who loves details.", "suits a woman"),
    ("en", "sex_gender", "Applicants must be heterosexual.", "must be heterosexual"),
    ("fr", "sex_gender", "Nous recrutons de préférence un homme pour ce chantier.", "un homme"),
    (
        "fr",
        "sex_gender",
        "Notre bureau est exclusivement masculin, nous cherchons plutôt un homme.",
        "un homme",
    ),
    ("fr", "sex_gender", "Rejoins une équipe entièrement féminine !", "entièrement féminine"),
    (
        "fr",
        "sex_gender",
        "Une présence masculine serait appréciée à l'accueil.",
        "présence masculine",
    ),
    ("fr", "gendered_title", "Femme de dossiers, vous aimez la rigueur.", "Femme de dossiers"),
    (
        "fr",
        "gendered_title",
        "Homme de chiffres et de terrain, tu pilotes le budget.",
        "Homme de chiffres",
    ),
    # family situation
    (
        "en",
        "family_pregnancy",
        "Ideally you have no children, as travel is frequent.",
        "no children",
    ),
    ("en", "family_pregnancy", "Great for a dad who wants Fridays off.", "Great for a dad"),
    (
        "fr",
        "family_pregnancy",
        "Idéal pour une mère qui veut ses mercredis.",
        "Idéal pour une mère",
    ),
    # personal data asked at application
    (
        "en",
        "personal_data",
        "Please provide your year of birth and marital status.",
        "year of birth",
    ),
    ("en", "personal_data", "Send a copy of your passport with your CV.", "copy of your passport"),
    (
        "en",
        "personal_data",
        "Share your GitHub password so we can review private repos.",
        "password",
    ),
    (
        "fr",
        "personal_data",
        "Indiquez votre lieu de naissance dans le formulaire.",
        "lieu de naissance",
    ),
    # (the number of children is the family situation itself: round 6)
    ("fr", "family_pregnancy", "Précisez le nombre d'enfants à charge.", "nombre d'enfants"),
    # origin and nationality
    (
        "en",
        "origin_nationality",
        "Italian-born applicants are preferred.",
        "Italian-born applicants",
    ),
    (
        "en",
        "origin_nationality",
        "No North African contractors, please.",
        "No North African contractors",
    ),
    (
        "en",
        "origin_nationality",
        "Someone of an Asian background would fit our clients.",
        "of an Asian background",
    ),
    (
        "en",
        "origin_nationality",
        "Applicants must have British citizenship.",
        "have British citizenship",
    ),
    (
        "en",
        "origin_nationality",
        "Candidates with an Arabic-sounding name need not apply.",
        "Arabic-sounding name",
    ),
    (
        "fr",
        "origin_nationality",
        "Passeport français obligatoire pour ce poste.",
        "Passeport français obligatoire",
    ),
    ("fr", "origin_nationality", "Pas de candidat·es hors UE.", "hors UE"),
    # language
    ("en", "native_language", "Spanish native wanted for our support desk.", "Spanish native"),
    # appearance
    ("en", "appearance", "Minimum height: 1.80 m for this hosting role.", "Minimum height"),
    ("en", "appearance", "Send a full-body photo with your application.", "full-body photo"),
    ("en", "appearance", "Candidates should be elegant in appearance.", "in appearance"),
    ("fr", "appearance", "Merci de joindre une photo de vous en pied.", "photo de vous"),
    ("fr", "appearance", "Envoyez CV + photo à l'adresse ci-dessous.", "CV + photo"),
    ("fr", "appearance", "Barbe taillée et ongles courts exigés.", "Barbe"),
    ("fr", "appearance", "Poids en rapport avec la taille.", "Poids en rapport"),
    # health and disability
    (
        "en",
        "health_disability",
        "A healthy individual who never takes sick days.",
        "healthy individual",
    ),
    (
        "en",
        "health_disability",
        "Include your medical history with the CV.",
        "Include your medical history",
    ),
    (
        "en",
        "health_disability",
        "The post is not suitable for candidates with disabilities.",
        "not suitable for candidates with disabilities",
    ),
    ("fr", "health_disability", "Antécédents de cancer : nous consulter.", "Antécédents de cancer"),
    (
        "fr",
        "health_disability",
        "Les candidats avec un handicap ne seront pas retenus.",
        "candidats avec un handicap",
    ),
    # religion
    ("fr", "religion", "Vous adhérez à nos valeurs catholiques.", "valeurs catholiques"),
    ("fr", "religion", "Non-pratiquante de préférence.", "Non-pratiquante de préférence"),
    # union and political activity, elected office, whistleblowing
    (
        "en",
        "union_political",
        "We prefer candidates without union involvement.",
        "union involvement",
    ),
    ("en", "union_political", "No party membership, please.", "party membership"),
    ("fr", "union_political", "Militant·e du parti au pouvoir apprécié·e.", "Militant·e du parti"),
    ("fr", "union_political", "Pas d'élu·es locaux dans l'équipe.", "élu·es locaux"),
    (
        "fr",
        "union_political",
        "Si vous avez déjà signalé une alerte, passez votre chemin.",
        "signalé une alerte",
    ),
    # residence
    ("en", "residence", "Residents of Marseille need not apply.", "Residents of Marseille"),
    (
        "en",
        "residence",
        "Applicants from deprived estates will not be considered.",
        "from deprived estates",
    ),
    ("fr", "residence", "Vous devez impérativement résider à Nantes.", "résider à Nantes"),
    (
        "fr",
        "residence",
        "Domicilié·e à Lille obligatoirement.",
        "Domicilié·e à Lille obligatoirement",
    ),
    # school prestige, rigid diplomas
    (
        "fr",
        "school_prestige",
        "Parcours scolaire prestigieux exigé.",
        "Parcours scolaire prestigieux",
    ),
    ("fr", "school_prestige", "Poste réservé aux diplômés de HEC.", "réservé aux diplômés de HEC"),
    ("en", "diploma_rigid", "Experience will not substitute for a degree.", "will not substitute"),
    ("en", "diploma_rigid", "Only applicants with a PhD.", "Only applicants with a PhD"),
    ("en", "diploma_rigid", "Self-taught developers need not apply.", "Self-taught developers"),
    (
        "fr",
        "diploma_rigid",
        "Nous ne retenons que les profils titulaires d'un doctorat.",
        "titulaires d'un doctorat",
    ),
    ("fr", "diploma_rigid", "Pas de reconversion, pas de bootcamp.", "Pas de reconversion"),
    # career gaps
    ("en", "career_gap", "You must currently be employed.", "must currently be employed"),
    (
        "en",
        "career_gap",
        "Anyone out of work for two years will not be shortlisted.",
        "out of work for",
    ),
    (
        "fr",
        "career_gap",
        "Les demandeur·euses d'emploi ne seront pas reçu·es.",
        "demandeur·euses d'emploi",
    ),
    (
        "fr",
        "career_gap",
        "Personnes au chômage : merci de ne pas postuler.",
        "Personnes au chômage",
    ),
    # driving licence with no job reason
    (
        "fr",
        "driving_licence",
        "Permis obtenu depuis plus de 5 ans.",
        "Permis obtenu depuis plus de 5 ans",
    ),
    (
        "en",
        "driving_licence",
        "Applicants without a driving licence will be rejected.",
        "without a driving licence",
    ),
    # availability
    (
        "en",
        "excessive_availability",
        "You'll be 100% available and always on Teams.",
        "100% available",
    ),
    (
        "en",
        "excessive_availability",
        "Fast answers at weekends are expected.",
        "Fast answers at weekends",
    ),
    (
        "fr",
        "excessive_availability",
        "Joignable même pendant vos vacances.",
        "même pendant vos vacances",
    ),
    ("fr", "excessive_availability", "Ici, on ne regarde pas l'heure.", "ne regarde pas l'heure"),
    # culture fit
    ("en", "culture_fit", "Partying on Fridays is pretty much mandatory.", "Partying on Fridays"),
    ("en", "culture_fit", "If this is not your scene, this is not for you.", "not your scene"),
    (
        "fr",
        "culture_fit",
        "Si tu ne sors pas le jeudi, ce n'est pas pour toi.",
        "Si tu ne sors pas",
    ),
    ("fr", "culture_fit", "Ambiance potache assumée.", "Ambiance potache"),
    # macho wording
    ("en", "gender_coded", "A real alpha who dominates the room.", "alpha"),
]

# Neutral neighbours: the same words, no ground.
NEGATIVE = [
    ("en", "We are a young company founded in 2021."),
    ("en", "Our app helps young people find apprenticeships."),
    ("en", "Our customers are mostly Gen Z shoppers."),
    ("en", "Our team: 14 people from 6 countries, aged 22 to 61."),
    ("en", "Delivery within thirty minutes in Paris."),
    ("en", "Our works council negotiated the remote-work agreement."),
    ("en", "We don't ask for your date of birth or marital status."),
    ("en", "Team events are optional, with plenty for non-drinkers."),
    ("en", "A valid driving licence is required: you'll drive a pool car between sites."),
    ("en", "We ship a killer feature every quarter."),
    ("en", "Reasonable adjustments are available for candidates with disabilities."),
    ("en", "You will protect whistleblowers through our reporting channel."),
    ("en", "Experience can substitute for a degree."),
    ("en", "Right to work in the EU required."),
    ("fr", "Nous sommes une jeune entreprise lyonnaise."),
    ("fr", "Jeune et petite, notre entreprise grandit vite."),
    ("fr", "Pas de permis nécessaire : tout se fait en transports en commun."),
    ("fr", "Nous recrutons sans considération de situation familiale ou d'âge."),
    ("fr", "Les personnes en situation de handicap sont les bienvenues."),
    ("fr", "Notre application aide les lycéen·nes jeunes et moins jeunes à s'orienter."),
    ("fr", "Photos de nos réalisations à voir sur notre site."),
    ("fr", "Les demandeur·euses d'emploi sont les bienvenu·es."),
    ("fr", "Le permis B est exigé : vous vous déplacerez chez nos clients."),
    ("fr", "Ce qu'on ne cherche pas : un diplôme particulier, ni un parcours linéaire."),
    ("fr", "Les universités de province comme les grandes écoles nous intéressent."),
    ("fr", "Baby-foot et ping-pong dans la salle de pause."),
    ("fr", "Casque et cheveux attachés exigés en laboratoire pour votre sécurité."),
    ("fr", "Nous ne demandons ni photo, ni date de naissance, ni situation familiale."),
    ("fr", "Le candidat ou la candidate retenu·e rejoindra l'équipe produit."),
    ("en", "We build tools for young people looking for their first job."),
]


@pytest.mark.parametrize(("lang", "category", "text", "words"), POSITIVE)
def test_each_way_of_saying_a_ground_is_found(lang, category, text, words):
    found = [f for f in check(text, lang=lang) if f.category == category]
    assert found, f"{category} not found in {text!r}"
    start = text.index(words)
    assert any(f.start < start + len(words) and start < f.end for f in found), [
        f.quote for f in found
    ]


@pytest.mark.parametrize(("lang", "text"), NEGATIVE)
def test_neutral_neighbours_stay_clean(lang, text):
    assert [(f.category, f.quote) for f in check(text, lang=lang)] == []
