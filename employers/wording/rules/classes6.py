"""Rules by class, seventh round (issue 21): ways of saying a ground that earlier rounds did
not list, named from the misses of an independent set (G) and written from the language, each
with its lawful neighbours as exemptions:

- career gap: only people in a job now, a gap longer than some months as a refusal, past
  long-term sick leave held against someone (also a health ground);
- health: people with an illness, a disability or reduced mobility turned away (even when the
  sentence names the RQTH), a medical certificate of no illness with the application;
- sex: a woman or a man sought by any verb (« nous cherchons un homme de terrain »), « pas une
  fille », real males;
- religion: a faith asked of staff, worship expected, neutrality beyond working time, people
  refused for their religious reasons;
- residence: a post reserved for the people living somewhere;
- looks: photos of one's face and body, clothing sizes, a look or a type, embodying a brand's
  image, elegance demanded;
- accent: « sans accent », an accent named as a demand;
- origin: people « de culture européenne »;
- prestige: the first schools of a ranking, « Groupe A »;
- unions and politics: elected office or party activity asked about or held against someone;
- culture: drinking and parties as part of the job, non-drinkers, privacy as a misfit, hiring
  by referral only;
- availability: « les 35 heures, c'est le mercredi », availability without any compensation,
  those who leave on time looked down on;
- family: people without young children preferred, the partner's job asked, parental leave
  denied;
- age: a stage of life past an age as a reason;
- coded words: « un battant, un gagnant », a hunger to win.

French rules here, English ones in ``classes6_en``. Patterns are folded and case-insensitive;
see ``rules/__init__``.
"""

from employers.wording.rules import rule, rx
from employers.wording.rules.common import AGE, W
from employers.wording.rules.fr_words import NOT_ASKED, ONLY, PREFER, REFUSED, REFUSING, REQ

# A refusal or a condition, said in any of the ways French offers say it.
_TURNED_AWAY = rx(
    r"""
        {REFUSED} | {REFUSING} | \brefus\w* | \b[ée]liminatoire | \br[ée]dhibitoire | \bdisqualifi
        | \bn'emplo\w*\s+pas | \bne\s+(?:pouvons | pourrons | pourront | peut | peuvent)\s+pas
        | \bpas\s+(?:pour\s+(?:toi | vous) | (?:ta | votre | sa)\s+place | le\s+bon\s+endroit)
        | \bnous\s+[ée]cartons | \bmotif\s+de\s+refus
    """,
    REFUSED=REFUSED,
    REFUSING=REFUSING,
)
_DEMAND = rx(
    r"""
        {ONLY} | {REQ} | {PREFER} | {TURNED} | \bprivil[ée]gi\w* | \bpr[ée]f[ée]r\w*
        | \bne\s+postuler\s+que | \bque\s+si\b | \battend\w* | \bdevez | \bdoi[tv]\w*
    """,
    ONLY=ONLY,
    REQ=REQ,
    PREFER=PREFER,
    TURNED=_TURNED_AWAY,
)

_LEISURE = rx(r"""
    (?:
        # (every short form written out: « pubs? » would be looked for at every « public »)
        soir[ée]es? | ap[ée]ros? | afterworks? | f[êe]tes? | pub | pubs
        | open\s+bar | open\s+bars | bi[èe]res? | au\s+bar
    )
""")
# outings said optional, or drinks as the trade
_OPTIONAL = rx(r"""
    facultati | optionnel | \blibre | jamais\s+oblig | pas\s+oblig | aucune\s+obligation
    | \bpas\s+(?:d'|de\s+)[\w']+\s+obligatoire | sans\s+alcool | barman | barmaid | serveu
    | brasseri | sommeli | traiteur | [ée]v[ée]nementiel | animat
""")

FR = [
    # ------------------------------------------------------------------------ career gap
    rule(
        # only people in a job now: « ne postulez que si vous êtes actuellement en poste »
        "career_gap",
        rx(
            r"""
                \b(?:actuellement | aujourd'hui)\s+(?:
                    en\s+(?:poste | activit[ée] | emploi | cdi) | salari[ée]{W} | employ[ée]{W}
                )
                | \boccup(?:ez | es | ant | ent)\s+actuellement\s+un\s+(?:poste | emploi)
                | \ben\s+poste\s+actuellement
            """,
            W=W,
        ),
        context=_DEMAND,
        suggestion="quelle que soit votre situation actuelle",
    ),
    rule(
        # a gap longer than some time as a refusal: « tout creux de plus de 6 mois est
        # éliminatoire »
        "career_gap",
        rx(r"""
            \b(?:
                interruptions? | creux | trou | trous | inactivit[ée] | coupures?
                | p[ée]riodes?\s+(?:d'inactivit[ée] | sans\s+(?:emploi | activit[ée])
                | de\s+ch[ôo]mage)
                | pauses?\s+(?:professionnelles? | de\s+carri[èe]re)
            )\s+(?:[\w'\u00b7]+\s+){0,3}?(?:
                plus\s+de | sup[ée]rieur\w*\s+[àa] | d[ée]passant | au-del[àa]\s+de
                | d'au\s+moins | de\s+plus\s+de
            )\s+(?:\d+ | un | une | deux | trois | quatre | six | douze)\s+
            (?:mois | ans? | ann[ée]es? | semaines)
        """),
        context=_TURNED_AWAY,
        suggestion="tous les parcours sont étudiés",
    ),
    *(
        rule(
            # past long-term sick leave held against someone (a gap, and a health ground)
            category,
            rx(r"""
                \barr[êe]ts?\s+(?:de\s+)?maladie\s+(?:de\s+)?(?:
                    longue\s+dur[ée]e | prolong[ée]s? | r[ée]p[ée]t[ée]s? | longs?
                )
                | \bcong[ée]s?\s+(?:de\s+)?longue\s+(?:maladie | dur[ée]e)
                | \blongue\s+maladie
            """),
            context=_TURNED_AWAY,
            despite=_TURNED_AWAY,
            suggestion=suggestion,
        )
        for category, suggestion in (
            ("career_gap", "tous les parcours sont étudiés"),
            ("health_disability", "aménagements possibles sur demande"),
        )
    ),
    # ---------------------------------------------------------------------------- health
    rule(
        # people with an illness, a disability or reduced mobility turned away, even when
        # the sentence names the RQTH: « les personnes à mobilité réduite ne pourront pas être
        # embauchées »
        "health_disability",
        rx(
            r"""
                \b(?:personnes? | candidat{W} | profils? | salari[ée]{W} | agents?)\s+(?:
                    porteu\w+\s+d'une? | atteint{W}\s+d'une? | souffrant\s+d'une?
                    | ayant\s+(?:eu\s+)?(?:une? | des) | avec\s+une? | b[ée]n[ée]ficiant\s+d'une?
                    | [àa] | en\s+situation\s+de | titulaires?\s+d'une?
                )\s*(?:
                    maladies? | pathologies? | handicaps? | rqth | mobilit[ée]\s+r[ée]duite
                    | troubles? | ant[ée]c[ée]dents? | probl[èe]mes?\s+de\s+sant[ée] | affections?
                )
            """,
            W=W,
        ),
        context=_TURNED_AWAY,
        despite=_TURNED_AWAY,
        suggestion="aménagements possibles sur demande",
    ),
    rule(
        # a medical certificate of no illness with the application (fitness is checked by the
        # occupational physician once hired)
        "health_disability",
        rx(r"""
            \b(?:certificat | attestation)\s+m[ée]dical\w*\s+(?:[\w'\u00b7]+\s+){0,2}?(?:
                l'absence\s+de | absence\s+de | bonne\s+sant[ée]
            )(?:\s+(?:toute\s+)?(?:maladie | pathologie)\w*(?:\s+chronique\w*)?)?
        """),
        unless=r"m[ée]decine\s+du\s+travail|apr[èe]s\s+(?:l'|votre\s+)?embauche|" + NOT_ASKED,
        suggestion="aptitude vérifiée par la médecine du travail après l'embauche",
    ),
    # ------------------------------------------------------------------------------- sex
    rule(
        # a woman or a man sought by any verb: « nous cherchons un homme de terrain », « la
        # direction attend une femme »
        "sex_gender",
        rx(r"""
            \b(?:
                cherch | recherch | souhait | voul | veut | veulent | privil[ée]gi
                | pr[ée]f[ée]r | recrut | attend | embauch
            )\w*\s+(?:[\w']+\s+){0,2}?(?:
                une\s+(?:jeune\s+)?(?:femme | fille | dame) | un\s+(?:jeune\s+)?(?:homme | gar[çc]on
                | monsieur) | des\s+(?:hommes | femmes | filles | gar[çc]ons)
                | candidatures?\s+(?:d'hommes | de\s+femmes | masculines | f[ée]minines)
            )\b(?!\s+(?:de\s+m[ée]nage | ou\s+un | ou\s+une | et\s+des | ou\s+des))
        """),
        unless=r"\b(?:femmes?|hommes?)\s+(?:et|ou)\s+(?:des\s+)?(?:hommes?|femmes?)\b|parit",
        suggestion="une personne (H/F)",
    ),
    rule(
        # « pas une fille », « pas de femmes », « de vrais mâles »
        "sex_gender",
        rx(r"""
            \bpas\s+(?:une? | de | d')\s*(?:fille | filles | femme | femmes | gar[çc]on | gar[çc]ons
            | homme | hommes | nana | nanas)\b(?!\s+de\s+m[ée]nage)
            | \bm[âa]les\b(?<=vrais\smales) | \bbonhommes\b(?<=vrais\sbonhommes)
            | \bentre\s+mecs\b
        """),
        unless=r"\b(?:femmes?|hommes?)\s+(?:et|ou)\s+(?:des\s+)?(?:hommes?|femmes?)\b",
        suggestion="une personne (H/F)",
    ),
    # -------------------------------------------------------------------------- religion
    rule(
        # a faith asked of staff: « le personnel ne doit pas être de confession différente »
        "religion",
        rx(r"""
            \b(?:de\s+)?confession\s+(?:
                diff[ée]rente | catholique | chr[ée]tienne | musulmane | juive | protestante
                | isra[ée]lite | orthodoxe | bouddhiste | hindoue | [ée]vang[ée]lique
            )
            | \bde\s+foi\s+(?:catholique | chr[ée]tienne | musulmane | juive | protestante)
        """),
        context=_DEMAND,
        suggestion="dans le respect des convictions de chacun·e",
    ),
    rule(
        # worship expected: « la participation à la messe de rentrée est attendue »
        "religion",
        rx(r"""
            \b(?:participation | pr[ée]sence | assistance)\s+(?:[àa]\s+)?(?:la\s+ | aux?\s+ | les\s+
            | l')?(?:messes? | pri[èe]res? | offices?\s+religieux | c[ée]l[ée]brations?
            \s+religieuses? | cultes? | cat[ée]ch[èe]se | p[èe]lerinages?)
            | \b(?:assister | aller | participer)\s+[àa]\s+(?:la\s+ | l')?(?:messe | pri[èe]re
            | office)
        """),
        context=rx(
            r"""
                {REQ} | \battendu\w* | \bsouhait\w* | \bappr[ée]ci\w* | \bun\s+plus
                | \bcompte\s+sur
            """,
            REQ=REQ,
        ),
        unless=r"facultati|libre|aucune\s+obligation|pas\s+oblig|optionnel|si\s+vous\s+le\s+souhait",
        suggestion="dans le respect des convictions de chacun·e",
    ),
    rule(
        # neutrality beyond working time: « neutralité religieuse, y compris pendant la pause
        # déjeuner et en dehors du service »
        "religion",
        r"\bneutralit[ée]\s+(?:religieuse|totale|absolue|stricte|compl[èe]te|confessionnelle)",
        context=rx(r"""
            \bpause | \ben\s+dehors | \bhors\s+(?:du\s+)?(?:service | temps | travail | heures)
            | \bvie\s+priv[ée]e | \br[ée]seaux\s+sociaux | \bweek-?ends? | \bdomicile
            | \btrajets?
        """),
        suggestion="neutralité dans l'exercice des missions, selon le règlement intérieur",
    ),
    rule(
        # people refused for their religious reasons: « les personnes qui ne mangent pas de
        # porc pour des raisons religieuses ne conviendront pas »
        "religion",
        rx(
            r"""
                \b(?:pour\s+des\s+)?raisons?\s+religieuses?
                | \bconvictions?\s+religieuses?
                | \bpratiquant{W}
            """,
            W=W,
        ),
        context=_TURNED_AWAY,
        suggestion="dans le respect des convictions de chacun·e",
    ),
    # ------------------------------------------------------------------------- residence
    rule(
        # a post reserved for the people living somewhere: « réservé aux habitant·es de … »
        "residence",
        rx(
            r"""
                \b(?:habitant | r[ée]sident | domicili[ée])[\w\u00b7]*(?:\([a-z]{1,5}\))?\s+
                (?:de\s+la\s+ | de\s+l' | du\s+ | des\s+ | de\s+ | d' | [àa]\s+ | en\s+ | sur\s+)
                [\w'-]+
            """,
        ),
        context=rx(
            r"""
                {ONLY} | {REQ} | {TURNED} | \br[ée]serv
            """,
            ONLY=ONLY,
            REQ=REQ,
            TURNED=_TURNED_AWAY,
        ),
        unless=r"logement\s+de\s+fonction|gardien|concierge|astreinte|\bpublics?\b|usagers",
        suggestion="poste basé à [lieu de travail]",
    ),
    # ------------------------------------------------------------------------ appearance
    rule(
        # photos of one's face and body with the application: « 2 photos (visage et pied) »
        "appearance",
        rx(r"""
            \b(?:\d | deux | trois | quatre)\s+photos?\b
            | \bphotos?\s+(?:en\s+pied | de\s+plain-pied | du\s+visage | (?:de\s+)?visage\s+et
            | (?:en\s+)?corps\s+entier | de\s+(?:la\s+)?silhouette)
            | \bphotos?\s*\(\s*(?:visage | pied | corps)
        """),
        context=r"envo|joind|jointe|candidature|\bcv\b|avec\s+(?:votre|ton)|dossier",
        # (a casting named as an e-mail box is no casting)
        unless=NOT_ASKED + r"|mannequin|casting(?!@)|r\.?\s*1142|com[ée]dien|figura|r[ôo]le",
        suggestion="CV et lettre de motivation",
    ),
    rule(
        # clothing sizes, a look or a type: « taille 36-38 », « type méditerranéen »
        "appearance",
        rx(r"""
            \btaille\s+(?:3[2-9] | 4[0-6])(?:\s*(?:[-/\u2013] | [àa]\s)\s*(?:3[2-9] | 4[0-6]))?\b
            # (« de type européen » alone is an origin, said in ``fr_person``)
            | \b(?:physique | look | allure | style)\s+(?:
                m[ée]diterran[ée]en | europ[ée]en | nordique | asiatique | africain | caucasien
                | latin | scandinave | slave | maghr[ée]bin | parisien
            )\w*
        """),
        unless=r"mannequin|casting|r\.?\s*1142|uniforme|tenue\s+fournie|v[êe]tements?\s+fourni",
        suggestion="sens du contact client",
    ),
    rule(
        # embodying a brand's image, elegance demanded: « qui incarne l'image de la marque »
        "appearance",
        rx(r"""
            \b(?:incarne | incarner | incarnez | incarnes | repr[ée]sente | repr[ée]senter)\s+
            (?:[\w']+\s+){0,2}?(?:l'image | notre\s+image | l'esth[ée]tique | l'univers\s+visuel)
            | \b[ée]l[ée]gance\b(?=[^.;\n]{0,60}(?:exig | oblig | imp[ée]rati | requis
            | indispensable))
        """),
        unless=r"mannequin|casting|r\.?\s*1142",
        suggestion="sens du service et de l'accueil",
    ),
    # -------------------------------------------------------------------------- language
    rule(
        # an accent as a demand: « un français sans le moindre accent », « accent neutre exigé »
        "native_language",
        rx(r"""
            # (each begins at « accent », rarer than « sans »)
            \baccent\b(?<=sans\saccent) | \baccent\b(?<=sans\sd'accent)
            | \baccent\b(?<=le\smoindre\saccent) | \baccent\b(?<=sans\saucun\saccent)
            | \baccent\s+(?:neutre | parisien | fran[çc]ais | r[ée]gional | [ée]tranger | du\s+sud
            | marqu[ée] | natif | local)
        """),
        context=rx(
            r"""
                {REQ} | {ONLY} | {TURNED} | \bdevez | \bdoi[tv] | \bsouhait | \bsans\s+
                | \bpas\s+d' | \baucun
            """,
            REQ=REQ,
            ONLY=ONLY,
            TURNED=_TURNED_AWAY,
        ),
        suggestion="français courant à l'oral",
    ),
    # ---------------------------------------------------------------------------- origin
    rule(
        # people « de culture européenne »
        "origin_nationality",
        rx(r"""
            \bde\s+culture\s+(?:
                europ[ée]enne | occidentale | fran[çc]aise | latine | maghr[ée]bine | africaine
                | asiatique | nordique | slave
            )
        """),
        context=_DEMAND,
        suggestion="autorisation de travail en France",
    ),
    # --------------------------------------------------------------------------- prestige
    rule(
        # the first schools of a ranking, « Groupe A »: « des trois premières écoles du
        # classement », « école du Groupe A ou de rang équivalent »
        "school_prestige",
        rx(r"""
            \b(?:\d+ | deux | trois | quatre | cinq | dix | vingt)\s+premi[èe]re?s\s+
            (?:grandes\s+)?[ée]coles
            | \b[ée]coles?\s+(?:d'ing[ée]nieurs?\s+)?du\s+groupe\s+a\b
            | \b[ée]coles?\s+de\s+(?:premier\s+)?rang\b
        """),
        suggestion="formation en lien avec le poste",
    ),
    # ---------------------------------------------------------------- unions and politics
    rule(
        # elected office or party activity asked about or held against someone
        "union_political",
        rx(r"""
            \bmandats?\s+(?:[ée]lectifs? | syndicaux? | politiques?)
            | \b[ée]lu(?:e|es|s|\u00b7e|\u00b7es)?\s+(?:ou\s+candidat\S*\s+)?[àa]\s+une\s+
              [ée]lection
            | \bcandidat\S*\s+[àa]\s+une\s+[ée]lection
            | \bmilit\w+\s+(?:[\w']+\s+){0,2}?(?:parti | syndicat | mouvement)
            | \b(?:associations? | partis? | mouvements? | organisations?)\s+(?:politiques?
              | syndica\w+)(?<!organisations\ssyndicales)(?<!organisation\ssyndicale)
            | \b(?:adh[ée]sion | appartenance)\s+(?:[àa]\s+un\s+)?(?:parti | syndicat)
        """),
        context=rx(
            r"""
                {TURNED} | \bindiqu | \bpr[ée]cis | \bmentionn | \bd[ée]clar | \bsignal
                | \bretenu | \bexclu | \b[ée]cart
            """,
            TURNED=_TURNED_AWAY,
        ),
        unless=r"d[ée]l[ée]gation|protection|libert[ée]|dialogue\s+social|respect",
        suggestion=None,
    ),
    # --------------------------------------------------------------------------- culture
    rule(
        # drinking and parties bound by a word of obligation next to them: « les apéros du
        # vendredi sont obligatoires », « présence attendue aux soirées » (not anywhere in the
        # sentence: « formation sécurité obligatoire, puis soirée d'accueil » binds nothing)
        "culture_fit",
        rx(
            r"""
                \b{LEISURE}\b(?=[^.;!?\n]{0,50}?\b(?:obligatoires? | incontournables?
                | sacr[ée]e?s? | attendu\w* | font?\s+partie\s+du\s+(?:job | poste | boulot
                | m[ée]tier | contrat)))
                | \b(?:pr[ée]sence | participation)\s+(?:obligatoire\s+ | attendue\s+
                | exig[ée]e\s+)(?:[àa]\s+|aux\s+)(?:la\s+ | l'| nos\s+ | toutes\s+les\s+)?
                {LEISURE}\b
            """,
            LEISURE=_LEISURE,
        ),
        unless=_OPTIONAL,
        suggestion="moments d'équipe variés, sur la base du volontariat",
    ),
    rule(
        # … or by what is said of those who stay away: « on compte sur toi », « ceux qui ne
        # suivent pas ne font pas long feu », « si tu ne te vois pas faire la fête avec nous »
        "culture_fit",
        rx(r"\b{LEISURE}\b", LEISURE=_LEISURE),
        context=rx(r"""
            \bcompte\s+sur\s+(?:toi | vous) | \btout\s+le\s+monde\s+(?:vient | est\s+l[àa] | suit)
            | \bne\s+(?:suivent | suit | viennent | vient)\s+pas | \bpas\s+long\s+feu
            | \bpas\s+pour\s+(?:toi | vous) | \bpas\s+(?:ta | votre | sa)\s+place
            | \bpas\s+le\s+bon\s+endroit | \bsi\s+tu\s+ne\s+te\s+vois\s+pas
            | \bsi\s+vous\s+ne\s+vous\s+voyez\s+pas | \bon\s+attend | \bnous\s+attendons
            | \bfont?\s+partie\s+du\s+(?:job | poste | boulot | m[ée]tier | contrat)
        """),
        unless=_OPTIONAL,
        suggestion="moments d'équipe variés, sur la base du volontariat",
    ),
    rule(
        # non-drinkers, privacy, reserve as a misfit: « quelqu'un qui ne boit pas ne trouvera
        # pas sa place », « si tu préfères garder ta vie privée pour toi, passe ton chemin »
        "culture_fit",
        rx(r"""
            \bne\s+(?:boit | bois | boivent)\s+(?:pas | jamais | rien)
            | \bnon-?buveu\w+ | \babstinent\w*
            | \b(?:garder | gardes | gardez)\s+(?:ta | votre | sa)\s+vie\s+priv[ée]e
        """),
        context=rx(r"""
            \bplace | \bpas\s+pour | \bpas\s+le\s+bon | \bs'abstenir | \bchemin | \bconvien
            | \bint[ée]gr | \b[ée]vit | \bpas\s+(?:le\s+)?bienvenu | \btenir
        """),
        suggestion="moments d'équipe variés, sur la base du volontariat",
    ),
    rule(
        # « partant·e pour tout » expected
        "culture_fit",
        rx(r"""
            \bpartant[\w\u00b7]*(?:\([a-z]{1,5}\))?\s+pour\s+tout
        """),
        context=r"\battend|\bexig|\bdoi[tv]|\boblig|\bcompte\s+sur",
        suggestion="esprit d'équipe",
    ),
    rule(
        # hiring by referral only: « nous recrutons uniquement par cooptation »
        "culture_fit",
        rx(
            r"""
                \b(?:uniquement | exclusivement | seulement)\s+(?:par | via | sur)\s+
                (?:cooptation | recommandation | r[ée]seau)
                | \bcooptation\s+(?:uniquement | exclusive\w* | obligatoire)
            """,
            W=W,
        ),
        suggestion="candidatures ouvertes à toutes et tous",
    ),
    # ---------------------------------------------------------------------- availability
    rule(
        # « chez nous, les 35 heures, c'est le mercredi soir »
        "excessive_availability",
        rx(r"""
            # (begins at a number, tried only where a word begins with a digit)
            \b[0-9]{2}(?<=35)\s*(?:h | heures)\b[^.\n]{0,20}?\bc'est\s+(?:le\s+)?(?:lundi | mardi
            | mercredi | jeudi)
            | \b[0-9]{2}(?<=35)\s*(?:h | heures)\s+(?:sont\s+)?(?:faites | boucl[ée]es | atteintes)
              \s+(?:d[èe]s\s+)?(?:le\s+)?(?:lundi | mardi | mercredi | jeudi)
        """),
        suggestion="horaires de travail définis (35 h, RTT)",
    ),
    rule(
        # availability without any compensation: « disponible les jours fériés, sans
        # récupération »
        "excessive_availability",
        rx(r"""
            \bsans\s+(?:aucune\s+)?(?:
                r[ée]cup[ée]ration | repos\s+compensateur | contrepartie | compensation
                | majoration | paiement\s+des\s+heures
            )
        """),
        context=rx(r"""
            disponib | jours?\s+f[ée]ri[ée]s | dimanches? | week-?ends? | \bsoirs? | \bnuits?
            | heures\s+sup | astreintes? | 7\s*j | jours\s+sur\s+7
        """),
        suggestion="heures supplémentaires récupérées ou majorées",
    ),
    rule(
        # those who leave on time looked down on
        "excessive_availability",
        rx(r"""
            \bpartent\s+(?:[àa]\s+\d+\s*h | t[ôo]t | [àa]\s+l'heure)
        """),
        context=r"long\s+feu|pas\s+pour|mal\s+vu|tiennent\s+pas|restent\s+pas",
        suggestion="horaires de travail définis (35 h, RTT)",
    ),
    # ---------------------------------------------------------------------------- family
    rule(
        # people without young children preferred: « nous privilégions les personnes sans
        # enfant en bas âge », « dont les enfants ont quitté le foyer »
        "family_pregnancy",
        rx(r"""
            \b(?:n'ont | n'a | n'avez | n'as)\s+pas\s+d'enfants?
            | \bsans\s+enfants?\b(?:\s+(?:en\s+bas\s+[âa]ge | [àa]\s+charge))?
            | \bdont\s+les\s+enfants\s+(?:sont | ont)
            | \benfants?\s+en\s+bas\s+[âa]ge
        """),
        context=rx(
            r"""
                {PREFER} | {ONLY} | \bprivil[ée]gi | \bpr[ée]f[ée]r | \bconvien\w*\s+mieux
                | \bid[ée]al | \bplut[ôo]t | \bmieux | {TURNED}
            """,
            PREFER=PREFER,
            ONLY=ONLY,
            TURNED=_TURNED_AWAY,
        ),
        unless=rx(r"""
            cong[ée] | aide\s+(?:[àa]\s+la\s+)?garde | solutions?\s+de\s+garde | cr[èe]che
            | \baide | prime | mutuelle | accompagn | clients?
            | patients? | usagers? | b[ée]n[ée]ficiaires? | familles\s+accueill
        """),
        suggestion="disponible selon le planning communiqué",
    ),
    rule(
        # the partner's job asked: « indiquez la profession de votre conjoint·e »
        "family_pregnancy",
        rx(r"""
            \b(?:profession | m[ée]tier | emploi | travail | situation\s+professionnelle
            | employeur | revenus?)\s+de\s+(?:votre | ton | ta)\s+(?:conjoint | [ée]poux
            | [ée]pouse | mari\b | femme | compagn | partenaire)[\w\u00b7]*
        """),
        suggestion=None,
    ),
    rule(
        # parental leave denied: « sans pause ni congé parental »
        "family_pregnancy",
        rx(r"""
            \b(?:sans | pas\s+de | aucun\w*)\s+(?:possibilit[ée]\s+de\s+ | droit\s+au\s+
            | [\w']+\s+(?:ni | ou)\s+)?cong[ée]s?\s+(?:
                parental | de\s+maternit[ée] | maternit[ée] | de\s+paternit[ée] | paternit[ée]
                | d'adoption
            )
        """),
        suggestion="congés légaux garantis",
    ),
    # ------------------------------------------------------------------------------- age
    rule(
        # a stage of life past an age as a reason: « à 50 ans passés, difficile de tenir »
        "age",
        rx(
            r"""
                \b[àa]\s+{AGE}\s+ans\s+pass[ée]s
                | \bpass[ée]{W}\s+(?:la\s+)?(?:quarantaine | cinquantaine | soixantaine)
                | \bau-del[àa]\s+de\s+{AGE}\s+ans\b(?!\s+d)
            """,
            AGE=AGE,
            W=W,
        ),
        unless=r"retraite|r[ée]glement|l[ée]gal|code\s+du",
        suggestion="à tout âge",
    ),
    # ---------------------------------------------------------------------- coded words
    rule(
        # « un battant, un gagnant », a hunger to win, never let oneself be walked on
        "gender_coded",
        rx(r"""
            \bun\s+(?:vrai\s+)?(?:battant | gagnant | winner | tueur | chasseur)\b
            (?![\u00b7(/.-])
            | \bqui\s+a\s+(?:la\s+)?(?:faim | niaque | rage\s+de\s+vaincre)
            | \bne\s+se\s+laisse\s+(?:jamais\s+ | pas\s+)?marcher\s+dessus
        """),
        suggestion="une personne persévérante",
    ),
]

FR += [
    # ---------------------------------------------------------------------------- diploma
    rule(
        # every alternative to a diploma refused: « aucune candidature sans ce diplôme ne sera
        # étudiée », « un master ou une longue expérience ne remplacent pas le titre »
        "diploma_rigid",
        rx(r"""
            \bsans\s+(?:ce | le | un | une | cette)\s+(?:niveau\s+de\s+)?(?:dipl[ôo]me | titre
            | niveau)\b
            | \bne\s+remplacent?\s+pas\s+(?:le | la | ce | cette)\s+(?:dipl[ôo]me | titre)
        """),
        context=_TURNED_AWAY + r"|\bne\s+remplac",
        unless=r"r[ée]glement|\bl[ée]gal|code\s+du|par\s+la\s+loi",
        suggestion="diplôme ou expérience équivalente",
    ),
    # -------------------------------------------------------------------- personal data
    rule(
        # one's credit or debts asked: « fichage Banque de France », « plan de surendettement »
        "personal_data",
        rx(r"""
            \bfichage\s+(?:bancaire | banque\s+de\s+france) | \bsurendettement
            | \bscore\s+de\s+cr[ée]dit | \bfaillite\s+personnelle
        """),
        unless=NOT_ASKED,
        suggestion=None,
    ),
]
