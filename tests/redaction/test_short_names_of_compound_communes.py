"""The candidate's city said by the short name of its compound commune, as people say it: the
town before a merger or the first word of a double name. A generic first word (Saint, Le,
Port…) is no town on its own."""

import pytest

from candidates.redaction import redact


@pytest.mark.parametrize(
    ("city", "text", "expected"),
    [
        (
            "Évry-Courcouronnes",
            "Bénévole aux Restos du Cœur d'Évry depuis 2021.",
            "Bénévole aux Restos du Cœur d'[ville] depuis 2021.",
        ),
        ("Évry-Courcouronnes", "Je suis bénévole à Évry.", "Je suis bénévole à [ville]."),
        (
            "Charleville-Mézières",
            "I take the train in Charleville every Monday.",
            "I take the train in [city] every Monday.",
        ),
        (
            "Cherbourg-en-Cotentin",
            "Je prends le train à Cherbourg chaque lundi.",
            "Je prends le train à [ville] chaque lundi.",
        ),
    ],
)
def test_the_short_name_of_ones_compound_commune_goes(city, text, expected):
    lang = "en" if " in " in text else "fr"
    assert redact(text, {"city": city}, kind="answer", lang=lang) == expected


@pytest.mark.parametrize(
    ("city", "text"),
    [
        ("Saint-Denis", "J'ai lu un article sur Saint-Exupéry pendant la pause."),
        ("Le Havre", "Le projet a pris du retard, le client a validé."),
        ("Port-Vendres", "The server listens on a port set in the config."),
    ],
)
def test_a_generic_first_word_alone_stays(city, text):
    lang = "en" if text.startswith("The") else "fr"
    assert redact(text, {"city": city}, kind="answer", lang=lang) == text
