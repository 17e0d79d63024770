"""Disclosures of protected criteria: origin, religion, family, health, neighbourhood, photo.

A disclosure is redacted as a whole clause (the comma/sentence segment that carries it),
because the surrounding words usually still give the information away.
"""

import re

from candidates.redaction.spans import Span

_FR_NAT = (
    r"(?:algerien|marocain|tunisien|senegalais|malien|ivoirien|guineen|camerounais|congolais|"
    r"nigerian|ghaneen|ethiopien|somalien|egyptien|libanais|syrien|turc|turque|kurde|iranien|"
    r"afghan|"
    r"pakistanais|indien|bangladais|sri-lankais|chinois|japonais|coreen|vietnamien|cambodgien|"
    r"laotien|thailandais|philippin|indonesien|russe|ukrainien|polonais|roumain|bulgare|serbe|"
    r"croate|"
    r"albanais|kosovar|grec|grecque|italien|espagnol|portugais|bresilien|argentin|chilien|"
    r"colombien|"
    r"peruvien|mexicain|venezuelien|haitien|cubain|americain|canadien|quebecois|britannique|"
    r"anglais|"
    r"ecossais|irlandais|allemand|autrichien|suisse|belge|neerlandais|suedois|norvegien|danois|"
    r"finlandais|comorien|malgache|mauricien|antillais|martiniquais|guadeloupeen|guyanais|tchadien|"
    r"nigerien|burkinabe|togolais|beninois|gabonais|rwandais|kenyan|sud-africain|israelien|"
    r"palestinien|armenien|georgien|tchetchene|maghrebin|africain|asiatique|europeen|arabe|berbere|"
    r"kabyle|juif|juive|francais|franco-[a-z]+)(?:ne|e)?s?"
)
_EN_NAT = (
    r"(?:irish|american|british|english|scottish|welsh|indian|pakistani|bangladeshi|chinese|"
    r"japanese|korean|vietnamese|nigerian|ghanaian|kenyan|malian|senegalese|ivorian|moroccan|"
    r"algerian|tunisian|egyptian|lebanese|syrian|turkish|kurdish|iranian|afghan|russian|ukrainian|"
    r"polish|romanian|bulgarian|serbian|croatian|albanian|greek|italian|spanish|portuguese|"
    r"brazilian|"
    r"argentinian|argentine|mexican|colombian|canadian|german|dutch|swedish|norwegian|danish|"
    r"finnish|"
    r"australian|filipino|filipina|indonesian|somali|ethiopian|eritrean|sudanese|jamaican|haitian|"
    r"cuban|israeli|palestinian|armenian|caribbean|african|asian|arab|hispanic|latino|latina|"
    r"french|"
    r"belgian|swiss|austrian|cameroonian|congolese|guinean|chadian)"
)
_FIRST_PERSON = re.compile(r"\b(?:je|j'|i|i'm|my|ma|mon|mes|me|m'|moi|myself)\b")
_RESIDENCE_VERB = re.compile(
    r"\b(?:j'habite|je vis|je viens|j'ai grandi|je reside|je suis nee?|i live|i grew up|i'm from|"
    r"i come from|i am from|living|lived|grew up|habite|vis)\b"
)

# Patterns on the folded (lower-case, accent-free) text.
STRONG = [
    # origin and nationality
    rf"\bje suis (?:\w+ )?(?:de nationalite |d'origine )?{_FR_NAT}\b",
    r"\bde nationalite \w+",
    r"\bd'origines? \w+",
    rf"\b(?:mes|nos) parents sont (?:\w+ )?{_FR_NAT}",
    rf"\b(?:mon pere|ma mere) est (?:\w+ )?{_FR_NAT}",
    r"\bbinationale?s?\b|\bdouble nationalite\b|\btitre de sejour\b|\bcarte de (?:sejour|resident)",
    r"\brefugiee?s?\b|\bdemandeu(?:r|se) d'asile\b|\bsans[- ]papiers\b|\bnaturalisee?\b",
    r"\bimmigree?s?\b|\bissue? de l'immigration\b|\bracisee?s?\b|\boriginaire d(?:e|u|es|')",
    r"\b(?:femme|homme|personne)s? (?:noire?s?|arabes?|maghrebine?s?|asiatiques?|metisse?s?)\b",
    rf"\b(?:i'm|i am)\s+(?:an?\s+)?(?:proud\s+)?{_EN_NAT}\b(?![- ](?:speak|teach|develop|"
    rf"compan|market))",
    rf"\b{_EN_NAT}(?:-{_EN_NAT})+\b",
    rf"\b{_EN_NAT}[- ](?:citizen|citizenship|national|nationality|passport|origin|descent|"
    rf"heritage|born)\b",
    rf"\bof {_EN_NAT} (?:origin|descent|heritage|background)\b",
    r"\b(?:work permit|visa sponsorship|residence permit|refugee|asylum|immigrant|"
    r"dual citizenship)\b",
    r"\b(?:black|brown) (?:woman|women|man|men|person|people|developer|engineer)\b",
    r"\bperson of colou?r\b",
    # family situation
    r"\bpacsee?s?\b|\bdivorcee?s?\b|\bveu(?:f|ve)\b|\bcelibataire\b|\benceinte\b|\bgrossesse\b",
    r"\bconge (?:maternite|paternite|parental)\b|\bfamille monoparentale\b",
    r"\b(?:maman|papa|mere|pere|parent) (?:solo|celibataire|isolee?)\b",
    r"\b(?:je suis|suis) (?:aussi |egalement |une? )?(?:maman|papa|mere|pere|parent)\b",
    r"\b(?:maman|papa|mere|pere) (?:de|d') (?:\w+ )?(?:enfants?|filles?|fils|ados?|adolescents?|"
    r"jumeaux|jumelles|bebes?|petits?)\b",
    r"\bj'ai (?:\w+ )?(?:enfants?|filles|fils|ados|jumeaux|jumelles)\b",
    r"\b(?:mes|nos) (?:enfants|filles|fils|ados|jumeaux|jumelles)\b",
    r"\b(?:mon|ma) (?:mari|femme|epouse|epoux|conjointe?|compagnon|compagne|fiancee?|bebe|"
    r"fille|fils)\b",
    r"\b(?:une?|deux|trois|quatre|\d) (?:petite?s? )?(?:filles?|fils|garcons?|enfants?) de "
    r"(?:\w+ )?"
    r"(?:ans|mois)\b",
    r"\baidante? familiale?\b|\bproche aidante?\b",
    r"\bje m'occupe de (?:ma|mon|mes) (?:mere|pere|parents|enfants|fils|fille)\b",
    r"\bmarried\b|\bdivorced\b|\bwidow(?:ed|er)?\b|\bpregnan(?:t|cy)\b|\bengaged to\b",
    r"\b(?:maternity|paternity|parental) leave\b",
    r"\bsingle (?:mum|mom|dad|parent|mother|father)\b",
    r"\b(?:father|mother|dad|mum|mom|parent) of (?:\w+ )?(?:kids?|children|child|twins|sons?|"
    r"daughters?|boys?|girls?|teenagers?|toddlers?|babies|baby|one|two|three|four)\b",
    r"\b(?:i'm|i am) (?:a )?(?:proud )?(?:dad|mum|mom|father|mother|parent)\b",
    r"\bi have (?:\w+ )?(?:kids|children|a (?:son|daughter|baby))\b",
    r"\bmy (?:wife|husband|spouse|partner|fiance|fiancee|girlfriend|boyfriend|kids|children|son|"
    r"daughter|twins|baby)\b",
    r"\b(?:caring for|carer for|care for|looking after) (?:my|an? (?:elderly|disabled|sick))\b",
    # religion
    r"\bmusulmane?s?\b|\bchretien(?:ne)?s?\b|\bcatholiques?\b|\bprotestante?s?\b|\bjuif\b|"
    r"\bjuive\b",
    r"\bbouddhistes?\b|\bhindoue?s?\b|\bramadan\b|\bcareme\b|\bshabbat\b|\bhijab\b|\bkippa\b",
    r"\bfoulard\b|\bvoilee\b|\bporte le voile\b|\bparoisse\b|\bmosquee\b|\bsynagogue\b",
    r"\bde confession\b|\bpratiquante?\b|\bje prie\b|\bmon eglise\b|\b(?:vais|va) a "
    r"(?:l'eglise|la messe)",
    r"\bmuslim\b|\bcatholic\b|\bjewish\b|\bhindu\b|\bbuddhist\b|\bsikh\b|\bramadan\b|\bsabbath\b",
    r"\bheadscarf\b|\bhijab\b|\bturban\b|\bkippah\b|\byarmulke\b|\bparish\b|\bmy faith\b|"
    r"\bi pray\b",
    r"\b(?:attend|go to|my) (?:church|mosque|synagogue|temple)\b|\breligio(?:n|us)\b",
    r"\bchristian\b(?= (?:faith|family|values|church|community))|\bas a christian\b",
    # health and disability
    r"\brqth\b|\btravailleu(?:r|se) handicapee?\b|\bhandicap(?:ee?s?)?\b|\bmalentendante?s?\b",
    r"\bmalvoyante?s?\b|\bfauteuil roulant\b|\bdyslexi(?:e|que)s?\b|\bdyspraxi(?:e|que)\b",
    r"\bdyscalculi(?:e|que)\b|\btdah\b|\bautis(?:te|me)s?\b|\basperger\b|\bepilep(?:sie|tique)\b",
    r"\bburn[- ]?out\b|\bmaladie chronique\b|\barret maladie\b|\binvalidite\b|\bbipolaire\b",
    r"\bsante mentale\b|\bsclerose en plaques\b|\bchimiotherapie\b",
    r"\bdisabled\b|\bdisabilit(?:y|ies)\b|\bwheelchair\b|\bhard of hearing\b|\bhearing (?:aid|"
    r"impair)",
    r"\bvisually impaired\b|\badhd\b|\bautis(?:m|tic)\b|\basperger'?s?\b|\bdyslexi(?:a|c)\b",
    r"\bdyspraxi(?:a|c)\b|\bepilep(?:sy|tic)\b|\bchemotherapy\b|\bburn(?:ed|t)?[- ]?out\b",
    r"\bmental health\b|\bchronic (?:illness|pain|condition|fatigue)\b|\bneurodivergent\b",
    r"\bsick leave\b|\bbipolar\b|\bptsd\b|\bmultiple sclerosis\b|\bcrohn'?s\b|"
    r"\btype [12] diabetes\b",
    # photos of the candidate
    r"\b(?:ma|my) (?:photo|picture|headshot|selfie|portrait)\b|\bheadshot\b|\bselfie\b",
    r"\bphoto (?:de moi|d'identite|en piece jointe|of me|of myself)\b",
]
# Only a disclosure when the clause is about the writer ("I have cancer", not a cancer dataset).
WEAK = [
    r"\bcancer\b|\bdiabet(?:e|ique|es|ic)\b|\bmaladie\b|\bdepression\b|\bsourde?\b|\baveugle\b",
    r"\bblind\b|\bdeaf\b|\banxiety\b|\billness\b|\bsurgery\b|\bdisease\b|\bcaring for\b|\bcarer\b",
]
NEIGHBOURHOOD = [
    r"\bquartiers?\b|\bcite (?:des|du|de la|de l')|\bla cite\b|\bbanlieue\b|\bqpv\b|\bhlm\b|"
    r"\bzup\b",
    r"\bcouncil estate\b|\bhousing estate\b|\bneighbou?rhood\b|\barrondissement\b",
]
# Patterns on the original text where capitals matter (a place must follow).
_CAP = r"[A-ZÀ-ÖØ-Þ]"
ORIGINAL = [
    rf"(?i:\bn[ée]e?s?\s+(?:à|a|au|aux|en))\s+{_CAP}",
    rf"(?i:\bj'ai\s+grandi\s+(?:à|a|au|aux|en|dans))\s+{_CAP}",
    rf"(?i:\b(?:grew\s+up|was\s+born|born\s+and\s+raised|raised)\s+(?:in|near))\s+{_CAP}",
    rf"(?i:\b(?:moved|came|arrived|emigrated|immigrated|relocated|fled)\b)[^.,;\n]*\bfrom\s+{_CAP}",
    rf"(?i:\bje\s+viens\s+(?:de|du|des|d'))\s*{_CAP}",
    r"(?i:\bmari(?:é|ée|és|ées|ee)\b)",
    r"(?i:\bmari(?:é|ée|ee)s?\s+(?:avec|et))",
]
_INTRO = re.compile(r"\b(?:i'm|i am|je suis|je m'appelle|my name is|hi|bonjour)\b[^.!?\n]*")
_APPOSITIVE = re.compile(rf"(?<=,\s)(?:{_FR_NAT}|{_EN_NAT})(?=\s*,|\s+et\s|\s+and\s)")

_NAMED_AFTER = re.compile(
    r"\s+(?:(?:nord|sud|est|ouest|populaires?|prioritaires?)\s+)?"
    r"(?:(?:de\s+la|de\s+l'|du|des|de|d'|la|le|of)\s*)?(?:the\s+)?[A-ZÀ-Þ]"
)
_NUMBERED = re.compile(r"\d{1,2}\s?(?:e|eme|er|th|st|nd|rd)\s+$")
_STRONG_RE = re.compile("|".join(f"(?:{p})" for p in STRONG))
_WEAK_RE = re.compile("|".join(f"(?:{p})" for p in WEAK))
_NEIGHBOURHOOD_RE = re.compile("|".join(f"(?:{p})" for p in NEIGHBOURHOOD))
_ORIGINAL_RE = re.compile("|".join(f"(?:{p})" for p in ORIGINAL))


# A new first-person clause ("..., et je cherche un poste") starts a new segment.
_CLAUSE_START = re.compile(r"\s(?:et|mais|and|but)\s+(?:je|j'|i|i'm|i'd|i've)\s", re.IGNORECASE)


def _is_break(text: str, i: int) -> bool:
    char = text[i]
    if char in "\n;!?—–":
        return True
    if char.isspace() and _CLAUSE_START.match(text, i):
        return True
    if char in ".,:":
        nxt = text[i + 1] if i + 1 < len(text) else " "
        return nxt.isspace()
    return False


def segment(text: str, pos: int, *, sentence: bool = False) -> tuple[int, int]:
    """Bounds of the clause around ``pos`` (the sentence if ``sentence``)."""
    breaks = (
        (lambda i: text[i] in "\n!?" or (text[i] == "." and _is_break(text, i)))
        if sentence
        else (lambda i: _is_break(text, i))
    )
    start = pos
    while start > 0 and not breaks(start - 1):
        start -= 1
    end = pos
    while end < len(text) and not breaks(end):
        end += 1
    return start, end


def find_disclosures(text: str, folded: str) -> list[Span]:
    hits = [m.start() for m in _STRONG_RE.finditer(folded)]
    hits += [m.start() for m in _ORIGINAL_RE.finditer(text)]
    for m in _WEAK_RE.finditer(folded):
        start, end = segment(folded, m.start())
        if _FIRST_PERSON.search(folded, start, end):
            hits.append(m.start())
    for m in _NEIGHBOURHOOD_RE.finditer(folded):
        start, end = segment(folded, m.start(), sentence=True)
        # Only a named neighbourhood where the writer lives or grew up ("quartier du Val Fourré").
        named = (
            not m.group().startswith(("quartier", "neighbo", "arrondissement"))
            or _NAMED_AFTER.match(text, m.end())
            or _NUMBERED.search(folded, max(0, m.start() - 8), m.start())
        )
        if named and _RESIDENCE_VERB.search(folded, start, end):
            hits.append(m.start())
    for intro in _INTRO.finditer(folded):
        hits += [m.start() for m in _APPOSITIVE.finditer(folded, intro.start(), intro.end())]
    spans = []
    for pos in sorted(set(hits)):
        start, end = segment(text, pos)
        spans.append(Span(start, end, "personal"))
    return spans
