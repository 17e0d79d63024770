"""The people of the demo: who they are, what they chose to declare and how far they went in
each offer. Data only; `demo.population` plays their stories through the services.

Invented people with plausible names and towns (Essonne for the Évry offers, the Nord for Lille
and Roubaix, a few rural places). Their paths are chosen so that the fairness report of the
Python offer can publish figures: at the step after the assessment, 13 people went on and 17
were not retained, and all 30 declared a gender and whether they live in a priority
neighbourhood, in groups of 10 or more.
"""

import unicodedata
from dataclasses import dataclass

W, M = "woman", "man"
Y, N = "yes", "no"

# Paths in an offer (see demo.population):
HIRED = "hired"
SHORTLISTED = "shortlisted"
REJECTED_AFTER_INTERVIEW = "rejected_after_interview"
INTERVIEWED = "interviewed"  # consensus recorded, the decision is still to take
REVEALED = "revealed"  # every score is in, the consensus is still to record
SCORING = "scoring"  # scoring open, one panel member has handed in
PLANNED = "planned"  # interview planned, scoring not open
REJECTED = "rejected"  # not retained after the assessment (or the application)
ASSESSED = "assessed"  # assessment handed in, waiting for a decision
APPLIED = "applied"
WITHDRAWN = "withdrawn"
ADVANCED = (HIRED, SHORTLISTED, REJECTED_AFTER_INTERVIEW, INTERVIEWED, REVEALED, SCORING, PLANNED)

DOMAIN = "candidats.vivier.demo"


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    town: str  # "commune postcode"
    birth_year: int
    # The self-declaration, in short: W woman, M man, Q / q lives / does not live in a priority
    # neighbourhood (QPV), Z / z in a rural area (ZRR), H recognised disabled worker (RQTH),
    # C career change, A declares the age band (which follows from the birth year).
    declared: str = ""
    # Their path in each offer they applied to ("" = did not apply).
    web: str = ""
    support: str = ""
    data: str = ""
    past: str = ""
    # Invited to the Python offer by the demo adviser: None = not invited, else their consent
    # to be followed.
    referred: bool | None = None
    # Same answers as every other person with the same `twin` (a tie in the ranking).
    twin: str = ""
    email: str = ""

    @property
    def city(self) -> str:
        return self.town.rsplit(" ", 1)[0]

    @property
    def postcode(self) -> str:
        return self.town.rsplit(" ", 1)[1]

    @property
    def address(self) -> str:
        if self.email:
            return self.email
        name = unicodedata.normalize("NFKD", f"{self.first_name}.{self.last_name}")
        local = "".join(
            c for c in name.encode("ascii", "ignore").decode() if c.isalnum() or c == "."
        )
        return f"{local.lower()}@{DOMAIN}"

    def declaration(self, *, this_year: int) -> dict[str, str]:
        """The values of fairness.SelfDeclaration ("" = not declared)."""
        flags = set(self.declared.split())
        age = this_year - self.birth_year
        band = "under_26" if age < 26 else "26_49" if age < 50 else "50_plus"
        return {
            "gender": W if "W" in flags else M if "M" in flags else "",
            "age_band": band if "A" in flags else "",
            "qpv": Y if "Q" in flags else N if "q" in flags else "",
            "zrr": Y if "Z" in flags else N if "z" in flags else "",
            "rqth": Y if "H" in flags else "",
            "career_change": Y if "C" in flags else "",
        }


# fmt: off
PEOPLE = [
    # Python offer: went on to the interview (12, and the demo account candidat4).
    Person("Fatoumata", "Camara", "Grigny 91350", 1998, "W Q A", web=HIRED, referred=True),
    Person("Lucas", "Moreau", "Massy 91300", 1995, "M q A", web=SHORTLISTED),
    Person("Nadia", "Bouzid", "Évry-Courcouronnes 91000", 1987, "W Q C A", web=SHORTLISTED,
           referred=True),
    Person("Thomas", "Nguyen", "Palaiseau 91120", 1999, "M q", web=REJECTED_AFTER_INTERVIEW),
    Person("Samira", "El Amrani", "Les Ulis 91940", 1992, "W Q A", web=REJECTED_AFTER_INTERVIEW),
    Person("Julien", "Lefèvre", "Étampes 91150", 1979, "M q H C A", web=INTERVIEWED),
    Person("Chloé", "Dubois", "Juvisy-sur-Orge 91260", 2001, "W q A", web=INTERVIEWED),
    Person("Mamadou", "Sow", "Corbeil-Essonnes 91100", 1996, "M Q", web=INTERVIEWED, referred=True),
    Person("Léa", "Fernandes", "Savigny-sur-Orge 91600", 2000, "W q A", web=REVEALED),
    Person("Hugo", "Perret", "Dourdan 91410", 1990, "M q z", web=SCORING),
    Person("Aïcha", "Mbaye", "Ris-Orangis 91130", 1994, "W q", web=SCORING),
    Person("Romain", "Girard", "Viry-Châtillon 91170", 1985, "M q C", web=PLANNED),
    # Python offer: not retained after the assessment (17); some applied elsewhere too.
    Person("Sarah", "Cohen", "Draveil 91210", 1993, "W q A", web=REJECTED),
    Person("Anthony", "Lopes", "Grigny 91350", 1997, "M Q A", web=REJECTED),
    Person("Mélissa", "Rakotomalala", "Évry-Courcouronnes 91000", 2002, "W Q A", web=REJECTED),
    Person("Maxime", "Roux", "Brétigny-sur-Orge 91220", 1991, "M q", web=REJECTED),
    Person("Yasmina", "Haddad", "Sainte-Geneviève-des-Bois 91700", 1989, "W q C A",
           web=REJECTED, data=ASSESSED),
    Person("Nicolas", "Faure", "Villeneuve-d'Ascq 59650", 1983, "M q H A", web=REJECTED,
           support=INTERVIEWED),
    Person("Ousmane", "Diop", "Roubaix 59100", 2000, "M Q A", web=REJECTED, support=INTERVIEWED),
    Person("Clara", "Vasseur", "Tourcoing 59200", 1996, "W q", web=REJECTED, support=REJECTED),
    Person("Jonathan", "Da Silva", "Viry-Châtillon 91170", 1994, "M Q C", web=REJECTED),
    Person("Emma", "Lambert", "Palaiseau 91120", 2003, "W q A", web=REJECTED),
    Person("Rayan", "Belkacem", "Les Ulis 91940", 2004, "M Q A", web=REJECTED),
    Person("Marine", "Leroy", "Guéret 23000", 1986, "W q Z A", web=REJECTED),
    Person("Quentin", "Bernard", "Massy 91300", 1998, "M q", web=REJECTED),
    Person("Binta", "Kouyaté", "Corbeil-Essonnes 91100", 1990, "W Q", web=REJECTED, data=APPLIED),
    Person("Alexandre", "Nowak", "Évry-Courcouronnes 91000", 1975, "M q C A", web=REJECTED),
    Person("Jade", "Morel", "Juvisy-sur-Orge 91260", 2001, "W q", web=REJECTED),
    Person("Sofiane", "Meziane", "Grigny 91350", 1992, "M q A", web=REJECTED),
    # Python offer: assessed, waiting for a decision (the first two have the same results).
    Person("Manon", "Chevalier", "Massy 91300", 1999, "", web=ASSESSED, twin="a"),
    Person("Karim", "Saïdi", "Évry-Courcouronnes 91000", 1988, "M Q", web=ASSESSED, twin="a"),
    Person("Élodie", "Marchand", "Étampes 91150", 1984, "W", web=ASSESSED),
    Person("Linh", "Tran", "Ris-Orangis 91130", 1997, "W q", web=ASSESSED),
    # Python offer: applied, or withdrew.
    Person("Baptiste", "Renaud", "Draveil 91210", 2005, "", web=APPLIED),
    Person("Aminata", "Sylla", "Grigny 91350", 1995, "W Q", web=APPLIED, referred=False),
    Person("Pierre-Yves", "Le Gall", "Massy 91300", 1972, "M q A", web=WITHDRAWN),
    # Support offer (Lille), which interviews without an assessment.
    Person("Hélène", "Dupont", "Lille 59000", 1978, "W q A", support=PLANNED),
    Person("Malik", "Benaïssa", "Roubaix 59100", 1999, "M Q", support=REJECTED),
    Person("Océane", "Lemaire", "Fourmies 59610", 2003, "W q Z A", support=REJECTED),
    Person("Tiago", "Pereira", "Wattrelos 59150", 1993, "M q", support=APPLIED),
    Person("Zoé", "Delattre", "Avesnes-sur-Helpe 59440", 1996, "W q Z", support=APPLIED),
    # Data analyst offer (Roubaix), whose assessment asks for full rankings.
    Person("Mehdi", "Charef", "Roubaix 59100", 2002, "M Q A", data=ASSESSED),
    Person("Camille", "Vandenberghe", "Villeneuve-d'Ascq 59650", 2004, "A", data=APPLIED),
    Person("Fatima Zahra", "Ouali", "Tourcoing 59200", 2001, "W Q", data=APPLIED),
    # Last spring's cohort: ten hired, asked six months later whether they are still in post.
    Person("Moussa", "Keita", "Évry-Courcouronnes 91000", 1990, "M Q", past=HIRED),
    Person("Sandrine", "Carpentier", "Corbeil-Essonnes 91100", 1974, "W q C A", past=HIRED),
    Person("Dylan", "Hoarau", "Grigny 91350", 1999, "M Q A", past=HIRED),
    Person("Kenza", "Amrani", "Les Ulis 91940", 1997, "W Q", past=HIRED),
    Person("Florian", "Masson", "Brétigny-sur-Orge 91220", 1992, "M q", past=HIRED),
    Person("Aurélie", "Gomez", "Ris-Orangis 91130", 1988, "W q H", past=HIRED),
    Person("Ibrahima", "Ba", "Viry-Châtillon 91170", 1995, "M Q", past=HIRED),
    Person("Laura", "Mercier", "Étampes 91150", 2000, "W q A", past=HIRED),
    Person("Steven", "Chen", "Massy 91300", 1996, "M q", past=HIRED),
    Person("Priscilla", "Jean-Baptiste", "Évry-Courcouronnes 91000", 1993, "W Q", past=HIRED),
    Person("Nathan", "Fontaine", "Savigny-sur-Orge 91600", 2002, "M q",
           past=REJECTED_AFTER_INTERVIEW),
    Person("Rokia", "Traoré", "Grigny 91350", 1998, "W Q", past=REJECTED_AFTER_INTERVIEW),
    Person("Damien", "Perrin", "Dourdan 91410", 1980, "M q z",
           past=REJECTED_AFTER_INTERVIEW),
]

# The demo account with applications at several stages (its login is in demo.data).
CANDIDAT4 = Person(
    "Jordan", "Mendy", "Corbeil-Essonnes 91100", 1994, "M Q C A", web=INTERVIEWED,
    support=REJECTED_AFTER_INTERVIEW, data=APPLIED, referred=True, email="candidat4@vivier.demo",
)
# fmt: on

# Of the cohort hired last spring, those no longer in post when asked (by last name).
LEFT_AFTER_SIX_MONTHS = {"Hoarau", "Masson"}

# Written answers, from the weakest to the strongest, per library question (any other
# question gets the first list).
WRITTEN_ANSWERS = {
    "written-explain-technical": [
        "Je lui ai expliqué le problème. Il a compris à la fin.",
        "Un voisin ne comprenait pas pourquoi son ordinateur était lent. Je lui ai montré le "
        "gestionnaire des tâches et on a fermé des programmes. Ça allait mieux.",
        "En stage, une comptable devait utiliser un nouveau logiciel de notes de frais. J'ai "
        "évité le vocabulaire technique et je lui ai montré les trois écrans dont elle avait "
        "besoin, dans l'ordre de son travail. Elle a pu saisir ses notes seule la semaine "
        "suivante.",
        "Dans mon association, je devais expliquer au bureau pourquoi il fallait sauvegarder "
        "les fichiers des adhérents. J'ai comparé la sauvegarde à un double des clés, puis j'ai "
        "demandé à chacun de reformuler. Une personne confondait sauvegarde et partage : j'ai "
        "repris avec un schéma. Nous avons mis en place une sauvegarde chaque semaine.",
        "Lors de ma formation à l'IUT de Lille, j'ai aidé un commerçant à comprendre pourquoi "
        "son site était lent. J'ai d'abord demandé ce qu'il voyait, puis mesuré le temps de "
        "chargement avec lui. Je lui ai expliqué le poids des images avec l'exemple d'un colis "
        "trop lourd, et vérifié qu'il pouvait l'expliquer à son tour. Il compresse maintenant "
        "ses photos seul, et le site s'affiche en deux secondes au lieu de huit.",
    ],
    "written-user-need": [
        "J'ai fait ce qu'on m'a demandé.",
        "Un client voulait un tableau Excel. Je l'ai fait mais il voulait autre chose, alors "
        "je l'ai refait.",
        "Une bénévole demandait « un fichier des inscrits ». En discutant, j'ai compris qu'elle "
        "voulait surtout savoir qui n'était pas venu depuis un mois. J'ai ajouté une colonne "
        "de dernière présence et un filtre.",
        "Une responsable me demandait un tableau de bord complet. Je lui ai demandé quelle "
        "décision elle devait prendre avec : choisir les créneaux à ouvrir. Nous avons gardé "
        "deux indicateurs au lieu de douze, et je lui ai montré une première version dès le "
        "lendemain pour vérifier.",
        "En stage, un chef d'équipe voulait « toutes les données des tickets ». J'ai posé des "
        "questions sur son problème : les mêmes pannes revenaient. J'ai proposé un tableau des "
        "pannes répétées par site, validé avec lui sur un exemple, puis automatisé chaque "
        "semaine. Les pannes répétées ont baissé d'un tiers en deux mois.",
    ],
}

# What an interviewer notes at each level of a competency.
EVIDENCE = {
    1: "Réponse générale, sans exemple vécu ni démarche.",
    2: "Un exemple cité, mais la démarche reste floue.",
    3: "Exemple concret et démarche claire, peu de recul sur le résultat.",
    4: "Exemple précis, démarche structurée et résultat mesuré.",
    5: "Plusieurs exemples précis ; explique ses choix et ce qui serait fait autrement.",
}
