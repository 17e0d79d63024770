"""A number after « I was » / « j'avais » or after « at » is an age only when nothing says it
counts something else: days late, weeks into a project, hours of overtime, people in a team, a
time of day. The age itself still goes."""

import pytest

from candidates.redaction import redact


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I was 3 days late with the report because of a flaky test.", "en"),
        ("I was 2 weeks into the migration when the database broke.", "en"),
        ("I was 3 hours behind schedule, so I cut the scope.", "en"),
        ("When I was 10 minutes from the demo, the build failed.", "en"),
        ("I was 4 people short on the team that sprint.", "en"),
        ("I was 20% over budget and said so early.", "en"),
        ("J'avais 3 jours de retard sur le sprint, j'ai prévenu l'équipe.", "fr"),
        ("J'avais 2 semaines pour livrer le module de paiement.", "fr"),
        ("J'avais 5 tickets en attente et j'ai priorisé par impact.", "fr"),
        ("I started the on-call shift at 7 am and left at 5 pm.", "en"),
        ("J'ai commencé la mise en production à 9 h et fini à 11 h.", "fr"),
    ],
)
def test_a_number_that_counts_something_else_stays(text, lang):
    assert redact(text, kind="answer", lang=lang) == text


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "I was 15 when I wrote my first script.",
            "en",
            "I was [age] when I wrote my first script.",
        ),
        (
            "J'avais 12 ans quand j'ai démonté mon premier PC.",
            "fr",
            "J'avais [âge] quand j'ai démonté mon premier PC.",
        ),
        (
            "I started coding at 14 on a school laptop.",
            "en",
            "I started coding at [age] on a school laptop.",
        ),
    ],
)
def test_the_age_itself_still_goes(text, lang, expected):
    assert redact(text, kind="answer", lang=lang) == expected
