"""Free text an employer writes to a candidate (messages, decision comments, scheduling
reasons) is refused on the same findings as offers, explained in words that fit a message."""

import pytest
from django.utils.translation import override as override_language

from employers.free_text import refusing_findings

SENTENCES = {
    "fr": [
        "Nous préférons une personne de moins de 30 ans pour ce poste.",
        "Le poste est réservé à un homme.",
        "Nous cherchons un développeur motivé pour rejoindre l'équipe.",
    ],
    "en": [
        "We would rather have someone under 30 for this role.",
        "The position is reserved for a man.",
    ],
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_refused_message_is_explained_without_speaking_of_an_offer(language):
    with override_language(language):
        findings = [f for s in SENTENCES[language] for f in refusing_findings(s)]
    assert findings
    for finding in findings:
        assert "offre" not in finding.message and "offer" not in finding.message, finding.message
