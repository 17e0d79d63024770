"""Reader-facing explanations, per category, in French and English."""

MESSAGES = {
    "age": {
        "fr": "Critère d'âge, direct ou déguisé : un recrutement ne peut pas viser une tranche "
        "d'âge ni la jeunesse ou l'ancienneté maximale. Décrivez le niveau attendu, pas l'âge.",
        "en": "Age criterion, direct or disguised: hiring may not target an age bracket, youth "
        "or a maximum of experience. Describe the level needed, not the age.",
    },
    "sex_gender": {
        "fr": "Préférence de sexe, d'identité de genre ou d'orientation sexuelle : interdit dans "
        "un recrutement, sauf rares exceptions (artistes, mannequins).",
        "en": "Preference for a sex, gender identity or sexual orientation: unlawful in "
        "hiring, save narrow exceptions (performers, models).",
    },
    "gendered_title": {
        "fr": "La personne recherchée n'est désignée qu'à un seul genre : ajoutez « H/F » ou une "
        "forme inclusive pour s'adresser clairement à toutes et tous.",
        "en": "The person sought is named in one gender only: use a neutral title or pronoun "
        "(they, their) to address everyone clearly.",
    },
    "gender_coded": {
        "fr": "Vocabulaire viriliste ou « héroïque » : il décourage une partie des candidatures "
        "(discrimination indirecte). Décrivez la compétence attendue.",
        "en": "Macho or 'hero' wording discourages part of the applicants (indirect "
        "discrimination). Describe the skill you need instead.",
    },
    "family_pregnancy": {
        "fr": "Situation de famille, grossesse ou projet parental : ni l'offre ni l'entretien ne "
        "peuvent en faire un critère, et la personne n'a pas à en parler.",
        "en": "Family situation, pregnancy or plans for children: neither the offer nor the "
        "interview may use them, and the person need not disclose them.",
    },
    "origin_nationality": {
        "fr": "Origine, nationalité, apparence ethnique ou nom de famille : critère interdit. "
        "Seule une autorisation de travail ou une condition fixée par un texte peut être exigée.",
        "en": "Origin, nationality, ethnicity or surname: a prohibited criterion. Only a right to "
        "work, or a condition set by law, may be required.",
    },
    "native_language": {
        "fr": "« Langue maternelle », « natif » ou « sans accent » écartent selon l'origine. "
        "Exigez un niveau utile au poste (courant, bilingue, niveau CECRL).",
        "en": "'Native speaker', 'mother tongue' or 'no accent' screen people out by origin. "
        "Ask for the level the job needs (fluent, CEFR level).",
    },
    "appearance": {
        "fr": "Apparence physique : critère discriminatoire, et une photo n'a aucun lien direct "
        "avec l'emploi. Ne demandez que ce qui sert le poste (tenue de sécurité, par exemple).",
        "en": "Physical appearance is a prohibited ground, and a photo has no direct link with "
        "the job. Only ask for what the job needs (safety clothing, for instance).",
    },
    "health_disability": {
        "fr": "État de santé ou handicap : seul le médecin du travail apprécie l'aptitude. "
        "Décrivez les contraintes réelles du poste et proposez des aménagements.",
        "en": "Health or disability: only the occupational physician assesses fitness. Describe "
        "the job's real demands and offer reasonable adjustments.",
    },
    "religion": {
        "fr": "Convictions ou pratiques religieuses : ni critère d'embauche ni question. Une "
        "restriction n'est possible que par règlement intérieur, justifiée et proportionnée.",
        "en": "Religious belief or practice is neither a hiring criterion nor a fair question. "
        "Restrictions need internal rules that are justified and proportionate.",
    },
    "union_political": {
        "fr": "Opinions politiques, activité syndicale, mandat électif ou alerte : protégés, ils "
        "ne peuvent pas servir à écarter une candidature.",
        "en": "Political opinions, union activity, elected office or whistleblowing are "
        "protected and cannot be used to turn an applicant down.",
    },
    "residence": {
        "fr": "Lieu de résidence ou banque imposés : critère interdit. Indiquez le lieu de "
        "travail et le rythme de présence, pas l'adresse de la personne.",
        "en": "Required place of residence or bank: a prohibited criterion. State the work "
        "location and on-site rhythm, not where the person lives.",
    },
    "school_prestige": {
        "fr": "Exiger une école prestigieuse écarte indirectement selon l'origine sociale et le "
        "lieu de vie. Décrivez les compétences ; elles seront testées.",
        "en": "Requiring an elite school indirectly screens people out by social background and "
        "place of residence. Describe the skills; they will be tested.",
    },
    "diploma_rigid": {
        "fr": "Diplôme exigé sans équivalence : ouvrez à l'expérience ou aux compétences "
        "équivalentes, sauf profession réglementée.",
        "en": "Degree required with no equivalence: accept equivalent experience or skills, "
        "unless the profession is regulated.",
    },
    "career_gap": {
        "fr": "Exiger un parcours sans interruption ou un emploi actuel écarte indirectement "
        "parents, personnes malades ou en recherche d'emploi.",
        "en": "Requiring an unbroken career or current employment indirectly excludes parents, "
        "people who were ill and jobseekers.",
    },
    "driving_licence": {
        "fr": "Permis ou véhicule exigé sans lien apparent avec les missions : précisez le "
        "besoin (déplacements, tournées) ou retirez l'exigence.",
        "en": "Licence or own vehicle required with no visible job reason: state the need "
        "(travel, site visits) or drop the requirement.",
    },
    "personal_data": {
        "fr": "Information personnelle sans lien direct avec le poste à ce stade (pièce "
        "d'identité, casier, n° de sécurité sociale, salaire passé) : ne la demandez pas.",
        "en": "Personal information unrelated to the job at this stage (ID copy, criminal "
        "record, social security number, pay history): do not ask for it.",
    },
    "culture_fit": {
        "fr": "Culture d'équipe excluante (entre-soi, alcool, jeux) : elle décourage celles et "
        "ceux qui ne s'y reconnaissent pas. Parlez plutôt des valeurs de travail.",
        "en": "Exclusionary team culture (in-group, alcohol, games) puts off people who don't "
        "fit the mould. Describe how the team works instead.",
    },
    "excessive_availability": {
        "fr": "Disponibilité excessive : durées maximales, repos et droit à la déconnexion "
        "s'appliquent. Décrivez les horaires réels et les astreintes compensées.",
        "en": "Excessive availability: legal maximum hours, rest periods and the right to "
        "disconnect apply. State real hours and paid on-call duties.",
    },
    "contradiction": {
        "fr": "Exigences contradictoires : l'offre risque d'induire en erreur. Harmonisez-les.",
        "en": "Contradictory requirements: the offer may mislead. Make them consistent.",
    },
    "salary_missing": {
        "fr": "Rémunération absente : indiquez le salaire ou sa fourchette avant l'entretien.",
        "en": "No pay information: give the salary or its range before the interview.",
    },
    "contract_incomplete": {
        "fr": "Contrat décrit de façon incomplète.",
        "en": "The contract is described incompletely.",
    },
}

# Offer-level findings, keyed by the check that produced them.
OFFER_MESSAGES = {
    "salary_missing": MESSAGES["salary_missing"],
    "fixed_term_without_end": {
        "fr": "CDD ou intérim sans terme ni durée minimale : précisez-les (L.1242-12).",
        "en": "Fixed-term or temp contract with no end date or minimum duration: state it.",
    },
    "part_time_without_hours": {
        "fr": "Temps partiel sans durée du travail : indiquez les heures hebdomadaires.",
        "en": "Part-time with no working hours: state the weekly hours.",
    },
    "beginner_vs_years": {
        "fr": "L'offre accueille les débutant·es mais exige plusieurs années d'expérience.",
        "en": "The offer welcomes beginners but requires several years of experience.",
    },
    "required_vs_beginner": {
        "fr": "L'expérience est exigée mais le texte accueille les débutant·es.",
        "en": "Experience is required, yet the text welcomes beginners.",
    },
    "internship_vs_permanent": {
        "fr": "Stage et CDI à la fois : un stage n'est pas un contrat de travail.",
        "en": "Both an internship and a permanent contract: an internship is not employment.",
    },
    "contract_vs_internship": {
        "fr": "Le contrat est un contrat de travail mais le texte parle de stage.",
        "en": "The contract is employment, yet the text describes an internship.",
    },
    "permanent_with_end": {
        "fr": "CDI avec une date de fin : un CDI n'a pas de terme.",
        "en": "Permanent contract with an end date: a permanent contract has no end.",
    },
    "salary_bounds": {
        "fr": "Fourchette de salaire inversée : le minimum dépasse le maximum.",
        "en": "Salary range reversed: the minimum exceeds the maximum.",
    },
    "working_time_mismatch": {
        "fr": "Temps de travail incohérent entre les champs et le texte.",
        "en": "Working time differs between the fields and the text.",
    },
}
