"""Offer-scope findings the text proves on its own (issue 21, second round): a pay line with no
figure, a fixed-term or part-time contract with no duration or hours, two statements that
exclude each other. An excerpt that says nothing of pay or of the contract is not flagged, and
``check_offer`` gives one finding per problem when the text and the fields both tell it.
Every example is invented for these tests."""

import pytest

from employers.wording import check, check_offer

OFFER_SCOPE = {"salary_missing", "contract_incomplete", "contradiction"}


def offer_scope(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.category, f.quote) for f in check(text, lang=lang) if f.category in OFFER_SCOPE]


POSITIVE = [
    # a pay line whose figure is a formula
    ("fr", "Magasinier·ère H/F, CDI. Rémunération : selon expérience.", "salary_missing"),
    ("fr", "Salaire : NC – poste basé à Angers, CDI.", "salary_missing"),
    ("fr", "Un salaire attractif et des RTT vous attendent ! CDI à Metz.", "salary_missing"),
    ("fr", "Rémunération à définir avec le manager. CDI, Reims.", "salary_missing"),
    ("en", "Pay: DOE. Warehouse lead, permanent, Leeds.", "salary_missing"),
    ("en", "We pay a competitive wage plus bonus. Permanent role in Cork.", "salary_missing"),
    ("en", "Compensation to be agreed at offer stage. Permanent, Dublin.", "salary_missing"),
    # a fixed-term contract with no duration, or one said to be undetermined
    ("fr", "Poste en CDD, prise de poste rapide. Salaire 2 050 € brut.", "contract_incomplete"),
    ("fr", "Contrat à durée déterminée – Agent·e de tri H/F, 11,90 €/h.", "contract_incomplete"),
    (
        "fr",
        "Mission d'intérim, durée à définir. Manutentionnaire H/F, 12 €/h.",
        "contract_incomplete",
    ),
    ("en", "Temporary role, immediate start. Picker, £11.50 an hour.", "contract_incomplete"),
    (
        "en",
        "Fixed-term contract (duration to be confirmed). Analyst, €3,100/month.",
        "contract_incomplete",
    ),
    # part-time with no hours
    (
        "fr",
        "Emploi à temps partiel, boulangerie de quartier. 12 € brut de l'heure.",
        "contract_incomplete",
    ),
    (
        "fr",
        "Temps partiel, horaires variables. Caissier·ère H/F, 11,88 €/h.",
        "contract_incomplete",
    ),
    ("en", "Part time, evenings only. Cleaner, €12.10 per hour.", "contract_incomplete"),
    # contradictions inside the text
    (
        "fr",
        "Débutant·es bienvenu·es. Vous justifiez de 4 ans d'expérience minimum en paie. 30 k€.",
        "contradiction",
    ),
    (
        "fr",
        "Aucune expérience requise ; 6 années d'expérience en gestion exigées. 2 000 €.",
        "contradiction",
    ),
    (
        "fr",
        "Contrat d'apprentissage : 8 ans d'expérience en management obligatoires. 1 200 €/mois.",
        "contradiction",
    ),
    ("en", "Beginners welcome! You bring 3+ years of Kotlin experience. £38k.", "contradiction"),
    (
        "fr",
        "Sans diplôme, vous êtes le·la bienvenu·e. Master en finance exigé. 40 k€.",
        "contradiction",
    ),
    (
        "en",
        "No degree needed. You must have a Bachelor's degree in Accounting. $52k.",
        "contradiction",
    ),
    (
        "fr",
        "Allemand non requis. Allemand courant exigé pour les appels clients. 36 k€.",
        "contradiction",
    ),
    ("en", "Fully remote team. You will be in the office 5 days a week. €60k.", "contradiction"),
    (
        "fr",
        "Télétravail intégral. Présence obligatoire sur site chaque jour à Lille. 42 k€.",
        "contradiction",
    ),
    ("fr", "Offre de stage – contrat à durée indéterminée. 4,35 €/h.", "contradiction"),
    ("fr", "Stage en CDI au service achats. 4,35 €/h.", "contradiction"),
    ("en", "Paid internship on a permanent contract. €1,400/month.", "contradiction"),
    (
        "fr",
        "Temps complet. 18 heures par semaine. Agent·e d'accueil H/F, 1 400 €.",
        "contradiction",
    ),
    ("en", "Part-time job, 38 hours per week. Host, €13/h.", "contradiction"),
]


@pytest.mark.parametrize(("lang", "text", "category"), POSITIVE)
def test_the_text_proves_an_offer_level_problem(lang, text, category):
    assert category in {c for c, _ in offer_scope(text, lang)}, text


NEGATIVE = [
    # an excerpt that says nothing of pay is not an offer without pay
    ("fr", "Vous rejoindrez une équipe de six personnes à Nantes."),
    ("en", "You will report to the head of logistics in Bristol."),
    # a formula next to a figure: the figure is given
    ("fr", "Rémunération selon profil : 38 à 44 k€ brut annuel."),
    ("en", "Competitive salary (£45,000–£50,000) and private health cover."),
    ("fr", "Salaire selon la grille de la fonction publique hospitalière, CDI."),
    # a fixed-term contract with its duration or end
    ("fr", "CDD de 9 mois pour un remplacement de congé maternité. 2 300 € brut."),
    ("fr", "CDD du 2 mai au 31 octobre, saison estivale. 1 850 € brut."),
    ("en", "Fixed-term contract until 31 August, maternity cover. €2,900/month."),
    ("en", "Twelve-month fixed-term contract. €41k."),
    # part-time with hours
    ("fr", "Temps partiel 24 h par semaine, du lundi au jeudi. 12 € brut/h."),
    ("en", "Part-time, 20 hours a week. £12/hour."),
    ("fr", "Temps partiel à 80 %. 2 100 € brut."),
    # no contradiction: a wish, a later step, an option, a mentee
    ("fr", "Débutant accepté ; 2 ans d'expérience seraient un plus. 28 k€."),
    ("fr", "Stage de 6 mois pouvant déboucher sur un CDI. 4,35 €/h."),
    ("en", "Internship with a view to a permanent contract. €1,300/month."),
    ("fr", "CDI à temps plein ou temps partiel possible. 2 000 € brut."),
    ("en", "You'll mentor two junior analysts. Lead Analyst, 9+ years of experience, €80k."),
    ("fr", "Télétravail complet possible, séminaire trimestriel à Paris. 50 k€."),
    ("fr", "Senior : 7 ans d'expérience minimum. 60 k€, CDI."),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVE)
def test_what_the_text_answers_or_does_not_say_is_not_flagged(lang, text):
    assert offer_scope(text, lang) == [], text


def test_each_finding_quotes_the_words_and_has_a_rewrite():
    text = "Salaire : à négocier. Vendeur·se H/F, CDI."
    [finding] = [f for f in check(text, lang="fr") if f.category == "salary_missing"]
    assert finding.quote == "Salaire : à négocier"
    assert finding.severity == "advice"
    assert finding.suggestion.startswith("Salaire : ")
    rewritten = text.replace(finding.quote, finding.suggestion)
    assert offer_scope(rewritten, "fr") == []


def test_a_pay_formula_is_quoted_with_what_it_depends_on():
    [finding] = check("Salaire : selon profil. Caviste H/F, CDI.", lang="fr")[:1]
    assert (finding.category, finding.quote) == ("salary_missing", "Salaire : selon profil")


def test_the_contradiction_quotes_its_later_side():
    text = "Débutant accepté. 5 ans d'expérience exigés en C++. 35 k€."
    assert offer_scope(text, "fr") == [("contradiction", "5 ans d'expérience exigés")]


def test_interview_questions_get_no_offer_scope_findings():
    from employers.wording import check_question

    found = check_question("Salaire : selon profil, en CDD ?", lang="fr")
    assert not {f.category for f in found} & OFFER_SCOPE


BASE = {"title": "Vendeur ou vendeuse", "contract_type": "cdi", "working_time": "full_time"}


def test_check_offer_gives_one_salary_finding_when_text_and_fields_both_lack_pay():
    fields = {**BASE, "description": "Rémunération : selon profil."}
    found = [f.category for f in check_offer(fields)]
    assert found.count("salary_missing") == 1


def test_check_offer_drops_the_text_finding_that_the_salary_fields_answer():
    fields = {**BASE, "description": "Rémunération : selon profil.", "salary_min": 30000}
    assert "salary_missing" not in [f.category for f in check_offer(fields)]


def test_check_offer_drops_a_fixed_term_finding_when_the_end_date_field_is_set():
    fields = {
        **BASE,
        "contract_type": "cdd",
        "contract_end_date": "2027-06-30",
        "salary_min": 24000,
        "description": "Poste en CDD à Brest.",
    }
    assert "contract_incomplete" not in [f.category for f in check_offer(fields)]


def test_check_offer_gives_one_fixed_term_finding_when_neither_says_the_end():
    fields = {**BASE, "contract_type": "cdd", "salary_min": 24000, "description": "CDD à Brest."}
    found = [f.category for f in check_offer(fields)]
    assert found.count("contract_incomplete") == 1


def test_check_offer_drops_a_part_time_finding_when_weekly_hours_are_set():
    fields = {
        **BASE,
        "working_time": "part_time",
        "weekly_hours": 24,
        "salary_min": 12000,
        "description": "Poste à temps partiel.",
    }
    assert "contract_incomplete" not in [f.category for f in check_offer(fields)]


def test_check_offer_gives_one_contradiction_for_beginners_and_years():
    fields = {
        **BASE,
        "salary_min": 30000,
        "experience_level": "beginner_welcome",
        "description": "Débutant accepté. 5 ans d'expérience exigés.",
    }
    found = [f for f in check_offer(fields) if f.category == "contradiction"]
    assert [f.quote for f in found] == ["5 ans d'expérience exigés"]
