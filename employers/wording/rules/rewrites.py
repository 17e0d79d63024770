"""A neutral rewrite for every category, in each language: the suggestion of a finding whose
rule has no rewrite of its own (issue 21: every finding comes with one).

Each is written as a requirement line of an offer, so that it can stand in place of the
flagged words (« Nationalité française exigée » -> « Autorisation de travail en France »);
rules with a better, sentence-specific rewrite keep theirs (``Rule.suggestion``,
``Rule.rewrite``). ``tests/wording/test_rewrites.py`` checks that none keeps what was flagged.
"""

CATEGORY_REWRITES = {
    "fr": {
        "age": "débutant·es comme expérimenté·es bienvenu·es",
        "sex_gender": "une personne (H/F)",
        "gendered_title": "la personne recrutée",
        "gender_coded": "une personne motivée",
        "family_pregnancy": "horaires compatibles avec la vie personnelle",
        "origin_nationality": "autorisation de travail en France",
        "native_language": "français courant (C1)",
        "appearance": "sens du contact client",
        "health_disability": "aménagements du poste possibles sur demande",
        "religion": "dans le respect du règlement intérieur",
        "union_political": "candidatures de toutes et tous bienvenues",
        "residence": "poste basé à notre bureau",
        "school_prestige": "formation ou expérience équivalente",
        "diploma_rigid": "diplôme ou expérience équivalente",
        "career_gap": "tous les parcours sont bienvenus",
        "driving_licence": "permis B apprécié pour les déplacements chez les clients",
        "personal_data": "votre CV",
        "culture_fit": "des moments d'équipe variés et facultatifs",
        "excessive_availability": "horaires définis, heures supplémentaires récupérées",
    },
    "en": {
        "age": "candidates at any career stage",
        "sex_gender": "candidates of any gender",
        "gendered_title": "they",
        "gender_coded": "a motivated person",
        "family_pregnancy": "hours compatible with personal life",
        "origin_nationality": "right to work in France",
        "native_language": "fluent English (C1)",
        "appearance": "professional conduct with clients",
        "health_disability": "reasonable adjustments available on request",
        "religion": "in line with our internal rules",
        "union_political": "applications from everyone welcome",
        "residence": "based at our office",
        "school_prestige": "degree or equivalent experience",
        "diploma_rigid": "degree or equivalent experience",
        "career_gap": "all career paths welcome",
        "driving_licence": "driving licence a plus for client visits",
        "personal_data": "your CV",
        "culture_fit": "varied, optional team events",
        "excessive_availability": "defined working hours, overtime compensated",
    },
}
