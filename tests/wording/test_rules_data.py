import re

import pytest

from employers.wording.categories import categories, offer_categories, text_categories
from employers.wording.engine import compiled
from employers.wording.rules import rules_for
from employers.wording.rules.titles_fr import TITLES


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("questions", [False, True])
def test_rules_compile(lang, questions):
    assert compiled(lang, questions).rules


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rule_patterns_have_no_capturing_groups(lang):
    for rule in rules_for(lang) + rules_for(lang, questions=True):
        assert re.compile(rule.pattern).groups == 0, rule.pattern


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_rule_category_exists(lang):
    for rule in rules_for(lang) + rules_for(lang, questions=True):
        assert rule.category in categories()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_text_category_has_rules(lang):
    covered = {rule.category for rule in rules_for(lang)}
    if lang == "fr" and TITLES:
        covered.add("gendered_title")
    assert set(text_categories()) <= covered


def test_offer_categories_are_the_offer_level_ones():
    assert set(offer_categories()) == {"contradiction", "salary_missing", "contract_incomplete"}


def test_severities_are_known():
    assert {c["severity"] for c in categories().values()} <= {"illegal", "exclusionary", "advice"}
