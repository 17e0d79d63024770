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


VERBOSE_SAMPLES = [
    r"""
        \bjeunes?\s+(?:
            talents? | recrues?   # one alternative per line, comments allowed
            | sortant{W}
        )
    """,
    r"[ #]x\#y\ z | [^]a ]b",
    r"a\ +b(?<=\s)c{1,2}",
]


@pytest.mark.parametrize("verbose", VERBOSE_SAMPLES)
def test_rx_means_what_re_verbose_means(verbose):
    from employers.wording.rules import compact, rx

    blocks = {"W": r"[\w\u00b7]*"}
    expanded = verbose.replace("{W}", blocks["W"])
    texts = ["jeunes talents", "jeune sortant·e", "#x#y z", "]b", "x", "a   bc", "a bcc", " ab"]
    for text in texts:
        want = re.search(expanded, text, re.VERBOSE)
        got = re.search(rx(verbose, **blocks), text)
        assert (got and got.span()) == (want and want.span()), (verbose, text)
    assert not re.search(r"\s", compact(r"a b  # comment" + "\n" + r"| c\ d").replace(" d", ""))


def test_rx_refuses_an_unknown_block():
    from employers.wording.rules import rx

    with pytest.raises(KeyError):
        rx(r"candidat{W}")
