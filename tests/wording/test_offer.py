from employers.wording import OfferFields, check_offer, offer_text

BASE = {
    "title": "Développeur·se Python (H/F)",
    "description": "Vous rejoignez notre équipe produit à Lyon.",
    "contract_type": "cdi",
    "working_time": "full_time",
    "salary_min": 42000,
    "salary_max": 50000,
    "experience_level": "wished",
}


def categories_of(**changes):
    return [f.category for f in check_offer({**BASE, **changes})]


def test_complete_offer_is_clean():
    assert check_offer(OfferFields(**BASE)) == []


def test_missing_salary_range():
    assert categories_of(salary_min=None, salary_max=None) == ["salary_missing"]


def test_salary_stated_in_the_text_is_enough():
    assert categories_of(salary_min=None, salary_max=None, description="Salaire : 45 k€.") == []


def test_vague_salary_is_quoted():
    fields = {
        **BASE,
        "salary_min": None,
        "salary_max": None,
        "description": "Salaire compétitif selon profil.",
    }
    [finding] = check_offer(fields)
    assert finding.quote == "Salaire compétitif"


def test_fixed_term_without_end_or_duration():
    [finding] = check_offer({**BASE, "contract_type": "cdd"})
    assert (finding.category, finding.start, finding.end, finding.quote) == (
        "contract_incomplete",
        0,
        0,
        "",
    )


def test_fixed_term_with_duration_in_the_text_is_complete():
    assert categories_of(contract_type="cdd", description="CDD de 6 mois à Lyon.") == []


def test_part_time_without_hours():
    assert categories_of(working_time="part_time") == ["contract_incomplete"]


def test_part_time_with_weekly_hours_is_complete():
    assert categories_of(working_time="part_time", weekly_hours=24) == []


def test_beginners_welcome_but_years_required_is_a_contradiction():
    description = "Débutant accepté. 5 ans d'expérience exigés en Python."
    fields = {**BASE, "description": description}
    [finding] = check_offer(fields)
    assert finding.category == "contradiction"
    assert finding.quote == "5 ans d'expérience exigés"
    assert offer_text(OfferFields(**fields))[finding.start : finding.end] == finding.quote


def test_internship_with_permanent_contract_is_a_contradiction():
    fields = {**BASE, "contract_type": "stage", "description": "Stage débouchant sur un CDI."}
    assert [f.category for f in check_offer(fields)] == ["contradiction"]


def test_offer_level_messages_follow_the_locale():
    [finding] = check_offer({**BASE, "salary_min": None, "salary_max": None}, locale="en")
    assert "pay" in finding.message.lower()


def test_wording_findings_are_included_with_offsets_in_the_offer_text():
    fields = {**BASE, "description": "Profil jeune diplômé."}
    [finding] = check_offer(fields)
    assert finding.category == "age"
    assert offer_text(OfferFields(**fields))[finding.start : finding.end] == "Profil jeune diplômé"
