"""Seventh round of classes (issue 21): ways of saying a ground, and lawful neighbours, named
from the misses and false alarms of an independent set (G) and written from the language.
Every sentence is invented here; none is copied from a set."""

import pytest

from employers.wording import check


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.category, f.quote) for f in check(text, lang=lang)]


def categories(text: str, lang: str) -> set[str]:
    return {f.category for f in check(text, lang=lang)}


# ------------------------------------------------------- lawful neighbours: reasons said inline
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a licence whose reason names the vehicle the job drives
        ("fr", "Permis B exigé (rondes de nuit en véhicule sur les parkings)."),
        ("fr", "Permis B indispensable pour les essais routiers des véhicules réparés."),
        ("fr", "Permis B obligatoire : dépannage et remorquage sur autoroute."),
        ("en", "Full licence required: you will drive the company van between depots."),
        ("en", "Driving licence essential (forklift and yard tractor moves)."),
        # a licence held for years as the entry to one the employer funds
        ("fr", "Nous finançons le permis poids lourd aux titulaires du permis B depuis 2 ans."),
        # a diploma the law requires, or one the employer funds, or with an equivalent
        ("fr", "Diplôme d'État d'éducateur·rice spécialisé·e exigé (condition d'exercice)."),
        ("fr", "CAP boucherie obligatoire : la formation est prise en charge si besoin."),
        ("en", "Nursing degree required by the regulator before you can practise."),
        ("en", "Degree required; equivalent experience is also accepted."),
        # pay said attractive on its own line (appearance says nothing of it)
        ("en", "Salary: attractive, to be discussed (€40k–€46k)."),
        # night workers' medical follow-up is a protection, not a demand
        ("fr", "Visite médicale renforcée pour les travailleurs de nuit, 1 950 € brut."),
    ],
)
def test_lawful_neighbours_with_their_reason_inline_are_not_flagged(lang, text):
    assert found(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        # the same requirements with no reason, or with every alternative refused
        ("fr", "Poste de comptable au siège. Permis B exigé.", "driving_licence"),
        ("fr", "Bac+3 en gestion exigé, aucune équivalence par l'expérience.", "diploma_rigid"),
        ("en", "MBA required by our partners, no equivalent experience accepted.", "diploma_rigid"),
        ("en", "Attractive appearance required for the front desk.", "appearance"),
    ],
)
def test_the_same_requirements_without_a_reason_stay_flagged(lang, text, category):
    assert category in categories(text, lang), found(text, lang)


# --------------------------------------------------------- inclusive endings of every title
@pytest.mark.parametrize(
    "text",
    [
        "Gestionnaire administratif·ve de paie — CDI, 2 300 € brut.",
        "Nous recrutons des formateur·rices en bureautique.",
        "Recrutement de conseiller·ères clientèle, 2 000 € brut.",
    ],
)
def test_a_title_with_an_inclusive_ending_in_any_form_is_no_gendered_title(text):
    assert "gendered_title" not in categories(text, "fr"), found(text, "fr")


# ------------------------------------------------ offer-scope: words that only look like sides
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Permanent contract, €52k.\nWe offer adjustments at every stage of the process.",
        ),
        (
            "fr",
            "CDI cadre, 50 K€.\nDSCG (condition d'inscription au stage d'expertise comptable).",
        ),
        (
            "fr",
            "CDI à temps partiel, 24 h par semaine (évolutif vers un temps plein), 1 400 € brut.",
        ),
        (
            "fr",
            "Emploi permanent, 2 000 € brut. Ouvert aux titulaires et, à défaut, aux "
            "contractuel·les (CDD de 3 ans).",
        ),
    ],
)
def test_a_stage_of_a_process_a_later_full_time_or_a_fallback_contract_is_no_contradiction(
    lang, text
):
    assert "contradiction" not in categories(text, lang), found(text, lang)


# ------------------------------------------------------------- ways of saying a ground, by class
@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        # career gap: only people in a job now, a gap longer than some months refused
        ("fr", "Candidatures uniquement de personnes actuellement en poste.", "career_gap"),
        ("fr", "Tout trou de plus de quatre mois dans le CV est rédhibitoire.", "career_gap"),
        ("en", "We only look at people currently in employment.", "career_gap"),
        ("en", "Any break of more than six months rules you out.", "career_gap"),
        ("en", "Please, no job-hoppers and no people with gaps.", "career_gap"),
        # past long-term sick leave: a gap and a health ground at once
        ("fr", "Profils ayant eu un congé de longue maladie : s'abstenir.", "career_gap"),
        ("fr", "Profils ayant eu un congé de longue maladie : s'abstenir.", "health_disability"),
        ("en", "Applicants with extended sick leave in the past need not apply.", "career_gap"),
        # health: people with a condition refused, even with the RQTH named
        (
            "fr",
            "Les candidat·es atteint·es d'une maladie chronique ne seront pas retenu·es.",
            "health_disability",
        ),
        ("fr", "Les personnes titulaires d'une RQTH ne seront pas retenues.", "health_disability"),
        (
            "fr",
            "Joindre un certificat médical attestant l'absence de maladie.",
            "health_disability",
        ),
        ("en", "We won't hire anyone with a history of knee or hip injuries.", "health_disability"),
        # sex: a woman or a man sought by any verb, a gendered "you are a …"
        ("fr", "La cheffe d'équipe souhaite une femme pour ce binôme.", "sex_gender"),
        ("fr", "Nous préférons des hommes pour ce chantier.", "sex_gender"),
        ("en", "The owner wants a young man behind the counter.", "sex_gender"),
        ("en", "You're a sporty guy who loves the outdoors.", "sex_gender"),
        # religion: a faith asked of staff, worship expected, neutrality beyond work
        ("fr", "L'équipe doit être de confession catholique.", "religion"),
        ("fr", "Votre présence à la prière du vendredi est attendue.", "religion"),
        ("fr", "Neutralité religieuse stricte, y compris sur vos réseaux sociaux.", "religion"),
        ("en", "No Hindus or Sikhs, please.", "religion"),
        ("en", "Attendance at Sunday mass is expected of all staff.", "religion"),
        # residence
        ("fr", "Poste réservé aux résident·es du quartier Saint-Michel.", "residence"),
        ("en", "You must already live in Lyon, locals only.", "residence"),
        # looks
        ("fr", "Merci de joindre 3 photos (visage et corps entier) à votre CV.", "appearance"),
        ("en", "Please attach a headshot to your application.", "appearance"),
        ("en", "Our clients prefer hosts with a Scandinavian look.", "appearance"),
        ("en", "Asian-looking staff only for the tea room.", "origin_nationality"),
        # accent
        ("fr", "Vous parlez sans accent, c'est impératif.", "native_language"),
        ("en", "A neutral American accent is required.", "native_language"),
        # origin
        ("fr", "Seuls les profils de culture occidentale seront étudiés.", "origin_nationality"),
        ("en", "Ideally of Western background.", "origin_nationality"),
        # prestige
        ("fr", "Diplômé·e des cinq premières écoles de commerce uniquement.", "school_prestige"),
        # unions and politics
        ("fr", "Précisez si vous avez détenu un mandat électif.", "union_political"),
        ("en", "Please confirm that you are not a member of any trade union.", "union_political"),
        # culture
        ("fr", "Les apéros du vendredi sont obligatoires pour toute l'équipe.", "culture_fit"),
        ("fr", "Quelqu'un qui ne boit pas aura du mal à trouver sa place ici.", "culture_fit"),
        ("fr", "Nous recrutons exclusivement par cooptation.", "culture_fit"),
        ("en", "Friday drinks at the pub are mandatory.", "culture_fit"),
        ("en", "We recruit through referrals only.", "culture_fit"),
        # availability
        ("fr", "Ici, les 35 heures, c'est le mardi midi.", "excessive_availability"),
        (
            "fr",
            "Disponible les dimanches et jours fériés, sans récupération.",
            "excessive_availability",
        ),
        ("en", "You must be reachable 24/7, with no on-call allowance.", "excessive_availability"),
        # family
        ("fr", "Idéal pour une personne sans enfants en bas âge.", "family_pregnancy"),
        ("fr", "Indiquez la profession de votre époux ou épouse.", "family_pregnancy"),
        ("fr", "Poste sans possibilité de congé parental.", "family_pregnancy"),
        ("en", "Tell us your partner's occupation.", "family_pregnancy"),
        ("en", "Best suited to someone whose children have left home.", "family_pregnancy"),
        # age
        ("fr", "Passé la cinquantaine, le rythme sera trop soutenu.", "age"),
        ("en", "We're targeting candidates aged 25 to 32.", "age"),
        # coded words
        ("fr", "Tu es un gagnant qui ne se laisse jamais marcher dessus.", "gender_coded"),
        ("en", "A lone wolf who hunts down every lead.", "gender_coded"),
    ],
)
def test_the_ways_of_saying_a_ground_of_this_round_are_flagged(lang, text, category):
    assert category in categories(text, lang), found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # social events said optional, drinks as the trade, rounds of a technician
        ("fr", "Afterwork le jeudi, pas d'apéro obligatoire : chacun·e vient s'il le souhaite."),
        ("fr", "Permis B obligatoire pour les tournées de livraison en camion."),
        ("en", "Team drinks on Fridays are optional, with alcohol-free choices."),
        # apprenticeship ages set by law; graduates welcome beside career changers
        ("en", "Apprenticeships are open to candidates aged 16 to 29 under French law."),
        ("en", "New grads and career changers are welcome."),
        # no headshot asked, faith said not to be asked
        ("en", "Send your portfolio (no headshots needed)."),
        ("fr", "Aucune pratique religieuse n'est attendue du personnel."),
        # a post with housing: living there is part of the job
        (
            "fr",
            "Poste de gardien·ne réservé aux personnes logées sur place (logement de fonction).",
        ),
        # children as the people the job serves
        ("fr", "Places en crèche réservées aux salarié·es, enfants en bas âge compris."),
    ],
)
def test_the_neighbours_of_these_classes_are_not_flagged(lang, text):
    assert found(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Formation sécurité obligatoire la première semaine, puis soirée d'accueil."),
        ("en", "Compulsory induction on day one; a welcome party follows later that month."),
    ],
)
def test_a_word_of_obligation_binds_only_the_outing_next_to_it(lang, text):
    assert "culture_fit" not in categories(text, lang), found(text, lang)


# ------------------------------------------------------------------ offer-scope: pay and contract
def offer_categories(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (f.category, f.quote)
        for f in check(text, lang=lang)
        if f.category in {"salary_missing", "contract_incomplete"}
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a company's revenue, funds or a budget are no pay figure
        (
            "fr",
            "Éditeur de 40 M€ de chiffre d'affaires.\nCDI.\nRémunération : selon profil.",
        ),
        (
            "en",
            "We raised €20m last year and serve 300k users.\nPermanent contract.\n"
            "Compensation: competitive, based on experience.",
        ),
        # pay left to a later talk
        ("fr", "CDI, 35 h.\nSalaire : nous en discuterons lors du premier entretien."),
    ],
)
def test_a_pay_line_without_a_figure_is_found_whatever_other_money_the_offer_names(lang, text):
    assert [c for c, _ in offer_categories(text, lang)] == ["salary_missing"], text


@pytest.mark.parametrize(
    ("lang", "text", "quoted"),
    [
        # the contract line is quoted, not the title's « (part-time) »
        (
            "en",
            "Shop Assistant (part-time) — Nantes\n€12/h gross.\nContract: permanent, part-time",
            "part-time",
        ),
        # the public service's part time, and a « vacataire » with no length
        ("fr", "Agent·e d'accueil\n1 800 € brut.\nTemps non complet", "Temps non complet"),
        ("fr", "Animateur·rice (H/F)\n12 € brut/h.\nNature du contrat : vacataire", "vacataire"),
    ],
)
def test_an_incomplete_contract_is_quoted_on_the_line_that_states_it(lang, text, quoted):
    found = [f for f in check(text, lang=lang) if f.category == "contract_incomplete"]
    assert len(found) == 1, found
    assert found[0].quote == quoted
    assert found[0].start > text.rfind("\n")  # on the last line, the contract's


def test_pay_with_a_figure_beside_a_count_of_users_is_no_missing_salary():
    text = (
        "Product Manager, 200k users.\nPermanent contract.\n"
        "Salary: €58k–68k depending on experience."
    )
    assert offer_categories(text, "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        # every alternative to a diploma refused
        ("fr", "Les profils sans ce diplôme ne seront pas reçus en entretien.", "diploma_rigid"),
        ("fr", "Une VAE ou dix ans de métier ne remplacent pas le diplôme.", "diploma_rigid"),
        (
            "en",
            "An MBA is needed: we never consider years of practice as a substitute.",
            "diploma_rigid",
        ),
        # one's credit or debts asked
        ("fr", "Merci de certifier l'absence de fichage Banque de France.", "personal_data"),
        ("en", "Please attach a recent credit report to your application.", "personal_data"),
    ],
)
def test_alternatives_refused_and_credit_asked_are_flagged(lang, text, category):
    assert category in categories(text, lang), found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Sans ce diplôme d'État, l'exercice est interdit par la loi (code de la santé)."),
        ("en", "We do not check your credit history."),
    ],
)
def test_a_diploma_the_law_requires_and_credit_said_unchecked_are_not_flagged(lang, text):
    assert found(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Nous accueillons les candidatures de personnes après une interruption de carrière.",
        ),
        ("en", "Minimum height of 1.60 m to reach the safety equipment on board."),
        ("fr", "Secrétariat du comité syndical et suivi des délibérations du syndicat mixte."),
        ("en", "Master's degree required; equivalent experience in audit or tax is also accepted."),
    ],
)
def test_a_welcome_a_safety_reason_a_public_body_and_an_equivalent_are_not_flagged(lang, text):
    assert found(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Spanish C1 required, whatever your native language."),
        ("en", "German B2 needed; any mother tongue is welcome."),
        ("fr", "Aucune condition de nationalité n'est exigée pour ce contrat de droit public."),
        ("fr", "BP coiffure requis (réglementation de la profession), 1 900 € brut."),
        ("en", "Career gaps are fine with us, whatever the reason."),
        ("fr", "Casting : personnage de père de famille (art. R.1142-1), 300 € brut par jour."),
        ("fr", "Apprentissage, CDD de 24 mois. Rémunération selon barème légal."),
    ],
)
def test_an_opening_said_in_words_a_diploma_a_role_or_a_legal_scale_are_not_flagged(lang, text):
    assert found(text, lang) == [], text
