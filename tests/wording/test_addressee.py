"""The reader addressed in one gender: « Vous êtes un développeur confirmé »."""

from employers.wording import check


def _titles(text: str) -> list[tuple[str, str]]:
    return [
        (f.quote, f.suggestion) for f in check(text, lang="fr") if f.category == "gendered_title"
    ]


def test_masculine_address_is_flagged_even_with_hf():
    assert _titles("Développeur (H/F). Vous êtes un développeur confirmé.") == [
        ("un développeur confirmé", "un·e développeur·se confirmé·e")
    ]


def test_feminine_address_is_flagged_too():
    assert _titles("Tu es une développeuse passionnée.") == [
        ("une développeuse passionnée", "un·e développeur·se passionné·e")
    ]


def test_epicene_title_takes_its_gender_from_the_article():
    assert _titles("Comptable (H/F). Vous êtes une comptable rigoureuse.") == [
        ("une comptable rigoureuse", "un·e comptable rigoureux·se")
    ]


def test_inclusive_address_is_clean():
    assert _titles("Vous êtes un·e développeur·se confirmé·e (H/F).") == []


def test_rewrite_reads_in_the_sentence_and_is_clean():
    text = "Développeur (H/F). Vous êtes un développeur confirmé."
    (finding,) = [f for f in check(text, lang="fr") if f.category == "gendered_title"]
    rewritten = text[: finding.start] + finding.suggestion + text[finding.end :]
    assert rewritten == "Développeur (H/F). Vous êtes un·e développeur·se confirmé·e."
    assert _titles(rewritten) == []
