"""The score of a graded submission counts its passed tests with the right plural."""

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from tests.assessments.factories import SubmissionFactory

pytestmark = pytest.mark.django_db

FAILED = {"name": "t", "verdict": "WA", "time_s": 0.01, "weight": 1}
PASSED = {**FAILED, "verdict": "AC"}


def score_line(verdicts, language):
    submission = SubmissionFactory(graded=True, score=0.0, verdicts=verdicts)
    with translation.override(language):
        html = render_to_string("assessments/_submission_status.html", {"submission": submission})
    return html.split("data-vivier-submission-final>")[1].split("</p>")[0]


@pytest.mark.parametrize(
    ("verdicts", "expected"),
    [
        ([FAILED, FAILED], "(0 test réussi sur 2)"),
        ([PASSED, FAILED], "(1 test réussi sur 2)"),
        ([PASSED, PASSED], "(2 tests réussis sur 2)"),
    ],
)
def test_passed_tests_are_counted_in_french(verdicts, expected):
    assert expected in score_line(verdicts, "fr")


@pytest.mark.parametrize(
    ("verdicts", "expected"),
    [
        ([FAILED, FAILED], "(0 tests passed out of 2)"),
        ([PASSED, FAILED], "(1 test passed out of 2)"),
    ],
)
def test_passed_tests_are_counted_in_english(verdicts, expected):
    assert expected in score_line(verdicts, "en")
