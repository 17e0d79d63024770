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

from employers.wording.rules import rule, rx

# a job reason for driving or for a car: then asking for it is lawful
_DRIVING_REASON = rx(r"""
    d[ée]placements?
    | tourn[ée]es?
    | itin[ée]ran
    | livr
    | chauffeur
    | conduite
    | visites?
    | domiciles?
    | clients?\s+(?:sur | en)
    | secteur
    | indemnit
    | kilom[ée]tri
    | travel
    | driving
    | deliver
    | visits?
    | mileage
    | field
    | territory
    | round
    | van
    | drive\b
    | commercial\w*\s+terrain
    | sales\s+rep
""")
# a statute or a clearance that lawfully restricts nationality
_STATUTE = rx(r"""
    habilitation
    | clearance
    | secret
    | d[ée]fense
    | defen[cs]e
    | fonction\s+publique
    | civil\s+service
    | statut
    | statute
    | concours
    | militaire
    | military
    | arm[ée]e
    | army
    | gendarmerie
    | police
    | security
    | s[ée]curit[ée]\s+nationale
    | by\s+law
    | la\s+loi
    | right\s+to\s+work
    | work\s+permit
    | autorisation\s+de\s+travail
    | sponsor
""")
_NATIONS = rx(r"""
    (?:
        filipino | philippin\w* | portuguese | portugais\w* | polish | polonais\w*
        | romanian | roumain\w* | indian | indien\w* | chinese | chinois\w* | african
        | africain\w* | arab | arabe | asian | asiatique | maghr[ée]bin\w* | turkish
        | turc | turque | moroccan | marocain\w* | algerian | alg[ée]rien\w*
        | senegalese | s[ée]n[ée]galais\w* | latino | latina | hispanic | bulgarian
        | bulgare | ukrainian | ukrainien\w* | vietnamese | vietnamien\w* | european
        | europ[ée]en\w* | british | french
    )
""")
# (X only after another school: a one-letter word cannot start a rule's anchor)
_SCHOOLS_FIRST = rx(r"""
    (?:
        polytechnique | mines | centrale | ponts | hec | essec | escp | ens
        | normale\s+sup | sciences\s+po(?:\s+paris)? | dauphine | insead | lbs
        | wharton | harvard | stanford | oxford | cambridge | mit | oxbridge
        | ivy\s+league | london\s+business\s+school
    )
""")
_SCHOOLS = rx(r"""
    (?:
        polytechnique | \bx\b | mines | centrale | ponts | hec | essec | escp | ens
        | normale\s+sup | sciences\s+po(?:\s+paris)? | dauphine | insead | lbs
        | wharton | harvard | stanford | oxford | cambridge | mit | oxbridge
        | ivy\s+league | london\s+business\s+school
    )
""")
_SCHOOL_LIST = rx(
    r"""
        \b{_SCHOOLS_FIRST}(?:\s*(?:, | ou | or | et | and | /)\s*{_SCHOOLS})+\b
    """,
    _SCHOOLS_FIRST=_SCHOOLS_FIRST,
    _SCHOOLS=_SCHOOLS,
)
_SCHOOL_PARTNER = r"partenar|partner|intervenons|conf[ée]rences?|ateliers?|talks?|forums?|salons?"
_LANGUAGE = r"speak|speaking|language|langue|parl|bilingu|native|natif|mother\s+tongue|fluent"

_CEILING = rx(r"""
    \b[0-9]{1,2}\s*(?:[àa] | - | – | to)\s*\d{1,2}\s*(?:ans | years?)\s*(?:
        d'(?:xp | exp[ée]rience) | of\s+experience
    )?\s*[,(]?\s*(?:[-–—]\s*)?(?:
        pas\s+plus | no\s+more | maximum | max\b | au\s+plus | at\s+most | not\s+more
    )
    | \b(?:pas | no | not)\s+(?:plus | more)\s+(?:de | than)\s+\d{1,2}\s+(?:
          ans | years
      )\s+(?:d'(?:xp | exp[ée]rience) | of\s+experience)
""")
_CLASS_OF = rx(r"""
    \b(?:promo(?:tion)?s? | class\s+of)\s+20\d\d
    (?:\s*(?:ou | et | or | and | [àa] | - | /)\s*20\d\d)?
""")
_CLASS_ONLY = rx(r"""
    uniquement
    | seulement
    | exclusivement
    | \bonly\b
    | au\s+plus\s+t[ôo]t
    | or\s+later
    | ou\s+apr[eè]s
""")

FR = [
    # -- schools
    rule(
        "school_prestige",
        rx(
            r"""
                {_SCHOOL_LIST}
                | \b{_SCHOOLS_FIRST}\s+ou\s+rien\b
                | \b(?:[ée]coles? | universit[ée]s?)\s+(?:d'ing[ée]\w*\s+ | de\s+commerce\s+)?
                  (?:de\s+)?(?:rang\s+a | top\s*\d+ | du\s+top\s*\d+)\b(?:
                      \s+exclusivement | \s+uniquement
                  )?
                | \bpr[ée]pa\s+(?:mp | psi | pc)\*?
            """,
            _SCHOOL_LIST=_SCHOOL_LIST,
            _SCHOOLS_FIRST=_SCHOOLS_FIRST,
        ),
        unless=_SCHOOL_PARTNER,
        # schools given as examples of a requirement already said: « (HEC, ESSEC...) »
        not_after=r"(?:\(|type|comme|such\s+as|e\.g\.|like|ex\.|notamment)[^()]{0,40}$",
        suggestion="formation en ingénierie ou expérience équivalente",
    ),
    # -- religion
    rule(
        "religion",
        rx(r"""
            \b(?:
                pratiquant\S*
                | (?:qui\s+)?(?:font | faites | faisant | suivent)\s+(?:le\s+)?(?:
                      ramadan | car[êe]me | shabbat
                  )
            )(?:\s+qui\s+font\s+le\s+ramadan)?
        """),
        context=r"\bpas\b|\bnon\b|exclu|refus|s'abstenir|inutile|retenu|[ée]vit|compatible",
        suggestion="toutes et tous",
    ),
    # -- opinions
    rule(
        "union_political",
        rx(r"""
            \bsympathisant\S*\s+(?:de\s+ | du\s+ | d')?(?:gauche | droite | \w+)
            | \b(?:anciens? | ex-)\S*\s+(?:d[ée]l[ée]gu | [ée]lu | repr[ée]sentant)\S*
              (?:\s+\w+){0,2}(?:\s+ou\s+[ée]lu\S*\s+\w+)?
        """),
        context=r"\bpas\b|\bnon\b|exclu|refus|s'abstenir|inutile|retenu|[ée]vit",
        suggestion="toutes et tous",
    ),
    # -- availability
    rule(
        "excessive_availability",
        rx(r"""
            \bpas\s+de\s+(?:droit\s+[àa]\s+la\s+)?d[ée]connexion
            | \bjour\s+et\s+nuit\b
            | \bm[êe]me\s+(?:pendant\s+)?(?:vos | tes | les)\s+(?:vacances | cong[ée]s)
              (?:\s+si\s+besoin)?
        """),
        unless=rx(r"""
            astreintes?\s+(?:r[ée]mun | pay | compens)
            | r[ée]cup[ée]r
            | service\s+(?:continu | d'urgence)
        """),
        suggestion="horaires définis, droit à la déconnexion respecté",
    ),
    # -- age
    rule("age", _CEILING, suggestion="au moins 5 ans d'expérience"),
    rule("age", _CLASS_OF, context=_CLASS_ONLY, suggestion="diplômé·e"),
    rule(
        "age",
        rx(r"""
            \b(?:sorti\S*\s+d'[ée]cole | dipl[ôo]m[ée]\S*)\s+depuis\s+moins\s+de\s+\w+
            \s+ans?\b
        """),
        suggestion="diplômé·e",
    ),
    rule(
        "age",
        rx(r"""
            \b(?:en\s+)?fin\s+de\s+carri[èe]re\b
            | \bproches?\s+de\s+la\s+retraite\b
            | \b(?:en\s+)?reprise\s+d'[ée]tudes\b
        """),
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
        # (a locker-room atmosphere is the team's culture: culture_fit says it)
        r"\b(?:boys?'?\s*club|ambiance\s+(?:de\s+)?mecs)\b",
        suggestion="équipe soudée",
    ),
    rule("culture_fit", r"\bbro[- ]?culture\b", suggestion="équipe soudée"),
    rule(
        # a mother, a young woman or man sought: « tu es une jeune femme », « les mamans »
        "sex_gender",
        rx(r"""
            \b(?:une?\s+)?jeunes?\s+(?:femmes? | hommes? | filles? | gar[çc]ons?)\b
            | \bjeunes?\s+mamans?\b
            | \bune\s+maman\b
        """),
        unless=rx(r"""
            cong[ée]
            | cr[eè]che
            | garde\s+d'enfants
            | public
            | client
            | b[ée]n[ée]ficiaires
            | accompagn
            | [ée]l[èe]ves
            | patient
        """),
        suggestion="une personne",
    ),
    # -- culture fit
    rule(
        "culture_fit",
        rx(r"""
            \b(?:aime[rsz]? | adore[rsz]? | kiffe[rsz]?)\s+(?:\w+\s+)?faire\s+la\s+f[êe]te
            \b
            | \bf[êe]tard\w*
            | \bsoir[ée]es?\s+[\w\s]{0,20}jusqu'[àa]\s+\d\w*(?:\s+du\s+mat\w*'?)?
            | \b(?:seul | seuls | seules)\s+les\s+plus\s+(?:
                  forts | fortes | costauds | endurants
              )\b[\w\s]{0,15}
            | \bpas\s+de\s+place\s+pour\s+les\s+(?:gens\s+)?(?:trop\s+)?\w+
            | \brituel\s+obligatoire\b
            | \bafterwork\s+test\b
            | \btest\s+(?:de\s+l')?afterwork\b
        """),
        unless=r"\bfacultati|\boptionnel|\bpas\s+obligatoire|\blibre\s+de\b",
        suggestion="dans une équipe bienveillante",
    ),
    rule(
        # evening or weekend events made compulsory
        "culture_fit",
        rx(r"""
            \b(?:participer | participation | pr[ée]sence)\s+(?:obligatoire\s+)?
            (?:\w+\s+){0,2}aux\s+(?:
                soir[ée]es | afterworks? | ap[ée]ros? | week-?ends? | f[êe]tes
            )[\w\s'-]{0,40}
        """),
        context=r"imp[ée]rati|obligatoire|devez|doivent|exig",
        unless=r"\bfacultati|\boptionnel|\bpas\s+obligatoire|\blibre\s+de\b|\bjourn[ée]e",
        suggestion="moments d'équipe facultatifs",
    ),
    # -- health
    rule(
        "health_disability",
        rx(r"""
            \b(?:n'avez | n'ayez | n'a | n'ait)\s+jamais\s+(?:eu | connu | souffert)\s+
            (?:
                de\s+ | d'
            )?(?:
                tms | maladie | arr[êe]t | burn-?out | d[ée]pression
                | probl[èe]mes?\s+de\s+(?:sant[ée] | dos) | accident | hernie
                | mal\s+de\s+dos | handicap | trouble
            )\w*
            | \b(?:[êe]tre | personnes? | candidat\S*)\s+valides?\s+(?:et | physiquement)
              \b
            | \bne\s+pas\s+souffrir\s+(?:de\s+ | d')[\w\s]{0,25}
            | \bsans\s+(?:aucun\s+)?(?:
                  ant[ée]c[ée]dents?\s+(?:m[ée]dica\w+ | de\s+\w+)
                  | arr[êe]ts?\s+(?:de\s+travail | maladie)
                  | probl[èe]mes?\s+de\s+sant[ée]
              )
        """),
        suggestion="apte au poste selon la médecine du travail",
    ),
    rule(
        "health_disability",
        rx(r"""
            \b(?:travailleur | personne | candidat)\S*\s+(?:en\s+situation\s+de\s+)?
            handicap\S*[\w\s·]{0,20}?\s+ne\s+(?:peuvent | pourront | sont)\s+pas
            \s+[\w·\s]{0,25}
        """),
        suggestion="Postes ouverts aux personnes en situation de handicap",
    ),
    # -- origin
    rule(
        "origin_nationality",
        rx(r"""
            \b(?:candidatures? | profils? | candidat\S* | personnes?)\s+[ée]trang[èe]r\S*
            (?:\s+(?:non | ne\s+sont\s+pas | pas)\s+\w+)?
        """),
        context=r"\bnon\b|\bpas\b|exclu|refus|\bsans\b|s'abstenir",
        unless=_STATUTE,
        suggestion="autorisation de travail en France",
    ),
    rule(
        "origin_nationality",
        rx(r"""
            \b(?:issu | originaire | natif | native | n[ée])\S*\s+(?:
                de\s+la | du | de\s+notre
            )\s+(?:r[ée]gion | coin | ville | quartier | pays | d[ée]partement)
            | \bracines\s+(?:dans | en | [àa])\s+[\w\s]{1,20}
            | \bde\s+type\s+(?:europ[ée]en | caucasien)\w*
            | \bcaucasien\w*
            | \bpeau\s+(?:blanche | claire)
        """),
        unless=r"conna[îi]ssance|connaissez|r[ée]seau\s+local",
        suggestion="connaissance du secteur",
    ),
    # -- residence
    rule(
        "residence",
        rx(r"""
            \b(?:habitant | r[ée]sidant | vivant | domicili[ée]\S* | logeant)\s+
            (?:dans\s+)?(?:les | le)\s+(?:beaux | bons | riches)\s+quartiers\b
            | \bbeaux\s+quartiers\b
            | \bprofils?\s+(?:
                  parisiens | banlieusards | provinciaux | de\s+banlieue | des\s+cit[ée]s
              )\b
            | \b(?:habitant | r[ée]sidant | vivant | domicili[ée]\S*)\s+(?:
                  en\s+dehors | hors | loin
              )\s+(?:de\s+ | d' | du\s+)?[\w\s'-]{1,25}
            | \bpropri[ée]taire\s+de\s+(?:votre | son | sa)\s+(?:
                  logement | r[ée]sidence | maison | appartement
              )
            | \bcompte\s+(?:bancaire\s+)?(?:dans | aupr[eè]s\s+d')\s*une\s+banque\s+\w+
        """),
        suggestion="poste basé à [lieu]",
    ),
    # -- diploma
    rule(
        "diploma_rigid",
        rx(r"""
            \bpas\s+de\s+vae\b
            | \b(?:pas | aucune)\s+d'?[ée]quivalences?\b
            | \bsans\s+[ée]quivalence
            | \bvae\s+(?:non | pas)\s+accept\w*
            # « la VAE n'est pas acceptée », « la VAE ne sera pas prise en compte »
            | \bvae\s+(?:n'est | ne\s+sera | ne\s+peut\s+[êe]tre)\s+(?:pas | jamais)\s+(?:
                  accept | reconnu | admis | pris\w*\s+en\s+compte | valid
              )\w*
            | \b(?:dipl[ôo]me | master | bac\s*\+\s*\d | [ée]cole)\s+(?:\w+\s+){0,2}ou
              \s+rien\b
            | \breconversions?\s+(?:ne\s+sont\s+pas | non | pas)\s+(?:
                  accept | consid[ée]r | retenu
              )\w*
            | \bsans\s+(?:bac\s*\+\s*\d | dipl[ôo]me | master)[^,.;]{0,20},?\s+
              (?:votre\s+)?(?:cv | candidature)\s+ne\s+sera\s+pas\s+\w+
        """),
        unless=r"r[ée]glement|d'[ée]tat|profession\s+r[ée]glement|\bloi\b|statut|ordre\s+des",
        suggestion="diplôme ou expérience équivalente",
    ),
    # -- career gap
    rule(
        "career_gap",
        rx(r"""
            \b(?:pas | aucun\w*)\s+(?:de\s+ | d')?(?:
                cong[ée]s?\s+(?:parental | sabbatique)\w*
                (?:\s+ou\s+(?:parental | sabbatique)\w*)?
                | trous?
                | p[ée]riodes?\s+d'inactivit[ée]
                | interruptions?\s+de\s+carri[èe]re
            )(?:\s+(?:dans | de | sur)\s+[\w\s]{1,30})?
            | \bjustifier\s+(?:chaque | tout | toute | les)\s+(?:
                  trou | p[ée]riode | interruption
              )\w*
        """),
        unless=r"\bbienvenu|\baccept|\bpas\s+de\s+probl[èe]me|\bvalori",
        suggestion="parcours variés bienvenus",
    ),
    # -- driving
    rule(
        "driving_licence",
        rx(r"""
            \bpermis\s+(?:b\s+)?et\s+v[ée]hicule\s+(?:
                personnel | exig\w* | indispensable\w*
            )
            | \bv[ée]hicule\s+personnel\s+(?:exig | obligatoire | indispensable | requis)
              \w*
        """),
        unless=_DRIVING_REASON,
        suggestion="mobilité selon les besoins du poste",
    ),
]

EN = [
    # -- schools
    rule(
        "school_prestige",
        rx(
            r"""
                {_SCHOOL_LIST}
                | \b{_SCHOOLS}\s+or\s+nothing\b
                | \b(?:top | tier[- ]?(?:1 | one))\s*\d*\s+(?:
                      schools? | universit(?:y | ies) | business\s+schools?
                  )\s+only\b
            """,
            _SCHOOL_LIST=_SCHOOL_LIST,
            _SCHOOLS=_SCHOOLS,
        ),
        unless=_SCHOOL_PARTNER,
        # schools given as examples of a requirement already said: « (HEC, ESSEC...) »
        not_after=r"(?:\(|type|comme|such\s+as|e\.g\.|like|ex\.|notamment)[^()]{0,40}$",
        suggestion="a relevant degree or equivalent experience",
    ),
    # -- religion
    rule(
        "religion",
        rx(r"""
            \b(?:church | mosque | synagogue | temple)\s+attendance
            | \bstate\s+your\s+(?:faith | religion)(?:\s+and\s+place\s+of\s+worship)?
            | \bplace\s+of\s+worship\b
            | \b(?:practising | practicing | devout | committed)\s+(?:
                  catholic | christian | muslim | jew | hindu | sikh | protestant
              )\w*
            | \b(?:catholic | christian | muslim | jewish | hindu | sikh | protestant)s?
              \s+(?:only | preferred | candidates | applicants)\b
        """),
        unless=r"\bhalal\s+option|\bprayer\s+room|\bquiet\s+room|\bwe\s+(?:accommodate|respect)",
        suggestion=None,
    ),
    # -- opinions
    rule(
        "union_political",
        rx(r"""
            \bvotes?\s+(?:
                accordingly
                | conservative
                | labour
                | tory
                | green
                | left
                | right
                | for\s+(?:the\s+)?(?:
                      party | conservatives | labour | republicans | democrats
                  )
            )
            | \b(?:shares? | share\s+our)\s+(?:our\s+)?(?:
                  conservative | progressive | left-wing | right-wing | liberal
                  | political
              )\s+(?:values | views)
        """),
        suggestion="shares our commitment to our customers",
    ),
    # -- family
    rule(
        "family_pregnancy",
        rx(r"""
            \bchildless\b
            | \bchild-?free\b
            | \b(?:candidates | applicants | people | those | parents)\s+with\s+
              (?:
                  young\s+ | small\s+
              )?(?:children | kids | dependants | toddlers)
        """),
        context=r"\bnot\b|n't|\bno\b|need\s+not|unsuitable|prefer|ideally|mostly|only",
        unless=r"\bwelcome|\bencourag|\bsupport|\bflexib|childcare|nursery|parental\s+leave",
        suggestion=None,
    ),
    # -- availability
    rule(
        "excessive_availability",
        rx(r"""
            \bunlimited\s+availability
            | \bno\s+right\s+to\s+disconnect
            | \bday\s+and\s+night\b
            | \beven\s+(?:on | during)\s+(?:your\s+)?(?:
                  holidays? | vacations? | annual\s+leave
              )
        """),
        unless=r"\bpaid\b|\bcompensat|\bon-call\s+(?:allowance|pay)|\bservice\b|\bmonitoring",
        suggestion="defined working hours",
    ),
    # -- data
    rule(
        "personal_data",
        rx(r"""
            \b(?:what\s+was\s+)?your\s+(?:current | previous | last | past)\s+(?:
                salary | pay | day\s+rate | compensation | package | earnings
            )\w*(?:\s+(?:at | in)\s+[\w\s]{1,30}?(?=[?.,;] | $))?
            | \bsalary\s+in\s+your\s+(?:last | previous | current)\s+[\w\s]{1,20}?
              (?=
                  [?.,;] | $
              )
            | \b(?:instagram | facebook | linkedin | tiktok | twitter | social\s+media)\s+
              (?:and\s+\w+\s+)?(?:login | password | credentials)s?
        """),
        unless=r"\bexpectations?\b|\bwe\s+(?:will\s+)?(?:never|don't|do\s+not)\s+ask",
        suggestion="your salary expectations",
    ),
    # -- age
    rule("age", _CEILING, suggestion="at least 5 years of experience"),
    rule("age", _CLASS_OF, context=_CLASS_ONLY, suggestion="graduate"),
    rule(
        "age",
        rx(r"""
            \bgraduated\s+(?:
                less\s+than\s+\w+\s+years?\s+ago
                | (?:with)?in\s+the\s+(?:last | past)\s+\w+\s+years?
            )
            | \bstill\s+early\s+(?:enough\s+)?in\s+(?:their | your | his | her)\s+career
            | \b(?:close\s+to | near(?:ing)? | approaching)\s+retirement\b
        """),
        unless=r"\bwelcome|\bencourag|\bopen\s+to|\bpension\s+(?:plan|scheme)|retirement\s+plan",
        suggestion="at any stage of their career",
    ),
    rule(
        # "a young, hungry Account Executive": youth listed with the hire's qualities
        "age",
        rx(r"""
            \byoung\s*(?:, | and)\s+(?!
                compan | team | start | business | brand | firm | market | industry
                | growing | fast
            )[a-z-]+
        """),
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
        rx(r"""
            \b(?:team | crew | bunch | group)\s+of\s+(?:\w+\s+){0,2}(?:
                guys | lads | blokes | dudes | chaps
            )\b
            | \b(?:young | the)\s+(?:guys | lads | blokes)\b
            | \bone\s+of\s+the\s+(?:guys | lads | boys)\b
        """),
        unless=r"\bhi\s+guys|\bhey\s+guys|\bguys\s+and\s+gals",
        suggestion="team",
    ),
    rule(
        # a man, a woman, a mother sought: "a strong man", "a young mum", "a lady"
        "sex_gender",
        rx(r"""
            \ba\s+(?:
                strong | young | tough | real | reliable | mature | friendly | smart
                | nice | pretty
            )\s+(?:man | woman | lady | guy | girl | gentleman | mum | mom | mother)\b
            | \byoung\s+(?:mum | mom | mother)s?\b
            | \b(?:a | the)\s+lady\b
            | \bmust\s+identify\s+as\s+(?:a\s+)?\w+
        """),
        context=r"look|seek|want|need|hire|ideal|candidate|you|apply|prefer|must|only|role",
        unless=r"customers?|clients?|patients?|residents?|users?|parental\s+leave|childcare",
        suggestion="a person",
    ),
    # -- culture fit
    rule(
        "culture_fit",
        rx(r"""
            \b(?:party | partying)\s+hard\b
            | \blove[sd]?\s+to\s+party\b
            | \bshots\b
            | \bpints\b
            | \bbeer\s+test\b
            | \bdrinking\s+(?:culture | games? | sessions?)
            | \blate\s+nights?\s+out\b
            | \bnights?\s+out\s+(?:are | is)\s+\w+
            | \bpranks?\b
            | \bbanter\b
            | \bwork\s+hard,?\s+play\s+hard
            | \b(?:only | just)\s+the\s+(?:strong | tough)(?:est)?\s+survive
            | \b(?:drinks | socials | nights\s+out | team\s+events)\s+(?:are | is)\s+
              (?:
                  mandatory | compulsory | part\s+of\s+the\s+job | non-negotiable
              )
        """),
        unless=r"\boptional\b|\bno\s+pressure\b|\bnot\s+(?:mandatory|compulsory|required)",
        suggestion="a supportive team",
    ),
    # -- health
    rule(
        "health_disability",
        rx(r"""
            \bno\s+(?:one\s+with\s+(?:a\s+)?)?(?:history | record)\s+of\s+
            (?:[\w-]+\s+){0,2}(?:
                burn-?out | depression | illness | mental | back | injur | sick | disease
                | cancer | anxiety | stress | medical | health | surgery | condition
            )\w*
            | \bno\s+(?:long-term | chronic | serious | mental | physical)\s+(?:
                  illness | condition | disease | health\s+(?:issue | problem)
              )\w*
            | \bnever\s+(?:have\s+ | having\s+)?(?:taken | had | needed)\s+(?:any\s+)?
              (?:
                  sick\s+leave | sick\s+days | time\s+off\s+sick
              )
            | \b(?:excellent | perfect | flawless)\s+(?:
                  physical\s+and\s+mental\s+ | physical\s+ | mental\s+
              )?health\b
        """),
        suggestion="able to perform the essential duties, with reasonable adjustments",
    ),
    # -- origin
    rule(
        "origin_nationality",
        rx(r"""
            \bborn[- ](?:and[- ]raised | in[- ](?:the[- ])?(?!\d)[a-z]{2,})\b
            | \broots\s+in\s+(?:the\s+)?(?:
                  city | region | area | town | county | country | community
              )\b
            | \bcaucasian\b
            | \bwhite\s+(?:british | european | profile | candidates? | person | people)\b
        """),
        not_after=rx(r"""
            (?:
                company | we\s+were | business | startup | start-up | brand | idea
                | project
            )\s+(?:was\s+)?$
        """),
        suggestion="with knowledge of the local area",
    ),
    rule(
        "origin_nationality",
        rx(r"""
            \b(?:an?\s+)?(?:eu | uk | us | european | british | french | american)\s+
            (?:
                passport | citizen(?:ship)? | national(?:ity)?
            )\b(?:\s*\([^)]{0,30}\))?
        """),
        context=r"must|required|only|need|hold|be\s+an?|essential|mandatory|\bno\b",
        unless=_STATUTE,
        suggestion="the right to work in the country",
    ),
    rule(
        "origin_nationality",
        rx(
            r"""
                \b{_NATIONS}(?:\s+or\s+{_NATIONS})?\s+(?:
                    only | preferred | staff | workers | candidates | nationals | applicants
                    | profiles?
                )\b
                | \b(?:prefer | ideally | only)\s+(?:\w+\s+)?{_NATIONS}(?:\s+or\s+{_NATIONS})?
                  \b
            """,
            _NATIONS=_NATIONS,
        ),
        unless=rx(
            r"""
                {_LANGUAGE}
                | market
                | clients?
                | customers?
                | cuisine
                | food
                | {_STATUTE}
            """,
            _LANGUAGE=_LANGUAGE,
            _STATUTE=_STATUTE,
        ),
        suggestion="candidates with the right to work",
    ),
    # -- residence
    rule(
        "residence",
        rx(r"""
            \bmust\s+(?:currently\s+ | already\s+)?(?:live | reside)\s+in\b[^.;\n]{0,40}
            | \b(?:living | residing)\s+(?:outside | beyond | far\s+from)\s+[\w\s-]{1,25}?
              (?=\s+(?:need | will | are | should | cannot | can't | won't)\b)
            | \b(?:already\s+)?own\s+(?:a | your | their)\s+(?:
                  home | house | property | flat
              )\b
            | \bbank\s+account\s+with\s+an?\s+[\w\s-]{1,25}?bank\b
        """),
        suggestion="able to work at [location]",
    ),
    # -- diploma
    rule(
        "diploma_rigid",
        rx(r"""
            \b(?:degree | diploma | masters? | phd)\s+or\s+nothing\b
            | \bno\s+(?:(?!or\b)\w+\s+)?equivalents\b
            | \bequivalent\s+(?:\w+\s+){0,3}experience\s+(?:
                  will\s+not | won't | is\s+not | does\s+not
              )\s+(?:be\s+)?(?:considered | accepted | count)\w*
            | \bno\s+exceptions?,?\s+regardless\s+of\s+(?:your\s+)?experience
            | \bcareer\s+changers?\s+(?:need\s+not | will\s+not | won't)\s+\w+
        """),
        context=r"degree|diploma|master|phd|bachelor|qualification|equivalen|graduat",
        unless=r"regulat|licen[cs]ed|by\s+law|statutory|registered\s+nurse",
        suggestion="or equivalent experience",
    ),
    # -- career gap
    rule(
        "career_gap",
        rx(r"""
            \b(?:zero | no | any | every | each | all)\s+(?:unexplained\s+)?(?:
                gaps? | breaks?
            )\s+in\s+(?:your | his | her | their | the)\s+(?:
                cv | resume | r[ée]sum[ée] | career | employment(?:\s+history)?
            )(?:\s+longer\s+than\s+[\w\s]{1,15}?(?=[,.;] | $))?
            | \bexplain\s+(?:every | each | all | any)\s+(?:gaps? | breaks?)[\w\s]{0,40}?
              (?=
                  [,.;] | $
              )
            | \bcareer\s+breaks?\b[^.;]{0,60}?(?:
                  red\s+flags? | not\s+(?:a\s+)?fit | not\s+be\s+considered | disqualif\w*
              )
            | \breturners?\b[^.;]{0,60}?(?:
                  not\s+a\s+(?:good\s+)?fit | need\s+not\s+apply | not\s+be\s+considered
              )
        """),
        despite=rx(r"""
            red\s+flag
            | not\s+a\s+(?:good\s+)?fit
            | need\s+not
            | not\s+be\s+considered
            | unfortunately
        """),
        suggestion="varied career paths welcome",
    ),
    # -- driving
    rule(
        "driving_licence",
        rx(r"""
            \b(?:driver'?s | driving)\s+licen[cs]e\s+and\s+(?:your\s+ | a\s+ | their\s+)?
            own\s+(?:car | vehicle)
            | \ba\s+car\s+and\s+a\s+(?:\w\s+)?(?:driving\s+)?licen[cs]e\b
        """),
        unless=_DRIVING_REASON,
        suggestion="able to travel to the workplace",
    ),
]
