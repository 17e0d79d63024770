"""People: the candidate's own name in every form, and other people named in the text.

Other people (decision of issue 16, round 3): anyone the candidate knows in person — colleague,
manager, tutor, referee, relative, friend — is redacted, since their name leads back to the
candidate; people cited for a published work (authors, researchers, the person behind an
eponym) stay, see ``protected_ranges`` and ``cited_people``. The candidate cited as an author is
still redacted (the engine drops a protected range holding both their first and family name)."""

import re
from collections.abc import Sequence
from functools import cache

from candidates.redaction.identity import PARTICLES, NameForms
from candidates.redaction.lexicon import (
    ambiguous_names,
    common_words,
    famous_people,
    famous_surnames,
    first_names,
    tech_words,
)
from candidates.redaction.spans import Span
from candidates.redaction.text import (
    CAP_WORD,
    LETTER,
    NAME_PARTICLE,
    compiled,
    fold,
    word_alternation,
)
from candidates.redaction.variants import owner_before, thing_after

# Capitalised words that start sentences or introduce a name without being one.
STOP = {
    "i",
    "je",
    "j",
    "il",
    "elle",
    "on",
    "nous",
    "vous",
    "ils",
    "we",
    "you",
    "he",
    "she",
    "they",
    "it",
    "the",
    "a",
    "an",
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "des",
    "de",
    "du",
    "d",
    "et",
    "and",
    "ou",
    "or",
    "mais",
    "but",
    "bonjour",
    "hello",
    "hi",
    "hey",
    "dear",
    "cher",
    "chere",
    "merci",
    "thanks",
    "thank",
    "cordialement",
    "regards",
    "best",
    "signe",
    "signed",
    "par",
    "by",
    "from",
    "avec",
    "with",
    "pour",
    "for",
    "moi",
    "me",
    "c",
    "this",
    "is",
    "contact",
    "auteur",
    "author",
    "ecrit",
    "written",
    "name",
    "nom",
    "prenom",
    "candidat",
    "candidate",
    "exercice",
    "exercise",
    "test",
    "tp",
    "projet",
    "project",
    "version",
    "todo",
    "note",
    "copyright",
    "licence",
    "license",
    "yes",
    "oui",
    "non",
    "no",
    "so",
    "donc",
    "alors",
    "then",
    "also",
    "aussi",
    "voici",
    "here",
    "ps",
    "tel",
    "phone",
    "email",
    "mail",
    "cv",
    "en",
    "in",
    "at",
    "a",
    "au",
    "aux",
    "sur",
    "on",
    "mon",
    "ma",
    "mes",
    "my",
    "our",
    "notre",
    "son",
    "sa",
    "his",
    "her",
    "their",
    "qui",
    "who",
    "que",
    "what",
    "when",
    "quand",
    "comme",
    "as",
    "if",
    "si",
    "since",
    "depuis",
    "pendant",
    "during",
    "after",
    "apres",
    "avant",
    "before",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "team",
    "equipe",
    "take",
    "home",
    "reviewed",
    "relu",
    "fait",
    "made",
    "rendu",
    "signed-off-by",
    "co-authored-by",
    "maintainer",
    "created",
    "cree",
    "mr",
    "mrs",
    "ms",
    "mme",
    "m",
    "dr",
    "pr",
    "prof",
    "monsieur",
    "madame",
    "ces",
    "ce",
    "cet",
    "cette",
    "that",
    "these",
    "those",
    "my",
    "its",
    "ses",
    "tout",
    "all",
    "every",
    "chaque",
    "each",
}
HONORIFIC = (
    r"(?:M\.|MM\.|Mme\.?|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Pr\.?|Prof\.?|"
    r"[Mm]onsieur|[Mm]adame|[Mm]ademoiselle)"
)
NAME_SEQ = rf"{CAP_WORD}(?:\s+(?:(?i:{NAME_PARTICLE})\s+)?{CAP_WORD}){{0,2}}"
_HONORIFIC_RE = re.compile(rf"(?<![\w]){HONORIFIC}\s+(?P<name>{NAME_SEQ})")
_ROLE_CUE = re.compile(
    r"\b(?:(?:mon|ma|notre|nos|mes|son|sa|leur)\s+(?:ancienn?e?\s+|premiere?\s+|actuelle?\s+|ex-?)?"
    r"(?:collegue|responsable|manager|cheffe?|chef de projet|chef d'equipe|tuteur|tutrice|mentor|"
    r"mentore|directeur|directrice|directeur de these|directrice de these|cto|ceo|lead|tech lead|"
    r"binome|coequipiere?|stagiaire|professeure?|prof|maitre de stage|maitresse de stage|"
    r"product owner|po|encadrante?|n\+1|superieure?|associee?|amie?|camarade|voisine?|cousine?|"
    r"frere|soeur)"
    r"|(?:my|our|his|her|their)\s+(?:former\s+|first\s+|current\s+|previous\s+|old\s+|new\s+|"
    r"on-call\s+|team\s+|line\s+|engineering\s+)?"
    r"(?:colleague|coworker|co-worker|manager|lead|tech lead|team lead|mentor|teammate|team-mate|"
    r"tutor|boss|supervisor|product owner|po|cto|ceo|director|friend|professor|teacher|intern|"
    r"counterpart|reviewer|advisor|adviser|brother|sister|cousin|neighbour|neighbor)"
    r"|\b(?:(?:person|guy|man|woman|girl|boy|colleague|friend|someone|developer|engineer|manager|"
    r"intern|student|teacher|recruiter|mentor|dev|collegue|amie?|personne|stagiaire|developpeuse|"
    r"developpeur|ingenieure?|prof)\s+(?:called|named|nommee?|appelee?|prenommee?)|"
    r"en binome avec|paired with|pair with|referees?\s*:|references?\s*:))"
    r"\s*,?\s*"
)
_CAP_TOKEN = re.compile(CAP_WORD)
# A role cue, then at most the first words of the name: "mon collègue bastien " before "Morel".
_ROLE_CUE_BEFORE = re.compile(rf"(?:{_ROLE_CUE.pattern})(?:[^\W\d_][\w\-'’]*\s+){{0,2}}$")
_EPONYM_AFTER = re.compile(
    r"(?:'s|’s|')\s+(?:(?:exact|weighted|generalized|generalised|modified|corrected|adjusted|"
    r"extended|inverse|discrete|continuous|fast|naive|classic(?:al)?|linear|simple)\s+)?"
    r"(?:estimator|criterion|correction|approximation|interpolation|smoothing|statistic|"
    r"identity|bound|divergence|entropy|operator|window|lattice|ratio|index|law|algorithm|theorem|principle|razor|paradox|lemma|conjecture|method|"
    r"distance|constant|equation|formula|rule|test|problem|sieve|number|triangle|advice|thesis|"
    r"notation|machine|filter|transform|curve|inequality|model|matrix|effect)\b",
    re.IGNORECASE,
)
# "Xavier initialisation", "Kalman filter", "Levenshtein distance": a name before a technical
# noun in lower case is an eponym.
_EPONYM_NOUN = re.compile(
    r" (?:initiali[sz]ation|init|distribution|transform|transformation|filter|distance|chains?|"
    r"coding|encoding|tree|heap|graph|numbers?|algorithm|method|matrix|equation|conjecture|"
    r"lemma|theorem|curve|spaces?|series|process|inequality|bounds?|decomposition|"
    r"factori[sz]ation|kernel|loss|score|index|coefficient|correlation|noise|sampling|"
    r"normali[sz]ation|norm|embedding|automaton|complexity|notation|calculus|triangle|sieve|"
    r"smoothing|estimator|criterion|correction|approximation|interpolation|integration|"
    r"regression|expansion|operator|polynomials?|statistic|divergence|entropy|window|"
    r"lattice|ratio)\b"
)
_EPONYM_BEFORE = re.compile(
    r"\b(?:loi|algorithme|theoreme|crible|matrice|methode|principe|distance|conjecture|probleme|"
    r"machine|test|suite|formule|lemme|triangle|paradoxe|rasoir|nombre|graphe|arbre|tas|courbe|"
    r"transformee|filtre|regle|constante|equation|inegalite|these|modele|notation|effet|"
    r"l'algorithme|la loi|le theoreme|processus|mouvement|espace|distribution|mesure|marche|"
    r"vol|polynome|polynomes|serie|series|integrale|fonction|fonctions|lissage|estimateur|"
    r"critere|correction|approximation|interpolation|integration|regression|developpement|"
    r"operateur|statistique|borne|entropie|divergence|fenetre|identite|indice|coefficient|"
    r"correlation|decomposition|factorisation|noyau|distance|transformation|inegalites)"
    r"\s+(?:de\s+|d')$"
)


@cache
def _famous_re() -> re.Pattern:
    return re.compile(rf"(?<!{LETTER}){word_alternation(famous_people())}(?!{LETTER})")


def protected_ranges(text: str, folded: str) -> list[tuple[int, int]]:
    """Famous people and eponyms ("loi de Moore", "Brooks's law") are knowledge, not identity;
    so is someone cited for their published work ("« Designing Data-Intensive Applications » de
    Martin Kleppmann", "Camille Fournier's The Manager's Path", "à la Esther Derby")."""
    ranges = [(m.start(), m.end()) for m in _famous_re().finditer(folded)]
    for m in _CAP_TOKEN.finditer(text):
        if _EPONYM_AFTER.match(text, m.end()) or _EPONYM_NOUN.match(text, m.end()):
            ranges.append((m.start(), m.end()))
        elif _EPONYM_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
            ranges.append((m.start(), m.end()))
    ranges += cited_people(text, folded, {fold(text[a:b]) for a, b in ranges})
    # "Grâce à mon alternance": a first name that is a word of a fixed phrase here.
    ranges += [(m.start(), m.end()) for m in _NAME_IN_PHRASE.finditer(text)]
    ranges += [(m.start("names"), m.end("names")) for m in _TITLE_AUTHORS.finditer(text)]
    for m in _PLACEHOLDER.finditer(folded) if "dupon" in folded or "tartempion" in folded else ():
        if not _ROLE_CUE_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
            ranges.append((m.start(), m.end()))
    if any(
        cue in folded
        for cue in ("fictiv", "fictif", "fictional", "fictitious", "hypoth", "imaginai")
    ):
        ranges += hypothetical_companies(text)
    if any(cue in folded for cue in ("named", "nomm", "baptis", " nom d")):
        ranges += [(m.start("who"), m.end("who")) for m in _NAMED_AFTER.finditer(text)]
    if ":" in text and _BIB_MARK.search(text):
        for m in _REFERENCE.finditer(text):
            if _BIB_MARK.search(m.group("rest")):
                ranges.append((m.start("rest"), m.end("rest")))
    return ranges


# The French "John Doe" of forms and test data ("pré-rempli avec Jean Dupont"), unless a role
# says it is someone the writer knows ("mon collègue Jean Dupont").
_PLACEHOLDER = re.compile(
    r"(?<![\w\-])(?:jean|jeanne|marie|pierre|paul|monsieur|madame|m\.|mme) dupon[td](?![\w\-])"
    r"|(?<![\w\-])jean tartempion(?![\w\-])"
)
# « Les bases de données relationnelles » de Gardarin et Bernard, "…" by Kaplan and Robert:
# the authors of a title, full names or family names alone.
_AUTHOR = rf"{CAP_WORD}(?:\s+(?:{NAME_PARTICLE}\s+)?{CAP_WORD}){{0,2}}"
_TITLE_AUTHORS = re.compile(
    rf"[»\"”]\s*,?\s*(?:de|d['’]|by|par)\s*(?P<names>{_AUTHOR}"
    rf"(?:\s*(?:,|\bet\b|\band\b|&)\s*{_AUTHOR})*)"
)
# "Named after Hans Peter Luhn", "porte le nom de Donald Shell": the person a thing is named
# after (being named after one's grandmother is a disclosure, see disclosures.py).
_NAMED_AFTER = re.compile(
    r"(?i:\bnamed\s+after|\bnomm[ée]e?s?\s+d['’]apr[èe]s|\bbaptis[ée]e?s?\s+d['’]apr[èe]s|"
    r"\bporte\s+le\s+nom\s+d[e']|\bdoit\s+son\s+nom\s+[àa])\s*"
    rf"(?P<who>{CAP_WORD}(?:\s+(?:(?:of|de|von|van|da|di|du|d['’])\s*)?{CAP_WORD}){{0,3}})"
)
# "E.Leclerc (client fictif)", "prenons Picard (cliente fictive)", "e.g. Michelin or Bridgestone
# as a hypothetical customer": a company named as the case of an exercise, not a person.
_HYPOTHETICAL = re.compile(
    r"(?i:\(?\s*(?:as\s+an?\s+)?(?:clients?|clientes?|customers?|company|entreprise|"
    r"soci[ée]t[ée]|brand|marque)\s+(?:fictifs?|fictives?|fictional|fictitious|hypoth[ée]tique|"
    r"hypothetical|imaginaire|d['’]exemple)\b|\(?\s*(?:as\s+an?\s+)?(?:hypothetical|fictional|"
    r"fictitious|example|imaginary)\s+(?:clients?|customers?|company|brand)\b)"
)
_COMPANY = re.compile(rf"(?:[A-Z]\.\s?)?{CAP_WORD}(?:\s+{CAP_WORD}){{0,2}}")


def hypothetical_companies(text: str) -> list[tuple[int, int]]:
    ranges = []
    for cue in _HYPOTHETICAL.finditer(text):
        window = max(0, cue.start() - 40)
        line_start = text.rfind("\n", 0, cue.start()) + 1
        for m in _COMPANY.finditer(text, max(window, line_start), cue.start()):
            ranges.append((m.start(), m.end()))
    return ranges


# "Référence : Tanenbaum, Systèmes d'exploitation, chap. 2", "See: Thomas et al., … (2006)":
# a bibliographic reference (a referee line has no chapter, page, volume or year).
_REFERENCE = re.compile(
    r"(?i:\b(?:r[ée]f[ée]rences?|refs?\.?|sources?|voir|cf\.?|see|biblio\w*)[ \t]*:[ \t]*)"
    r"(?P<rest>[^\n]+)"
)
_BIB_MARK = re.compile(
    r"(?i:\bchap(?:\.|itre|ter)?\s*\d|\bch\.\s*\d|\bpp?\.\s*\d|\bvol\.\s*\d|\btome\b|"
    r"\b[ée]d\.|\bedition\b|\bet al\.|\(\s*(?:19|20)\d\d\s*\))"
)
# People of test data: "(Yasmine Haddad, Paul Girard : utilisateurs fictifs)", "fake users …".
_FICTITIOUS = re.compile(
    r"\b(?:fictif|fictive|fictifs|fictives|fake|dummy|made-up|invente\w*|invented|"
    r"test users?|test accounts?|utilisateurs? (?:de test|fictifs?)|"
    r"comptes? de (?:test|recette|demo)|"
    r"donnees de (?:test|recette)|jeu d'essai|jeux d'essai|jeu de (?:test|donnees)|test data|"
    r"personas?)\b"
)


# Whoever made or shared the test data is a real person: "préparées par Karim Benali".
_AGENT_BEFORE = re.compile(
    r"\b(?:par|by|avec|with|merci|thanks|thank you|selon|from|de la part de|grace a)\s+$"
)


def fictitious_people(text: str, folded: str) -> list[tuple[int, int]]:
    """Names in a sentence that says they are test data or made up, unless a role or an agent
    says the person is someone the writer knows ("mon collègue X", "préparées par X")."""
    ranges: list[tuple[int, int]] = []
    for cue in _FICTITIOUS.finditer(folded):
        start = max(folded.rfind(c, 0, cue.start()) for c in ".!?\n") + 1
        ends = [i for i in (folded.find(c, cue.end()) for c in ".!?\n") if i != -1]
        end = min(ends) if ends else len(folded)
        previous_end, known = -1, False
        for m in _CAP_TOKEN.finditer(text, start, end):
            if text[previous_end : m.start()] != " ":  # a new name, not its next word
                head = folded[max(0, m.start() - 40) : m.start()]
                known = bool(_ROLE_CUE_BEFORE.search(head) or _AGENT_BEFORE.search(head))
            previous_end = m.end()
            if not known and not (ranges and ranges[-1][1] > m.start()):
                ranges.append((m.start(), m.end()))
    return ranges


_NAME_IN_PHRASE = re.compile(r"\bGr[aâ]ce(?=\s+(?:à|a|au|aux)\s)|\bGrace(?=\s+(?:to|period)\b)")


# Someone cited for a work, by what stands before the name ...
_CITED_BEFORE = re.compile(
    r"(?:[»\"”]\s*(?:de|d'|by)|\b(?:s'inspire|inspiree?s?|inspired|influenced|influencee?s?)\s+"
    r"(?:de|d'|du|by|from)|\ba la|\b(?:comme|as)\s+(?:l'ecrivait|l'a ecrit|le disait|l'a dit|"
    r"disait|ecrivait|dit|wrote|said|put it)|\b(?:selon|d'apres|according to|citation de|"
    r"quote from|quoting)|\b(?:pyramide|pyramid|heuristiques?|heuristics?|modele|model|"
    r"principes?|principles?|matrice|matrix|approche|approach|cours|lectures?|mooc|video|"
    r"conference|talk|keynote|livre|book|article|paper)\s+(?:\w+\s+){0,2}?(?:de|d'|du|by|of))\s*$"
)


# ... or after it: "'s MapReduce paper", "'s The Manager's Path", "(Reinventing Organizations)".
@cache
def _cited_after() -> re.Pattern:
    return re.compile(
        r"['’]s\s+(?:(?:[\w\-]+\s+){0,3}?(?:book|paper|blog|talk|keynote|article|essay|course|"
        r"lectures?|approach|framework|model|principles?|pyramid|discovery|method|law|algorithm|"
        r"theorem)\b|(?:The|Le|La|Les)\s+[A-Z])"
        r"|\s+(?:wrote|said|argued|puts it|put it|writes|says|ecrivait|disait|a ecrit)\b"
        # "Chris Beams a écrit un article", "X has written a book": the person and their work
        r"|\s+(?:has written|a [ée]crit|a publi[ée]|published)\s+(?:un|une|le|la|l['’]|des|a|an|"
        r"the)\s+(?:[\w\-]+\s+)?(?:article|livre|billet|post|papier|ouvrage|essai|blog|book|"
        r"paper|essay|guide)\b"
        # "X dans son article de 2003", "X argues in his paper": the person and their work
        r"|,?\s+(?:(?:argues|explains|shows|writes|notes|describes|suggests|recommends|"
        r"explique|montre|[ée]crit|d[ée]crit|rappelle|souligne|raconte|propose|d[ée]fend)\s+)?"
        r"(?i:dans\s+(?:son|sa)|in\s+(?:his|her|their))\s+(?:[\w\-]+\s+)?(?i:article|livre|ouvrage|"
        r"papier|billet|blog|post|talk|conf[ée]rence|th[èe]se|cours|paper|book|essay|thesis|"
        r"keynote|vid[ée]o|video|newsletter|podcast)\b"
        r"|\s*\((?!(?i:" + _JOB_TITLE + r"))(?:[A-Z][\w\-'’]*\s*){2,6}\)"
    )


_CITED_NAME = re.compile(
    rf"(?<![\w\-'’]){CAP_WORD}(?:\s+(?:{NAME_PARTICLE}\s+)?{CAP_WORD}){{1,2}}(?![\w\-])"
)
# "Programming Elixir by Dave Thomas", "Designing Data-Intensive Applications de Martin
# Kleppmann": a work's title in capitals, then its author.
_TITLE_BY = re.compile(
    r"(?:[A-Z][\w\-’']*|of|the|and|for|de|des|du|la|le|to|in|a)(?:\s+(?:[A-Z][\w\-’']*|of|the|and|"
    r"for|to|in|a)){1,8}\s+(?:by|de|d['’]|par)\s*$"
)
_TITLE_AUTHOR = re.compile(
    rf"[A-Z][\w\-’']*(?:\s+(?:[A-Z][\w\-’']*|of|the|and|for|to|in|a)){{1,8}}\s+(?:de|d['’])\s*"
    rf"(?P<author>{CAP_WORD}\s+{CAP_WORD})(?![\w\-])"
)
_LIST_BEFORE = re.compile(r"(?:,|\bet de|\bet d'|\bet|\band|&)\s*$")


def cited_people(
    text: str, folded: str, eponyms: frozenset[str] | set[str] = frozenset()
) -> list[tuple[int, int]]:
    """Full names cited for a work, the next names of the same list ("d'Edgar Schein et de
    Frédéric Laloux"), and the full name behind an eponym of the same text ("l'algorithme de Luhn
    ... (Hans Peter Luhn, IBM)")."""
    ranges: list[tuple[int, int]] = []
    for m in _CITED_NAME.finditer(text):
        last = fold(m.group().split()[-1])
        cited = (
            _CITED_BEFORE.search(folded, max(0, m.start() - 60), m.start())
            or _TITLE_BY.search(text, max(0, m.start() - 80), m.start())
            or _cited_after().match(text, m.end())
            or last in eponyms
            or (
                ranges
                and _LIST_BEFORE.search(folded, ranges[-1][1], m.start())
                and m.start() - ranges[-1][1] <= 8
            )
        )
        if cited:
            ranges.append((m.start(), m.end()))
    # "Team Topologies de Matthew Skelton": "de" would read as a particle of one long name
    for m in _TITLE_AUTHOR.finditer(text):
        if fold(m.group().split()[0]) not in first_names():  # "Jean Dupont de Sciences Po"
            ranges.append((m.start("author"), m.end("author")))
    return sorted(ranges)


# A technology named like a person ("Julia 1.10", "un cluster Cassandra", "a Hugo theme",
# "Apache Kafka", "written in Ruby") rather than the person ("merci Julia", "Julia a relu").
_TECH_AFTER = re.compile(
    r"\s*(?:v?\d+(?:\.\d+|\.x)+\b|v\d+\b|\d+\.?\d*\s*(?:lts)?\b(?=\s*(?:[,.;)]|et|and|à|to))|"
    r"[.\-](?:js|jl|rb|py|io)\b|\s*(?:on rails|'s (?:type system|syntax|runtime|ecosystem))|"
    r"\s+(?:themes?|sets?|clusters?|drivers?|clients?|servers?|benchmarks?|code|scripts?|packages?|"
    r"librar(?:y|ies)|libs?|modules?|plugins?|runtime|compiler|interpreter|kernels?|notebooks?|"
    r"apps?|api|sdk|cli|jobs?|pipelines?|images?|containers?|instances?|nodes?|databases?|db|"
    r"quer(?:y|ies)|schemas?|keyspaces?|config(?:uration)?|projects?|sites?|templates?|builds?|"
    r"docs|documentation|syntax|language|ecosystem|versions?|releases?|agents?|workers?|"
    r"controllers?|brokers?|topics?|consumers?|producers?|streams?|connect|tables?|migrations?|"
    r"gems?|repl|types?|macros?|tests?|specs?|files?|shell|console|dsl|core|itself|"
    r"lui-meme|elle-meme|sources?|tutorials?|course|fractals?|functions?|features?|stack|"
    r"community|communaute|conf|conference|meetup|users?|developers?|devs?|engineers?|"
    r"ring|partitions?|replicas?|replication|compaction|nodes?|pods?|operator|exporter|"
    r"dashboards?|theme|bindings?|wrappers?|port|backend|frontend|cluster|pour les|for the)\b)",
)
_TECH_BEFORE = re.compile(
    r"(?<![\w'])(?P<cue>cluster|driver|client|serveur|server|base|bdd|noeud|node|langage|language|"
    r"framework|moteur|engine|theme|plugin|module|instance|librairie|bibliotheque|library|outil|"
    r"tool|stack|code|migrate[ds]?|migrer|migration|using|use[ds]?|utilis\w*|code[ds]? (?:en|in)|"
    r"ecrit en|written in|coded in|programm\w* (?:en|in)|en|in|via|apache|datastax|avec le|"
    r"with the|learn(?:t|ed|ing)?|appris|apprendre|apprends|j'apprends|write|writes|writing|wrote|"
    r"ecris|ecrire|developpe en|develop in|teach|teaching|enseigne|maitrise|master(?:ed)?|"
    r"switched to|passee? (?:a|de)|from|vers|to|de|d'|et|and|ou|or|tests?|ateliers?|workshops?|"
    r"specs?|meetups?|formations?|suites?)\s*$"
    r"|(?P<mark>[,/+])\s*$"
)
_CONJUNCTIONS = {"de", "d'", "to", "from", "vers", "et", "and", "ou", "or"}


# Before these, a name is the person whatever else is around: "je suis Ruby", "— Hugo",
# "Merci, Julia", "Author: Ada".
_PERSON_BEFORE = re.compile(
    r"(?:(?<![\w'])(?:je suis|i'm|i am|my name is|je m'appelle|moi c'est|merci|thanks|thank you|"
    r"cheers|bonjour|hello|hi|hey|dear|cher|chere|cordialement|regards|best|par|by|auteure?|"
    r"author|signed|signe|signee|name|nom|prenom|contact|alias|aka)|[—–]|--)\s*[:,]?\s*$"
)
_PERSON_AFTER = re.compile(r"\s*(?:ici|here|speaking|au clavier)\b")


# "Java 21 is here", "Ada 2012 example", "Ruby, le langage", "Ruby is still my favourite
# language", "Claude Code": the technology by its version, its kind or its product name.
_TECH_AFTER_MORE = re.compile(
    r"\s+\d{1,4}\b(?=\s+(?:is|est|example|exemple|features?|preview|release|sortie|edition|"
    r"standard|lts|support|brings?|apporte|adds?|ajoute|introduced?|introduit))|"
    r"\s*,\s*(?:le|the|un|a)\s+(?:langage|language)\b|"
    r"\s+(?:is|est|reste|remains)\s+(?:\w+\s+){0,4}(?:language|langage)\b|"
    r"\s+(?:code|desktop|sonnet|opus|haiku)\b"
)


# A package path under the technology's name: "Ada.Strings.Unbounded", "Ada.Text_IO" (not
# "Julia.Perrot": one capitalised part without an underscore could be a family name).
_DOTTED_PACKAGE = re.compile(r"(?:\.[A-Z][A-Za-z0-9]*){2,}|\.[A-Z][A-Za-z0-9]*_\w+")


# The cast of cryptography and protocol examples: "Alice sends to Bob, Eve eavesdrops".
_CAST = {"alice", "bob", "eve", "mallory", "carol", "dave", "trent", "peggy", "victor", "oscar"}


def _cast_member(folded: str, start: int, end: int) -> bool:
    """The word is one of the cast and another member stands in the same line."""
    if folded[start:end] not in _CAST:
        return False
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    line = folded[line_start : line_end if line_end != -1 else len(folded)]
    others = set(re.findall(r"[a-z]+", line)) & (_CAST - {folded[start:end]})
    return bool(others)


def used_as_technology(text: str, folded: str, start: int, end: int) -> bool:
    """The word at [start, end) names a technology here, not a person."""
    head = folded[max(0, start - 30) : start]
    if _PERSON_BEFORE.search(head) or _PERSON_AFTER.match(folded, end):
        return False
    if owner_before(folded, start):
        return False
    if _DOTTED_PACKAGE.match(text, end):
        return True  # "Ada.Strings.Unbounded", "Ada.Text_IO": a package of the language
    if _TECH_AFTER_MORE.match(folded, end):
        return True
    if _cast_member(folded, start, end):
        return True
    if not head.strip() and text[end : end + 1] in (",", ":"):
        return False  # "Hugo, React developer" opening the text
    if _TECH_AFTER.match(folded, end):
        return True
    m = _TECH_BEFORE.search(folded, max(0, start - 40), start)
    if not m:
        return _next_to_technology(folded, start, end)
    # "en Julia", "in Ruby", "migrer vers Cassandra" are technical; "de/to", lists and
    # conjunctions only when another technology stands next to the word.
    if m.group("mark") or m.group("cue") in _CONJUNCTIONS:
        return _next_to_technology(folded, start, end)
    return True


_LIST_WORDS = {"and", "et", "or", "ou", "with", "avec", "plus"}


def _next_to_technology(folded: str, start: int, end: int) -> bool:
    """Another technology just before or after, across a comma, a slash or "and"/"et"."""
    techy = tech_words()
    before = [w for w in re.findall(rf"{LETTER}+", folded[max(0, start - 30) : start])]
    after = [w for w in re.findall(rf"{LETTER}+", folded[end : end + 30])]
    while before and before[-1] in _LIST_WORDS:
        before.pop()
    while after and after[0] in _LIST_WORDS:
        after.pop(0)
    return bool((before and before[-1] in techy) or (after and after[0] in techy))


def _overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start < r_end and r_start < end for r_start, r_end in ranges)


def _neighbour_words(text: str, start: int, end: int) -> tuple[str | None, str | None, bool]:
    """Words glued to [start, end) by one space or hyphen, and whether start opens a sentence."""
    before = re.search(rf"((?:{LETTER}|['’.])+)[ \-]$", text[max(0, start - 40) : start])
    after = re.match(rf"[ \-]((?:{LETTER}|['’])+)", text[end : end + 40])
    head = text[max(0, start - 40) : start]
    if before:
        head = head[: before.start()]
    opens_sentence = not head.strip() or head.rstrip()[-1] in '.!?:\n«"—–-(['
    return (before.group(1) if before else None, after.group(1) if after else None, opens_sentence)


# Words that make a business name of the candidate's own name ("Horvat Conseil").
_BUSINESS = {
    "conseil",
    "consulting",
    "consultants",
    "consultant",
    "studio",
    "labs",
    "lab",
    "digital",
    "solutions",
    "services",
    "software",
    "freelance",
    "agency",
    "agence",
    "design",
    "web",
    "data",
    "tech",
    "dev",
    "formation",
    "sas",
    "sasu",
    "sarl",
    "eurl",
    "ei",
    "ltd",
    "llc",
    "group",
    "groupe",
    "ingenierie",
    "engineering",
    "informatique",
    "it",
}


def _is_other_entity_word(word: str | None, own: set[str]) -> bool:
    if not word or not word[0].isupper() or len(word) < 2:
        return False
    folded = fold(word).strip("'.")
    if folded in _BUSINESS:
        return False
    return folded not in STOP and folded not in own and not word.endswith(".")


def find_own_name(
    text: str, folded: str, forms: NameForms, protected, variants: Sequence[Span] = ()
) -> list[Span]:
    spans: list[Span] = []
    first = word_alternation(forms.first_any)
    last = word_alternation(forms.last_any)
    own = set(forms.first_any) | set(forms.last_any)
    for token in forms.last_full:
        own |= {t for t in token.split() if t not in PARTICLES}
    # Misspelt or familiar forms found in this text count as the candidate's ("Chinedu Okafo").
    own |= {folded[v.start : v.end] for v in variants if v.label == "name"}
    b, a = rf"(?<!{LETTER})", rf"(?!{LETTER})"
    full_patterns = []
    if forms.first_any and forms.last_any:
        full_patterns += [
            rf"{b}{first}(?:\s+{first})?\s+{last}{a}",
            rf"{b}{last},?\s+{first}{a}",
        ]
        fi = "".join(sorted(forms.initials_first))
        li = "".join(sorted(forms.initials_last))
        full_patterns += [
            rf"{b}{first}\s+[{li}]\.",
            rf"{b}[{fi}]\.\s*(?:-?[a-z]\.\s*)?{last}{a}",
            rf"{b}[{fi}]\.\s*[{li}]\.",
            rf"{b}{last}\s+[{fi}]\.",
        ]
    for pattern in full_patterns:
        for m in compiled(pattern).finditer(folded):
            written = text[m.start() : m.end()]
            # Initials must be written as capitals ("F. S.", not "a. s.").
            initials = re.findall(rf"(?<!{LETTER})({LETTER})\.", written)
            if not written[0].isupper() or not all(i.isupper() for i in initials):
                continue
            if not _overlaps(m.start(), m.end(), protected):
                spans.append(Span(m.start(), m.end(), "name", anywhere=True))
    # A familiar form just before the family name: "Dan O'Connor", "Will Brooks", "Alex Petrov".
    if forms.first_full and forms.last_any:
        for m in compiled(rf"{b}(?P<p>{LETTER}{{3,}})\s+{last}{a}").finditer(folded):
            p = m.group("p")
            if text[m.start()].isupper() and any(
                f.startswith(p) or f.endswith(p) for f in forms.first_full
            ):
                spans.append(Span(m.start(), m.end(), "name"))
    # Handles derived from the name: "klegoff", "yhaddad93", "akhan-dev", "lmoreau".
    if forms.last_full:
        cores = [re.sub(r"[^a-z]", "", t) for t in forms.last_full + forms.last_tokens]
        core = word_alternation([c for c in cores if len(c) >= 4])
        handle = (
            rf"(?<![\w.\-])(?:[a-z]{{1,2}}[._\-]?|{first}[._\-]?)?{core}(?:[._\-]"
            rf"(?:[a-z]{{1,2}}|dev|pro|codes?)\b|dev|pro)?\d*(?![\w\-])"
        )
        for m in compiled(handle).finditer(folded):
            token = m.group()
            if text[m.start() : m.end()].islower() and token not in own | common_words():
                spans.append(Span(m.start(), m.end(), "profile"))
    if forms.handles:
        pattern = rf"(?<![\w.\-]){word_alternation(forms.handles)}(?![\w\-])"
        spans += [Span(m.start(), m.end(), "profile") for m in compiled(pattern).finditer(folded)]
    # Single words: first name, family name, nickname.
    lone = sorted(own, key=len, reverse=True)
    techy = tech_words()
    for m in compiled(rf"{b}{word_alternation(lone)}{a}").finditer(folded):
        word = text[m.start() : m.end()]
        if _overlaps(m.start(), m.end(), protected):
            continue
        if m.group() in techy and used_as_technology(text, folded, m.start(), m.end()):
            continue
        if word[0].isupper():
            if (m.start() > 0 and text[m.start() - 1] == "_") or text[m.end() : m.end() + 1] == "_":
                continue
            before, after, opens = _neighbour_words(text, m.start(), m.end())
            if _is_other_entity_word(after, own):
                continue
            if not opens and _is_other_entity_word(before, own):
                continue
            spans.append(Span(m.start(), m.end(), "name"))
        elif len(m.group()) >= 3 and m.group() not in common_words():
            spans.append(Span(m.start(), m.end(), "name"))
    return spans


def is_name_word(word: str, forms: NameForms) -> bool:
    """A folded word that is one of the candidate's names, or a known first name."""
    own = set(forms.first_any) | set(forms.last_any) | set(forms.handles)
    return word in own or word in first_names()


def _name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\-]+", name) if t]


_PARTICLES = {"de", "du", "des", "le", "la", "van", "von", "el", "al", "ben", "da", "di"}


def _clean_sequence(seq: str) -> str:
    """Cut a capitalised sequence at the first word that cannot be part of a name."""
    kept: list[str] = []
    tokens = seq.split()
    for i, token in enumerate(tokens):
        particle = fold(token) in _PARTICLES and i + 1 < len(tokens)
        if fold(token) in STOP and kept and not particle:
            break
        kept.append(token)
    while kept and fold(kept[-1]) in _PARTICLES:
        kept.pop()
    return " ".join(kept)


_JOB_TITLE = (
    r"(?:(?:my|our|the|a|an|his|her|mon|ma|notre|son|sa|le|la|un|une)\s+)?(?:former\s+|ex-?|"
    r"ancien(?:ne)?\s+|current\s+|senior\s+|junior\s+|principal\s+|staff\s+)?"
    r"(?:lead|head|chief|tech lead|team lead|engineering manager|manager|director|cto|ceo|coo|vp|"
    r"founder|co-?founder|engineer|developer|dev|architect|designer|product owner|product manager|"
    r"po|pm|scrum master|professor|teacher|lecturer|supervisor|tutor|mentor|recruiter|consultant|"
    r"analyst|data scientist|researcher|intern|ingénieure?|ingenieure?|développeu(?:r|se)|"
    r"developpeu(?:r|se)|directeur|directrice|responsable|fondat(?:eur|rice)|cheffe?|"
    r"professeure?|enseignante?|maître de (?:stage|conférences)|tut(?:eur|rice)|stagiaire|"
    r"architecte|consultante?|recrut(?:eur|euse)|chercheu(?:r|se))\b"
)
_TITLED_PERSON = re.compile(
    rf"(?<![\w\-'’])(?P<who>(?P<first>{CAP_WORD})\s+(?:{NAME_PARTICLE}\s+)?{CAP_WORD})"
    rf"(?:\s*,\s*|\s*\(\s*)(?i:{_JOB_TITLE})"
)
_EMPLOYER_BEFORE = re.compile(r"(?:\bchez|\bat|@)\s$", re.IGNORECASE)
_AT_EMPLOYER = re.compile(
    r"(?:chez|at|@|from|de chez|à|au)\s+[\w&.\-]+(?:\s+[A-Z][\w&.\-]*)?\s*,\s*", re.IGNORECASE
)


_ITEM_BEFORE = re.compile(rf"({CAP_WORD})(?:\s*,\s*|\s+(?:et|and|or|ou)\s+)$")
_ITEM_AFTER = re.compile(rf"(?:\s*,\s*|\s+(?:et|and|or|ou)\s+)({CAP_WORD})")


def _among_things(text: str, start: int, end: int, names: frozenset) -> bool:
    """A first name in an enumeration of at least two other capitalised words, none of them a
    first name: "Stripe, Adyen, Lydia et Lemonway"."""
    others = 0
    pos = start
    while (m := _ITEM_BEFORE.search(text, max(0, pos - 40), pos)) and others < 3:
        if fold(m.group(1)) in names or fold(m.group(1)) in STOP:
            return False
        others, pos = others + 1, m.start(1)
    pos = end
    while (m := _ITEM_AFTER.match(text, pos)) and others < 4:
        if fold(m.group(1)) in names or fold(m.group(1)) in STOP:
            return False
        others, pos = others + 1, m.end(1)
    return others >= 2


def _whole_literal(text: str, start: int, end: int) -> bool:
    before, after = text[start - 1 : start], text[end : end + 1]
    return bool(before) and before in "\"'`" and after == before


def _is_first_name(token: str, names: frozenset) -> bool:
    """ "Jonas", and hyphenated first names made of first names: "Pierre-Yves", "Marie-Ange"."""
    key = fold(token)
    if key in names:
        return True
    parts = key.split("-")
    return len(parts) == 2 and all(p in names or p in ambiguous_names() for p in parts)


_LOWER_CUE = re.compile(
    r"(?:\bmerci(?: a| a toi)?|\bthanks(?: to)?|\bthank you|\bavec|\bwith|\bpar|\bby|\bpour|"
    r"\bfor|\bto|\ba|\bcc|\bping|\bdemande a|\bask)\s+$"
)
_LOWER_AND = re.compile(r"\s*(?:,|et|and|&)\s+$")
_LOWER_WORD = re.compile(r"(?<![\w\-'])[a-zà-öø-ÿ]{3,}(?![\w\-])")


@cache
def _plain_words() -> frozenset[str]:
    return common_words() | tech_words() | ambiguous_names() | frozenset(STOP)


def _lower_case_people(text: str, folded: str, names, ambiguous, protected) -> list[Span]:
    plain = _plain_words()
    spans: list[Span] = []
    for m in _LOWER_WORD.finditer(text):
        key = folded[m.start() : m.end()]
        if key not in names or key in plain or _overlaps(m.start(), m.end(), protected):
            continue
        head = folded[max(0, m.start() - 14) : m.start()]
        after_name = spans and _LOWER_AND.fullmatch(folded[spans[-1].end : m.start()])
        if _LOWER_CUE.search(head) or after_name:
            spans.append(Span(m.start(), m.end(), "name"))
    return spans


# Someone known by a public work: "le livre de Martin Kleppmann", "talks by Julia Evans", "the
# library written by Ada Okoye", "l'algorithme de Jean Vuillemin". Not a colleague: they stay.
_PUBLIC_WORK_BEFORE = re.compile(
    r"(?:livres?|ouvrages?|book|books|blog|blogs|talks?|conferences?|keynotes?|articles?|papers?|"
    r"cours|courses?|videos?|chaine|channel|podcasts?|newsletters?|theses?|thesis|algorithmes?|"
    r"algorithms?|theoremes?|theorems?|lois?|laws?|methodes?|methods?|bibliotheques?|library|"
    r"libraries|frameworks?|tutoriels?|tutorials?|screencasts?|essais?|essays?|manifeste|"
    r"manifesto|slides|formation|mooc)"
    r"\s+(?:\w+\s+){0,2}?(?:de|d'|by|of|from|du|signee?s?\s+par|ecrite?s?\s+par)\s*$|"
    r"(?:written|created|invented|designed|authored|popularized|popularised|coined|ecrite?s?|"
    r"creee?s?|inventee?s?|concue?s?|popularisee?s?)\s+par\s*$|"
    r"(?:written|created|invented|designed|authored|popularized|popularised|coined)\s+by\s*$"
)
_PUBLIC_WORK_AFTER = re.compile(
    r"'s\s+(?:book|books|blog|talks?|keynote|article|paper|course|videos?|podcast|newsletter|"
    r"algorithm|theorem|law|method|library|framework|tutorials?|essay)\b"
)


def _public_figure(text: str, folded: str, span: Span) -> bool:
    return bool(
        _PUBLIC_WORK_BEFORE.search(folded, max(0, span.start - 60), span.start)
        or _PUBLIC_WORK_AFTER.match(folded, span.end)
    )


def find_other_people(text: str, folded: str, protected, *, code: bool = False) -> list[Span]:
    spans = _other_people(text, folded, protected, code=code)
    public = [s for s in spans if _public_figure(text, folded, s)]
    return [s for s in spans if not any(s.start < p.end and p.start < s.end for p in public)]


def _other_people(text: str, folded: str, protected, *, code: bool = False) -> list[Span]:
    spans: list[Span] = []
    names, ambiguous, famous = first_names(), ambiguous_names(), famous_surnames()

    def add(start: int, seq: str) -> None:
        seq = _clean_sequence(seq)
        if not seq or fold(seq.split()[0]) in STOP:
            return
        end = start + len(seq)
        if not _overlaps(start, end, protected):
            spans.append(Span(start, end, "name"))

    for m in _HONORIFIC_RE.finditer(text):
        seq = _clean_sequence(m.group("name"))
        if seq:
            spans.append(Span(m.start(), m.start("name") + len(seq), "name"))
    for m in _ROLE_CUE.finditer(folded):
        # "mon ancien manager chez PayFit, Pierre-Yves Le Bihan": skip the employer.
        employer = _AT_EMPLOYER.match(text, m.end())
        start = employer.end() if employer else m.end()
        after = re.match(NAME_SEQ, text[start:])
        if after:
            add(start, after.group())
    # "Jonas Becker", "Yann Le Bihan": a known first name followed by a capitalised surname.
    sequence = re.compile(rf"{CAP_WORD}(?:\s+(?:{NAME_PARTICLE}\s+)?{CAP_WORD}){{1,2}}")
    for start in (t.start() for t in re.finditer(rf"(?<![\w\-'’]){CAP_WORD}", text)):
        found = sequence.match(text, start)
        if not found:
            continue
        tokens = found.group().split()
        if tokens[0].isupper() and len(tokens[0]) <= 3:
            continue  # "JO de Paris", "UX Lead": an acronym, not a first name
        head = fold(tokens[0])
        rest = [fold(t) for t in tokens[1:]]
        if not _is_first_name(tokens[0], names) or head in STOP:
            continue
        if head in ambiguous and (rest[-1] in common_words() or rest[-1] in names):
            continue
        if all(r in famous for r in rest if r not in {"de", "le", "la", "van", "von"}):
            continue
        add(found.start(), found.group())
    # Two capitalised words followed by a job title: "Tomás Ferreira, lead engineer at Qonto",
    # "Ana Lima (ancienne CTO)".
    for m in _TITLED_PERSON.finditer(text):
        if fold(m.group("first")) not in STOP and fold(m.group("first")) not in tech_words():
            add(m.start(), m.group("who"))
    # A known, unambiguous first name on its own: "en binôme avec Kevin", "Zara and ...".
    for m in re.finditer(rf"(?<![\w\-'’]){CAP_WORD}(?![\w\-])", text):
        word = m.group()
        key = fold(word)
        if code and _whole_literal(text, m.start(), m.end()):
            continue  # FirstName: "John", ('Alice', ...): test data, not someone named
        if _EMPLOYER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "directrice technique chez Alan": a company
        if _among_things(text, m.start(), m.end(), names):
            continue  # "Stripe, Adyen, Lydia et Lemonway": a product among products
        if thing_after(text, m.end()):
            continue  # "Julian dates", "Lydia API": the name of a thing
        if key in names and key not in ambiguous and key not in common_words():
            if key not in famous and word[1:].islower():
                add(m.start(), word)
    # Casual writing: "merci à julie", "thanks to sarah and tom", "avec mehdi et sofia".
    spans += _lower_case_people(text, folded, names, ambiguous, protected)
    # Later mentions of someone already named ("Franck a accepté", "Tariq said").
    seen = {fold(t) for s in spans for t in _name_tokens(text[s.start : s.end])}
    seen = {t for t in seen if len(t) >= 3 and t not in STOP and t.strip(".") == t}
    if seen:
        for m in compiled(rf"(?<!{LETTER}){word_alternation(seen)}(?!{LETTER})").finditer(folded):
            if text[m.start()].isupper() and not _overlaps(m.start(), m.end(), protected):
                spans.append(Span(m.start(), m.end(), "name"))
    return spans
