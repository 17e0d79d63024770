"""Disclosures of protected criteria: origin, religion, family, health, neighbourhood, photo.

A disclosure is redacted as a whole clause (the comma/sentence segment that carries it),
because the surrounding words usually still give the information away.
"""

import re
from functools import cache

from candidates.redaction.age import NOT_AN_AGE_AFTER
from candidates.redaction.lexicon import countries, political_groups, tech_words
from candidates.redaction.spans import Span
from candidates.redaction.text import Prefiltered, fold

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
    r"i come from|i am from|living|lived|grew up|habite|vis|habitante?s?|residente?s?|"
    r"native of|born and raised)\b"
)

# Patterns on the folded (lower-case, accent-free) text.
STRONG: list[str | tuple[tuple[str, ...], str]] = [
    # origin and nationality
    rf"\bje suis (?!(?:bilingue|trilingue|polyglotte|courant|a l'aise)\b)(?:\w+ )?"
    rf"(?:de nationalite |d'origine )?{_FR_NAT}\b",
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
    rf"\b{_EN_NAT} by (?:birth|blood|origin|descent)\b|\b{_FR_NAT} de (?:naissance|c(?:oe|œ)ur)\b",
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
    r"\bj'ai (?:\w+ ){0,2}(?:enfants?|filles|fils|ados|jumeaux|jumelles)\b",
    r"\b(?:mes|nos) (?:\w+ )?(?:enfants|filles|fils|ados|jumeaux|jumelles)\b",
    # a relative one cares for: "je récupère ma mère malade", "my dad, who is disabled"
    r"\b(?:ma|mon|mes|notre|nos|my|our) (?:mere|pere|parents?|grand-?mere|grand-?pere|"
    r"grands-parents|mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandpa|femme|mari|"
    r"wife|husband|partner|conjointe?|compagne|compagnon|frere|soeur|brother|sister)"
    r",? (?:(?:qui est|who is|is) )?(?:malade|handicapee?|agee?|dependante?|hospitalisee?|"
    r"alitee?|sick|ill|disabled|elderly|bedridden|in hospital)\b",
    r"\bje (?:recupere|depose|emmene|garde|cherche) (?:ma|mon|mes) (?:\w+ )?(?:enfants?|filles?|"
    r"fils|petite?s?|bebes?|mere|pere|parents)\b",
    r"\bi (?:pick up|drop off|collect) my (?:\w+ )?(?:kids|children|son|daughter|twins|mum|mom|"
    r"dad|mother|father)\b",
    # singled out in a group by sex, faith or colour: "the only woman on the night shift"
    r"\b(?:the only|one of the (?:only|few)|la seule|le seul|l'une des (?:seules|rares)|"
    r"une des (?:seules|rares)|l'un des (?:seuls|rares))\s+(?:\w+\s+)?(?:woman|women|girl|girls|"
    r"female|hijabis?|muslims?|black|poc|mothers?|mums?|moms?|femmes?|filles?|noire?s?|mamans?|"
    r"musulmane?s?|voilee?s?|trans|gays?|lesbians?|lesbiennes?|arabes?)\b",
    r"\bhijabis?\b",
    r"\b(?:mon|ma) (?:mari|femme|epouse|epoux|conjointe?|compagnon|compagne|fiancee?|bebe|"
    r"fille|fils)\b",
    r"\b(?:une?|deux|trois|quatre|\d) (?:petite?s? )?(?:filles?|fils|garcons?|enfants?) de "
    r"(?:\w+ )?"
    r"(?:ans|mois)\b",
    r"\baidante? familiale?\b|\bproche aidante?\b",
    # grandchildren say one's age and family: "mes trois petits-enfants", "my grandkids"
    (
        ("petit", "grandchild", "grand-child", "grandkid", "grandson", "granddaughter"),
        r"\b(?:mes|nos|my|our)\s+(?:\w+\s+)?(?:petits?-enfants?|petite?s?-filles?|petits?-fils|"
        r"grand-?children|grandkids?|grandsons?|granddaughters?)\b",
    ),
    (
        ("grand", "mamie", "papi", "papy"),
        r"\b(?:grand-?mere|grand-?pere|grandmother|grandfather|grandma|grandpa|mamie|papi|papy)"
        r"\s+(?:de|d'|of|to)\s+(?:\w+\s+)?(?:petits?-enfants|grand-?children|grandkids)\b",
    ),
    r"\b(?:je suis|i'm|i am)\s+(?:a\s+|une?\s+)?(?:grand-?mere|grand-?pere|grandmother|"
    r"grandfather|grandparent|grandma|grandpa)\b",
    r"\bje m'occupe de (?:ma|mon|mes) (?:mere|pere|parents|enfants|fils|fille)\b",
    r"\bmarried\b|\bdivorced\b|\bwidow(?:ed|er)?\b|\bpregnan(?:t|cy)\b|\bengaged to\b",
    r"\b(?:maternity|paternity|parental) leave\b",
    r"\bsingle (?:mum|mom|dad|parent|mother|father)\b",
    r"\b(?:father|mother|dad|mum|mom|parent) of (?:\w+ )?(?:kids?|children|child|twins|sons?|"
    r"daughters?|boys?|girls?|teenagers?|toddlers?|babies|baby|one|two|three|four)\b",
    r"\b(?:i'm|i am) (?:a )?(?:proud )?(?:dad|mum|mom|father|mother|parent)\b",
    r"\bi have (?:\w+ ){0,2}(?:kids|children|a (?:son|daughter|baby))\b",
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
    r"\bpartially sighted\b|\bdeficien\w* (?:visuel|auditi)\w*|\bmalvoyance\b|\bsurdite\b",
    r"\bsick leave\b|\bbipolar\b|\bptsd\b|\bmultiple sclerosis\b|\bcrohn'?s\b|"
    r"\btype [12] diabetes\b",
    # an operation on a part of the body: "opération du genou", "knee surgery"
    r"\boperations?\s+(?:du|de la|de l'|des|d'un|d'une|au|a la|aux)\s+(?:genoux?|hanches?|dos|"
    r"epaules?|chevilles?|poignets?|coudes?|mains?|pieds?|colonne|coeur|oeil|yeux|ventre|"
    r"menisques?|ligaments?|croises|vesicule|thyroide|appendicite|cerveau|reins?|poumons?|seins?|"
    r"hernie|cataracte|canal carpien)\b",
    r"\b(?:knee|hip|back|shoulder|ankle|wrist|elbow|hand|foot|spine|spinal|heart|eye|brain|acl|"
    r"meniscus|gallbladder|hernia|appendix|cataract)\s+(?:surgery|operation|replacement)\b",
    (("hospitalise",), r"(?:^|(?<=[.!?]\s)|(?<=\n))hospitalisee?s?\b"),
    # photos of the candidate
    r"\b(?:ma|my) (?:photo|picture|headshot|selfie|portrait)\b|\bheadshot\b|\bselfie\b",
    r"\bphoto (?:de moi|d'identite|en piece jointe|of me|of myself)\b",
]
# Political and trade-union activity, sexual orientation and gender identity, more religious
# practice, family situation and residence status.
STRONG += [
    # politics and unions ("délégué·e syndical·e", "élue municipale", "union rep")
    r"\bsyndiqu\w*|\bsyndical\w*|\bsyndicat\w*|\bsyndicaliste\w*",
    r"\bdelegu\S*\s+(?:syndica|du personnel|cse)",
    r"\belue?\S*\s+(?:municipa\w*|au cse|du personnel|au conseil|cse|locale?)\b",
    r"\bconseill\w*\s+municipa\w*|\bje milite\b|\bmilitante?s?\b(?! de l'open)",
    r"\b(?:local |town |city |county )?councill?or\b|\bcouncil member\b|\bshop steward\b",
    r"\bunion (?:rep|representative|member|steward|activist)\b|\btrade unions?\b",
    r"\blabou?r unions?\b|\bpolitical (?:party|activis\w+|campaign\w*)\b|\bparty member\b",
    r"\bmember of the [\w ]{2,30}? party\b|\bactivist\b|\b(?:i|we) (?:campaign|campaigned)\b",
    r"\bcampaign\w* (?:for|with) (?:the )?(?:\w+ )?(?:party|candidate|election|mayor|council)\b",
    r"\b(?:canvass\w*|tract\w* (?:pour|avec) (?:le|la|les))\b",
    # standing for election: "candidate in the municipal elections", "je me présente aux
    # législatives", "running for city council", "sur une liste aux municipales"
    r"\b(?:candidate?s?|candidat\w*|running|standing|stood|ran|me presente|presentee?|"
    r"sur une liste|tete de liste)\s+(?:in|for|at|on|aux|a la|aux prochaines|pour les|pour la)\s+"
    r"(?:the\s+|next\s+|local\s+|upcoming\s+)*(?:\w+\s+)?(?:elections?|municipales|legislatives|"
    r"europeennes|regionales|departementales|cantonales|mayor|mairie|city council|town council|"
    r"conseil municipal|parliament|senate)\b",
    r"\bworks council\b|\bcomite d'entreprise\b|\b(?:elue?|member) (?:du|au|of the) cse\b",
    # staff representatives: "représentante du personnel au CSE", "staff representative"
    r"\brepresentant\w*\s+(?:du personnel|des salaries|syndica\w*|au cse|du cse|cse|"
    r"de proximite)\b",
    (
        ("staff", "employee", "worker", "union"),
        r"\b(?:staff|employee|employees'|workers'?|union)\s+rep(?:resentative)?s?\b",
    ),
    # sexual orientation, gender identity
    r"\bgays?\b(?!-)|\blesbiennes?\b|\blesbians?\b|\bbisexu\w+|\bhomosexu\w+|\bqueer\b",
    r"\blgbt\w*\+?|\bpansexu\w+|\basexu\w+|\btransgen\w+|\bnon[- ]?binaires?\b",
    r"\bnon[- ]?binary\b|\btrans (?:woman|women|man|men|person|people|femme|homme)\b",
    r"\b(?:personne|femme|homme|fille|garcon)s? trans\b|\bcoming[- ]out\b",
    r"\bhomophob\w*|\btransphob\w*|\bmarche des fiertes\b|\bpride (?:march|parade)\b",
    # religious practice
    r"\bl'aid\b|\baid (?:el|al)[- ]\w+|\beid\b|\bdiwali\b|\byom kippou?r\b|\bhanou?k+a+h?\b",
    r"\bhanukk?ah\b|\brosh hashana\w*|\bpessah\b|\bpassover\b|\bvesak\b|\bhalal\b",
    r"\bcasher\b|\bkasher\b|\bkosher\b|\bpriere du vendredi\b|\bfriday prayers?\b",
    r"\bbar mitzva\w*|\bbat mitzva\w*|\bpelerinage\b|\bpilgrimage\b|\bhajj\b|\bomra\b",
    r"\bumrah\b|\bje jeune\b|\bfasting for\b|\bcroyante?s?\b|\bbelieve in god\b",
    r"\bcrois en dieu\b|\b(?:go|goes|went|going) to mass\b|\b(?:attend|attends) mass\b",
    # family situation and custody
    r"\bgarde alternee\b|\bshared custody\b|\bco-?parent\w*|\bpension alimentaire\b",
    r"\b(?:my|mes|mon|ma) (?:toddler|newborn|nourrisson|bebe|little one)s?\b",
    r"\b(?:i have|j'ai) (?:a |un |une )?(?:son|daughter|fils|fille|kid|child|enfant)\b",
    # more health, pregnancy, relationships, origin, religion, politics
    r"\bdiagnosed with\b|\bdiagnostiquee?s?\b|\blong covid\b|\bcovid long\b|\binsulin\w*",
    r"\bcochlear implant\b|\bimplant cochleaire\b|\bantidepress\w+|\bantidepresseur\w*",
    r"\b(?:i take|i'm on|je prends) (?:\w+ )?(?:medication|meds|treatment|traitement)\b",
    r"\bsituation de handicap\b|\bsurdite\b|\bcancer survivor\b",
    r"\bexpecting (?:a baby|a child|our (?:\w+ )?(?:baby|child)|twins|"
    r"my (?:\w+ )?(?:baby|child))\b",
    r"\b(?:j'attends|nous attendons|on attend|attend) (?:un|notre|mon) (?:\w+ )?(?:bebe|enfant)\b",
    r"\ben couple avec\b|\bin a relationship with\b|\bnewly ?weds?\b|\bjeune mariee?\b",
    r"\b(?:je suis|i'm|i am) trans\b|\btransition de genre\b|\bgender transition\b",
    r"\b(?:i|j'ai) transitionn?\w*",
    r"\b(?:mes|nos|my|our) (?:grands?-parents|grand-pere|grand-mere|grandparents|ancetres|"
    r"ancestors|arriere-grands-parents) (?:sont|etaient|viennent|venaient|were|are|came)\b",
    r"\bissue? de l'immigration\b|\bfirst[- ]generation (?:immigrant|american|british)\b",
    r"\breligieu\w*|\b(?:je vote|i vote|i voted|j'ai vote)\b",
    # seen on set C: colour blindness, a wheelchair said short, sign language, a Jewish
    # practice, arriving in France, a name chosen after someone, a military past
    r"\bdaltonien\w*|\bcolou?r[- ]?blind\w*|\ben fauteuil\b|\blangue des signes\b|\blsf\b",
    r"\bsign language\b|\bjews?\b|\byom kipp(?:o?u)r\b|\bsukkot\b|\bsouccot\b",
    r"\ben france depuis\b|\barrivee? en france\b|\bmoved to france\b|\bin france since\b",
    r"\bnamed (?:me|us) after\b",
    # "Named after the city, not the prince.": the writer, whose name is meant (opening a
    # sentence or a line; """"Named after Hans Peter Luhn" in a docstring is the function's)
    (("named after",), r"(?:(?<=[.!?] )|(?<=^)|(?<=\n))named after\b"),
    r"\b(?:i was|i'm|i am) named after\b|\bm'(?:a|ont) (?:appelee?|prenommee?) comme\b",
    r"\bancien(?:ne)? militaire\b|\bmilitaire de carriere\b|\bex-militaire\b",
    # residence status
    r"\btitre (?:pluriannuel|de sejour|de residence)\b|\bpasseport talent\b|\btalent passport\b",
    r"\bprotection (?:temporaire|subsidiaire|internationale)\b|\btemporary protection\b|"
    r"\bresidence (?:card|permit)\b|\bcarte de resident\b|\bstatut de refugie\b|"
    r"\bright to remain\b|\bindefinite leave\b|\bpre-settled\b|\bbrp\b",
    # a degree from abroad being recognised
    r"\benic-naric\b|\bequivalence (?:de|du|en cours|de mon) ?(?:diplome)?|"
    r"\bdegree (?:recognition|equivalence)\b",
    r"\bgreen card\b|\bsettled status\b|\b(?:student|work|talent|skilled worker) visa\b",
    r"\brecepisse\b|\bautorisation de travail\b|\bpermis de travail\b",
]

# Classes completed from their lexicons (round G): every denomination one can say one belongs to,
# a weekly or yearly observance, kin beyond parents and children, children by where they are
# looked after, chronic conditions and impairments by name, and an age at a moment of one's life.
_DENOMINATION = (
    r"(?:christian|chretien\w*|muslim|musulman\w*|jewish|juif|juive|hindu|hindou\w*|buddhist|"
    r"bouddhiste|sikh|catholi\w+|protestant\w*|evangeli\w+|adventist\w*|seventh-day|"
    r"pentecot\w+|baptist\w*|mormon\w*|orthodox\w*|anglican\w*|methodist\w*|quaker|"
    r"jain|jaina?|zoroastrian|bahai|baha'i|rastafari\w*|jehovah'?s? witness\w*|"
    r"temoin de jehovah|alevi|chiite|shia|sunnite|sunni|ismaili|copte|coptic|maronite|druze|"
    r"yezidi|yazidi|animiste|animist|pagan|paien\w*|wiccan?)"
)
STRONG += [
    rf"\b(?:i'm|i am|je suis|as an?|en tant que|being)\s+(?:an?\s+|une?\s+)?(?:(?:practising|"
    rf"practicing|devout|proud|pratiquante?|croyante?|fervente?)\s+)?{_DENOMINATION}\b",
    r"\badventist\w*|\badventiste\w*|\bseventh-day\b|\bsabbat\b|\bkeep the sabbath\b",
    r"\b(?:friday|vendredi)\s+(?:at\s+|au\s+|from\s+)?(?:sunset|sundown|coucher du soleil)\b",
    r"\bekadashi\b|\bnavratri\b|\bpuja\b|\bpooja\b|\bgurdwara\b|\bgurudwara\b|"
    r"\bpesach\b|\bsoukkot\b|\bshavuot\b|\bpurim\b|\bmawlid\b|\bmouloud\b|\bachoura\b|"
    r"\bashura\b|\blent\b(?= (?:fast|period))|\bkirtan\b|\bsatsang\b",
    r"\b(?:i|je)\s+(?:fast|jeune|observe|keep|respecte|pratique)\s+(?:on|during|pendant|le|la|"
    r"the)\b|\bfast(?:ing)? (?:on|during) (?:ekadashi|ramadan|lent|yom|fridays|mondays)",
    r"\b(?:my|our|mon|ma|notre)\s+(?:local\s+)?(?:church|parish|mosque|synagogue|temple|"
    r"gurdwara|eglise|paroisse|mosquee|congregation|communaute religieuse)\b",
    # kin beyond parents and children
    r"\b(?:ma|mon|mes|my|our|notre|nos)\s+(?:[\w-]+\s+)?(?:tantes?|oncles?|cousin\w*|neveux?|"
    r"nieces?|grand-?meres?|grand-?peres?|grands-parents|grandmothers?|grandfathers?|grandparents|"
    r"grandma|grandpa|mamie|papi|papy|beau-pere|belle-mere|beaux-parents|belle-famille|beau-frere|belle-soeur|"
    r"parrain|marraine|filleule?|petite?-soeur|petit-frere|grande?-soeur|grand-frere|soeurs?|"
    r"freres?|aunts?|uncles?|cousins?|nephews?|nieces?|in-laws|stepdad|stepmum|stepmom|"
    r"stepfather|stepmother|stepson|stepdaughter|brothers?|sisters?|siblings?|godmother|"
    r"godfather|godson|goddaughter|copain|copine|conjointe?|partenaire|boyfriend|girlfriend|"
    # familiar kin words: "my auntie", "ma tata", "mon tonton", "my lil bro", "mon chum" (Québec)
    r"aunties?|aunty|tata|tatie|tati|tonton|meme|pepe|nana|nan|gran|granny|bro|sis|chum)\b",
    # custody, a former partner, raising children alone (round 6)
    r"\bj'ai (?:la|les) (?:garde|enfants|petits)\b[^.;\n]{0,30}\b(?:une|1) semaine sur "
    r"(?:deux|2)\b|"
    r"\bune semaine sur deux avec (?:mes|mon|ma) (?:\w+ )?(?:enfants|fils|fille|filles|petits)\b|"
    r"\bgarde (?:partagee|exclusive|principale)\b|\b(?:every other|alternate) week(?:end)?s? "
    r"with (?:my|the) (?:\w+ )?(?:kids|children|son|daughter|boys|girls)\b|"
    r"\b(?:i have|i've got|i share) (?:\w+ )?custody\b",
    r"\b(?:mon|ma|my) ex\b(?![-\w])(?!\s+(?:colleague|collegue|boss|manager|employer|employeur|"
    r"team|equipe|boite|job|company|entreprise|chef|client|startup))",
    r"\b(?:raising|bringing up|i raise|i'm raising|j'eleve|elever) (?:my |mes |mon |ma )?(?:\w+ )?"
    r"(?:kids|children|sons?|daughters?|enfants|fils|filles?|boys|girls) (?:alone|on my own|"
    r"by myself|single-handed\w*|seule?)\b|\bseule? avec (?:mes|mon|ma) (?:\w+ )?(?:enfants|"
    r"fils|filles?)\b|\b(?:parent|maman|papa|mum|mom|dad) solo\b|\bsolo (?:parent|mum|mom|dad)\b|"
    r"\bfamille monoparentale\b|\bmonoparental\w*|\bsingle[- ]parent\w*",
    r"\b(?:\d{2}) (?:ans|years old|yo),\s+(?:(?:marie|mariee|pacsee?|celibataire|divorcee?|"
    r"married|single|divorced)\s*,?\s+)?(?:un|une|deux|trois|quatre|cinq|\d|one|two|three|four|"
    r"five) (?:enfants?|kids?|children|child)\b",
    r"\b(?:doing|do|i do) (?:the )?(?:school )?(?:pick-?ups?|drop-?offs?|school runs?)\b|"
    r"\bschool runs?\b|\b(?:la|les) sorties? d'ecole\b",
    # a choir or a class at a place of worship, military service, orders and lodges (round 6)
    r"\b(?:chorale|choir|catechisme|catechism|ecole du dimanche|sunday school|scouts?)\s+"
    r"(?:au|a la|a l'|de la|du|de l'|at the|at|of the|in the)\s*"
    r"(?:temple|eglise|paroisse|mosquee|synagogue|church|chapel|parish|mosque|gurdwara)\b",
    r"\bancien(?:ne)?s? (?:du|de la|de l'|des) (?:rsma|sma|smv|legion(?: etrangere)?|"
    r"armee(?: de terre| de l'air)?|marine nationale|gendarmerie)\b|\bservice militaire adapte\b|"
    r"\b(?:army|navy|air force|raf|marines) veteran\b|\bex-forces\b|\bserved (?:\w+ years )?"
    r"in the (?:army|navy|royal navy|british army|raf|marines|armed forces)\b",
    r"\bordre (?:souverain )?de malte\b|\border of malta\b|\bknights? of (?:malta|columbus)\b|"
    r"\bfranc-macon\w*|\bfreemason\w*|\bloge maconnique\b|\bmasonic lodge\b",
    # living by a border and working across it: "frontalière Suisse", "cross-border commuter"
    r"\b(?:travailleu\w+ )?frontali(?:er|ere|ers|eres)\b|\bcross-border (?:worker|commuter)s?\b",
    r"\b(?:mes|nos|my|our)\s+parents\s+(?:ages|agees|vieillissants|malades|elderly|ageing|"
    r"aging|sick)\b",
    # children by where they are looked after, or with the writer
    r"\b(?:un|une|deux|trois|quatre|cinq|\d|one|two|three|four|five)\s+(?:\w+\s+)?(?:enfants?|"
    r"kids?|children|filles?|fils|garcons?|sons?|daughters?|petits?)\s+(?:en|a la|au|in|at)\s+"
    r"(?:maternelle|creche|primaire|cp|ce1|ce2|cm1|cm2|college|nursery|primary|daycare|"
    r"kindergarten|reception|preschool|school)\b",
    r"\b(?:with|avec)\s+(?:\w+\s+){0,2}(?:kids|children|toddlers?|babies|baby|enfants|"
    r"bebes?|twins|jumeaux|jumelles)\b(?!\s*(?:users?|utilisat\w*|patients?|apps?|clients?))",
    # chronic conditions and impairments by name
    r"\bdiabet\w* (?:de )?type [12]\b|\btype [12] diabet\w*",
    r"\bdeuteranop\w*|\bprotanop\w*|\btritanop\w*|\bachromat\w*",
    r"\baccident du travail\b|\baccident de travail\b|\bworkplace injury\b|"
    r"\binjured at work\b|\bmaladie professionnelle\b",
    r"\bdialys\w*|\bparkinson'?s?\b|\balzheimer'?s?\b|\bmucoviscidose\b|\bcystic fibrosis\b|"
    r"\bdrepanocyt\w*|\bsickle[- ]cell\b|\bhemophil\w*|\bhaemophil\w*|\bseropositi\w*|"
    r"\bhiv[- ]positive\b|\bleucemie\b|\bleuka?emia\b|\blupus\b|\bendometrios\w*|"
    r"\bfibromyalg\w*|\bpolyarthrite\b|\brheumatoid\b|\bmyopathie\b|\bmuscular dystrophy\b|"
    r"\bparaplegi\w*|\btetraplegi\w*|\bquadriplegi\w*|\bamput\w*|\bstomie\b|\bstoma\b|"
    r"\binsuffisance (?:renale|cardiaque|respiratoire)\b|\bkidney (?:failure|disease)\b|"
    r"\bheart condition\b|\bgreffee?\b|\btransplant(?:ed|e)?\b(?= (?:patient|recipient))|"
    r"\bcoeliaqu\w*|\bceliac\b|\bcoeliac\b|\bspondylarthrite\b|\bnarcolep\w*|"
    r"\bacouphene\w*|\btinnitus\b|\bstutter\w*|\bbegaie\w*|\bbipolar\w*|\bschizophren\w*|"
    r"\bhypersensib\w*|\bhaut potentiel\b|\bhpi\b|\bzebre\b|\btdah\b|\btsa\b|\bdys\b",
]

# Only a disclosure when the clause is about the writer ("I have cancer", not a cancer dataset).
WEAK = [
    r"\bvisa\b|\bsponsorship\b|\bnaturali[sz]\w*|\bcitizenship\b|\bnationalit\w+",
    r"\bcancer\b|\bdiabet(?:e|ique|es|ic)\b|\bmaladie\b|\bdepression\b|\bsourde?\b|\baveugle\b",
    r"\bblind\b|\bdeaf\b|\banxiety\b|\billness\b|\bdisease\b|\bcaring for\b|\bcarer\b",
    # an operation or a hospital stay of the writer ("je sors d'une intervention chirurgicale",
    # "I had surgery"), not software for surgeons ("the surgery scheduling app")
    r"\bsurgery\b(?!\s+(?:scheduling|schedules?|software|apps?|systems?|teams?|departments?|"
    r"units?|wards?|data|records|bookings?|robots?|planning|rooms?|waiting))",
    r"\bchirurgi\w+|\bhospitalis\w+|\bhospitaliz\w+|\bconvalescen\w+|\breeducation\b|"
    r"\bphysiotherap\w+",
    r"\boperee?s?\s+(?:du|de la|de l')",
    r"\blow vision\b|\bsight loss\b|\bhearing loss\b|\bcochlear implant\b",
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
    rf"(?i:\b(?:grew\s+up|(?:was\s+)?born|born\s+and\s+raised|raised)\s+(?:in|near))\s+{_CAP}",
    rf"(?i:\b(?:moved|came|arrived|emigrated|immigrated|relocated|fled)\b)[^.,;\n]*\bfrom\s+{_CAP}",
    rf"(?i:\bje\s+viens\s+(?:de|du|des|d'))\s*{_CAP}",
    r"(?i:\bmari(?:é|ée|és|ées|ee)\b)",
    r"(?i:\bmari(?:é|ée|ee)s?\s+(?:avec|et))",
]
_INTRO = re.compile(r"\b(?:i'm|i am|je suis|je m'appelle|my name is|hi|bonjour)\b[^.!?\n]*")
_APPOSITIVE = re.compile(rf"(?<=,\s)(?:{_FR_NAT}|{_EN_NAT})(?=\s*,|\s+et\s|\s+and\s)")
# "I'm 29 and Nigerian", "je suis développeuse et sénégalaise": the second half of what the
# writer says they are, unless they are speaking of languages ("fluent in English and Spanish").
_COORDINATED = re.compile(
    rf"(?<=\s)(?:and|et)\s+(?:proud(?:ly)?\s+|fiere?(?:ment)?\s+)?(?:{_FR_NAT}|{_EN_NAT})"
    r"(?=\s*(?:[,.;!)]|$)|\s+(?:and|et|so|donc|which|qui|based|basee?|living|vivant)\b)"
)
_LANGUAGE_TALK = re.compile(
    r"\b(?:fluent|bilingu\w*|trilingu\w*|speak\w*|parle\w*|courant|native|natif|in|en|"
    r"keyboards?|claviers?|language\w*|langues?)\b"
)
# "arabe (langue maternelle)", "Tagalog (native)" in a list of languages: the mother tongue.
_MOTHER_TONGUE_AFTER = re.compile(
    r"(?<![\w\-])[a-z][a-z\-']+\s*\(\s*(?P<how>langue maternelle|langue natale|mother tongue|"
    r"first language|native speaker|native|natif|native|maternelle)\s*\)"
)
_LANGUAGE_CUE = re.compile(r"\b(?:langues?|languages?|parle\w*|speak\w*|spoken|bilingu\w*)\b")

_NAMED_AFTER = re.compile(
    r"\s+(?:(?:nord|sud|est|ouest|populaires?|prioritaires?)\s+)?"
    r"(?:(?:de\s+la|de\s+l'|du|des|de|d'|la|le|of)\s*)?(?:the\s+)?[A-ZÀ-Þ]"
)
_NUMBERED = re.compile(r"\d{1,2}\s?(?:e|eme|er|th|st|nd|rd)\s+$")
_STRONG = Prefiltered(STRONG)
_WEAK = Prefiltered(WEAK)
_NEIGHBOURHOOD_RE = re.compile("|".join(f"(?:{p})" for p in NEIGHBOURHOOD))
_ORIGINAL_RE = re.compile("|".join(f"(?:{p})" for p in ORIGINAL))


# A new first-person clause ("..., et je cherche un poste") starts a new segment.
# "..., et très sensible au green IT", "and prefer written communication": any "et"/"and" starts
# a new segment too; two disclosing segments side by side are glued back into one placeholder.
_CLAUSE_START = re.compile(
    r"\s(?:et|mais|and|but|so|donc|because|car|parce que|puisque|hence|which is why|"
    r"c'est pourquoi|since(?= (?:i|i'm|we|you|they|it|he|she)\b))\s",
    re.IGNORECASE,
)


def _is_break(text: str, i: int) -> bool:
    char = text[i]
    if char in "\n;!?—–·•|":
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


# Origin: a country next to an origin cue, a nationality describing the writer.
_ORIGIN_CUE = re.compile(
    r"\b(?:come|comes|came|coming) from\b|\bi'm from\b|\bi am from\b|\boriginaire\b|"
    r"\bpassport\b|\bpasseport\b|\boriginally\b|\borigin\w*|\bviens? d|\bvient d|"
    r"\bviennent d|\bvenons d|\bparents?\b|\bfamil\w+|\broots\b|\bracines\b|\bheritage\b|"
    r"\bpays d'origine\b|\bhome country\b|\bbled\b|\bnee?s?\b|\bborn\b|\bgrandi\b|"
    r"\bgrew up\b|\braised\b|\bimmigr\w+|\bemigr\w+|\bfled\b|\bfui\b|\brefugi\w+|\bexil\w*|"
    r"\bdiaspora\b|\bmother is\b|\bfather is\b|\bmere est\b|\bpere est\b|\blives there\b|"
    r"\bvivent la-bas\b|\bvit la-bas\b|\bmoved (?:here |to france )?from\b|\barrived from\b|"
    r"\barrivee? (?:de|du|d')\b|\bback home\b|\bchez moi (?:au|en)\b|\bmy people\b"
)
_NAT_PERSON = Prefiltered(
    [
        rf"\ben tant que (?:femme |homme |personne )?{_FR_NAT}\b|"
        rf"\b(?:as|being) an? (?:proud )?{_EN_NAT}\b(?=\s*(?:,|woman|women|man|men|person|"
        rf"developer|engineer|dev|immigrant|girl|guy|native|mother|father|parent|kid|coder|"
        rf"programmer|in tech|who|myself|i\b))|"
        rf"\b(?:une?|la|le) {_FR_NAT} (?:qui|de naissance|d'origine|dans la tech)\b|"
        rf"\b{_EN_NAT} (?:roots|heritage|background|descent|origins?|family|parents|mother|father|"
        rf"mum|mom|dad|grandparents)\b|"
        rf"\b(?:racines|origines?|famille|parents) {_FR_NAT}\b|\b{_FR_NAT} d'origine\b|"
        rf"\b(?:racines|origines?|roots|heritage) (?:au |en |du |in |from )?(?:le |la |the )?[a-z]"
    ]
)


@cache
def _country_re() -> re.Pattern:
    names = "|".join(re.escape(c) for c in sorted(countries(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")


@cache
def _political_re() -> tuple[re.Pattern, re.Pattern]:
    alone, cued = political_groups()

    def alt(names):
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))

    cue = (
        r"\b(?:adherente?|membre|milit\w*|encartee?|vote|votes|voted|member|militant|campaign\w*|"
        r"volunteer\w*|benevole|candidate?|elue?|tracte?)\S*\s+(?:(?:for|with|of|du|de|des|a|au|"
        r"aux|chez|pour|avec|dans|the|la|le|les)\s+){0,2}"
    )
    return (
        re.compile(rf"(?<![\w-])(?:{alt(alone)})(?![\w-])"),
        re.compile(rf"{cue}(?:{alt(cued)})(?![\w-])"),
    )


# "pour les utilisateur·ices malvoyant·es", "for deaf users": a condition of the people one
# builds for, not of the writer.
_OTHERS_BEFORE = re.compile(
    r"(?:utilisat\w*|users?|personnes?|people|clients?|patients?|visiteurs?|lecteurs?|readers?|"
    r"customers?|eleves?|students?|usagers?|joueurs?|players?|publics?|audiences?)"
    r"(?:[·.\-]\w+)*\s+(?:\w+\s+){0,1}$"
)
_OTHERS_AFTER = re.compile(r"(?:[·.\-]\w+)*\s+(?:users?|people|customers?|readers?|visitors?)\b")


_CONDITION = re.compile(
    r"(?:mal|non-?|partially |low |sight |hearing |deficien\w* )?"
    r"(?:voyant|entendant|sourd|aveugle|deaf|blind|dyslex|sighted|vision|loss|visuel|auditi)"
)


def _about_others(folded: str, match: re.Match) -> bool:
    if not _CONDITION.match(match.group()):
        return False
    return bool(
        _OTHERS_BEFORE.search(folded, max(0, match.start() - 40), match.start())
        or _OTHERS_AFTER.match(folded, match.end())
    )


# "Siobhán (pronounced 'Shiv-awn')", "Nguyen, prononcez « Nouyen »": the name spelled as said.
_PRONOUNCED = re.compile(
    r"(?i:\b(?:pronounced|pronounce it|say it|se prononce|prononcez|prononcé|prononce)\b)"
    r"(?:\s+(?:like|as|comme))?\s*:?\s*(?:['\"«“‘]\s*[^'\"»”’\n]{1,30}?\s*['\"»”’]|[\w\-]{2,20})"
)


_NEXT_CAPITALISED = re.compile(r"[ \u00a0]+[A-ZÀ-Þ][\w\-]+")


def _in_proper_name(text: str, match: re.Match) -> bool:
    """ "chez Veuve Clicquot": a word of an organisation's name, not the writer's situation."""
    start, end = match.start(), match.end()
    if not text[start : start + 1].isupper() or " " in match.group().strip():
        return False
    # Only the name of an organisation one works for or with ("chez Veuve Clicquot"); a group
    # named by what it gathers ("our local Queer Tech meetup") still discloses.
    if not _ORG_BEFORE.search(text, max(0, start - 12), start):
        return False
    return bool(_NEXT_CAPITALISED.match(text, end))


_ORG_BEFORE = re.compile(r"(?i:\b(?:chez|at|pour|for|with|avec|de|of))\s+$")


def find_pronunciations(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), "name") for m in _PRONOUNCED.finditer(text)]


def find_disclosures(text: str, folded: str) -> list[Span]:
    # Both ends of a match: "mon père, qui est malade" spans two clauses, both go.
    hits = [
        pos
        for m in _STRONG.finditer(folded)
        if not _about_others(folded, m) and not _in_proper_name(text, m)
        for pos in (m.start(), m.end() - 1)
    ]
    hits += [m.start() for m in _NAT_PERSON.finditer(folded)]
    for regex in _political_re():
        hits += [m.start() for m in regex.finditer(folded)]
    countries_found = _country_re().finditer(folded) if _ORIGIN_CUE.search(folded) else ()
    for m in countries_found:
        if not text[m.start()].isupper():
            continue
        start, end = segment(folded, m.start(), sentence=True)
        if _ORIGIN_CUE.search(folded, start, end) and _FIRST_PERSON.search(folded, start, end):
            hits.append(m.start())
    for m in _ORIGINAL_RE.finditer(text):
        # "moved from Java to Kotlin": a technology, not a country.
        word = re.match(r"\w+", text[m.end() - 1 :])
        if not word or fold(word.group()) not in tech_words():
            hits.append(m.start())
    for m in _WEAK.finditer(folded):
        if _about_others(folded, m):
            continue
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
        # "l'école du quartier Auteuil" where the writer takes their children: named, and the
        # writer speaks in the sentence.
        lives = _RESIDENCE_VERB.search(folded, start, end) or (
            m.group().startswith("quartier")
            and _NAMED_AFTER.match(text, m.end())
            and _FIRST_PERSON.search(folded, start, end)
        )
        if named and lives:
            hits.append(m.start())
    for intro in _INTRO.finditer(folded):
        hits += [m.start() for m in _APPOSITIVE.finditer(folded, intro.start(), intro.end())]
        for m in _COORDINATED.finditer(folded, intro.start(), intro.end()):
            if not _LANGUAGE_TALK.search(folded, intro.start(), m.start()):
                hits.append(m.end() - 1)
    tongue = "(" in folded and any(k in folded for k in ("matern", "nati", "tongue", "first lang"))
    for m in _MOTHER_TONGUE_AFTER.finditer(folded) if tongue else ():
        if m.group("how").startswith(("nati", "native")):
            line_start = folded.rfind("\n", 0, m.start()) + 1
            if not _LANGUAGE_CUE.search(folded, line_start, m.start()):
                continue
        hits.append(m.start())
    spans = []
    for pos in sorted(set(hits)):
        start, end = segment(text, pos)
        spans.append(Span(start, end, "personal"))
    # only the age itself: what the writer did at that age stays readable
    # one's parents named in passing: the words only, the rest of the clause stays readable
    spans += [Span(m.start(), m.end(), "personal") for m in _PARENTS.finditer(folded)]
    for m in _LIFE_YEAR.finditer(folded):
        group = "y" if m.groupdict().get("y") else "y2"
        spans.append(Span(m.start(group), m.end(group), "age"))
    for m in _AGE_AT.finditer(folded):
        group = "age" if m.groupdict().get("age") else "age2"
        spans.append(Span(m.start(group), m.end(group), "age"))
    return spans


_PARENTS = Prefiltered(
    [
        r"\b(?:mes|nos|my|our)\s+parents\b(?:'|\s+(?:ages|agees|tiennent|ont|sont|viennent|"
        r"ran|run|came|own|owned|were|are))?|\b(?:ma|my)\s+(?:mere|maman|mother|mum|mom)\b|"
        r"\b(?:mon|my)\s+(?:pere|papa|father|dad)\b"
    ]
)
# A year of one's life course: settling, arriving, graduating ("installée à Nice depuis 2022",
# "arrivé à Dijon en 2016 pour le master", "Formation IUT de Vannes, 2022", "licence (2023)");
# a year one has done a job or a technology since ("dev depuis 2015") is experience and stays.
_LIFE_YEAR = Prefiltered(
    [
        r"\b(?:install\w*|arrive\w*|venue?s?|moved|arrived|came|relocated|demenag\w*|"
        r"en france|in france|dipl[oô]m\w*|graduat\w*|promo\w*|master(?!\s+(?:branch|node|key|data|"
        r"copy|record))|licence|formation|piscine|"
        r"etudes|studied|bac|bts|but|dut|naturalis\w*|refugi\w*|class of|alternance|apprentissage|"
        r"apprenticeship)\b[^.;!?\n]{0,60}?(?<![\w\-/.])(?P<y>(?:19|20)\d\d)(?![\w\-/.]\d|\d)"
        r"|\b(?:en|in|depuis|since)\s+(?P<y2>(?:19|20)\d\d)\b"
        r"(?=[^.;!?\n]{0,30}?\bpour (?:le|la|mon|ma|"
        r"un|une|mes) (?:master|licence|bts|but|these|doctorat|etudes|stage|alternance|formation))"
    ]
)


# An age at a moment of one's life: "j'avais 15 ans", "moved to the UK at 17", "commencé à
# coder à 12 ans"; not a number that counts something else (age.NOT_AN_AGE_AFTER).
_AGE_AT = Prefiltered(
    [
        r"\b(?:j'avais|quand j'avais|lorsque j'avais|i was|when i was|since i was)\s+"
        r"(?P<age>(?:\d{1,2}|douze|treize|quatorze|quinze|seize|dix-\w+|vingt\w*)"
        r"(?:\s*(?:ans|years old|yo)\b)?)" + NOT_AN_AGE_AFTER + r"|\b(?:moved|started|left|began|"
        r"learn(?:ed|t)|arrived|came|quit|emigrated|married|"
        r"commence\w*|arrivee?|quitte|partie?|demenage\w*|appris|coder|coding|programmer)\s+"
        r"(?:[\w'-]+\s+){0,5}?(?:at|a)\s+(?P<age2>(?:the age of\s+|l'age de\s+)?(?:[4-9]|1\d|2\d)"
        r"(?:\s+ans)?)\b(?!\s*[:h%.,]\d)" + NOT_AN_AGE_AFTER
    ]
)
