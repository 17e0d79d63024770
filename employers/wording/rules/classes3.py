"""Rules by class, third round (issue 21): the grounds with the lowest recall on text nobody
here wrote, each written from the ways a sentence can say it, in both languages:

- sex: a sex by a letter or a word of slang (« H uniquement », « mâle alpha », "lads",
  "guys", "boys' club"), a mother or a young woman sought, a gender identity required;
- culture fit: drinking, partying and nights out as the job or its test, compulsory evening or
  weekend events, a team that only the strongest survive;
- health: a medical history, sick leave or an illness excluded, « être valide »;
- origin: born somewhere, roots in the place, foreign applications refused, a skin colour, a
  passport or a citizenship without a statute or clearance that needs it;
- residence: living in some area (or not), owning one's home, a local bank account;
- diploma: no equivalence, no validation of experience (VAE), no career changers, a degree
  « or nothing »;
- career gap: gaps in a CV to explain or to have none of, breaks or returners turned away;
- driving: one's own car asked along with the licence;
- age: a ceiling of experience (« 5 à 8 ans d'XP, pas plus »), a graduation year or a recent
  graduation required, people near the end of their career or back in studies turned away,
  "young, hungry" as the profile;
- schools: a list of elite schools as the profile, a rank of school, « ... ou rien »;
- religion, opinions, family, availability, data: a practice refused or expected, a party's
  supporters refused, a vote expected, children or childlessness, no right to disconnect,
  holidays included, a past salary or social-media logins asked.

Patterns are folded and case-insensitive; see ``rules/__init__``.
"""

from employers.wording.rules import rule

# a job reason for driving or for a car: then asking for it is lawful
_DRIVING_REASON = (
    r"d[ée]placements?|tourn[ée]es?|itin[ée]ran|livr|chauffeur|conduite|visites?|domiciles?"
    r"|clients?\s+(?:sur|en)|secteur|indemnit|kilom[ée]tri|travel|driving|deliver|visits?"
    r"|mileage|field|territory|round|van|drive\b|commercial\w*\s+terrain|sales\s+rep"
)
# a statute or a clearance that lawfully restricts nationality
_STATUTE = (
    r"habilitation|clearance|secret|d[ée]fense|defen[cs]e|fonction\s+publique|civil\s+service"
    r"|statut|statute|concours|militaire|military|arm[ée]e|army|gendarmerie|police|security"
    r"|s[ée]curit[ée]\s+nationale|by\s+law|la\s+loi|right\s+to\s+work|work\s+permit"
    r"|autorisation\s+de\s+travail|sponsor"
)
_NATIONS = (
    r"(?:filipino|philippin\w*|portuguese|portugais\w*|polish|polonais\w*|romanian|roumain\w*"
    r"|indian|indien\w*|chinese|chinois\w*|african|africain\w*|arab|arabe|asian|asiatique"
    r"|maghr[ée]bin\w*|turkish|turc|turque|moroccan|marocain\w*|algerian|alg[ée]rien\w*"
    r"|senegalese|s[ée]n[ée]galais\w*|latino|latina|hispanic|bulgarian|bulgare|ukrainian"
    r"|ukrainien\w*|vietnamese|vietnamien\w*|european|europ[ée]en\w*|british|french)"
)
# (X only after another school: a one-letter word cannot start a rule's anchor)
_SCHOOLS_FIRST = (
    r"(?:polytechnique|mines|centrale|ponts|hec|essec|escp|ens|normale\s+sup|sciences\s+po"
    r"(?:\s+paris)?|dauphine|insead|lbs|wharton|harvard|stanford|oxford|cambridge|mit|oxbridge"
    r"|ivy\s+league|london\s+business\s+school)"
)
_SCHOOLS = (
    r"(?:polytechnique|\bx\b|mines|centrale|ponts|hec|essec|escp|ens|normale\s+sup|sciences\s+po"
    r"(?:\s+paris)?|dauphine|insead|lbs|wharton|harvard|stanford|oxford|cambridge|mit|oxbridge"
    r"|ivy\s+league|london\s+business\s+school)"
)
_SCHOOL_LIST = r"\b" + _SCHOOLS_FIRST + r"(?:\s*(?:,|ou|or|et|and|/)\s*" + _SCHOOLS + r")+\b"
_SCHOOL_PARTNER = r"partenar|partner|intervenons|conf[ée]rences?|ateliers?|talks?|forums?|salons?"
_LANGUAGE = r"speak|speaking|language|langue|parl|bilingu|native|natif|mother\s+tongue|fluent"

_CEILING = (
    r"\b\d{1,2}\s*(?:[àa]|-|–|to)\s*\d{1,2}\s*(?:ans|years?)\s*(?:d'(?:xp|exp[ée]rience)"
    r"|of\s+experience)?\s*[,(]?\s*(?:[-–—]\s*)?(?:pas\s+plus|no\s+more|maximum|max\b|au\s+plus"
    r"|at\s+most|not\s+more)"
    r"|\b(?:pas|no|not)\s+(?:plus|more)\s+(?:de|than)\s+\d{1,2}\s+(?:ans|years)\s+(?:d'(?:xp"
    r"|exp[ée]rience)|of\s+experience)"
)
_CLASS_OF = r"\b(?:promo(?:tion)?s?|class\s+of)\s+20\d\d(?:\s*(?:ou|et|or|and|[àa]|-|/)\s*20\d\d)?"
_CLASS_ONLY = (
    r"uniquement|seulement|exclusivement|\bonly\b|au\s+plus\s+t[ôo]t|or\s+later|ou\s+apr[eè]s"
)

FR = [
    # -- schools
    rule(
        "school_prestige",
        _SCHOOL_LIST
        + r"|\b"
        + _SCHOOLS_FIRST
        + r"\s+ou\s+rien\b|\b(?:[ée]coles?|universit[ée]s?)\s+"
        r"(?:d'ing[ée]\w*\s+|de\s+commerce\s+)?(?:de\s+)?(?:rang\s+a|top\s*\d+|du\s+top\s*\d+)\b"
        r"(?:\s+exclusivement|\s+uniquement)?|\bpr[ée]pa\s+(?:mp|psi|pc)\*?",
        unless=_SCHOOL_PARTNER,
        # schools given as examples of a requirement already said: « (HEC, ESSEC...) »
        not_after=r"(?:\(|type|comme|such\s+as|e\.g\.|like|ex\.|notamment)[^()]{0,40}$",
        suggestion="formation en ingénierie ou expérience équivalente",
    ),
    # -- religion
    rule(
        "religion",
        r"\b(?:pratiquant\S*|(?:qui\s+)?(?:font|faites|faisant|suivent)\s+(?:le\s+)?(?:ramadan|car[êe]me"
        r"|shabbat))(?:\s+qui\s+font\s+le\s+ramadan)?",
        context=r"\bpas\b|\bnon\b|exclu|refus|s'abstenir|inutile|retenu|[ée]vit|compatible",
        suggestion="toutes et tous",
    ),
    # -- opinions
    rule(
        "union_political",
        r"\bsympathisant\S*\s+(?:de\s+|du\s+|d')?(?:gauche|droite|\w+)|\b(?:anciens?|ex-)\S*\s+"
        r"(?:d[ée]l[ée]gu|[ée]lu|repr[ée]sentant)\S*(?:\s+\w+){0,2}(?:\s+ou\s+[ée]lu\S*\s+\w+)?",
        context=r"\bpas\b|\bnon\b|exclu|refus|s'abstenir|inutile|retenu|[ée]vit",
        suggestion="toutes et tous",
    ),
    # -- availability
    rule(
        "excessive_availability",
        r"\bpas\s+de\s+(?:droit\s+[àa]\s+la\s+)?d[ée]connexion|\bjour\s+et\s+nuit\b"
        r"|\bm[êe]me\s+(?:pendant\s+)?(?:vos|tes|les)\s+(?:vacances|cong[ée]s)(?:\s+si\s+besoin)?",
        unless=r"astreintes?\s+(?:r[ée]mun|pay|compens)|r[ée]cup[ée]r|service\s+(?:continu|d'urgence)",
        suggestion="horaires définis, droit à la déconnexion respecté",
    ),
    # -- age
    rule("age", _CEILING, suggestion="au moins 5 ans d'expérience"),
    rule("age", _CLASS_OF, context=_CLASS_ONLY, suggestion="diplômé·e"),
    rule(
        "age",
        r"\b(?:sorti\S*\s+d'[ée]cole|dipl[ôo]m[ée]\S*)\s+depuis\s+moins\s+de\s+\w+\s+ans?\b",
        suggestion="diplômé·e",
    ),
    rule(
        "age",
        r"\b(?:en\s+)?fin\s+de\s+carri[èe]re\b|\bproches?\s+de\s+la\s+retraite\b"
        r"|\b(?:en\s+)?reprise\s+d'[ée]tudes\b",
        context=r"\bpas\b|\bnon\b|exclu|refus|s'abstenir|inutile|retenu|[ée]cart",
        unless=r"bienvenu|accept[ée]\w*\s+(?:aussi|[ée]galement)|encourag|ouvert",
        suggestion="toutes et tous",
    ),
    # -- sex
    rule(
        "sex_gender",
        r"(?<![/-])\b(?:h|f|hommes?|femmes?)\s+(?:uniquement|seulement|exclusivement)\b",
        suggestion="H/F",
    ),
    rule(
        "sex_gender",
        r"\b(?:boys?'?\s*club|ambiance\s+(?:de\s+)?(?:mecs|vestiaire))\b",
        suggestion="équipe soudée",
    ),
    rule("culture_fit", r"\bbro[- ]?culture\b", suggestion="équipe soudée"),
    rule(
        # a mother, a young woman or man sought: « tu es une jeune femme », « les mamans »
        "sex_gender",
        r"\b(?:une?\s+)?jeunes?\s+(?:femmes?|hommes?|filles?|gar[çc]ons?)\b"
        r"|\bjeunes?\s+mamans?\b|\bune\s+maman\b",
        unless=r"cong[ée]|cr[eè]che|garde\s+d'enfants|public|client|b[ée]n[ée]ficiaires"
        r"|accompagn|[ée]l[èe]ves|patient",
        suggestion="une personne",
    ),
    # -- culture fit
    rule(
        "culture_fit",
        r"\b(?:aime[rsz]?|adore[rsz]?|kiffe[rsz]?)\s+(?:\w+\s+)?faire\s+la\s+f[êe]te\b"
        r"|\bf[êe]tard\w*|\bsoir[ée]es?\s+[\w\s]{0,20}jusqu'[àa]\s+\d\w*(?:\s+du\s+mat\w*'?)?"
        r"|\b(?:seul|seuls|seules)\s+les\s+plus\s+(?:forts|fortes|costauds|endurants)\b[\w\s]{0,15}"
        r"|\bpas\s+de\s+place\s+pour\s+les\s+(?:gens\s+)?(?:trop\s+)?\w+"
        r"|\brituel\s+obligatoire\b|\bafterwork\s+test\b|\btest\s+(?:de\s+l')?afterwork\b",
        unless=r"\bfacultati|\boptionnel|\bpas\s+obligatoire|\blibre\s+de\b",
        suggestion="dans une équipe bienveillante",
    ),
    rule(
        # evening or weekend events made compulsory
        "culture_fit",
        r"\b(?:participer|participation|pr[ée]sence)\s+(?:obligatoire\s+)?(?:\w+\s+){0,2}aux\s+"
        r"(?:soir[ée]es|afterworks?|ap[ée]ros?|week-?ends?|f[êe]tes)[\w\s'-]{0,40}",
        context=r"imp[ée]rati|obligatoire|devez|doivent|exig",
        unless=r"\bfacultati|\boptionnel|\bpas\s+obligatoire|\blibre\s+de\b|\bjourn[ée]e",
        suggestion="moments d'équipe facultatifs",
    ),
    # -- health
    rule(
        "health_disability",
        r"\b(?:n'avez|n'ayez|n'a|n'ait)\s+jamais\s+(?:eu|connu|souffert)\s+(?:de\s+|d')?"
        r"(?:tms|maladie|arr[êe]t|burn-?out|d[ée]pression|probl[èe]mes?\s+de\s+(?:sant[ée]|dos)"
        r"|accident|hernie|mal\s+de\s+dos|handicap|trouble)\w*"
        r"|\b(?:[êe]tre|personnes?|candidat\S*)\s+valides?\s+(?:et|physiquement)\b|\bne\s+pas\s+souffrir\s+(?:de\s+|d')[\w\s]{0,25}"
        r"|\bsans\s+(?:aucun\s+)?(?:ant[ée]c[ée]dents?\s+(?:m[ée]dica\w+|de\s+\w+)"
        r"|arr[êe]ts?\s+(?:de\s+travail|maladie)|probl[èe]mes?\s+de\s+sant[ée])",
        suggestion="apte au poste selon la médecine du travail",
    ),
    rule(
        "health_disability",
        r"\b(?:travailleur|personne|candidat)\S*\s+(?:en\s+situation\s+de\s+)?handicap\S*"
        r"[\w\s·]{0,20}?\s+ne\s+(?:peuvent|pourront|sont)\s+pas\s+[\w·\s]{0,25}",
        suggestion="Postes ouverts aux personnes en situation de handicap",
    ),
    # -- origin
    rule(
        "origin_nationality",
        r"\b(?:candidatures?|profils?|candidat\S*|personnes?)\s+[ée]trang[èe]r\S*"
        r"(?:\s+(?:non|ne\s+sont\s+pas|pas)\s+\w+)?",
        context=r"\bnon\b|\bpas\b|exclu|refus|\bsans\b|s'abstenir",
        unless=_STATUTE,
        suggestion="autorisation de travail en France",
    ),
    rule(
        "origin_nationality",
        r"\b(?:issu|originaire|natif|native|n[ée])\S*\s+(?:de\s+la|du|de\s+notre)\s+"
        r"(?:r[ée]gion|coin|ville|quartier|pays|d[ée]partement)"
        r"|\bracines\s+(?:dans|en|[àa])\s+[\w\s]{1,20}|\bde\s+type\s+(?:europ[ée]en|caucasien)\w*"
        r"|\bcaucasien\w*|\bpeau\s+(?:blanche|claire)",
        unless=r"conna[îi]ssance|connaissez|r[ée]seau\s+local",
        suggestion="connaissance du secteur",
    ),
    # -- residence
    rule(
        "residence",
        r"\b(?:habitant|r[ée]sidant|vivant|domicili[ée]\S*|logeant)\s+(?:dans\s+)?(?:les|le)\s+"
        r"(?:beaux|bons|riches)\s+quartiers\b|\bbeaux\s+quartiers\b"
        r"|\bprofils?\s+(?:parisiens|banlieusards|provinciaux|de\s+banlieue|des\s+cit[ée]s)\b"
        r"|\b(?:habitant|r[ée]sidant|vivant|domicili[ée]\S*)\s+(?:en\s+dehors|hors|loin)\s+"
        r"(?:de\s+|d'|du\s+)?[\w\s'-]{1,25}"
        r"|\bpropri[ée]taire\s+de\s+(?:votre|son|sa)\s+(?:logement|r[ée]sidence|maison|appartement)"
        r"|\bcompte\s+(?:bancaire\s+)?(?:dans|aupr[eè]s\s+d')\s*une\s+banque\s+\w+",
        suggestion="poste basé à [lieu]",
    ),
    # -- diploma
    rule(
        "diploma_rigid",
        r"\bpas\s+de\s+vae\b|\b(?:pas|aucune)\s+d'?[ée]quivalences?\b|\bsans\s+[ée]quivalence"
        r"|\bvae\s+(?:non|pas)\s+accept\w*|\b(?:dipl[ôo]me|master|bac\s*\+\s*\d|[ée]cole)\s+"
        r"(?:\w+\s+){0,2}ou\s+rien\b|\breconversions?\s+(?:ne\s+sont\s+pas|non|pas)\s+"
        r"(?:accept|consid[ée]r|retenu)\w*|\bsans\s+(?:bac\s*\+\s*\d|dipl[ôo]me|master)[^,.;]{0,20},?"
        r"\s+(?:votre\s+)?(?:cv|candidature)\s+ne\s+sera\s+pas\s+\w+",
        unless=r"r[ée]glement|d'[ée]tat|profession\s+r[ée]glement|\bloi\b|statut|ordre\s+des",
        suggestion="diplôme ou expérience équivalente",
    ),
    # -- career gap
    rule(
        "career_gap",
        r"\b(?:pas|aucun\w*)\s+(?:de\s+|d')?(?:cong[ée]s?\s+(?:parental|sabbatique)\w*"
        r"(?:\s+ou\s+(?:parental|sabbatique)\w*)?|trous?|p[ée]riodes?\s+d'inactivit[ée]"
        r"|interruptions?\s+de\s+carri[èe]re)(?:\s+(?:dans|de|sur)\s+[\w\s]{1,30})?"
        r"|\bjustifier\s+(?:chaque|tout|toute|les)\s+(?:trou|p[ée]riode|interruption)\w*",
        unless=r"\bbienvenu|\baccept|\bpas\s+de\s+probl[èe]me|\bvalori",
        suggestion="parcours variés bienvenus",
    ),
    # -- driving
    rule(
        "driving_licence",
        r"\bpermis\s+(?:b\s+)?et\s+v[ée]hicule\s+(?:personnel|exig\w*|indispensable\w*)"
        r"|\bv[ée]hicule\s+personnel\s+(?:exig|obligatoire|indispensable|requis)\w*",
        unless=_DRIVING_REASON,
        suggestion="mobilité selon les besoins du poste",
    ),
]

EN = [
    # -- schools
    rule(
        "school_prestige",
        _SCHOOL_LIST
        + r"|\b"
        + _SCHOOLS
        + r"\s+or\s+nothing\b|\b(?:top|tier[- ]?(?:1|one))\s*\d*\s+"
        r"(?:schools?|universit(?:y|ies)|business\s+schools?)\s+only\b",
        unless=_SCHOOL_PARTNER,
        # schools given as examples of a requirement already said: « (HEC, ESSEC...) »
        not_after=r"(?:\(|type|comme|such\s+as|e\.g\.|like|ex\.|notamment)[^()]{0,40}$",
        suggestion="a relevant degree or equivalent experience",
    ),
    # -- religion
    rule(
        "religion",
        r"\b(?:church|mosque|synagogue|temple)\s+attendance|\bstate\s+your\s+(?:faith|religion)"
        r"(?:\s+and\s+place\s+of\s+worship)?|\bplace\s+of\s+worship\b|\b(?:practising|practicing"
        r"|devout|committed)\s+(?:catholic|christian|muslim|jew|hindu|sikh|protestant)\w*"
        r"|\b(?:catholic|christian|muslim|jewish|hindu|sikh|protestant)s?\s+(?:only|preferred"
        r"|candidates|applicants)\b",
        unless=r"\bhalal\s+option|\bprayer\s+room|\bquiet\s+room|\bwe\s+(?:accommodate|respect)",
        suggestion=None,
    ),
    # -- opinions
    rule(
        "union_political",
        r"\bvotes?\s+(?:accordingly|conservative|labour|tory|green|left|right|for\s+(?:the\s+)?"
        r"(?:party|conservatives|labour|republicans|democrats))|\b(?:shares?|share\s+our)\s+(?:our\s+)?"
        r"(?:conservative|progressive|left-wing|right-wing|liberal|political)\s+(?:values|views)",
        suggestion="shares our commitment to our customers",
    ),
    # -- family
    rule(
        "family_pregnancy",
        r"\bchildless\b|\bchild-?free\b|\b(?:candidates|applicants|people|those|parents)\s+with\s+"
        r"(?:young\s+|small\s+)?(?:children|kids|dependants|toddlers)",
        context=r"\bnot\b|n't|\bno\b|need\s+not|unsuitable|prefer|ideally|mostly|only",
        unless=r"\bwelcome|\bencourag|\bsupport|\bflexib|childcare|nursery|parental\s+leave",
        suggestion=None,
    ),
    # -- availability
    rule(
        "excessive_availability",
        r"\bunlimited\s+availability|\bno\s+right\s+to\s+disconnect|\bday\s+and\s+night\b"
        r"|\beven\s+(?:on|during)\s+(?:your\s+)?(?:holidays?|vacations?|annual\s+leave)",
        unless=r"\bpaid\b|\bcompensat|\bon-call\s+(?:allowance|pay)|\bservice\b|\bmonitoring",
        suggestion="defined working hours",
    ),
    # -- data
    rule(
        "personal_data",
        r"\b(?:what\s+was\s+)?your\s+(?:current|previous|last|past)\s+(?:salary|pay|day\s+rate"
        r"|compensation|package|earnings)\w*(?:\s+(?:at|in)\s+[\w\s]{1,30}?(?=[?.,;]|$))?"
        r"|\bsalary\s+in\s+your\s+(?:last|previous|current)\s+[\w\s]{1,20}?(?=[?.,;]|$)"
        r"|\b(?:instagram|facebook|linkedin|tiktok|twitter|social\s+media)\s+(?:and\s+\w+\s+)?"
        r"(?:login|password|credentials)s?",
        unless=r"\bexpectations?\b|\bwe\s+(?:will\s+)?(?:never|don't|do\s+not)\s+ask",
        suggestion="your salary expectations",
    ),
    # -- age
    rule("age", _CEILING, suggestion="at least 5 years of experience"),
    rule("age", _CLASS_OF, context=_CLASS_ONLY, suggestion="graduate"),
    rule(
        "age",
        r"\bgraduated\s+(?:less\s+than\s+\w+\s+years?\s+ago|(?:with)?in\s+the\s+(?:last|past)"
        r"\s+\w+\s+years?)|\bstill\s+early\s+(?:enough\s+)?in\s+(?:their|your|his|her)\s+career"
        r"|\b(?:close\s+to|near(?:ing)?|approaching)\s+retirement\b",
        unless=r"\bwelcome|\bencourag|\bopen\s+to|\bpension\s+(?:plan|scheme)|retirement\s+plan",
        suggestion="at any stage of their career",
    ),
    rule(
        # "a young, hungry Account Executive": youth listed with the hire's qualities
        "age",
        r"\byoung\s*(?:,|and)\s+(?!compan|team|start|business|brand|firm|market|industry|growing"
        r"|fast)[a-z-]+",
        context=r"\b(?:looking|seeking|hiring|want|need|candidate|you|ideal|join)\b",
        unless=r"\b(?:children|kids|people|patients|audience|learners|students|customers|users)\b",
        suggestion="motivated",
    ),
    # -- sex
    rule(
        "sex_gender",
        r"\bboys'?\s*club\b",
        suggestion="close-knit team",
    ),
    rule(
        "culture_fit",
        r"\b(?:bro[- ]?culture|frat(?:ernity)?\s+(?:vibe|culture|house|boys))\b",
        suggestion="close-knit team",
    ),
    rule(
        # "guys" and "lads" as the team or the hire
        "sex_gender",
        r"\b(?:team|crew|bunch|group)\s+of\s+(?:\w+\s+){0,2}(?:guys|lads|blokes|dudes|chaps)\b"
        r"|\b(?:young|the)\s+(?:guys|lads|blokes)\b|\bone\s+of\s+the\s+(?:guys|lads|boys)\b",
        unless=r"\bhi\s+guys|\bhey\s+guys|\bguys\s+and\s+gals",
        suggestion="team",
    ),
    rule(
        # a man, a woman, a mother sought: "a strong man", "a young mum", "a lady"
        "sex_gender",
        r"\ba\s+(?:strong|young|tough|real|reliable|mature|friendly|smart|nice|pretty)\s+"
        r"(?:man|woman|lady|guy|girl|gentleman|mum|mom|mother)\b|\byoung\s+(?:mum|mom|mother)s?\b"
        r"|\b(?:a|the)\s+lady\b|\bmust\s+identify\s+as\s+(?:a\s+)?\w+",
        context=r"look|seek|want|need|hire|ideal|candidate|you|apply|prefer|must|only|role",
        unless=r"customers?|clients?|patients?|residents?|users?|parental\s+leave|childcare",
        suggestion="a person",
    ),
    # -- culture fit
    rule(
        "culture_fit",
        r"\b(?:party|partying)\s+hard\b|\blove[sd]?\s+to\s+party\b|\bshots\b|\bpints\b"
        r"|\bbeer\s+test\b|\bdrinking\s+(?:culture|games?|sessions?)|\blate\s+nights?\s+out\b"
        r"|\bnights?\s+out\s+(?:are|is)\s+\w+|\bpranks?\b|\bbanter\b|\bwork\s+hard,?\s+play\s+hard"
        r"|\b(?:only|just)\s+the\s+(?:strong|tough)(?:est)?\s+survive"
        r"|\b(?:drinks|socials|nights\s+out|team\s+events)\s+(?:are|is)\s+(?:mandatory|compulsory"
        r"|part\s+of\s+the\s+job|non-negotiable)",
        unless=r"\boptional\b|\bno\s+pressure\b|\bnot\s+(?:mandatory|compulsory|required)",
        suggestion="a supportive team",
    ),
    # -- health
    rule(
        "health_disability",
        r"\bno\s+(?:one\s+with\s+(?:a\s+)?)?(?:history|record)\s+of\s+(?:[\w-]+\s+){0,2}"
        r"(?:burn-?out|depression|illness|mental|back|injur|sick|disease|cancer|anxiety|stress"
        r"|medical|health|surgery|condition)\w*|\bno\s+(?:long-term|chronic|serious|mental|physical)"
        r"\s+(?:illness|condition|disease|health\s+(?:issue|problem))\w*"
        r"|\bnever\s+(?:have\s+|having\s+)?(?:taken|had|needed)\s+(?:any\s+)?(?:sick\s+leave"
        r"|sick\s+days|time\s+off\s+sick)|\b(?:excellent|perfect|flawless)\s+(?:physical\s+and\s+"
        r"mental\s+|physical\s+|mental\s+)?health\b",
        suggestion="able to perform the essential duties, with reasonable adjustments",
    ),
    # -- origin
    rule(
        "origin_nationality",
        r"\bborn[- ](?:and[- ]raised|in[- ](?:the[- ])?(?!\d)[a-z]{2,})\b"
        r"|\broots\s+in\s+(?:the\s+)?(?:city|region|area|town|county|country|community)\b"
        r"|\bcaucasian\b|\bwhite\s+(?:british|european|profile|candidates?|person|people)\b",
        not_after=r"(?:company|we\s+were|business|startup|start-up|brand|idea|project)\s+(?:was\s+)?$",
        suggestion="with knowledge of the local area",
    ),
    rule(
        "origin_nationality",
        r"\b(?:an?\s+)?(?:eu|uk|us|european|british|french|american)\s+(?:passport|citizen"
        r"(?:ship)?|national(?:ity)?)\b(?:\s*\([^)]{0,30}\))?",
        context=r"must|required|only|need|hold|be\s+an?|essential|mandatory|\bno\b",
        unless=_STATUTE,
        suggestion="the right to work in the country",
    ),
    rule(
        "origin_nationality",
        r"\b" + _NATIONS + r"(?:\s+or\s+" + _NATIONS + r")?\s+(?:only|preferred|staff|workers"
        r"|candidates|nationals|applicants|profiles?)\b|\b(?:prefer|ideally|only)\s+(?:\w+\s+)?"
        + _NATIONS
        + r"(?:\s+or\s+"
        + _NATIONS
        + r")?\b",
        unless=_LANGUAGE + r"|market|clients?|customers?|cuisine|food|" + _STATUTE,
        suggestion="candidates with the right to work",
    ),
    # -- residence
    rule(
        "residence",
        r"\bmust\s+(?:currently\s+|already\s+)?(?:live|reside)\s+in\b[^.;\n]{0,40}"
        r"|\b(?:living|residing)\s+(?:outside|beyond|far\s+from)\s+[\w\s-]{1,25}?"
        r"(?=\s+(?:need|will|are|should|cannot|can't|won't)\b)"
        r"|\b(?:already\s+)?own\s+(?:a|your|their)\s+(?:home|house|property|flat)\b"
        r"|\bbank\s+account\s+with\s+an?\s+[\w\s-]{1,25}?bank\b",
        suggestion="able to work at [location]",
    ),
    # -- diploma
    rule(
        "diploma_rigid",
        r"\b(?:degree|diploma|masters?|phd)\s+or\s+nothing\b|\bno\s+(?:(?!or\b)\w+\s+)?equivalents\b"
        r"|\bequivalent\s+(?:\w+\s+){0,3}experience\s+(?:will\s+not|won't|is\s+not|does\s+not)\s+"
        r"(?:be\s+)?(?:considered|accepted|count)\w*|\bno\s+exceptions?,?\s+regardless\s+of\s+"
        r"(?:your\s+)?experience|\bcareer\s+changers?\s+(?:need\s+not|will\s+not|won't)\s+\w+",
        context=r"degree|diploma|master|phd|bachelor|qualification|equivalen|graduat",
        unless=r"regulat|licen[cs]ed|by\s+law|statutory|registered\s+nurse",
        suggestion="or equivalent experience",
    ),
    # -- career gap
    rule(
        "career_gap",
        r"\b(?:zero|no|any|every|each|all)\s+(?:unexplained\s+)?(?:gaps?|breaks?)\s+in\s+"
        r"(?:your|his|her|their|the)\s+(?:cv|resume|r[ée]sum[ée]|career|employment(?:\s+history)?)"
        r"(?:\s+longer\s+than\s+[\w\s]{1,15}?(?=[,.;]|$))?"
        r"|\bexplain\s+(?:every|each|all|any)\s+(?:gaps?|breaks?)[\w\s]{0,40}?(?=[,.;]|$)"
        r"|\bcareer\s+breaks?\b[^.;]{0,60}?(?:red\s+flags?|not\s+(?:a\s+)?fit|not\s+be\s+considered"
        r"|disqualif\w*)|\breturners?\b[^.;]{0,60}?(?:not\s+a\s+(?:good\s+)?fit|need\s+not\s+apply"
        r"|not\s+be\s+considered)",
        despite=r"red\s+flag|not\s+a\s+(?:good\s+)?fit|need\s+not|not\s+be\s+considered"
        r"|unfortunately",
        suggestion="varied career paths welcome",
    ),
    # -- driving
    rule(
        "driving_licence",
        r"\b(?:driver'?s|driving)\s+licen[cs]e\s+and\s+(?:your\s+|a\s+|their\s+)?own\s+"
        r"(?:car|vehicle)|\ba\s+car\s+and\s+a\s+(?:\w\s+)?(?:driving\s+)?licen[cs]e\b",
        unless=_DRIVING_REASON,
        suggestion="able to travel to the workplace",
    ),
]
