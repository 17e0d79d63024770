"""French rules on the person: origin and nationality, language, appearance, health,
religion, opinions and union activity, residence. Patterns are folded and case-insensitive;
see ``rules/__init__``.
"""

from employers.wording.rules import rule
from employers.wording.rules.common import W
from employers.wording.rules.fr_words import NOT_ASKED, ONLY, PREFER, REFUSED, REFUSING, REQ

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
        r"\bfran[çc]ais"
        + W
        + r"\s+de\s+souche\b|\b"
        + ORIGIN
        + r"\s+de\s+naissance\b|\b(?:race|ethnies?|ethniques?)\b"
        r"|\bcouleur\s+de\s+(?:la\s+)?peau\b|\bpasseport\s+(?:fran[çc]ais|europ[ée]en)\b",
    ),
    rule(
        "origin_nationality",
        r"\bprofils?\s+(?:europ[ée]en|africain|asiatique|maghr[ée]bin|caucasien|occidental"
        r"|m[ée]diterran[ée]en)\w*\b|\bissu\w*(?:\(e\)|\u00b7e)?\s+de\s+l'immigration\b"
        r"|\b(?:origine|ascendance)s?\s+(?:[ée]trang[èe]re|immigr[ée]e)s?\b",
    ),
    rule(
        # a birthplace asked of the person: « vous êtes né·e en France », « natif·ve d'Allemagne »
        "origin_nationality",
        r"\b(?:[êe]tes|[êe]tre|soyez)\s+(?:\w+\s+)?n[ée]"
        + W
        + r"\s+(?:en|au|aux|[àa]|sur\s+le\s+sol)\s+(?!\d)[\w'-]+"
        r"|\bnati(?:f|ve|fs|ves)(?:[\u00b7(][\w\u00b7()]*)?\s+(?:de|d'|du|des)\s*"
        r"(?!(?:num[ée]rique|digital|web|internet|cloud|mobile|la\s+g[ée]n[ée]ration)\b)[\w'-]+",
    ),
    rule(
        # ancestry: « issu·e d'une famille française depuis des générations », « la
        # nationalité de vos parents »
        "origin_nationality",
        r"\b(?:issu|n[ée]|venant)"
        + W
        + r"\s+d'une\s+famille\s+"
        + ORIGIN
        + r"(?:\s+depuis\s+(?:\w+\s+)?g[ée]n[ée]rations)?"
        r"|\b(?:nationalit[ée]|origines?|pays\s+de\s+naissance|lieu\s+de\s+naissance)s?\s+"
        r"(?:de\s+)?(?:vos|tes|leurs?|ses)\s+(?:parents|grands-parents|ascendants|anc[êe]tres)\b"
        r"|\bdepuis\s+(?:plusieurs|des|trois|deux|quatre)\s+g[ée]n[ée]rations\b",
    ),
    rule(
        # some nationalities only: « uniquement aux ressortissant·e·s français·es ou belges »
        "origin_nationality",
        r"\b"
        + ONLY
        + r"\s+(?:aux?\s+|les\s+|des\s+)?(?:ressortissant|citoyen|personnes?\s+de\s+nationalit[ée]"
        r"|candidat"
        + W
        + r"\s+de\s+nationalit[ée])"
        + W
        + r"(?:\s+\w+"
        + W
        + r"(?:\s+(?:ou|et)\s+\w+"
        + W
        + r")?)?",
        unless=r"fonction\s+publique|concours|statut|habilitation|d[ée]fense|secret",
    ),
    rule(
        # excluding people from outside a zone: « pas de ressortissant·e·s hors UE »
        "origin_nationality",
        r"\b(?:ressortissant|candidat|profil|personne|citoyen|[ée]tranger)"
        + W
        + r"\s+(?:hors|non)[- ](?:UE|U\.E\.|union\s+europ[ée]enne|europ[ée]en|communautaire)"
        + W
        + r"|\b(?:pas\s+d'|aucun"
        + W
        + r"\s+)[ée]trangers?\b",
        unless=r"visa|sponsor|titre\s+de\s+s[ée]jour|autorisation\s+de\s+travail|accompagn"
        r"|bienvenu|relocation|d[ée]marches",
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
    rule(
        # a language spoken from birth: « anglophone natif·ve », « hispanophone de naissance »,
        # « bilingue de naissance »
        "native_language",
        r"\b(?:\w+phone|bilingue|"
        + LANG
        + r")s?\s+(?:nati(?:f|ve)"
        + W
        + r"|de\s+naissance|d'origine|de\s+langue\s+maternelle)(?:\s+"
        + REQ
        + r")?",
        suggestion="niveau courant (C1) ou bilingue (C2)",
    ),
    rule(
        # an accent singled out: « accent du Sud », « accent de banlieue », « accent marqué »
        "native_language",
        r"\baccents?\s+(?:du\s+(?:sud|nord|midi|\w+)|de\s+(?:banlieue|la\s+r[ée]gion|l'[ée]tranger"
        r"|province|cit[ée])|r[ée]gional\w*|[ée]tranger\w*|marqu[ée]\w*|prononc[ée]\w*|fort|forts"
        r"|chantant\w*|m[ée]ridional\w*|africain\w*|maghr[ée]bin\w*|asiatique\w*|de\s+l'est)\b"
        r"|\baccents?\b(?!\s+(?:est\s+|sera\s+)?(?:mis|sur|port[ée]))",
        context=r"(?:" + REFUSED + "|" + REQ + r")",
        suggestion="élocution claire",
    ),
    rule(
        # measured against a native speaker: « parler anglais comme un natif »
        "native_language",
        r"\bcomme\s+(?:un|une)\s+(?:natif|native|locut\w+\s+nati\w+)\b|\bcomme\s+(?:votre|ta)\s+"
        r"langue\s+maternelle\b",
        suggestion="niveau courant (C1) ou bilingue (C2)",
    ),
    rule(
        "native_language",
        r"\bnon[- ]nati(?:f|ve|fs|ves)\b"
        + W
        + r"|\b(?:personnes?|candidat"
        + W
        + r")\s+(?:ayant\s+appris|apprenant)\s+(?:le\s+|l')?\w+",
        context=REFUSED,
        suggestion="niveau courant (C1)",
    ),
]

APPEARANCE_RULES = [
    rule(
        "appearance",
        r"\b(?:CV|curriculum|candidatures?)\s+(?:\w+\s+){0,2}?(?:avec|accompagn[ée]\w*\s+d'une|et)"
        r"\s+(?:une\s+)?photo\w*(?:\s+" + REQ + r")?",
        suggestion="CV sans photo",
        unless=NOT_ASKED,
    ),
    rule(
        "appearance",
        r"\bphoto(?:graphie)?s?\s+(?:d'identit[ée]\s+|r[ée]cente\s+|de\s+vous\s+)?(?:"
        + REQ
        + r"|souhait[ée]"
        + W
        + r"|[àa]\s+joindre|jointe)",
        unless=NOT_ASKED,
    ),
    rule(
        "appearance",
        r"\b(?:joindre|joignez|envoyez|envoyer|ajoutez|ajouter)\s+(?:\w+\s+){0,3}?photo\w*",
        unless=NOT_ASKED,
    ),
    rule(
        # a photo of the person, whatever the words: « une photo en pied », « une photo de
        # toi », « CV + photo »
        "appearance",
        r"\b(?:une\s+)?photos?\s+(?:en\s+pied|de\s+(?:toi|vous)(?!\s+en\s+train)|pleine\s+longueur"
        r"|de\s+plain-pied|portrait|en\s+buste|de\s+profil|de\s+face)\b|\bCV\s*\+\s*photo\b",
        unless=NOT_ASKED,
        suggestion="un lien vers vos réalisations",
    ),
    rule(
        # the body and grooming prescribed: « poids proportionné à la taille », « cheveux
        # attachés, maquillage discret exigé »
        "appearance",
        r"\bpoids\s+(?:proportionn|en\s+rapport|adapt|harmonieu)\w*(?:\s+(?:[àa]\s+la|avec\s+la)\s+"
        r"taille)?|\b(?:cheveux|maquillage|barbe|ongles|coiffure)\s+(?:[\w\u00b7]+[\s,]+){0,5}?"
        r"(?:exig|obligatoire|impos|requis|de\s+rigueur)\w*",
        unless=r"\bhygi[èe]ne|\balimentaire|\bcuisine|\blaboratoire|\bsalle\s+blanche|\bEPI\b"
        r"|\bs[ée]curit[ée]",
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
        not_after=r"(?:condition|forme|aptitude|activit[ée]|r[ée]sistance|pr[ée]sence|s[ée]curit[ée])\s*$",
    ),
    rule(
        "appearance",
        r"\b(?:tatouages?|piercings?)\b|\b(?:taille|poids)\s+(?:minimum|minimale|maximale"
        r"|maximum)\b|\bmince" + W,
        unless=r"accept(?<!non\saccept)(?<!pas\saccept)|bienvenu|aucun\s+probl[èe]me|pas\s+de\s+probl[èe]me"
        r"|on\s+s'en\s+fiche|peu\s+importe|libre",
    ),
    rule(
        # a photo asked for, whatever its adjectives: « photo souriante obligatoire », « une
        # photo récente est à joindre »
        "appearance",
        r"\bphoto(?:graphie)?s?\b(?:\s+(?!de\s+(?:nos|vos\s+r[ée]alisations|l'[ée]quipe|produits?)"
        r"\b)[\w'\u00b7-]+){0,3}?\s+(?:est\s+|sont\s+)?(?:"
        + REQ
        + r"|souhait[ée]"
        + W
        + r"|demand[ée]"
        + W
        + r"|attendu"
        + W
        + r"|[àa]\s+(?:joindre|envoyer|fournir|ajouter|inclure)|jointe?s?)",
        not_after=r"(?:sans|pas\s+de|aucune?|ni)\s*$",
        unless=r"portfolio|r[ée]alisations|shooting|retouch|photographe|banque\s+d'images"
        r"|facultati|" + NOT_ASKED,
        suggestion="CV sans photo",
    ),
    rule(
        # the body described as a requirement: « silhouette sportive », « visage photogénique »,
        # « physique avantageux », « taille 36-38 »
        "appearance",
        r"\b(?:silhouette|visage|morphologie|corpulence|gabarit|physionomie|physique|apparence"
        r"|look|allure)\s+(?:sportif|sportive|mince|fine|[ée]lanc[ée]e?|harmonieu(?:x|se)"
        r"|avenant|avenante|agr[ée]able|photog[ée]nique|souriant|souriante|jeune|athl[ée]tique"
        r"|svelte|avantageu(?:x|se)|plaisant|plaisante|s[ée]duisant|s[ée]duisante|attirant"
        r"|attirante|tendance|conventionnel|conventionnelle|classique|impeccable)s?\b"
        r"|\bphotog[ée]niques?\b|\bsveltes?\b|\btaille\s+mannequin\b|\bmensurations\b"
        r"|\bmesur\w+\s+(?:au\s+moins|plus\s+de|minimum|moins\s+de)\s*1\s*[m,.]\s*\d\d"
        r"|\btaille\s+(?:3[2-9]|4[0-8])(?:\s*[-/]\s*(?:3[2-9]|4[0-8])|\s+(?:ou|[àa])\s+"
        r"(?:3[2-9]|4[0-8]))?\b(?!\s*(?:personnes|salari|collaborat|%|cm|m\b|pouces|ko|go))"
        r"|\b(?:votre|vos|ta|tes)\s+(?:taille\s+et\s+(?:votre\s+|ton\s+)?poids|poids\s+et\s+"
        r"(?:votre\s+|ta\s+)?taille)\b",
        unless=r"\b(?:reconnaissance|d[ée]tection|mod[èe]les?\s+3d|avatars?|interfaces?|sites?"
        r"|applications?|ux|ui|design\s+(?:du|de\s+l))\b",
        by_sentence=True,
    ),
    rule(
        # height as a profile: « personne de grande taille »
        "appearance",
        r"\b(?:grande|petite)\s+taille\b",
        context=r"(?:personne|candidat\w*|profil|homme|femme|h[ôo]te\w*)s?\s+de\s+(?:grande|petite)"
        r"\s+taille",
    ),
    rule(
        # grooming and dress turned away or imposed: « barbe proscrite », « talons exigés »,
        # « pas de dreadlocks »
        "appearance",
        r"\b(?:barbes?|moustaches?|dreadlocks|dreads|locks|tresses|cheveux\s+(?:longs|color[ée]s"
        r"|teints|ras[ée]s|afro|cr[ée]pus)|coupes?\s+afro|cr[âa]nes?\s+ras[ée]s?|maquillage"
        r"|talons(?:\s+hauts)?|jupes?|vernis|tenues?\s+(?:moulantes?|sexy|f[ée]minines?"
        r"|sugg[ée]sti\w+)|tatouages?|piercings?)(?:\s+(?:et|ou)\s+(?:\w+\s+)?(?:piercings?"
        r"|tatouages?|barbes?))?(?:\s+visibles?)?\s*,?\s*"
        # the negation REFUSED looks behind for: « non acceptés », « ne seront pas tolérés »
        r"(?:(?:non|pas|ne\s+\w+\s+(?:pas|jamais)(?:\s+[êe]tre)?)\s+)?(?:"
        + REFUSED
        + "|"
        + REQ
        + r"|de\s+rigueur)",
        unless=r"accept(?<!non\saccept)(?<!pas\saccept)|bienvenu|aucun\s+probl[èe]me|pas\s+de\s+probl[èe]me"
        r"|on\s+s'en\s+fiche|peu\s+importe|libre|s[ée]curit[ée]\s+(?:alimentaire|des\s+machines)"
        r"|hygi[èe]ne\s+alimentaire|charlotte",
    ),
    rule(
        "appearance",
        r"\b(?:barbes?|moustaches?|dreadlocks|dreads|tresses|cheveux\s+(?:longs|color[ée]s|teints|afro)|tatouages?\s+visibles?|piercings?\s+visibles?)\b",
        context=REFUSING
        + r"(?:barbes?|moustaches?|dreadlocks|dreads|tresses|cheveux\s+(?:longs|color[ée]s|teints"
        r"|afro)|tatouages?\s+visibles?|piercings?\s+visibles?)\b",
        unless=r"accept(?<!non\saccept)(?<!pas\saccept)|bienvenu|aucun\s+probl[èe]me|pas\s+de\s+probl[èe]me"
        r"|on\s+s'en\s+fiche|peu\s+importe|libre|s[ée]curit[ée]\s+(?:alimentaire|des\s+machines)"
        r"|hygi[èe]ne\s+alimentaire|charlotte",
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
    rule(
        # physical condition judged: « condition physique irréprochable exigée »
        "health_disability",
        r"\b(?:condition|forme|aptitude|r[ée]sistance)\s+physique\s+(?:irr[ée]prochable"
        r"|excellente|parfaite|optimale|[ée]prouv[ée]e|robuste|solide|\w+\s+"
        + REQ
        + r"|"
        + REQ
        + r")",
        unless=r"port\s+de\s+charges|manutention|station\s+debout|chantier|entrep[ôo]t"
        r"|\d+\s*kg|physiquement\s+exigeant|nacelle|hauteur|livraison|pompier|militaire",
        despite=r"s[ée]dentaire|bureau|open\s+space|t[ée]l[ée]travail|remote",
    ),
    rule(
        # sick leave, accidents at work and absences held against someone
        "health_disability",
        r"\b(?:arr[êe]ts?\s+(?:de\s+travail|maladie|(?:de\s+)?longue\s+(?:maladie|dur[ée]e))"
        r"|accidents?\s+du\s+travail|maladies?\s+professionnelles?|cong[ée]s?\s+(?:de\s+)?maladie"
        r"|absent[ée]isme|absences?\s+(?:pour\s+)?(?:maladie|m[ée]dicales?))\b",
        context=r"derni[èe]res?|ayant\s+eu|\bpas\s+d|aucun|\bsans\b|nombre|historique|pr[ée]cis"
        r"|indiqu|mention|s'abstenir|ne\s+pas\s+postuler|exclu|retenu|candidature|questionnaire"
        r"|d[ée]clar",
        unless=r"subrogation|maintien\s+de\s+salaire|pr[ée]voyance|mutuelle|indemnis|compl[ée]ment"
        r"|prise\s+en\s+charge|r[ée]mun[ée]r|carence|pr[ée]vention",
    ),
    rule(
        # illnesses and disabilities named to turn people away
        "health_disability",
        r"\b(?:personnes?\s+|candidat"
        + W
        + r"\s+|profils?\s+)?(?:diab[ée]tiques?|[ée]pileptiques?|asthmatiques?"
        r"|s[ée]ropositi(?:f|ve)s?"
        r"|d[ée]pressi(?:f|ve)s?|malades?\s+chroniques?|maladies?\s+chroniques?|handicap[ée]"
        + W
        + r"|en\s+situation\s+de\s+handicap|troubles?\s+(?:psy\w*|bipolaires?|anxieux|dys\w*)"
        r"|autistes?|tdah|vih|ob[èe]ses?)",
        context=r"(?:" + REFUSED + r"|incompatibles?|pas\s+compatibles?)",
    ),
    rule(
        "health_disability",
        r"\b(?:diab[ée]tiques?|[ée]pileptiques?|asthmatiques?|malades|handicap[ée]"
        + W
        + r"|situation\s+de\s+handicap|maladies?|handicaps?|troubles?|pathologies?)\b",
        context=REFUSING
        + r"(?:personnes?\s+|candidat"
        + W
        + r"\s+|profils?\s+)?(?:diab[ée]tiques?|[ée]pileptiques?|asthmatiques?|malades|handicap[ée]"
        + W
        + r"|en\s+situation\s+de\s+handicap|ayant\s+(?:une\s+|un\s+)?(?:maladie|handicap|trouble"
        r"|pathologie)\w*)",
    ),
    rule(
        # able-bodied only: « une personne valide », « l'absence de RQTH »
        "health_disability",
        r"\b(?:personnes?|candidat"
        + W
        + r"|profils?|collaborat"
        + W
        + r")\s+valides?\b|\b(?:absence\s+de|sans|pas\s+de|aucune?|non)\s+(?:\w+\s+)?(?:RQTH"
        r"|reconnaissance\s+(?:de\s+la\s+)?qualit[ée]\s+de\s+travailleur\s+handicap[ée])",
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
        unless=r"\brespect|accord|cong[ée]s?\s+pour|possibles?|flexib|am[ée]nag|pris\s+en\s+compte"
        r"|sur\s+(?:simple\s+)?demande|bienvenu",
        despite=r"\bsans\s+(?:\w+\s+)?(?:pratique|signe|conviction|religion)|\bpas\s+de|\baucun|\bni\b"
        r"|interdi|refus|[ée]vit|proscri|privil[ée]gi",
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
    rule(
        # people named by a religious practice: « personnes pratiquant le jeûne du Ramadan »,
        # « qui observent le shabbat »
        "religion",
        r"\b(?:personnes?|candidat"
        + W
        + r"|profils?|collaborat"
        + W
        + r"|salari[ée]"
        + W
        + r"|ceux|celles)\s+(?:qui\s+(?:observ|pratiqu|f[êe]t|fon|font|respect|suiv|je[ûu]n|pri)"
        r"\w*|pratiquant|observant|faisant|respectant|suivant|je[ûu]nant|priant)\s+(?:le\s+|la\s+"
        r"|les\s+|l')?(?:shabbat|sabbat|ramadan|je[ûu]ne|pri[èe]res?|car[êe]me|kippour|a[ïi]d"
        r"|messe|religion|culte|f[êe]tes\s+religieuses)\b",
        unless=r"accord|possible|am[ée]nag|flexib|adapt|respect[ée]|bienvenu|accueil"
        r"|pris\s+en\s+compte|sur\s+(?:simple\s+)?demande|aucun\s+probl",
    ),
    rule(
        # prayer or fasting refused: « pas de pause prière », « aucun jeûne pendant le service »
        "religion",
        r"\b(?:pas\s+de|aucune?|ni|interdiction\s+de|sans)\s+(?:\w+\s+)?(?:pauses?\s+(?:de\s+|pour\s+"
        r"la\s+)?pri[èe]res?|pri[èe]res?|je[ûu]ne|ramadan|shabbat)\b"
        r"|\b(?:profils?|candidat" + W + r"|personnes?)\s+la[ïi](?:c|que)s?\b",
    ),
    rule(
        # a faith, or none, as what the person must be: « être catholique », « vous êtes athée »
        "religion",
        r"\b(?:[êe]tre|soyez|vous\s+[êe]tes|tu\s+es)\s+(?:\w+\s+)?(?:"
        + RELIG
        + W
        + r"|sans\s+(?:religion|confession))",
    ),
]

UNION_RULES = [
    rule(
        "union_political",
        r"\b(?:non[- ])?syndi(?:qu|cal|cat|caux)" + W,
        unless=r"syndicats?\s+(?:mixte|intercommunal|des\s+eaux|professionnel|d'initiative)"
        r"|copropri[ée]t[ée]"
        # the unions as the job's counterparts: « interlocuteur des organisations syndicales »
        r"|interlocut|relations\s+sociales|dialogue\s+social|\bnao\b|accords?\s+collectifs",
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
    rule(
        # political neutrality asked of the person: « profil apolitique »
        "union_political",
        r"\bapolitiques?\b|\bpolitiquement\s+neutres?\b|\bneutralit[ée]\s+politique\b|\bencart[ée]"
        + W
        + r"|\bcartes?\s+(?:syndicale|du\s+parti|de\s+parti|politique)s?\b"
        r"|\b(?:engagements?|activit[ée]s?|opinions?|sympathies?)\s+partisan\w*",
        not_after=r"(?:association|organisation|structure|mouvement|\bong|fondation|entreprise"
        r"|soci[ée]t[ée]|nous\s+sommes)\b[^.!?]{0,20}$",
    ),
]

RESIDENCE_RULES = [
    rule(
        "residence",
        r"\b(?:habit|r[ée]sid|demeur|domicili)\w*\s+(?:imp[ée]rativement\s+|obligatoirement\s+"
        r"|n[ée]cessairement\s+|d[ée]j[àa]\s+)?(?:[àa]\s+moins\s+de\s+\d+\s*(?:km|kilom[èe]tres"
        r"|minutes)|[àa]\s+proximit[ée]|pr[èe]s\s+(?:de|du|d')|dans\s+un\s+rayon\s+de\s+\d+\s*"
        r"(?:km|kilom[èe]tres|minutes)|dans\s+(?:le|la|les|l'|(?!un\b|une\b)\w+)|en\s+|sur\s+"
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
        not_after=r"accents?\s+(?:[\w']+\s+){0,5}$",
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
    rule(
        # a distance from home to work: « vivant à moins de 30 minutes des locaux »
        "residence",
        r"\b(?:viv|habit|r[ée]sid|demeur|domicili|loge)\w*\s+(?:\w+\s+)?(?:[àa]\s+moins\s+de\s+"
        r"\d+\s*(?:km|kilom[èe]tres|minutes|min\b|mn\b|h\b|heures?)|dans\s+un\s+rayon\s+de\s+\d+)",
        suggestion="poste basé à [lieu de travail]",
    ),
    rule(
        # « uniquement des personnes vivant à Paris », « de préférence des candidat·e·s
        # résidant dans le 92 »
        "residence",
        r"\b(?:vivant|habitant|r[ée]sidant|domicili[ée]"
        + W
        + r"|install[ée]"
        + W
        + r")\s+(?:[àa]|en|dans|au|aux|sur|pr[èe]s)\b",
        context=ONLY
        + r"\s+(?:des\s+|les\s+|aux\s+|[àa]\s+des\s+)?(?:personnes?|candidat"
        + W
        + r"|profils?)\s+(?:vivant|habitant|r[ée]sidant|domicili[ée]"
        + W
        + r"|install[ée]"
        + W
        + r")\s+(?:[àa]|en|dans|au|aux|sur|pr[èe]s)\b",
        suggestion="poste basé à [lieu de travail]",
    ),
    rule(
        # places whose people are turned away: « la banlieue n'est pas envisageable »,
        # « candidatures des quartiers prioritaires non souhaitées »
        "residence",
        r"\b(?:banlieues?|quartiers?\s+(?:prioritaires|populaires|sensibles|difficiles)|cit[ée]s"
        r"|seine-saint-denis|zones?\s+urbaines?\s+sensibles|zus|province|provinciaux"
        r"|hors\s+(?:de\s+)?(?:paris|l'[îi]le-de-france|la\s+r[ée]gion|la\s+m[ée]tropole)"
        r"|navetteurs?)\b",
        context=REFUSED,
        not_after=r"accents?\s+(?:[\w']+\s+){0,5}$",
        despite=REFUSED + "|" + REFUSING,
    ),
    rule(
        "residence",
        r"\b(?:banlieues?|quartiers?\s+(?:prioritaires|populaires|sensibles)|cit[ée]s|province|navetteurs?)\b"
        r"(?<!universit[ée]s\sde\sprovince)(?<!universit[ée]\sde\sprovince)(?<![ée]coles\sde\sprovince)",
        context=REFUSING
        + r"(?:personnes?\s+|candidat"
        + W
        + r"\s+|profils?\s+)?(?:de\s+|des\s+|du\s+)?(?:banlieue|quartiers?\s+(?:prioritaires"
        r"|populaires|sensibles)|cit[ée]s|province|navetteurs?)\b",
        not_after=r"accents?\s+(?:[\w']+\s+){0,5}$",
        despite=REFUSED + "|" + REFUSING,
    ),
    rule(
        # residents of a place turned away: « habitants du 93 s'abstenir »
        "residence",
        r"\b(?:habitants?|r[ée]sidents?|riverains?|originaires?)\s+(?:du|des|de\s+la|de\s+l'|de|d')"
        r"\s*[\w'-]+",
        context=REFUSED,
        despite=REFUSED,
        suggestion="poste basé à [lieu de travail]",
    ),
    rule(
        # a bank chosen by the employer: « compte bancaire ouvert dans une agence de notre réseau »
        "residence",
        r"\bcomptes?\s+(?:bancaire|courant)s?\s+(?:ouvert|domicili[ée]|tenu|d[ée]tenu)"
        + W
        + r"\s+(?:dans|chez|aupr[èe]s\s+d)\w*\s+(?:une?\s+|nos\s+|notre\s+|l'une\s+de\s+nos\s+)?"
        r"(?:agence|banque|[ée]tablissement|r[ée]seau|caisse)\w*",
        suggestion="tout compte bancaire (zone SEPA)",
    ),
]
