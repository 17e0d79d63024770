"""Regex fragments shared by the French and English rules."""

from employers.wording.rules import rx

# A non-discrimination statement in the same sentence neutralises protected-ground words:
# "sans distinction d'âge, de sexe, d'origine...", "regardless of religion...".
EQUAL_OPPORTUNITY = rx(r"""
    sans\s+distinction
    | sans\s+consid[eé]ration\s+d
    | sans\s+tenir\s+compte\s+d
    | quel(?:le)?s?\s+que\s+soi(?:en)?t
    | sans\s+discrimination
    | ind[eé]pendamment\s+d
    | regardless\s+of
    | irrespective\s+of
    | without\s+regard\s+to
    | equal\s+opportunit
    | [eé]galit[eé]\s+des\s+chances
    | non-?discrimination
    | n'(?:est | sont)\s+pas\s+(?:un | des)\s+crit[eè]res?
    | (?:is | are)\s+not\s+(?:a\s+)?(?:criteri | factor)
    | do(?:es)?\s+not\s+discriminate
    | toutes\s+origines
    | all\s+backgrounds
    | dans\s+le\s+respect\s+d
    # "whatever your native language", "any mother tongue is welcome"
    | \bwhatever\s+(?:your | their)\b
    | \bany\s+(?:\w+\s+){1,2}(?:is | are)\s+welcome
""")

# Positive action (lawful: L.1133-4, L.5213-6, emplois francs) reads "we welcome X".
POSITIVE_ACTION = rx(r"""
    encourag
    | bienvenu
    | \b(?:are | is | all)\s+(?:\w+\s+)?welcome\b
    | \bwe\s+(?:\w+\s+)?welcome\b
    | \bwelcome\s+(?:applications? | applicants? | candidates? | all)\b
    | handi-?accueillant
    # (each lookbehind after its word, so that exemptions keep their literal prefilters)
    | \brqth\b(?<!absence\sde\srqth)(?<!sans\srqth)(?<!pas\sde\srqth)
    | emplois?\s+francs
    | \bqpv\b
    | quartiers?\s+prioritaires?
    | am[eé]nag(?<!pas\sam[eé]nag)(?<!non\sam[eé]nag)
    | adjustment(?<!no\sadjustment)
    # (accommodation as lodging is no adjustment: "the staff accommodation is a shared flat")
    | accommodat(?<!no\saccommodat)(?<!site\saccommodat)(?<!staff\saccommodat)
      (?<!shared\saccommodat)(?<!free\saccommodat)
      (?!ion\s+(?:nearby\s+)?(?:is\s+|will\s+be\s+)?(?:not\s+)?(?:provided | included | a\s+
      | an\s+ | on\s+site))
    | nous\s+adaptons
    | we\s+adapt
    | ouverte?s?\s+(?:aux | [aà]\s+tou)
    | open\s+to\s+(?:all | people | candidates)
    | priorit[eé]\s+(?:aux | donn[eé]e)
    | favoris
""")

# A demand said not to be made is no demand: « Pas besoin d'une grande école », « le casier
# judiciaire n'est jamais demandé », "we never ask for your salary history".
NOT_DEMANDED = rx(r"""
    \bpas\s+besoin
    | \bn'(?:est | sont)\s+(?:pas | jamais)\s+(?:
          demand | exig | requis | n[eé]cessaire | obligatoire
      )
    | \bjamais\s+(?:demand | exig)
    | \bn'(?:est | sont)\s+(?:pas\s+ | jamais\s+)?attendu
    | \baucun\w*\b[^.;]{0,60}\bn'(?:est | sont)\s+(?:demand | exig | requis | attendu)
    | \bne\s+(?:\w+\s+)?(?:demandons | demanderons | exigeons)\s+(?:\w+\s+)?(?:pas | jamais)
    | \bno\s+need\b
    | \bnever\s+(?:ask | require | request)
    | \b(?:is | are)\s+(?:never | not)\s+(?:asked | required | requested | needed)
    | \bwe\s+(?:don't | do\s+not)\s+(?:ask | need | require)
""")

# A degree asked from a ranked or famous school is a demand of prestige (school_prestige says
# it), not one of level: "Degree from a Top 20 university required", « Master d'une grande
# école exigé » — unless the sentence goes on to refuse any equivalent.
_NO_EQUIVALENT = rx(r"""
    [eé]quivalen | \bno\s+exceptions? | \bsans\s+exception | \bsubstitute | \bne\s+remplace
    | \bvae\b | autodidact | self-taught | bootcamp | \bregardless | \bquel(?:le)?\s+que\s+soit
""")
RANKED_SCHOOL = rx(
    r"""
        (?:
            \btop[- ]?\d+\b | \brussell\s+group | \bivy\s+league | \boxbridge
            | \bgrandes?\s+[eé]coles? | \bprestigi | \b[eé]lites? | \bbest\s+universit
            | \bmeilleures?\s+[eé]coles | \bclassement | \branked\b | \brankings?\b
        )(?![^.;\n]{0,120}(?:{NO}))
    """,
    NO=_NO_EQUIVALENT,
)

# A diploma the law asks for, or one the employer offers to fund or accepts an equivalent of,
# is no rigid demand: « DEAES exigé », "required by professional standards", « diplôme requis
# par le statut », « la formation est prise en charge », "equivalent experience accepted".
LAWFUL_DIPLOMA = rx(r"""
    r[ée]glement | \bl[ée]gal | par\s+la\s+loi | par\s+les\s+textes | \bstatut\b
    | \bcode\s+(?:du | de\s+la | de\s+l') | \bd[ée]cret | \bordre\s+des\b | \bl'ordre\b
    | \bart(?:icle)?\.?\s*[lrd]\.?\s*\d | conditions?\s+d'(?:inscription | exercice | acc[èe]s)
    | dipl[ôo]mes?\s+d'[ée]tat | \blaw\b | statutory | regulat | professional\s+standards
    | \blicens(?:ing | ed)\b | \bdeaes\b | \bdeas\b | \bdeass\b | \bdecesf\b | \bdeme\b
    | \bamp\b | aide\s+m[ée]dico-psycho | \bide\b | \beje\b | \bbpjeps\b | \bcaces\b
    | \bssiap\b | \bcnaps\b | \bdea\b | \bbp\s+pr[ée]parateur
    | formation\s+(?:est\s+ | sera\s+)?(?:prise\s+en\s+charge | financ[ée]e | assur[ée]e)
    | \bnous\s+(?:vous\s+)?formons | \bwe\s+(?:will\s+)?(?:train | fund)\b
    | \bvae\b | en\s+cours\s+d'obtention | \balso\s+accepted | [ée]galement\s+accept
    | [ée]quivalen | \bequivalent\b
""")
# … unless the sentence refuses any alternative: « quelle que soit l'expérience », "no
# exceptions", « un master ne remplace pas le titre ».
RIGID_DIPLOMA = rx(r"""
  (?:
    quel(?:le)?\s+que\s+soit\s+(?:l'|votre\s+)exp[ée]rience | \bno\s+exceptions?\b
    | \bsans\s+exception | ne\s+rempla\w+\s+pas | ne\s+sauraient?\s+remplacer
    | \bnot\s+(?:consider | accept)\w*\s+(?:\w+\s+){0,3}?(?:experience | certifications?)
    | \bregardless\s+of\s+(?:your\s+)?experience | d'office | aucune\s+candidature\s+sans
    | \bno\s+(?:application | candidate)s?\s+without
    | (?:aucune\s+ | pas\s+d' | sans\s+ | \bno\s+ | \bnot?\s+an?\s+)(?:\w+\s+)?
      (?:[ée]quivalen | vae\b)
    | (?:[ée]quivalen | \bvae\b)\w*\s+(?:\w+\s+){0,3}?(?:
          not\b | non\b | n'est\s+pas | ne\s+ser | will\s+not | won't | is\s+not | are\s+not
      )
    | \bpas\s+de\s+vae | sans\s+d[ée]rogation
    | \b(?:will\s+not | won't | cannot | can't)\s+be\s+(?:considered | reviewed)
    | need\s+not\s+apply
  )
  # (no equivalent to a diploma the law requires: « pas d'équivalence : profession réglementée »)
  (?![^.\n]{0,80}(?:r[ée]glement | regulat | \blaw\b | \bl[ée]gal | diplômes?\s+d'[ée]tat))
""")

# Things listed as not asked: "No photo, no date of birth, no address", « ni photo, ni date
# de naissance », « pas de photo, pas d'adresse ».
NOT_ASKED_LIST = rx(r"""
    \bno\s+[\w ]{1,25},\s*no\s
    | \bni\s+[\w' ]{1,25},\s*ni\s
    | \bpas\s+d(?:e\s+|')[\w' ]{1,25},\s*(?:pas\s+d(?:e\s|') | ni\s)
""")
# A role or a model's body in a casting, lawful under R.1142-1 (« Casting réservé aux femmes
# conformément à l'article R.1142-1 », « Mannequins, taille 36-38 », « Book et mensurations »).
CASTING = rx(r"""
    \br\.?\s*1142 | \bcasting\b(?![@.]\w) | \bmannequins?\b | \bbook\s+(?:et | and | photo)
    | \br[ôo]les?\s+(?:f[ée]minin | masculin) | \b(?:female | male)\s+(?:role | lead)
""")

# Category-level exemptions applied to every rule of the category.
CATEGORY_UNLESS = {
    # (ages told as the team's diversity: « équipe jeune d'esprit et de tous âges »)
    "age": EQUAL_OPPORTUNITY
    + r"|\bde\s+tous\s+(?:les\s+)?[âa]ges\b|\bde\s+tout\s+[âa]ge\b|\bjeunes?\s+d'esprit\b"
    r"|\bof\s+all\s+ages\b"
    # (a body measure is no age: "BMI under 25", « IMC inférieur à 30 »)
    r"|\b(?:bmi|imc)\b"
    # (young graduates welcomed beside experienced people: « jeunes diplômé·es et personnes
    # expérimentées », "recent graduates and experienced hires alike")
    r"|\bjeunes\s+dipl[ôo]m\w*(?:\W\w+)?\s+(?:et|comme|ou)\s+(?:des\s+)?(?:personnes\s+|profils\s+)?"
    r"(?:exp[ée]riment|confirm|senior)"
    r"|\b(?:graduates|juniors?)\s+(?:and|or|as\s+well\s+as)\s+(?:\w+\s+)?(?:experienced|seniors?)"
    # (the public the job serves, with its ages: "activities for young people aged 11 to 17")
    r"|\b(?:young\s+people|children|kids|teenagers|jeunes|enfants|adolescent\w*)\s+"
    r"(?:aged|[âa]g[ée]s)\s+(?:de\s+|from\s+)?\d+\s+(?:to|[àa]|-)\s+1\d\b"
    # (the team's ages told as a spread: « notre équipe a entre 23 et 61 ans »)
    r"|\b(?:[ée]quipe|team|coll[èe]gues|colleagues)\b[^.;\n]{0,40}?\b(?:a|ont|are|aged)\s+"
    r"(?:entre|between|from)\s+\d+\s+(?:et|and|to)\s+\d+",
    "sex_gender": EQUAL_OPPORTUNITY + "|" + POSITIVE_ACTION + "|" + CASTING,
    # (a role in a casting, lawful under R.1142-1: « personnage de père de famille »)
    "family_pregnancy": EQUAL_OPPORTUNITY + r"|\bpersonnage|\br\.?\s*1142|\bcasting\b",
    "origin_nationality": EQUAL_OPPORTUNITY + "|" + NOT_DEMANDED,
    "native_language": EQUAL_OPPORTUNITY + "|" + NOT_DEMANDED,
    # (a physical demand with a safety reason: "height to reach the safety equipment")
    # (… and a hairdresser's diploma, « BP coiffure », is no hairstyle)
    "appearance": EQUAL_OPPORTUNITY
    + r"|\bsafety\b|\bs[ée]curit[ée]\b|\b(?:bp|cap|bm|mc)\s+coiffure"
    + "|"
    + CASTING,
    "health_disability": EQUAL_OPPORTUNITY + "|" + POSITIVE_ACTION,
    "religion": EQUAL_OPPORTUNITY + "|" + NOT_DEMANDED,
    # (a « comité syndical » or a « syndicat mixte » is a public body, not a union)
    "union_political": EQUAL_OPPORTUNITY
    + r"|comit[ée]\s+syndical|syndicats?\s+(?:mixtes?|intercommuna\w*|des\s+eaux|d'[ée]nergie)",
    "residence": EQUAL_OPPORTUNITY + "|" + POSITIVE_ACTION,
    "personal_data": EQUAL_OPPORTUNITY + "|" + NOT_DEMANDED + "|" + NOT_ASKED_LIST,
    "school_prestige": NOT_DEMANDED,
    "diploma_rigid": RANKED_SCHOOL + "|" + LAWFUL_DIPLOMA,
    "career_gap": r"welcom|bienvenu|encourag|returners?|retour\s+[aà]\s+l'emploi|ouverte?s?\s+aux?"
    # (« nous accueillons volontiers les candidatures … après une interruption de carrière »)
    r"|\baccueill\w*\s+(?:\w+\s+)?(?:les\s+)?candidatures"
    r"|open\s+to"
    # a gap said to be no obstacle: « … ? Ce n'est pas un sujet pour nous. »
    r"|pas\s+un\s+(?:sujet|probl[eè]me|frein|souci|obstacle)|aucun\s+(?:souci|probl[eè]me)"
    r"|not\s+(?:an?\s+)?(?:issue|problem|obstacle|concern|barrier)"
    r"|\b(?:are|is)\s+(?:fine|ok|okay)\s+(?:with|by)\s+us",
}

# What no exemption outweighs (``Rule.despite`` for every rule of a category):
# - customers' or partners' taste given as the reason: never a legal aim (CJEU, Bougnaoui,
#   C-188/15), so the clients named next to it are no job reason ("Asian candidates
#   preferred to match our client base", « clientèle majoritairement féminine »);
CUSTOMERS_PREFERENCE = rx(r"""
    \bto\s+match\s+(?:our\s+ | the\s+)?(?:clients? | customers? | guests? | patients? | clientele)
    | \b(?:client | customer | guest)\s+base\b
    | \b(?:our\s+)?(?:clients? | customers? | guests?)\s+(?:prefer | expect | like | want | feel)
    | \b(?:clients? | customers?)'?\s+(?:preferences? | tastes? | expectations?)
    | \bcorrespond\w*\s+[aà]\s+(?:notre | la | nos)\s+client
    | \bclients?\s+(?:pr[eé]f[eè]r | aiment | attend | veul | souhait)
    | \bclient[eè]le\s+(?:majoritairement | essentiellement | principalement | surtout)
    | \bpour\s+(?:rassurer | plaire\s+[aà])\s+(?:nos | la | notre)\s+client
""")
# - the lawful alternative refused: a valid permit said not to be enough is no "right to
#   work" exemption ("EU passport holders only — valid work permits are not enough").
PERMIT_REFUSED = rx(r"""
    \b(?:visas? | work\s+permits? | permis\s+de\s+travail | titres?\s+de\s+s[eé]jour
      | autorisations?\s+de\s+travail)\b[^.;\n]{0,30}?\b(?:
        not\s+(?:enough | sufficient | accepted | considered) | won't\s+do | insuffisant
        | ne\s+suffi | non\s+accept | pas\s+accept | refus
    )
    | \beven\s+with\s+(?:a\s+)?(?:valid\s+)?(?:visa | work\s+permit)
    | \bm[eê]me\s+(?:avec\s+)?(?:un\s+)?(?:titre | visa | permis)\s+(?:de\s+\w+\s+)?valide
""")
CATEGORY_DESPITE = {
    "origin_nationality": CUSTOMERS_PREFERENCE + "|" + PERMIT_REFUSED,
    "sex_gender": CUSTOMERS_PREFERENCE,
    "age": CUSTOMERS_PREFERENCE,
    "appearance": CUSTOMERS_PREFERENCE,
    "religion": CUSTOMERS_PREFERENCE,
    "native_language": CUSTOMERS_PREFERENCE,
    "diploma_rigid": RIGID_DIPLOMA,
}

# Rest of a word, including inclusive-writing marks: "souhaité·e", "souhaité(e)s".
W = r"[\w\u00b7]*(?:\([a-z]{1,5}\)[\w\u00b7]*)?"

# Ages that can only be about people (keeps "moins de 10 km", "3 ans d'existence" out).
AGE = r"(?:1[6-9]|[2-6]\d)"
