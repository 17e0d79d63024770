"""French rules on protected grounds (C. trav. L.1132-1) and titles; the requirement and
working-condition rules are in ``fr_conditions``. Patterns are folded (accents optional) and
case-insensitive; see ``rules/__init__``.
"""

from employers.wording.rules import rule
from employers.wording.rules.common import AGE, W
from employers.wording.rules.fr_conditions import CONDITION_RULES
from employers.wording.rules.fr_words import PREFER, REQ

_PEOPLE = (
    r"(?:[ée]quipes?|profils?|candidat" + W + r"|collaborat" + W + r"|personnes?|recrues?"
    r"|talents?|coll[eè]gues?|salari[ée]" + W + r"|dipl[ôo]m[ée]" + W + r")"
)

AGE_RULES = [
    rule(
        "age",
        r"\bjeunes?\s+(?:dipl[ôo]m[ée]"
        + W
        + r"|talents?|recrues?|profils?|actifs?|candidat"
        + W
        + r"|collaborat"
        + W
        + r"|personnes?|gens|sortant"
        + W
        + r")",
        suggestion="profil débutant accepté",
    ),
    rule(
        "age",
        _PEOPLE + r"\s+(?:[\w\u00b7]+\s+)?jeunes?\b(?:\s+et\s+dynamiques?)?",
    ),
    rule("age", r"\bjeunes?\s+(?:et\s+\w+\s+)?[ée]quipes?\b", suggestion="équipe dynamique"),
    rule(
        "age",
        r"\b(?:vous\s+[êe]tes|tu\s+es|[êe]tre|soyez)\s+(?:\w+\s+)?jeunes?\b(?!\s+(?:entreprise|pousse|soci[ée]t[ée]))",
    ),
    rule(
        "age",
        r"\b(?:[âa]g[ée]" + W + r"|[âa]ge)\s+(?:de\s+|entre\s+|minimum\s+|maximum\s+|max\.?\s+)?"
        r"(?:moins\s+de\s+|plus\s+de\s+)?"
        + AGE
        + r"\s*(?:ans\s*)?(?:(?:[àa]|-|–|et)\s*"
        + AGE
        + r"\s*)?ans\b",
    ),
    rule(
        "age",
        r"\b(?:moins|plus)\s+de\s+" + AGE + r"\s*ans\b(?!\s*(?:d'(?:exp[ée]rience|anciennet[ée]"
        r"|existence)|de\s+m[ée]tier))",
        unless=r"\bil\s+y\s+a\b|depuis|fond[ée]e|cr[ée][ée]e|existe",
    ),
    rule(
        "age",
        r"\b(?:entre\s+)?" + AGE + r"\s*(?:ans\s*)?(?:[àa]|-|–|et)\s*" + AGE + r"\s*ans\b",
        not_after=r"(?:\bles|\bdes|\baux|\(|\bde)\s*$",
        unless=r"code\s+du\s+travail|conditions?\s+d'[âa]ge\s+l[ée]gal|r[ée]volus",
    ),
    rule(
        "age",
        r"\b\d{1,2}\s*(?:ans|ann[ée]es)(?:\s+d'exp[ée]rience)?\s*(?:maximum|max\.?|maxi|au\s+plus)\b",
        suggestion="expérience souhaitée : 2 ans ou plus",
    ),
    rule(
        "age",
        r"\b(?:maximum|au\s+plus|pas\s+plus\s+de|max\.?)\s*\d{1,2}\s*(?:ans|ann[ée]es)\s+"
        r"d'(?:exp[ée]rience|anciennet[ée])",
        suggestion="expérience souhaitée : 2 ans ou plus",
    ),
    rule(
        "age",
        r"\bplus\s+de\s+\d{1,2}\s*(?:ans|ann[ée]es)\s+d'exp[ée]rience\b(?=[^.;]{0,60}"
        r"(?:ne\s+seront\s+pas|s'abstenir|exclu|non\s+retenu|pas\s+retenu|surqualifi))",
    ),
    rule("age", r"\bmoyenne\s+d'[âa]ge\b(?:\s+(?:est\s+)?(?:de\s+)?\d{2}\s*ans)?"),
    rule(
        "age",
        r"\b(?:digital|digitaux|digitales?)\s+natives?\b|\bnati(?:f|ve|fs|ves)\s+(?:du|de\s+l')"
        r"\s*(?:num[ée]rique|digital|web|internet)\b",
        suggestion="à l'aise avec les outils numériques",
    ),
    rule("age", r"\blimites?\s+d'[âa]ge\b", not_after=r"sans\s*$"),
    rule("age", r"\bdate\s+de\s+naissance\b|\bann[ée]e\s+de\s+naissance\b"),
    rule(
        # "âge maximum : 35 ans", "âge limite 40 ans"
        "age",
        r"\b[âa]ge\s+(?:maximum|maxi|max\.?|limite)\s*[:\-–]?\s*" + AGE + r"\s*ans\b",
    ),
    rule(
        # a decade of life as a profile: "vous avez la trentaine", "trentenaire"
        "age",
        r"\b(?:avez|avoir|ayant|as|dans)\s+la\s+(?:vingtaine|trentaine|quarantaine|cinquantaine)"
        r"\b|\b(?:vingtenaire|trentenaire|quadrag[ée]naire)s?\b",
    ),
    rule(
        "age",
        r"\b(?:seniors?|retrait[ée]"
        + W
        + r"|jeunes|quinqua\w*)\s+(?:s'abstenir|non\s+accept"
        + W
        + r"|exclu"
        + W
        + r")",
    ),
    rule("age", r"\br[ée]serv[ée]" + W + r"\s+aux\s+jeunes\b"),
]

SEX_RULES = [
    rule(
        "sex_gender",
        r"\b(?:cherch|recherch|recrut|souhait|voul|veu|pr[ée]f[ée]r|privil[ée]gi|r[ée]serv|embauch)"
        r"\w*\s+(?:donc\s+|plut[ôo]t\s+|de\s+pr[ée]f[ée]rence\s+|pr[ée]f[ée]rentiellement\s+"
        r"|uniquement\s+|exclusivement\s+|avant\s+tout\s+|surtout\s+)?(?:pour\s+|[àa]\s+|aux\s+)?"
        r"(?:un\s+|une\s+|des\s+|d'|les\s+)?(?:jeunes?\s+)?(?:hommes?|femmes?|gar[çc]ons?|filles?"
        r"|messieurs|monsieur|dames?|candidat"
        + W
        + r"\s+(?:masculin|f[ée]minin)"
        + W
        + r"|candidatures?\s+(?:masculine|f[ée]minine)s?|profils?\s+(?:masculin|f[ée]minin)s?)\b"
        r"(?!\s+(?:ou|et)\s+(?:une?\s+|des\s+)?(?:hommes?|femmes?))",
        suggestion="nous recherchons une personne (H/F)",
    ),
    rule(
        "sex_gender",
        r"\b(?:profil|candidat|candidature|personne|sexe)s?\s+(?:masculin|f[ée]minin)"
        + W
        + r"(?:\s+(?:souhait|exig|privil[ée]gi|pr[ée]f[ée]r|requi|attendu)"
        + W
        + r")?",
        suggestion="profil (H/F)",
    ),
    rule(
        "sex_gender",
        r"\b(?:hommes?|femmes?)\s+(?:uniquement|exclusivement|de\s+pr[ée]f[ée]rence|seulement"
        r"|souhait[ée]" + W + r"|exig[ée]" + W + r"|privil[ée]gi[ée]" + W + r")",
    ),
    rule(
        "sex_gender",
        r"\b(?:h[ée]t[ée]ro|homo|bi)sexuel" + W + r"|\borientation\s+sexuelle\b"
        r"|\bidentit[ée]\s+de\s+genre\b|\btransgenres?\b",
    ),
    rule(
        # "poste adapté à un homme", "convient mieux à une femme"
        "sex_gender",
        r"\b(?:adapt[ée]|id[ée]al|convient(?:\s+(?:mieux|davantage|plut[ôo]t))?"
        r"|convenant|r[ée]serv[ée]|pens[ée]|taill[ée])" + W + r"\s+(?:[àa]\s+(?:un|une|des)"
        r"|aux|pour\s+(?:un|une|des))\s+(?:hommes?|femmes?|gar[çc]ons?|filles?|messieurs|dames?)\b"
        r"(?!\s+(?:ou|et)\s+(?:une?\s+|des\s+|aux\s+)?(?:hommes?|femmes?))",
        suggestion="adapté à une personne ayant [compétences] (H/F)",
    ),
    rule(
        "sex_gender",
        r"\b(?:poste|emploi|fonction|m[ée]tier|travail)\s+(?:exclusivement\s+|uniquement\s+"
        r"|plut[ôo]t\s+|typiquement\s+|essentiellement\s+)?(?:masculin|f[ée]minin)e?s?\b",
        suggestion="poste ouvert à toutes et à tous (H/F)",
    ),
]

FAMILY_RULES = [
    rule(
        "family_pregnancy",
        r"\bsituation\s+(?:familiale|de\s+famille|matrimoniale|maritale)\b(?:\s+et\s+(?:le\s+)?"
        r"nombre\s+d'enfants(?:\s+[àa]\s+charge)?)?",
    ),
    rule(
        "family_pregnancy",
        r"\b(?:nombre\s+d'|sans\s+|pas\s+d'|vos\s+)enfants?\b(?:\s+[àa]\s+charge)?"
        r"|\benfants?\s+[àa]\s+charge\b",
        unless=r"cr[èe]che|garde|cong[ée]|ch[èe]ques?|vacances\s+scolaires",
    ),
    rule("family_pregnancy", r"\bc[ée]libataires?\b|\b(?:mari[ée]|pacs[ée]|divorc[ée])" + W),
    rule(
        "family_pregnancy",
        r"\b(?:m[èe]res?|p[èe]res?|parents?)\s+(?:de\s+famille\s+)?(?:c[ée]libataires?\s+)?"
        r"s'abstenir|\b(?:m[èe]res?|p[èe]res?)\s+de\s+famille\b",
    ),
    rule(
        "family_pregnancy",
        r"\b(?:pas\s+de\s+|aucun\s+)?projets?\s+(?:parental|d'enfants?|de\s+(?:grossesse|b[ée]b[ée]"
        r"|famille|maternit[ée]|naissance))(?:\s+dans\s+les\s+\w+\s+(?:ans|ann[ée]es|mois))?"
        r"|\bgrossesses?\b|\b(?:[êe]tes[- ]vous|[êe]tre|soyez|pas|non|femmes?)\s+enceintes?\b",
        not_after=r"cong[ée]s?\s+(?:de\s+)?$",
    ),
    rule(
        "family_pregnancy",
        r"\b(?:sans\s+)?(?:attaches?|contraintes?|obligations?|charges?)\s+familiales?\b"
        r"|\bnom\s+de\s+jeune\s+fille\b",
    ),
    rule(
        # "enceinte" is also a loudspeaker or a site's grounds: only about a person
        "family_pregnancy",
        r"\b(?:femmes?|candidates?|salari[ée]es?|personnes?)\s+enceintes?\b"
        r"|\benceintes?\s+(?:s'abstenir|exclue?s?|non\s+accept[ée]es?|refus[ée]es?)",
    ),
]

ORIGIN = (
    r"(?:europ[ée]en|caucasien|africain|magh?r[ée]bin|asiatique|arabe|noir|blanc|fran[çc]ais"
    r"|nord-africain|m[ée]diterran[ée]en|[ée]tranger|slave|occidental)" + W
)
ORIGIN_RULES = [
    rule(
        "origin_nationality",
        r"\b(?:noms?|patronymes?|pr[ée]noms?)\s+(?:de\s+famille\s+)?(?:[àa]\s+)?consonance\s+\w+",
    ),
    rule("origin_nationality", r"\b(?:type|origine|physique|apparence)\s+" + ORIGIN),
    rule(
        "origin_nationality",
        r"\b(?:candidat|profil|personne|collaborat)" + W + r"\s+(?:[\w\u00b7]+\s+)?d'origine\s+\w+",
    ),
    rule(
        "origin_nationality",
        r"\borigines?\s+(?:\w+\s+){0,2}(?:souhait|exig|requi|privil[ée]gi)" + W,
    ),
    rule(
        "origin_nationality",
        r"\b(?:double\s+)?nationalit[ée]\s+(?:\w+\s+){0,2}?(?:exig|requi|obligatoire|souhait"
        r"|imp[ée]rati|indispensable|non\s+accept|refus|exclu|uniquement)"
        + W
        + r"|\bdouble\s+nationalit[ée]\b|\bde\s+nationalit[ée]\s+\w+",
        unless=r"fonction\s+publique|concours|statut|sans\s+condition|autorisation\s+de\s+travail",
    ),
    rule(
        "origin_nationality",
        r"\b(?:ressortissant|citoyen)"
        + W
        + r"\s+(?:fran[çc]ais|europ[ée]en|de\s+l'union)"
        + W
        + r"\s+(?:uniquement|exclusivement|seulement)",
        unless=r"fonction\s+publique|concours|statut",
    ),
    rule(
        "origin_nationality",
        r"\bfran[çc]ais" + W + r"\s+de\s+souche\b|\b(?:race|ethnies?|ethniques?)\b"
        r"|\bcouleur\s+de\s+(?:la\s+)?peau\b|\bpasseport\s+(?:fran[çc]ais|europ[ée]en)\b",
    ),
    rule(
        "origin_nationality",
        r"\bprofils?\s+(?:europ[ée]en|africain|asiatique|maghr[ée]bin|caucasien|occidental"
        r"|m[ée]diterran[ée]en)\w*\b|\bissu\w*(?:\(e\)|\u00b7e)?\s+de\s+l'immigration\b"
        r"|\b(?:origine|ascendance)s?\s+(?:[ée]trang[èe]re|immigr[ée]e)s?\b",
    ),
]

LANG = (
    r"(?:fran[çc]ais|anglais|espagnol|allemand|italien|portugais|arabe|chinois|n[ée]erlandais"
    r"|polonais|russe|japonais|cor[ée]en|turc|su[ée]dois)"
)
LANG_F = (
    r"(?:fran[çc]aise|anglaise|espagnole|allemande|italienne|portugaise|arabe|chinoise"
    r"|n[ée]erlandaise|polonaise|russe|japonaise|cor[ée]enne|turque|su[ée]doise)"
)
NATIVE_RULES = [
    rule(
        "native_language",
        r"(?:\b" + LANG + r"\s+(?:\(\s*)?)?\blangues?\s+maternelles?\b(?:\s+" + LANG_F + r")?",
        suggestion="niveau courant (C1)",
    ),
    rule(
        "native_language",
        r"\b" + LANG + r"\s+(?:natif|native|maternel)\b(?:\s+" + REQ + r")?"
        r"|\b(?:locut|locuteur|locutrice)[\w\u00b7]*\s+nati[\w\u00b7]*"
        r"|\bnati(?:f|ve)s?\s+(?:" + LANG + "|" + LANG_F + r")\b",
        suggestion="niveau courant (C1)",
    ),
    rule(
        "native_language",
        r"\b(?:sans|aucun|pas\s+d')\s*accent\b(?:\s+[ée]tranger)?|\baccent\s+(?:neutre|parfait"
        r"|irr[ée]prochable|fran[çc]ais|[ée]tranger)\b",
        suggestion="élocution claire",
    ),
    rule(
        # measured against native speakers rather than against a level (CECRL C1/C2)
        "native_language",
        r"\bniveau\s+(?:de\s+)?(?:natif|native|langue\s+maternelle|locuteur\s+natif)\b",
        suggestion="niveau courant (C1) ou bilingue (C2)",
    ),
]

APPEARANCE_RULES = [
    rule(
        "appearance",
        r"\b(?:CV|curriculum|candidatures?)\s+(?:\w+\s+){0,2}?(?:avec|accompagn[ée]\w*\s+d'une|et)"
        r"\s+(?:une\s+)?photo\w*(?:\s+" + REQ + r")?",
        suggestion="CV sans photo",
    ),
    rule(
        "appearance",
        r"\bphoto(?:graphie)?s?\s+(?:d'identit[ée]\s+|r[ée]cente\s+|de\s+vous\s+)?(?:"
        + REQ
        + r"|souhait[ée]"
        + W
        + r"|[àa]\s+joindre|jointe)",
    ),
    rule(
        "appearance",
        r"\b(?:joindre|joignez|envoyez|envoyer|ajoutez|ajouter)\s+(?:\w+\s+){0,3}?photo\w*",
    ),
    rule(
        "appearance",
        r"\b(?:bonne|belle|excellente|parfaite)\s+pr[ée]sentation\b(?:\s+" + REQ + r")?"
        r"|\bpr[ée]sentation\s+(?:soign[ée]e|impeccable|irr[ée]prochable|agr[ée]able)\b",
        suggestion="sens du contact client",
    ),
    rule(
        "appearance",
        r"\b(?:physique|apparence|look|allure|style)\s+(?:agr[ée]able|soign[ée]|irr[ée]prochable"
        r"|avenant|attrayant|attractif|impeccable|BCBG|jeune|sportif|[ée]l[ée]gant)"
        + W
        + r"(?:\s+et\s+(?:style\s+)?\w+)?(?:\s+"
        + REQ
        + r")?|\bBCBG\b",
    ),
    rule(
        "appearance",
        r"\b(?:tatouages?|piercings?)\b|\b(?:taille|poids)\s+(?:minimum|minimale|maximale"
        r"|maximum)\b|\bmince" + W,
        unless=r"accept|bienvenu|aucun\s+probl[èe]me|pas\s+de\s+probl[èe]me",
    ),
]

_HEALTH_CONTEXT = (
    r"patients?|usagers?|soins|h[ôo]pita|clinique|e-sant[ée]|t[ée]l[ée]suivi|mutuelle"
    r"|pr[ée]voyance|m[ée]dic(?:al|aux)\s+(?:de|du)"
)
HEALTH_RULES = [
    rule(
        "health_disability",
        r"\b(?:en\s+)?(?:parfaite|bonne|excellente)\s+(?:sant[ée]|condition\s+physique"
        r"|forme\s+physique)\b(?!\s+(?:financi[èe]re|[ée]conomique))",
    ),
    rule(
        "health_disability",
        r"\b(?:sans|aucune?|pas\s+de|pas\s+d'|ni|exempt\w*\s+de)\s+(?:\w+\s+)?(?:restrictions?"
        r"\s+m[ée]dicales?|probl[èe]mes?\s+(?:de\s+sant[ée]|de\s+dos|m[ée]dica\w+|physiques?)"
        r"|ant[ée]c[ée]dents?(?:\s+m[ée]dica\w*)?|arr[êe]ts?\s+(?:de\s+travail|maladie)"
        r"|maladies?(?:\s+chroniques?)?|handicaps?|pathologies?|traitements?\s+m[ée]dica\w+"
        r"|troubles?\s+(?:de\s+sant[ée]|psychi\w+|mentaux|musculo\w+))"
        r"(?:\s+ni\s+(?:\w+\s+)?ant[ée]c[ée]dents?(?:\s+m[ée]dica\w*)?)?",
    ),
    rule(
        "health_disability",
        r"\b(?:non|pas|peu|in)\s*(?:adapt[ée]|accessible|ouvert|compatible)"
        + W
        + r"\s+(?:\w+\s+){0,6}?handicap"
        + W
        + r"|\bhandicap"
        + W
        + r"\s+(?:\w+\s+){0,2}(?:s'abstenir|exclu|non\s+accept"
        r"|incompatible|pas\s+accept)" + W,
    ),
    rule(
        "health_disability",
        r"\b(?:[ée]tat\s+de\s+sant[ée]|probl[èe]mes?\s+de\s+sant[ée]|dossier\s+m[ée]dical"
        r"|ant[ée]c[ée]dents?\s+m[ée]dicaux|(?:nombre|historique)\s+d'arr[êe]ts?\s+maladie)\b",
        unless=_HEALTH_CONTEXT,
    ),
    rule(
        # only the occupational physician may judge fitness, after hiring (C. trav. R.4624-10)
        "health_disability",
        r"\bcertificats?\s+m[ée]dica(?:l|ux)(?:\s+d'aptitude)?\b(?=[^.;]{0,40}?(?:fournir|joindre"
        r"|exig|obligatoire|candidature|dossier|envoyer))|\b(?:fournir|joindre|envoyer)\s+(?:un\s+)?"
        r"certificats?\s+m[ée]dica(?:l|ux)\b",
        unless=r"m[ée]decine\s+du\s+travail|m[ée]decin\s+du\s+travail|visite\s+d'information",
    ),
    rule(
        "health_disability",
        r"\b(?:pleine|parfaite|excellente)\s+(?:forme|condition)\s+physique\b",
    ),
]

RELIG = (
    r"(?:catholique|protestant|musulman|juif|juive|chr[ée]tien|bouddhiste|hindou|ath[ée]e"
    r"|croyant|[ée]vang[ée]lique|orthodoxe)"
)
RELIGION_RULES = [
    rule(
        "religion",
        r"\b(?:signes?|symboles?|tenues?|insignes?|v[êe]tements?|couvre-chefs?|motifs?"
        r"|convictions?|pratiques?|f[êe]tes?|obligations?|croyances?|appartenance)\s+religieu" + W,
        unless=r"\brespect",
    ),
    rule(
        "religion",
        r"\b(?:candidat|profil|personne|collaborat)"
        + W
        + r"\s+(?:de\s+confession\s+)?"
        + RELIG
        + W
        + r"(?:\s+pratiquant"
        + W
        + r")?",
    ),
    rule(
        "religion",
        r"\b(?:confession\s+)?"
        + RELIG
        + W
        + r"(?:\s+pratiquant"
        + W
        + r")?\s+(?:"
        + REQ
        + "|"
        + PREFER
        + r")|\bconfession\s+"
        + RELIG
        + W
        + r"|\b"
        + RELIG
        + W
        + r"\s+pratiquant"
        + W,
    ),
    rule(
        "religion",
        r"\b(?:port\s+d(?:u|e\s+la|'un)\s+|pas\s+de\s+|sans\s+|aucun\w*\s+|interdiction\s+d[ue]\s+)"
        r"(?:voile|foulard|kippa|hijab|turban|burqa|niqab|signes?\s+ostentatoires?)s?\b"
        r"|\b(?:kippa|hijab|burqa|niqab)s?\b",
    ),
    rule("religion", r"\b(?:religions?|confessions?\s+religieuses?)\b"),
    rule(
        "religion",
        r"\b(?:voiles?|foulards?|kippas?|turbans?|signes?\s+religieux|tenues?\s+religieuses?)\s+"
        r"(?:interdits?|interdites?|prohib[ée]s?|pas\s+accept[ée]s?|non\s+autoris[ée]s?"
        r"|proscrits?|refus[ée]s?)",
    ),
]

UNION_RULES = [
    rule(
        "union_political",
        r"\b(?:non[- ])?syndi(?:qu|cal|cat|caux)" + W,
        unless=r"syndicats?\s+(?:mixte|intercommunal|des\s+eaux|professionnel|d'initiative)"
        r"|copropri[ée]t[ée]",
    ),
    rule(
        "union_political",
        r"\b(?:engagements?|opinions?|activit[ée]s?|appartenances?|affiliations?|sympathies?"
        r"|orientations?|convictions?|id[ée]es)\s+politiques?\b(?:\s+affich[ée]" + W + r")?"
        r"|\bpartis?\s+politiques?\b|\bmilitan(?:t|te|ts|tes|tisme)" + W,
    ),
    rule(
        "union_political",
        r"\bmandats?\s+(?:[ée]lectif|syndical|d'[ée]lu|politique|repr[ée]sentatif)s?\b"
        r"|\b(?:[ée]lus?|d[ée]l[ée]gu[ée]s?|repr[ée]sentants?)\s+(?:du\s+personnel|syndica\w+)\b",
        context=r"\bpas\b|\bnon\b|aucun|jamais|s'abstenir|exclu|ne\s+seront|ayant",
    ),
    rule(
        "union_political",
        r"\blanceu(?:r|se|rs|ses)" + W + r"\s+d'alertes?\b|\b(?:lanc|d[ée]clench|signal)\w*\s+"
        r"(?:une\s+|l'|des\s+)?alertes?\b",
        context=r"r[ée]gulateur|autorit[ée]|procureur|justice|presse|m[ée]dias|inspection"
        r"|d[ée]fenseur|\bamf\b|\bcnil\b|ne\s+seront|s'abstenir|exclu|refus|retenu",
    ),
]

RESIDENCE_RULES = [
    rule(
        "residence",
        r"\b(?:habit|r[ée]sid|demeur|domicili)\w*\s+(?:imp[ée]rativement\s+|obligatoirement\s+"
        r"|n[ée]cessairement\s+|d[ée]j[àa]\s+)?(?:[àa]\s+moins\s+de\s+\d+\s*(?:km|kilom[èe]tres"
        r"|minutes)|[àa]\s+proximit[ée]|pr[èe]s\s+(?:de|du|d')|dans\s+un\s+rayon\s+de\s+\d+\s*"
        r"(?:km|kilom[èe]tres|minutes)|dans\s+(?:le|la|les|l')|en\s+|sur\s+"
        r"|au\s+|[àa]\s+\w+)(?:\s*\d+\w*(?:\s+arrondissement)?)?",
        suggestion="poste basé à [lieu de travail]",
    ),
    rule(
        "residence",
        r"\b(?:r[ée]sidence|domicile|domiciliation|adresse)\s+(?:[\w'-]+\s+){0,4}?(?:"
        + REQ
        + "|"
        + PREFER
        + r")",
    ),
    rule(
        "residence",
        r"\b(?:candidat|profil|personne)"
        + W
        + r"\s+(?:locaux|locales?|r[ée]sidant"
        + W
        + r"|habitant"
        + W
        + r"|domicili[ée]"
        + W
        + r"|de\s+la\s+r[ée]gion|du\s+secteur)\b"
        r"(?:\s+(?:uniquement|exclusivement|seulement))?",
    ),
    rule(
        "residence",
        r"\b(?:compte|domiciliation)\s+(?:bancaire\s+)?(?:\w+\s+){0,2}?(?:banque|[ée]tablissement"
        r"\s+bancaire)\s+(?:fran[çc]ais|\w+)\w*|\bbanque\s+fran[çc]aise\b",
        suggestion="tout compte bancaire (zone SEPA)",
    ),
    rule(
        "residence",
        r"\b(?:communes?|quartiers?|banlieues?|cit[ée]s?|d[ée]partements?|villes?|zones?|secteurs?)"
        r"\s+(?:\S+\s+){0,4}?(?:non\s+retenu|exclu|refus[ée]|s'abstenir|pas\s+retenu|ne\s+seront)"
        + W,
    ),
    rule(
        "residence",
        r"\b(?:originaires?|issu" + W + r"|venant)\s+(?:des?|du|d')\s+(?:quartiers?|banlieues?"
        r"|cit[ée]s?)\b",
    ),
    rule(
        # "les candidats du 93 / de Seine-Saint-Denis ne seront pas retenus"
        "residence",
        r"\b(?:candidat|profil|personne)"
        + W
        + r"\s+(?:du|des|de\s+la|de\s+l'|de|d'|venant\s+(?:du|des|de|d')|issu"
        + W
        + r"\s+(?:du|des|de|d'))\s*(?:\d{2}\b|(?!(?:moins|plus|niveau|formation|bac|master|licence"
        r"|profil|type|haut|bas|faible|l'[ée]cole|l'universit[ée]|l'immigration|immigration"
        r"|l'origine|origine|l'[ée]tranger|\d)\b)[\w'-]+)\s+(?:ne\s+seront"
        r"|ne\s+sont|s'abstenir|exclu|non\s+retenu|pas\s+retenu|refus)" + W,
        suggestion="poste basé à [lieu de travail]",
    ),
    rule(
        # favouring residents of priority areas is lawful (L.1133-5, emplois francs)
        "residence",
        r"\br[ée]serv[ée]e?s?\s+aux\s+(?:habitants|r[ée]sidents|riverains|personnes\s+"
        r"(?:habitant|r[ée]sidant))\b",
        unless=r"quartiers?\s+prioritaires?|\bqpv\b|\bzrr\b|emplois?\s+francs?"
        r"|politique\s+de\s+la\s+ville",
    ),
]

RULES = [
    *AGE_RULES,
    *SEX_RULES,
    *FAMILY_RULES,
    *ORIGIN_RULES,
    *NATIVE_RULES,
    *APPEARANCE_RULES,
    *HEALTH_RULES,
    *RELIGION_RULES,
    *UNION_RULES,
    *RESIDENCE_RULES,
    *CONDITION_RULES,
]

# Personal questions in an interview (used by check_question on top of RULES).
QUESTION_RULES = [
    rule(
        "age",
        r"\bquel\s+[âa]ge\s+(?:avez|as)[- ](?:vous|tu)\b|\bvotre\s+[âa]ge\b"
        r"|\b(?:[êe]tes|es)[- ](?:vous|tu)\s+n[ée]" + W + r"\s+en\b",
    ),
    rule(
        "family_pregnancy",
        r"\b(?:avez|as)[- ](?:vous|tu)\s+(?:des|un|une)\s+(?:enfants?|b[ée]b[ée]s?)\b"
        r"|\b(?:comptez|souhaitez|envisagez|pr[ée]voyez|voulez|pensez)[- ]vous\s+(?:avoir|faire)\s+"
        r"(?:des|un|d')\s*enfants?\b|\b[êe]tes[- ]vous\s+(?:enceinte|mari[ée]"
        + W
        + r"|pacs[ée]"
        + W
        + r"|en\s+couple|c[ée]libataire|divorc[ée]"
        + W
        + r")|\bvotre\s+(?:conjoint|mari"
        r"|[ée]pouse|compagnon|compagne)\b|\bvie\s+(?:de\s+couple|familiale|priv[ée]e)\b"
        r"|\bmode\s+de\s+garde\b",
    ),
    rule(
        "religion",
        r"\b(?:votre|ta)\s+(?:religion|confession|foi)\b|\b[êe]tes[- ]vous\s+(?:croyant|pratiquant"
        r"|musulman|juif|juive|catholique|chr[ée]tien)" + W,
    ),
    rule(
        "residence",
        r"\bo[ùu]\s+(?:habitez|r[ée]sidez|vivez|logez|habites|vis)[- ](?:vous|tu)\b"
        r"|\bvotre\s+(?:adresse|lieu\s+de\s+r[ée]sidence|domicile|quartier)\b(?!\s+(?:e-?mail|mail"
        r"|[ée]lectronique|ip))",
    ),
    rule(
        "union_political",
        r"\b(?:pour\s+qui\s+)?votez[- ]vous\b|\bvos\s+opinions\b|\b[êe]tes[- ]vous\s+(?:militant"
        r"|engag[ée]\s+politiquement|adh[ée]rent)" + W,
    ),
    rule(
        "origin_nationality",
        r"(?<=\bd')o[ùu]\s+(?:venez|[êe]tes|viens|es)[- ](?:vous|tu)\b"
        r"|\b(?:votre|ta)\s+(?:nationalit[ée]|origine)s?\b|\bvos\s+parents\s+sont[- ]ils\b"
        r"|\bvotre\s+nom\s+vient\b"
        r"|\b[êe]tes[- ]vous\s+(?:fran[çc]ais|[ée]tranger|n[ée]" + W + r"\s+en\s+france)" + W,
    ),
    rule(
        "health_disability",
        r"\b(?:avez|as)[- ](?:vous|tu)\s+(?:des|un|une)\s+(?:probl[èe]mes?\s+de\s+sant[ée]"
        r"|maladies?|handicaps?|traitements?|soucis\s+de\s+sant[ée])|\b[êe]tes[- ]vous\s+(?:malade"
        r"|handicap[ée]" + W + r"|en\s+bonne\s+sant[ée])|\bvotre\s+(?:[ée]tat\s+de\s+)?sant[ée]\b"
        r"|\bcombien\s+d'arr[êe]ts",
    ),
    rule(
        "sex_gender",
        r"\b[êe]tes[- ]vous\s+(?:homosexuel|h[ée]t[ée]rosexuel|gay|lesbienne|bi|trans)"
        + W
        + r"|\bvotre\s+(?:orientation\s+sexuelle|identit[ée]\s+de\s+genre|sexe)\b",
    ),
    rule(
        "personal_data",
        r"\bcombien\s+(?:gagnez|gagniez|gagnes)[- ](?:vous|tu)\b|\b(?:avez|as)[- ](?:vous|tu)\s+"
        r"(?:un\s+casier|d[ée]j[àa]\s+[ée]t[ée]\s+condamn)" + W,
    ),
    rule("appearance", r"\bcombien\s+(?:pesez|mesurez)[- ]vous\b|\bvotre\s+(?:poids|taille)\b"),
    rule(
        "career_gap",
        r"\bpourquoi\s+(?:ce|ces|un)\s+trous?\b|\bqu'avez[- ]vous\s+fait\s+(?:entre|pendant)\b",
    ),
]
