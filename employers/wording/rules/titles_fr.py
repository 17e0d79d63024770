"""French job titles with a grammatical gender: (masculine, feminine, inclusive form).

Used by ``employers.wording.titles`` to spot a title written in one gender only.
Plurals are built by adding "s" unless the entry gives them: (m, f, inclusive, m_pl, f_pl).
Epicene titles (analyste, comptable, responsable...) are in ``EPICENE``: an adjective that
agrees with the person ("comptable confirmé", "secrétaire médicale") gives them a gender.
"""

TITLES = [
    ("développeur", "développeuse", "développeur·se"),
    ("ingénieur", "ingénieure", "ingénieur·e"),
    ("technicien", "technicienne", "technicien·ne"),
    ("consultant", "consultante", "consultant·e"),
    ("administrateur", "administratrice", "administrateur·rice"),
    ("testeur", "testeuse", "testeur·se"),
    ("intégrateur", "intégratrice", "intégrateur·rice"),
    ("chef", "cheffe", "chef·fe"),
    ("directeur", "directrice", "directeur·rice"),
    ("vendeur", "vendeuse", "vendeur·se"),
    ("commercial", "commerciale", "commercial·e", "commerciaux", "commerciales"),
    ("chargé", "chargée", "chargé·e"),
    ("assistant", "assistante", "assistant·e"),
    ("conseiller", "conseillère", "conseiller·ère"),
    ("rédacteur", "rédactrice", "rédacteur·rice"),
    ("formateur", "formatrice", "formateur·rice"),
    ("auditeur", "auditrice", "auditeur·rice"),
    ("programmeur", "programmeuse", "programmeur·se"),
    ("opérateur", "opératrice", "opérateur·rice"),
    ("infirmier", "infirmière", "infirmier·ère"),
    ("serveur", "serveuse", "serveur·se"),
    ("cuisinier", "cuisinière", "cuisinier·ère"),
    ("employé", "employée", "employé·e"),
    ("agent", "agente", "agent·e"),
    ("coordinateur", "coordinatrice", "coordinateur·rice"),
    ("animateur", "animatrice", "animateur·rice"),
    ("acheteur", "acheteuse", "acheteur·se"),
    ("contrôleur", "contrôleuse", "contrôleur·se"),
    ("superviseur", "superviseuse", "superviseur·se"),
    ("concepteur", "conceptrice", "concepteur·rice"),
    ("expert", "experte", "expert·e"),
    ("alternant", "alternante", "alternant·e"),
    ("apprenti", "apprentie", "apprenti·e"),
    ("ouvrier", "ouvrière", "ouvrier·ère"),
    ("magasinier", "magasinière", "magasinier·ère"),
    ("préparateur", "préparatrice", "préparateur·rice"),
    ("livreur", "livreuse", "livreur·se"),
    ("chauffeur", "chauffeuse", "chauffeur·se"),
    ("hôte", "hôtesse", "hôte·sse"),
    ("caissier", "caissière", "caissier·ère"),
    ("électricien", "électricienne", "électricien·ne"),
    ("mécanicien", "mécanicienne", "mécanicien·ne"),
    ("informaticien", "informaticienne", "informaticien·ne"),
    ("négociateur", "négociatrice", "négociateur·rice"),
    ("traducteur", "traductrice", "traducteur·rice"),
    ("dessinateur", "dessinatrice", "dessinateur·rice"),
    ("éducateur", "éducatrice", "éducateur·rice"),
    ("aide-soignant", "aide-soignante", "aide-soignant·e"),
    ("gérant", "gérante", "gérant·e"),
    ("président", "présidente", "président·e"),
    ("homme de ménage", "femme de ménage", "agent·e d'entretien"),
    ("steward", "hôtesse de l'air", "personnel navigant commercial"),
]

# One form for both genders.
EPICENE = [
    "analyste",
    "architecte",
    "comptable",
    "secrétaire",
    "responsable",
    "juriste",
    "graphiste",
    "gestionnaire",
    "stagiaire",
    "designer",
    "webmaster",
    "photographe",
    "bibliothécaire",
    "psychologue",
    "ergonome",
    "data scientist",
    "data analyst",
    "product owner",
    "product manager",
    "scrum master",
]

# Adjectives that agree with the person hired: (masculine, feminine, inclusive). They count
# anywhere in the words that follow the title ("chef de projet confirmé").
PERSON_ADJECTIVES = [
    ("confirmé", "confirmée", "confirmé·e"),
    ("expérimenté", "expérimentée", "expérimenté·e"),
    ("passionné", "passionnée", "passionné·e"),
    ("motivé", "motivée", "motivé·e"),
    ("qualifié", "qualifiée", "qualifié·e"),
    ("spécialisé", "spécialisée", "spécialisé·e"),
    ("diplômé", "diplômée", "diplômé·e"),
    ("certifié", "certifiée", "certifié·e"),
    ("polyvalent", "polyvalente", "polyvalent·e"),
    ("débutant", "débutante", "débutant·e"),
    ("indépendant", "indépendante", "indépendant·e"),
    ("itinérant", "itinérante", "itinérant·e"),
    ("référent", "référente", "référent·e"),
    ("rigoureux", "rigoureuse", "rigoureux·se"),
    ("curieux", "curieuse", "curieux·se"),
    ("créatif", "créative", "créatif·ve"),
]

# Adjectives that agree with the person only right after the title ("responsable
# commercial"); further on they may describe something else ("chef de projet commercial").
TITLE_ADJECTIVES = [
    ("commercial", "commerciale", "commercial·e"),
    ("technico-commercial", "technico-commerciale", "technico-commercial·e"),
    ("médical", "médicale", "médical·e"),
    ("principal", "principale", "principal·e"),
    ("administratif", "administrative", "administratif·ve"),
    ("financier", "financière", "financier·ère"),
]
