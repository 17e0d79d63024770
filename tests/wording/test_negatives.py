"""Wording that looks risky but is lawful."""

import pytest

from employers.wording import check


@pytest.mark.parametrize(
    "text",
    [
        "Jeune entreprise innovante (JEI), nous recrutons un·e développeur·se (H/F).",
        "Une jeune pousse de la greentech recrute son premier data analyst (H/F).",
        "Start-up jeune et dynamique, nous cherchons un·e product owner (H/F).",
        "Poste junior (H/F) : débutant·es accepté·es, tutorat de six mois.",
        "Français courant requis, anglais niveau B2 apprécié (H/F).",
        "Permis B apprécié pour les déplacements clients (H/F).",
        "Nous encourageons les candidatures des femmes, sous-représentées (H/F).",
        "Les personnes bénéficiant d'une RQTH sont les bienvenues (H/F).",
        "Entreprise handi-accueillante, reconversions bienvenues (H/F).",
        "Contrat d'apprentissage : conditions d'âge du Code du travail (16 à 29 ans révolus).",
    ],
)
def test_french_lawful_wording_is_clean(text):
    assert check(text, lang="fr") == []


@pytest.mark.parametrize(
    "text",
    [
        "We are a young, fast-growing company; junior developers welcome.",
        "Fluent French and English (C1) required to answer customers.",
        "We actively encourage applications from women, people with disabilities and career "
        "changers.",
        "A driving licence is required because you will visit customer sites.",
        "They will join a friendly team; the chairperson meets every hire.",
        "You will build native iOS apps and a React Native prototype.",
    ],
)
def test_english_lawful_wording_is_clean(text):
    assert check(text, lang="en") == []
