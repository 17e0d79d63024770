"""Offer-scope findings, sixth round of classes (issue 21): what the text proves about pay, the
contract and its own consistency, by class of wording, named from the misses of an independent
set (F) and written from the language. Every sentence is invented here; none is copied from a
set."""

import pytest

from employers.wording import check

OFFER_SCOPE = {"salary_missing", "contract_incomplete", "contradiction"}


def offer_scope(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.category, f.quote) for f in check(text, lang=lang) if f.category in OFFER_SCOPE]


def categories(text: str, lang: str) -> set[str]:
    return {category for category, _ in offer_scope(text, lang)}


# ------------------------------------------------------------------ hours with a decimal part
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Permanent role, full-time: 37.5 hours per week. Salary £31,000."),
        ("en", "Full-time (39.5 hrs/week), €2,600 a month, permanent."),
        ("fr", "CDI à temps plein, 35,5 h par semaine. 2 300 € brut par mois."),
        ("fr", "Temps complet (38,5h/semaine avec RTT), CDI, 2 450 € brut mensuel."),
    ],
)
def test_full_time_hours_with_a_decimal_part_are_full_time(lang, text):
    assert "contradiction" not in categories(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Full-time post, 7.5 hours per week. €900 a month, permanent."),
        ("fr", "Poste à temps partiel de 37,5 heures par semaine. CDI, 2 200 € brut."),
    ],
)
def test_hours_with_a_decimal_part_still_contradict_the_working_time(lang, text):
    assert "contradiction" in categories(text, lang), text


# ----------------------------------------------------- the agency that hires is not a contract
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Notre agence d'intérim recrute pour une PME cliente un·e comptable en CDI. 32 k€."),
        ("fr", "Société d'intérim du BTP, nous cherchons un·e chef·fe de chantier (CDI, 45 k€)."),
        ("fr", "Cabinet d'intérim et de recrutement : CDI de technicien·ne SAV, 2 200 € brut."),
    ],
)
def test_a_temp_agency_named_as_the_employer_is_no_temporary_contract(lang, text):
    assert "contract_incomplete" not in categories(text, lang), text


def test_a_temp_assignment_offered_by_a_temp_agency_still_needs_its_duration():
    text = "Agence d'intérim : mission d'intérim de cariste H/F, 11,90 €/h."
    assert "contract_incomplete" in categories(text, "fr")


# --------------------------------------------- the company's age is not the contract's length
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Implantée à Nantes depuis 12 ans, notre PME recrute en CDD. 2 100 € brut/mois."),
        ("fr", "Fondée il y a 30 ans, la maison recrute un·e vendeur·se en CDD. 1 900 € brut."),
        ("en", "We have been writing software since 15 years. Temporary contract, €2,000/month."),
        ("en", "Founded 20 years ago, we need a fixed-term analyst. Salary €34k."),
    ],
)
def test_the_years_a_company_has_existed_are_no_contract_duration(lang, text):
    assert "contract_incomplete" in categories(text, lang), text


def test_a_fixed_term_contract_with_its_length_stays_complete_next_to_the_company_age():
    text = "Depuis 12 ans à Nantes, nous recrutons en CDD de 8 mois. 2 100 € brut/mois."
    assert "contract_incomplete" not in categories(text, "fr")


# ------------------------------------------------------------ « nous consulter » is no figure
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Poste en CDI à Tours. Rémunération : nous contacter."),
        ("fr", "Salaire : nous consulter. Boulanger·ère H/F, CDI."),
        ("en", "Permanent baker role in Leeds. Salary: contact us."),
        ("en", "Pay: ask us at interview. Permanent, Cork."),
    ],
)
def test_a_pay_line_that_sends_the_reader_to_ask_is_no_figure(lang, text):
    assert "salary_missing" in categories(text, lang), text


# ---------------------------------------- part-time and its vague hours are quoted together
@pytest.mark.parametrize(
    ("lang", "text", "quote"),
    [
        (
            "fr",
            "Temps partiel, horaires à voir avec la gérante. 12 €/h.",
            "Temps partiel, horaires à voir",
        ),
        ("en", "Part-time, hours to be agreed. £11.80 an hour.", "Part-time, hours to be agreed"),
    ],
)
def test_part_time_without_hours_quotes_the_contract_and_its_vague_hours(lang, text, quote):
    assert ("contract_incomplete", quote) in offer_scope(text, lang), text


# -------------------------------------------------- contradictions: two places of work
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Poste basé à Rennes, au sein du pôle data. Missions : ... "
            "Poste basé à Nantes, dans nos nouveaux locaux. CDI, 42 k€.",
        ),
        (
            "en",
            "The role is based in Leeds. You will own reporting. "
            "Job location: Manchester city centre. Permanent, £40k.",
        ),
        ("fr", "Lieu de travail : Dijon.\nProfil : autonome.\nLieu de travail : Besançon. 30 k€."),
    ],
)
def test_two_different_places_of_work_contradict_each_other(lang, text):
    assert "contradiction" in categories(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the company's seat is not where the job is
        ("fr", "Entreprise basée à Lyon. Poste basé à Grenoble, CDI, 38 k€."),
        ("en", "Our company is based in Bristol. The role is based in Cardiff. £35k."),
        # the same place said twice, or two places offered
        ("fr", "Poste basé à Lille. Poste basé à Lille (siège), CDI. 40 k€."),
        ("fr", "Poste basé à Lyon ou à Grenoble, au choix. Lieu de travail : Lyon. 40 k€."),
        ("en", "Job location: Leeds or York. The role is based in York. £32k."),
    ],
)
def test_one_place_of_work_or_a_choice_of_places_is_no_contradiction(lang, text):
    assert "contradiction" not in categories(text, lang), text


# ------------------------------------- contradictions: fully remote, then most days at the office
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Poste en télétravail complet. Présence au bureau de Nantes 4 jours par semaine. "
            "40 k€.",
        ),
        ("en", "Fully remote. You must be in the Leeds office every day. £40k."),
    ],
)
def test_a_fully_remote_job_then_office_most_days_contradict_each_other(lang, text):
    assert "contradiction" in categories(text, lang), text


# ---------------------------------------------- contradictions: fully remote, then relocation
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Fully remote job across Europe. You must relocate to Lisbon within 2 months. €55k.",
        ),
        ("fr", "Poste 100 % télétravail. Déménagement à Toulouse obligatoire. 45 k€, CDI."),
    ],
)
def test_a_fully_remote_job_that_requires_relocating_contradicts_itself(lang, text):
    assert "contradiction" in categories(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Fully remote role. Relocation package available if you want to join us. €55k."),
        ("fr", "100 % télétravail ; aide au déménagement possible si vous le souhaitez. 45 k€."),
        # the company's city next to a remote job (set F's README: not a contradiction)
        ("en", "Acme, based in Lyon, is hiring a fully remote designer. €50k."),
    ],
)
def test_relocation_offered_or_a_company_city_is_no_contradiction_of_remote(lang, text):
    assert "contradiction" not in categories(text, lang), text


# ------------------------------------------------------- contradictions: two different salaries
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Salary: £40k–£45k. You will run the shop. Salary: £28k, no bonus. Permanent."),
        ("fr", "Salaire : 38 à 42 k€ brut annuel. Profil : rigoureux·se. Salaire : 30 k€ fixe."),
        (
            "fr",
            "Rémunération : 2 400 € brut/mois.\nMissions : accueil.\n"
            "Rémunération : 1 900 € brut par mois.",
        ),
        # a month's pay against a year's: twelve to fourteen months do not reach the range
        (
            "fr",
            "Salaire : 40 à 44 k€ brut annuel. Missions : paie. Rémunération : 2 000 € brut/mois.",
        ),
        # the base before a bonus is still the base
        ("en", "Salary: £50k–£55k + bonus. Duties: sales. Salary: £32,000 fixed, no bonus."),
    ],
)
def test_two_pay_lines_with_amounts_that_do_not_meet_contradict_each_other(lang, text):
    assert "contradiction" in categories(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # one line a month, the other a year: the same pay
        ("fr", "Salaire : 2 000 € brut/mois. Soit un salaire de 24 k€ brut annuel. CDI."),
        # a range and a figure inside it
        ("en", "Salary: £40k–£50k. Starting salary: £45k for most hires. Permanent."),
        # fixed pay next to on-target earnings
        ("en", "Salary: €30k base + commission. Pay with commission (OTE): €45k. Permanent."),
        ("fr", "Rémunération : 40 k€ fixe. Package total avec variable : 48 k€. CDI."),
    ],
)
def test_pay_lines_that_agree_or_add_a_variable_part_are_no_contradiction(lang, text):
    assert "contradiction" not in categories(text, lang), text


# ------------------------------------------ contradictions: no weekend work, then weekend work
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "No weekend work, Monday to Friday. Duties: stock. Sunday shifts twice a month. £24k.",
        ),
        (
            "fr",
            "Jamais de travail le week-end. Missions : caisse. "
            "Ouverture le samedi par roulement, chaque semaine. 1 900 €.",
        ),
        ("fr", "Week-ends libres. Missions : accueil. Travail le dimanche obligatoire. 1 850 €."),
    ],
)
def test_weekends_off_then_weekend_shifts_contradict_each_other(lang, text):
    assert "contradiction" in categories(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "No weekend work. The shop is closed on Saturdays and Sundays. £24k."),
        (
            "fr",
            "Pas de travail le week-end : la boutique est fermée le samedi et le dimanche. "
            "1 900 €.",
        ),
        ("en", "Weekends off, Sunday shifts only if you volunteer. £24k."),
    ],
)
def test_weekends_off_and_a_closed_weekend_are_no_contradiction(lang, text):
    assert "contradiction" not in categories(text, lang), text


# --------------------------------------------- contradictions: fixed hours, then rotating shifts
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Horaires fixes de journée. Missions : contrôle. "
            "Travail en 2x8 une semaine sur deux. 2 100 €.",
        ),
        (
            "en",
            "Fixed daytime hours, 8am–4pm. Duties: packing. Rotating night shifts required. £25k.",
        ),
    ],
)
def test_fixed_hours_then_shift_work_contradict_each_other(lang, text):
    assert "contradiction" in categories(text, lang), text


def test_fixed_hours_for_one_team_and_shifts_for_the_plant_told_as_a_choice_are_no_contradiction():
    text = "Horaires fixes ou travail en 3x8, selon votre choix. 2 100 € brut."
    assert "contradiction" not in categories(text, "fr")


# --------------------------------------- contradictions: permanent contract, then fixed-term
def test_a_fixed_term_contract_that_may_be_extended_is_still_fixed_term():
    text = (
        "Permanent role in our Cork team. This is a 9-month contract with possible extension. €50k."
    )
    assert "contradiction" in categories(text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Permanent contract in our Leeds team. Duties: audits. "
            "This is a 4-month fixed-term role. £36k.",
        ),
        (
            "fr",
            "CDI au sein de la DSI. Missions : support. "
            "Contrat à durée déterminée de 6 mois. 30 k€.",
        ),
        ("en", "Permanent position. You will join for a 6-month temporary assignment. €40k."),
    ],
)
def test_a_permanent_contract_then_a_fixed_term_one_contradict_each_other(lang, text):
    assert "contradiction" in categories(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "CDD de 6 mois pouvant déboucher sur un CDI. 30 k€."),
        ("fr", "CDI ou CDD de 12 mois selon votre préférence. 30 k€."),
        ("en", "Fixed-term contract of 6 months, then a permanent contract. €40k."),
        ("fr", "Notre agence d'intérim recrute en CDI pour un client. 30 k€."),
    ],
)
def test_a_later_step_an_option_or_a_colleague_s_contract_is_no_contradiction(lang, text):
    assert "contradiction" not in categories(text, lang), text


# -------------------------------------------- the words found in the engine's pass or alone
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Débutant·es bienvenu·es. 5 ans d'expérience exigés. CDD. Rémunération : NC."),
        ("en", "Fully remote. Relocation to Oslo required. Salary: £40k. Salary: £28k."),
        ("fr", "Poste basé à Lyon. Poste basé à Caen. Temps partiel, horaires à voir. 3x8."),
        ("en", "No weekend work. Duties: tills and stock. Saturday shifts every week. £24k."),
    ],
)
def test_the_offer_scope_findings_are_the_same_from_the_engine_s_word_places_or_alone(lang, text):
    from employers.wording.text_offer import text_offer_findings
    from employers.wording.textutil import fold

    alone = [(f.category, f.quote) for f in text_offer_findings(text, fold(text), "fr", lang)]
    assert sorted(alone) == sorted(offer_scope(text, lang))
    assert alone, text


def test_every_word_of_the_offer_scope_checks_is_found_by_a_token_or_looked_up():
    from employers.wording.text_offer import _words_plan

    plan = _words_plan()
    tokens = {word for listed in plan.tokens.values() for word, _ in listed}
    assert not tokens & plan.by_find
    # the currency signs and « h/s » have no token: looked up with str.find
    assert {"€", "£", "$", "h/s"} <= plan.by_find
