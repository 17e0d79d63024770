"""French rules on the person: origin and nationality, language, appearance, health,
religion, opinions and union activity, residence. Patterns are folded and case-insensitive;
see ``rules/__init__``.
"""

from employers.wording.rules import rule, rx
from employers.wording.rules.common import W
from employers.wording.rules.fr_words import NOT_ASKED, ONLY, PREFER, REFUSED, REFUSING, REQ

ORIGIN = rx(
    r"""
        (?:
            europ[ée]en | caucasien | africain | magh?r[ée]bin | asiatique | arabe | noir
            | blanc | fran[çc]ais | nord-africain | m[ée]diterran[ée]en | [ée]tranger
            | slave | occidental
        ){W}
    """,
    W=W,
)
ORIGIN_RULES = [
    rule(
        "origin_nationality",
        rx(r"""
            \b(?:noms? | patronymes? | pr[ée]noms?)\s+(?:de\s+famille\s+)?(?:[àa]\s+)?
            consonance\s+\w+
        """),
    ),
    rule(
        "origin_nationality",
        rx(
            r"""
                \b(?:type | origine | physique | apparence)\s+{ORIGIN}
            """,
            ORIGIN=ORIGIN,
        ),
    ),
    rule(
        "origin_nationality",
        rx(
            r"""
                \b(?:candidat | profil | personne | collaborat){W}\s+(?:[\w\u00b7]+\s+)?
                d'origine\s+\w+
            """,
            W=W,
        ),
    ),
    rule(
        "origin_nationality",
        rx(
            r"""
                \borigines?\s+(?:\w+\s+){0,2}(?:souhait | exig | requi | privil[ée]gi){W}
            """,
            W=W,
        ),
    ),
    rule(
        "origin_nationality",
        rx(
            r"""
                \b(?:double\s+)?nationalit[ée]\s+(?:\w+\s+){0,2}?(?:
                    exig | requi | obligatoire | souhait | imp[ée]rati | indispensable
                    | non\s+accept | refus | exclu | uniquement
                ){W}
                | \bdouble\s+nationalit[ée]\b
                | \bde\s+nationalit[ée]\s+\w+
            """,
            W=W,
        ),
        # a statute, a competition or a clearance that needs the nationality makes it lawful
        unless=rx(r"""
            fonction\s+publique | concours | statut | sans\s+condition | autorisation\s+de\s+travail
            | habilitation | d[ée]fense | secret | r[ée]glementation
        """),
        # (« y compris pour les postes sans habilitation » is no such reason)
        despite=r"sans\s+habilitation|y\s+compris",
    ),
    rule(
        "origin_nationality",
        rx(
            r"""
                \b(?:ressortissant | citoyen){W}\s+(?:
                    fran[çc]ais | europ[ée]en | de\s+l'union
                ){W}\s+(?:uniquement | exclusivement | seulement)
            """,
            W=W,
        ),
        unless=r"fonction\s+publique|concours|statut",
    ),
    rule(
        "origin_nationality",
        rx(
            r"""
                \bfran[çc]ais{W}\s+de\s+souche\b
                | \b{ORIGIN}\s+de\s+naissance\b
                | \b(?:race | ethnies? | ethniques?)\b
                | \bcouleur\s+de\s+(?:la\s+)?peau\b
                | \bpasseport\s+(?:fran[çc]ais | europ[ée]en)\b
            """,
            W=W,
            ORIGIN=ORIGIN,
        ),
    ),
    rule(
        "origin_nationality",
        rx(r"""
            \bprofils?\s+(?:
                europ[ée]en | africain | asiatique | maghr[ée]bin | caucasien | occidental
                | m[ée]diterran[ée]en
            )\w*\b
            | \bissu\w*(?:\(e\) | \u00b7e)?\s+de\s+l'immigration\b
            | \b(?:origine | ascendance)s?\s+(?:[ée]trang[èe]re | immigr[ée]e)s?\b
        """),
    ),
    rule(
        # a birthplace asked of the person: « vous êtes né·e en France », « natif·ve d'Allemagne »
        "origin_nationality",
        rx(
            r"""
                \b(?:[êe]tes | [êe]tre | soyez)\s+(?:\w+\s+)?n[ée]{W}\s+(?:
                    en | au | aux | [àa] | sur\s+le\s+sol
                )\s+(?!\d)[\w'-]+
                | \bnati(?:f | ve | fs | ves)(?:[\u00b7(][\w\u00b7()]*)?\s+(?:
                      de | d' | du | des
                  )\s*(?!(?:
                      num[ée]rique | digital | web | internet | cloud | mobile
                      | la\s+g[ée]n[ée]ration
                      # a language: « natif·ve d'allemand » is a mother tongue (native_language)
                      | anglais | allemand | fran[çc]ais | espagnol | italien | portugais
                      | arabe | chinois | mandarin | russe | japonais | cor[ée]en | n[ée]erlandais
                      | polonais | turc | grec | su[ée]dois | danois | norv[ée]gien | breton
                      | basque | catalan | corse | occitan | alsacien | cr[ée]ole
                  )\b)[\w'-]+
            """,
            W=W,
        ),
    ),
    rule(
        # ancestry: « issu·e d'une famille française depuis des générations », « la
        # nationalité de vos parents »
        "origin_nationality",
        rx(
            r"""
                \b(?:issu | n[ée] | venant){W}\s+d'une\s+famille\s+{ORIGIN}
                (?:\s+depuis\s+(?:\w+\s+)?g[ée]n[ée]rations)?
                | \b(?:
                      nationalit[ée] | origines? | pays\s+de\s+naissance
                      | lieu\s+de\s+naissance
                  )s?\s+(?:de\s+)?(?:vos | tes | leurs? | ses)\s+(?:
                      parents | grands-parents | ascendants | anc[êe]tres
                  )\b
                | \bdepuis\s+(?:plusieurs | des | trois | deux | quatre)\s+g[ée]n[ée]rations\b
            """,
            W=W,
            ORIGIN=ORIGIN,
        ),
    ),
    rule(
        # some nationalities only: « uniquement aux ressortissant·e·s français·es ou belges »
        "origin_nationality",
        rx(
            r"""
                \b{ONLY}\s+(?:aux?\s+ | les\s+ | des\s+)?(?:
                    ressortissant | citoyen | personnes?\s+de\s+nationalit[ée]
                    | candidat{W}\s+de\s+nationalit[ée]
                ){W}(?:\s+\w+{W}(?:\s+(?:ou | et)\s+\w+{W})?)?
            """,
            ONLY=ONLY,
            W=W,
        ),
        unless=r"fonction\s+publique|concours|statut|habilitation|d[ée]fense|secret",
    ),
    rule(
        # excluding people from outside a zone: « pas de ressortissant·e·s hors UE »
        "origin_nationality",
        rx(
            r"""
                \b(?:ressortissant | candidat | profil | personne | citoyen | [ée]tranger){W}
                \s+(?:hors | non)[- ](?:
                    UE | U\.E\. | union\s+europ[ée]enne | europ[ée]en | communautaire
                ){W}
                | \b(?:pas\s+d' | aucun{W}\s+)[ée]trangers?\b
            """,
            W=W,
        ),
        unless=rx(r"""
            visa
            | sponsor
            | titre\s+de\s+s[ée]jour
            | autorisation\s+de\s+travail
            | accompagn
            | bienvenu
            | relocation
            | d[ée]marches
        """),
    ),
]

LANG = rx(r"""
    (?:
        fran[çc]ais | anglais | espagnol | allemand | italien | portugais | arabe
        | chinois | n[ée]erlandais | polonais | russe | japonais | cor[ée]en | turc
        | su[ée]dois
    )
""")
LANG_F = rx(r"""
    (?:
        fran[çc]aise | anglaise | espagnole | allemande | italienne | portugaise
        | arabe | chinoise | n[ée]erlandaise | polonaise | russe | japonaise
        | cor[ée]enne | turque | su[ée]doise
    )
""")
# French offers borrow the English words: « anglais courant, native English speaker ».
EN_LANG = rx(r"""
    (?:
        english | french | spanish | german | italian | portuguese | dutch | arabic | chinese
        | mandarin | japanese | russian | polish
    )
""")
NATIVE_RULES = [
    rule(
        "native_language",
        rx(
            r"""
                \bnative(?:\s+or\s+near[- ]native)?(?:\s+{EN_LANG})?\s+speakers?\b
                | \bnative\s+{EN_LANG}\b
                | \b{EN_LANG}\s+(?:native | mother\s+tongue)\b
            """,
            EN_LANG=EN_LANG,
        ),
        suggestion="niveau courant (C1)",
    ),
    rule(
        "native_language",
        rx(
            r"""
                (?:\b{LANG}\s+(?:\(\s*)?)?\blangues?\s+maternelles?\b(?:\s+{LANG_F})?
            """,
            LANG=LANG,
            LANG_F=LANG_F,
        ),
        suggestion="niveau courant (C1)",
    ),
    rule(
        "native_language",
        rx(
            r"""
                \b{LANG}\s+(?:natif | native | maternel)\b(?:\s+{REQ})?
                | \b(?:locut | locuteur | locutrice)[\w\u00b7]*\s+nati[\w\u00b7]*
                | \bnati(?:f | ve)s?\s+(?:{LANG} | {LANG_F})\b
            """,
            LANG=LANG,
            REQ=REQ,
            LANG_F=LANG_F,
        ),
        suggestion="niveau courant (C1)",
    ),
    rule(
        "native_language",
        rx(r"""
            \b(?:sans | aucun | pas\s+d')\s*accent\b(?:\s+[ée]tranger)?
            | \baccent\s+(?:
                  neutre | parfait | irr[ée]prochable | fran[çc]ais | [ée]tranger
              )\b
        """),
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
        rx(
            r"""
                \b(?:\w+phone | bilingue | {LANG})s?\s+(?:
                    nati(?:f | ve){W} | de\s+naissance | d'origine | de\s+langue\s+maternelle
                )(?:\s+{REQ})?
            """,
            LANG=LANG,
            W=W,
            REQ=REQ,
        ),
        suggestion="niveau courant (C1) ou bilingue (C2)",
    ),
    rule(
        # an accent singled out: « accent du Sud », « accent de banlieue », « accent marqué »
        "native_language",
        rx(r"""
            \baccents?\s+(?:
                du\s+(?:sud | nord | midi | \w+)
                | de\s+(?:banlieue | la\s+r[ée]gion | l'[ée]tranger | province | cit[ée])
                | r[ée]gional\w* | [ée]tranger\w* | marqu[ée]\w* | prononc[ée]\w* | fort
                | forts | chantant\w* | m[ée]ridional\w* | africain\w* | maghr[ée]bin\w*
                | asiatique\w* | de\s+l'est
            )\b
            | \baccents?\b(?!\s+(?:est\s+ | sera\s+)?(?:mis | sur | port[ée]))
        """),
        context=rx(r"(?:{REFUSED} | {REQ})", REFUSED=REFUSED, REQ=REQ),
        suggestion="élocution claire",
    ),
    rule(
        # measured against a native speaker: « parler anglais comme un natif »
        "native_language",
        rx(r"""
            \bcomme\s+(?:un | une)\s+(?:natif | native | locut\w+\s+nati\w+)\b
            | \bcomme\s+(?:votre | ta)\s+langue\s+maternelle\b
        """),
        suggestion="niveau courant (C1) ou bilingue (C2)",
    ),
    rule(
        "native_language",
        rx(
            r"""
                \bnon[- ]nati(?:f | ve | fs | ves)\b{W}
                | \b(?:personnes? | candidat{W})\s+(?:ayant\s+appris | apprenant)\s+
                  (?:
                      le\s+ | l'
                  )?\w+
            """,
            W=W,
        ),
        context=REFUSED,
        suggestion="niveau courant (C1)",
    ),
]

# What lifts an appearance rule: the feature welcomed, or a hygiene or safety reason.
_APPEARANCE_ALLOWED = rx(r"""
    accept(?<!non\saccept)(?<!pas\saccept)
    | bienvenu
    | aucun\s+probl[èe]me
    | pas\s+de\s+probl[èe]me
    | on\s+s'en\s+fiche
    | peu\s+importe
    | libre
    | s[ée]curit[ée]\s+(?:alimentaire | des\s+machines)
    | hygi[èe]ne\s+alimentaire
    | charlotte
""")
# Features a rule names on their own, refused in the sentence.
_FEATURES = rx(r"""
    barbes? | moustaches? | dreadlocks | dreads | tresses
    | cheveux\s+(?:longs | color[ée]s | teints | afro)
    | tatouages?\s+visibles? | piercings?\s+visibles?
""")

APPEARANCE_RULES = [
    rule(
        "appearance",
        rx(
            r"""
                \b(?:CV | curriculum | candidatures?)\s+(?:\w+\s+){0,2}?(?:
                    avec | accompagn[ée]\w*\s+d'une | et
                )\s+(?:une\s+)?photo(?:graphie)?s?\b(?:\s+{REQ})?
            """,
            REQ=REQ,
        ),
        suggestion="CV sans photo",
        unless=NOT_ASKED,
    ),
    rule(
        "appearance",
        rx(
            r"""
                \bphoto(?:graphie)?s?\s+(?:d'identit[ée]\s+ | r[ée]cente\s+ | de\s+vous\s+)?
                (?:
                    {REQ} | souhait[ée]{W} | [àa]\s+joindre | jointe
                )
            """,
            REQ=REQ,
            W=W,
        ),
        unless=NOT_ASKED,
    ),
    rule(
        "appearance",
        r"\b(?:joindre|joignez|envoyez|envoyer|ajoutez|ajouter)\s+(?:\w+\s+){0,3}?photo(?:graphie)?s?\b",
        unless=NOT_ASKED,
    ),
    rule(
        # a photo of the person, whatever the words: « une photo en pied », « une photo de
        # toi », « CV + photo »
        "appearance",
        rx(r"""
            \b(?:une\s+)?photos?\s+(?:
                en\s+pied | de\s+(?:toi | vous)(?!\s+en\s+train) | pleine\s+longueur
                | de\s+plain-pied | portrait | en\s+buste | de\s+profil | de\s+face
            )\b
            | \bCV\s*\+\s*photo\b
        """),
        unless=NOT_ASKED,
        suggestion="un lien vers vos réalisations",
    ),
    rule(
        # the body and grooming prescribed: « poids proportionné à la taille », « cheveux
        # attachés, maquillage discret exigé »
        "appearance",
        rx(r"""
            \bpoids\s+(?:proportionn | en\s+rapport | adapt | harmonieu)\w*
            (?:\s+(?:[àa]\s+la | avec\s+la)\s+taille)?
            | \b(?:cheveux | maquillage | barbe | ongles | coiffure)\s+
              (?:[\w\u00b7]+[\s,]+){0,5}?(?:
                  exig | obligatoire | impos | requis | de\s+rigueur
              )\w*
        """),
        unless=rx(r"""
            \bhygi[èe]ne
            | \balimentaire
            | \bcuisine
            | \blaboratoire
            | \bsalle\s+blanche
            | \bEPI\b
            | \bs[ée]curit[ée]
        """),
    ),
    rule(
        "appearance",
        rx(
            r"""
                \b(?:bonne | belle | excellente | parfaite)\s+pr[ée]sentation\b(?:\s+{REQ})?
                | \bpr[ée]sentation\s+(?:
                      soign[ée]e | impeccable | irr[ée]prochable | agr[ée]able
                  )\b
            """,
            REQ=REQ,
        ),
        suggestion="sens du contact client",
    ),
    rule(
        "appearance",
        rx(
            r"""
                \b(?:physique | apparence | look | allure | style)\s+(?:
                    agr[ée]able | soign[ée] | irr[ée]prochable | avenant | attrayant
                    | attractif | impeccable | BCBG | jeune | sportif | [ée]l[ée]gant
                ){W}(?:\s+et\s+(?:style\s+)?\w+)?(?:\s+{REQ})?
                | \bBCBG\b
            """,
            W=W,
            REQ=REQ,
        ),
        not_after=rx(r"""
            (?:
                condition | forme | aptitude | activit[ée] | r[ée]sistance | pr[ée]sence
                | s[ée]curit[ée]
            )\s*$
        """),
    ),
    rule(
        "appearance",
        rx(
            r"""
                \b(?:tatouages? | piercings?)\b
                | \b(?:taille | poids)\s+(?:minimum | minimale | maximale | maximum)\b
                | \bmince{W}
            """,
            W=W,
        ),
        unless=rx(r"""
            accept(?<!non\saccept)(?<!pas\saccept)
            | bienvenu
            | aucun\s+probl[èe]me
            | pas\s+de\s+probl[èe]me
            | on\s+s'en\s+fiche
            | peu\s+importe
            | libre
        """),
    ),
    rule(
        # a photo asked for, whatever its adjectives: « photo souriante obligatoire », « une
        # photo récente est à joindre »
        "appearance",
        rx(
            r"""
                \bphoto(?:graphie)?s?\b(?:\s+
                (?!de\s+(?:nos | vos\s+r[ée]alisations | l'[ée]quipe | produits?)\b)
                [\w'\u00b7-]+){0,3}?\s+(?:est\s+ | sont\s+)?(?:
                    {REQ} | souhait[ée]{W} | demand[ée]{W} | attendu{W}
                    | [àa]\s+(?:joindre | envoyer | fournir | ajouter | inclure) | jointe?s?
                )
            """,
            REQ=REQ,
            W=W,
        ),
        not_after=r"(?:sans|pas\s+de|aucune?|ni)\s*$",
        unless=rx(
            r"""
                portfolio
                | r[ée]alisations
                | shooting
                | retouch
                | photographe
                | banque\s+d'images
                | facultati
                | {NOT_ASKED}
            """,
            NOT_ASKED=NOT_ASKED,
        ),
        suggestion="CV sans photo",
    ),
    rule(
        # the body described as a requirement: « silhouette sportive », « visage photogénique »,
        # « physique avantageux », « taille 36-38 »
        "appearance",
        rx(r"""
            \b(?:
                silhouette | visage | morphologie | corpulence | gabarit | physionomie
                | physique | apparence | look | allure
            )\s+(?:
                sportif | sportive | mince | fine | [ée]lanc[ée]e? | harmonieu(?:x | se)
                | avenant | avenante | agr[ée]able | photog[ée]nique | souriant
                | souriante | jeune | athl[ée]tique | svelte | avantageu(?:x | se)
                | plaisant | plaisante | s[ée]duisant | s[ée]duisante | attirant
                | attirante | tendance | conventionnel | conventionnelle | classique
                | impeccable
            )s?\b
            | \bphotog[ée]niques?\b
            | \bsveltes?\b
            | \btaille\s+mannequin\b
            | \bmensurations\b
            | \bmesur\w+\s+(?:au\s+moins | plus\s+de | minimum | moins\s+de)\s*1\s*[m,.]
              \s*\d\d
            | \btaille\s+(?:3[2-9] | 4[0-8])(?:
                  \s*[-/]\s*(?:3[2-9] | 4[0-8]) | \s+(?:ou | [àa])\s+(?:3[2-9] | 4[0-8])
              )?\b(?!\s*(?:
                  personnes | salari | collaborat | % | cm | m\b | pouces | ko | go
              ))
            | \b(?:votre | vos | ta | tes)\s+(?:
                  taille\s+et\s+(?:votre\s+ | ton\s+)?poids
                  | poids\s+et\s+(?:votre\s+ | ta\s+)?taille
              )\b
        """),
        unless=rx(r"""
            \b(?:
                reconnaissance | d[ée]tection | mod[èe]les?\s+3d | avatars? | interfaces?
                | sites? | applications? | ux | ui | design\s+(?:du | de\s+l)
            )\b
        """),
        by_sentence=True,
    ),
    rule(
        # height as a profile: « personne de grande taille »
        "appearance",
        r"\b(?:grande|petite)\s+taille\b",
        context=rx(r"""
            (?:personne | candidat\w* | profil | homme | femme | h[ôo]te\w*)s?\s+de\s+
            (?:
                grande | petite
            )\s+taille
        """),
    ),
    rule(
        # grooming and dress turned away or imposed: « barbe proscrite », « talons exigés »,
        # « pas de dreadlocks »
        "appearance",
        rx(
            r"""
                # the negation REFUSED looks behind for: « non acceptés », « ne seront pas tolérés »
                \b(?:
                    barbes? | moustaches? | dreadlocks | dreads | locks | tresses
                    | cheveux\s+(?:longs | color[ée]s | teints | ras[ée]s | afro | cr[ée]pus)
                    | coupes?\s+afro | cr[âa]nes?\s+ras[ée]s? | maquillage
                    | talons(?:\s+hauts)? | jupes? | vernis
                    | tenues?\s+(?:moulantes? | sexy | f[ée]minines? | sugg[ée]sti\w+)
                    | tatouages? | piercings?
                )(?:\s+(?:et | ou)\s+(?:\w+\s+)?(?:piercings? | tatouages? | barbes?))?
                (?:\s+visibles?)?\s*,?\s*
                (?:(?:non | pas | ne\s+\w+\s+(?:pas | jamais)(?:\s+[êe]tre)?)\s+)?(?:
                    {REFUSED} | {REQ} | de\s+rigueur
                )
            """,
            REFUSED=REFUSED,
            REQ=REQ,
        ),
        unless=_APPEARANCE_ALLOWED,
    ),
    rule(
        "appearance",
        rx(r"\b(?:{FEATURES})\b", FEATURES=_FEATURES),
        context=rx(r"{REFUSING}(?:{FEATURES})\b", REFUSING=REFUSING, FEATURES=_FEATURES),
        unless=_APPEARANCE_ALLOWED,
    ),
]

_HEALTH_CONTEXT = rx(r"""
    patients?
    | usagers?
    | soins
    | h[ôo]pita
    | clinique
    | e-sant[ée]
    | t[ée]l[ée]suivi
    | mutuelle
    | pr[ée]voyance
    | m[ée]dic(?:al | aux)\s+(?:de | du)
""")
HEALTH_RULES = [
    rule(
        "health_disability",
        rx(r"""
            \b(?:en\s+)?(?:parfaite | bonne | excellente)\s+(?:
                sant[ée] | condition\s+physique | forme\s+physique
            )\b(?!\s+(?:financi[èe]re | [ée]conomique))
        """),
    ),
    rule(
        "health_disability",
        rx(r"""
            \b(?:sans | aucune? | pas\s+de | pas\s+d' | ni | exempt\w*\s+de)\s+(?:\w+\s+)?
            (?:
                restrictions?\s+m[ée]dicales?
                | probl[èe]mes?\s+(?:de\s+sant[ée] | de\s+dos | m[ée]dica\w+ | physiques?)
                | ant[ée]c[ée]dents?(?:\s+m[ée]dica\w*)?
                | arr[êe]ts?\s+(?:de\s+travail | maladie) | maladies?(?:\s+chroniques?)?
                | handicaps? | pathologies? | traitements?\s+m[ée]dica\w+
                | troubles?\s+(?:de\s+sant[ée] | psychi\w+ | mentaux | musculo\w+)
            )(?:\s+ni\s+(?:\w+\s+)?ant[ée]c[ée]dents?(?:\s+m[ée]dica\w*)?)?
        """),
    ),
    rule(
        "health_disability",
        rx(
            r"""
                \b(?:non | pas | peu | in)\s*(?:adapt[ée] | accessible | ouvert | compatible)
                {W}\s+(?:\w+\s+){0,6}?handicap{W}
                | \bhandicap{W}\s+(?:\w+\s+){0,2}(?:
                      s'abstenir | exclu | non\s+accept | incompatible | pas\s+accept
                  ){W}
            """,
            W=W,
        ),
    ),
    rule(
        "health_disability",
        rx(r"""
            \b(?:
                [ée]tat\s+de\s+sant[ée] | probl[èe]mes?\s+de\s+sant[ée]
                | dossier\s+m[ée]dical | ant[ée]c[ée]dents?\s+m[ée]dicaux
                | (?:nombre | historique)\s+d'arr[êe]ts?\s+maladie
            )\b
        """),
        unless=_HEALTH_CONTEXT,
    ),
    rule(
        # only the occupational physician may judge fitness, after hiring (C. trav. R.4624-10)
        "health_disability",
        rx(r"""
            \bcertificats?\s+m[ée]dica(?:l | ux)(?:\s+d'aptitude)?\b(?=[^.;]{0,40}?
            (?:
                fournir | joindre | exig | obligatoire | candidature | dossier | envoyer
            ))
            | \b(?:fournir | joindre | envoyer)\s+(?:un\s+)?certificats?\s+m[ée]dica
              (?:
                  l | ux
              )\b
        """),
        unless=r"m[ée]decine\s+du\s+travail|m[ée]decin\s+du\s+travail|visite\s+d'information",
    ),
    rule(
        "health_disability",
        r"\b(?:pleine|parfaite|excellente)\s+(?:forme|condition)\s+physique\b",
    ),
    rule(
        # physical condition judged: « condition physique irréprochable exigée »
        "health_disability",
        rx(
            r"""
                \b(?:condition | forme | aptitude | r[ée]sistance)\s+physique\s+(?:
                    irr[ée]prochable | excellente | parfaite | optimale | [ée]prouv[ée]e
                    | robuste | solide | \w+\s+{REQ} | {REQ}
                )
            """,
            REQ=REQ,
        ),
        unless=rx(r"""
            port\s+de\s+charges
            | manutention
            | station\s+debout
            | chantier
            | entrep[ôo]t
            | \d+\s*kg
            | physiquement\s+exigeant
            | nacelle
            | hauteur
            | livraison
            | pompier
            | militaire
        """),
        despite=r"s[ée]dentaire|bureau|open\s+space|t[ée]l[ée]travail|remote",
    ),
    rule(
        # sick leave, accidents at work and absences held against someone
        "health_disability",
        rx(r"""
            \b(?:
                arr[êe]ts?\s+(?:
                    de\s+travail | maladie | (?:de\s+)?longue\s+(?:maladie | dur[ée]e)
                )
                | accidents?\s+du\s+travail
                | maladies?\s+professionnelles?
                | cong[ée]s?\s+(?:de\s+)?maladie
                | absent[ée]isme
                | absences?\s+(?:pour\s+)?(?:maladie | m[ée]dicales?)
            )\b
        """),
        context=rx(r"""
            derni[èe]res?
            | ayant\s+eu
            | \bpas\s+d
            | aucun
            | \bsans\b
            | nombre
            | historique
            | pr[ée]cis
            | indiqu
            | mention
            | s'abstenir
            | ne\s+pas\s+postuler
            | exclu
            | retenu
            | candidature
            | questionnaire
            | d[ée]clar
        """),
        unless=rx(r"""
            subrogation
            | maintien\s+de\s+salaire
            | pr[ée]voyance
            | mutuelle
            | indemnis
            | compl[ée]ment
            | prise\s+en\s+charge
            | r[ée]mun[ée]r
            | carence
            | pr[ée]vention
        """),
    ),
    rule(
        # illnesses and disabilities named to turn people away
        "health_disability",
        rx(
            r"""
                \b(?:personnes?\s+ | candidat{W}\s+ | profils?\s+)?(?:
                    diab[ée]tiques? | [ée]pileptiques? | asthmatiques?
                    | s[ée]ropositi(?:f | ve)s? | d[ée]pressi(?:f | ve)s?
                    | malades?\s+chroniques? | maladies?\s+chroniques? | handicap[ée]{W}
                    | en\s+situation\s+de\s+handicap
                    | troubles?\s+(?:psy\w* | bipolaires? | anxieux | dys\w*) | autistes?
                    | tdah | vih | ob[èe]ses?
                )
            """,
            W=W,
        ),
        context=rx(
            r"""
                (?:{REFUSED} | incompatibles? | pas\s+compatibles?)
            """,
            REFUSED=REFUSED,
        ),
    ),
    rule(
        "health_disability",
        rx(
            r"""
                \b(?:
                    diab[ée]tiques? | [ée]pileptiques? | asthmatiques? | malades
                    | handicap[ée]{W} | situation\s+de\s+handicap | maladies? | handicaps?
                    | troubles? | pathologies?
                )\b
            """,
            W=W,
        ),
        context=rx(
            r"""
                {REFUSING}(?:personnes?\s+ | candidat{W}\s+ | profils?\s+)?(?:
                    diab[ée]tiques?
                    | [ée]pileptiques?
                    | asthmatiques?
                    | malades
                    | handicap[ée]{W}
                    | en\s+situation\s+de\s+handicap
                    | ayant\s+(?:une\s+ | un\s+)?(?:maladie | handicap | trouble | pathologie)
                      \w*
                )
            """,
            REFUSING=REFUSING,
            W=W,
        ),
    ),
    rule(
        # able-bodied only: « une personne valide », « l'absence de RQTH »
        "health_disability",
        rx(
            r"""
                \b(?:personnes? | candidat{W} | profils? | collaborat{W})\s+valides?\b
                | \b(?:absence\s+de | sans | pas\s+de | aucune? | non)\s+(?:\w+\s+)?
                  (?:
                      RQTH
                      | reconnaissance\s+(?:de\s+la\s+)?qualit[ée]\s+de\s+travailleur
                        \s+handicap[ée]
                  )
            """,
            W=W,
        ),
    ),
]

RELIG = rx(r"""
    (?:
        catholique | protestant | musulman | juif | juive | chr[ée]tien | bouddhiste
        | hindou | ath[ée]e | croyant | [ée]vang[ée]lique | orthodoxe
    )
""")
RELIGION_RULES = [
    rule(
        "religion",
        rx(
            r"""
                \b(?:
                    signes? | symboles? | tenues? | insignes? | v[êe]tements? | couvre-chefs?
                    | motifs? | convictions? | pratiques? | f[êe]tes? | obligations?
                    | croyances? | appartenance
                )\s+religieu{W}
            """,
            W=W,
        ),
        unless=rx(r"""
            \brespect
            | accord
            | cong[ée]s?\s+pour
            | possibles?
            | flexib
            | am[ée]nag
            | pris\s+en\s+compte
            | sur\s+(?:simple\s+)?demande
            | bienvenu
        """),
        despite=rx(r"""
            \bsans\s+(?:\w+\s+)?(?:pratique | signe | conviction | religion)
            | \bpas\s+de
            # (« aucune pratique religieuse n'est demandée » asks for none: no ban)
            | \baucun(?![^.;]{0,60}n'(?:est | sont)\s+(?:demand | exig | requis | attendu))
            | \bni\b
            | interdi
            | refus
            | [ée]vit
            | proscri
            | privil[ée]gi
        """),
    ),
    rule(
        "religion",
        rx(
            r"""
                \b(?:candidat | profil | personne | collaborat){W}\s+(?:de\s+confession\s+)?
                {RELIG}{W}(?:\s+pratiquant{W})?
            """,
            W=W,
            RELIG=RELIG,
        ),
    ),
    rule(
        "religion",
        rx(
            r"""
                \b(?:confession\s+)?{RELIG}{W}(?:\s+pratiquant{W})?\s+(?:{REQ} | {PREFER})
                | \bconfession\s+{RELIG}{W}
                | \b{RELIG}{W}\s+pratiquant{W}
            """,
            RELIG=RELIG,
            W=W,
            REQ=REQ,
            PREFER=PREFER,
        ),
    ),
    rule(
        "religion",
        rx(r"""
            \b(?:
                port\s+d(?:u | e\s+la | 'un)\s+ | pas\s+de\s+ | sans\s+ | aucun\w*\s+
                | interdiction\s+d[ue]\s+
            )(?:
                voile | foulard | kippa | hijab | turban | burqa | niqab
                | signes?\s+ostentatoires?
            )s?\b
            | \b(?:kippa | hijab | burqa | niqab)s?\b
        """),
    ),
    rule("religion", r"\b(?:religions?|confessions?\s+religieuses?)\b"),
    rule(
        "religion",
        rx(r"""
            \b(?:
                voiles? | foulards? | kippas? | turbans? | signes?\s+religieux
                | tenues?\s+religieuses?
            )\s+(?:
                interdits? | interdites? | prohib[ée]s? | pas\s+accept[ée]s?
                | non\s+autoris[ée]s? | proscrits? | refus[ée]s?
            )
        """),
    ),
    rule(
        # people named by a religious practice: « personnes pratiquant le jeûne du Ramadan »,
        # « qui observent le shabbat »
        "religion",
        rx(
            r"""
                \b(?:
                    personnes? | candidat{W} | profils? | collaborat{W} | salari[ée]{W} | ceux
                    | celles
                )\s+(?:
                    qui\s+(?:
                        observ | pratiqu | f[êe]t | fon | font | respect | suiv | je[ûu]n
                        | pri
                    )\w*
                    | pratiquant
                    | observant
                    | faisant
                    | respectant
                    | suivant
                    | je[ûu]nant
                    | priant
                )\s+(?:le\s+ | la\s+ | les\s+ | l')?(?:
                    shabbat | sabbat | ramadan | je[ûu]ne | pri[èe]res? | car[êe]me | kippour
                    | a[ïi]d | messe | religion | culte | f[êe]tes\s+religieuses
                )\b
            """,
            W=W,
        ),
        unless=rx(r"""
            accord
            | possible
            | am[ée]nag
            | flexib
            | adapt
            | respect[ée]
            | bienvenu
            | accueil
            | pris\s+en\s+compte
            | sur\s+(?:simple\s+)?demande
            | aucun\s+probl
        """),
    ),
    rule(
        # prayer or fasting refused: « pas de pause prière », « aucun jeûne pendant le service »
        "religion",
        rx(
            r"""
                \b(?:pas\s+de | aucune? | ni | interdiction\s+de | sans)\s+(?:\w+\s+)?
                (?:
                    pauses?\s+(?:de\s+ | pour\s+la\s+)?pri[èe]res? | pri[èe]res? | je[ûu]ne
                    | ramadan | shabbat
                )\b
                | \b(?:profils? | candidat{W} | personnes?)\s+la[ïi](?:c | que)s?\b
            """,
            W=W,
        ),
    ),
    rule(
        # a faith, or none, as what the person must be: « être catholique », « vous êtes athée »
        "religion",
        rx(
            r"""
                \b(?:[êe]tre | soyez | vous\s+[êe]tes | tu\s+es)\s+(?:\w+\s+)?(?:
                    {RELIG}{W} | sans\s+(?:religion | confession)
                )
            """,
            RELIG=RELIG,
            W=W,
        ),
    ),
]

UNION_RULES = [
    rule(
        "union_political",
        rx(r"\b(?:non[- ])?syndi(?:qu | cal | cat | caux){W}", W=W),
        unless=rx(r"""
            # the unions as the job's counterparts: « interlocuteur des organisations syndicales »
            syndicats?\s+(?:
                mixte | intercommunal | des\s+eaux | professionnel | d'initiative
            )
            | copropri[ée]t[ée]
            | interlocut
            | relations\s+sociales
            | dialogue\s+social
            | \bnao\b
            | accords?\s+collectifs
        """),
    ),
    rule(
        "union_political",
        rx(
            r"""
                \b(?:
                    engagements? | opinions? | activit[ée]s? | appartenances? | affiliations?
                    | sympathies? | orientations? | convictions? | id[ée]es
                )\s+politiques?\b(?:\s+affich[ée]{W})?
                | \bpartis?\s+politiques?\b
                | \bmilitan(?:t | te | ts | tes | tisme){W}
            """,
            W=W,
        ),
    ),
    rule(
        "union_political",
        rx(r"""
            \bmandats?\s+(?:
                [ée]lectif | syndical | d'[ée]lu | politique | repr[ée]sentatif
            )s?\b
            | \b(?:[ée]lus? | d[ée]l[ée]gu[ée]s? | repr[ée]sentants?)\s+(?:
                  du\s+personnel | syndica\w+
              )\b
        """),
        context=r"\bpas\b|\bnon\b|aucun|jamais|s'abstenir|exclu|ne\s+seront|ayant",
    ),
    rule(
        "union_political",
        rx(
            r"""
                \blanceu(?:r | se | rs | ses){W}\s+d'alertes?\b
                | \b(?:lanc | d[ée]clench | signal)\w*\s+(?:une\s+ | l' | des\s+)?alertes?\b
            """,
            W=W,
        ),
        context=rx(r"""
            r[ée]gulateur
            | autorit[ée]
            | procureur
            | justice
            | presse
            | m[ée]dias
            | inspection
            | d[ée]fenseur
            | \bamf\b
            | \bcnil\b
            | ne\s+seront
            | s'abstenir
            | exclu
            | refus
            | retenu
            | \baucun
            | \bpas\s+de\b
        """),
    ),
    rule(
        # political neutrality asked of the person: « profil apolitique »
        "union_political",
        rx(
            r"""
                \bapolitiques?\b
                | \bpolitiquement\s+neutres?\b
                | \bneutralit[ée]\s+politique\b
                | \bencart[ée]{W}
                | \bcartes?\s+(?:syndicale | du\s+parti | de\s+parti | politique)s?\b
                | \b(?:engagements? | activit[ée]s? | opinions? | sympathies?)\s+partisan\w*
            """,
            W=W,
        ),
        not_after=rx(r"""
            (?:
                association | organisation | structure | mouvement | \bong | fondation
                | entreprise | soci[ée]t[ée] | nous\s+sommes
            )\b[^.!?]{0,20}$
        """),
    ),
]

RESIDENCE_RULES = [
    rule(
        "residence",
        rx(r"""
            \b(?:habit | r[ée]sid | demeur | domicili)\w*\s+(?:
                imp[ée]rativement\s+ | obligatoirement\s+ | n[ée]cessairement\s+
                | d[ée]j[àa]\s+
            )?(?:
                [àa]\s+moins\s+de\s+\d+\s*(?:km | kilom[èe]tres | minutes)
                | [àa]\s+proximit[ée] | pr[èe]s\s+(?:de | du | d')
                | dans\s+un\s+rayon\s+de\s+\d+\s*(?:km | kilom[èe]tres | minutes)
                | dans\s+(?:le | la | les | l' | (?!un\b | une\b)\w+) | en\s+ | sur\s+
                | au\s+ | [àa]\s+\w+
            )(?:\s*\d+\w*(?:\s+arrondissement)?)?
        """),
        suggestion="poste basé à [lieu de travail]",
    ),
    rule(
        "residence",
        rx(
            r"""
                \b(?:r[ée]sidence | domicile | domiciliation | adresse)\s+(?:[\w'-]+\s+){0,4}?
                (?:
                    {REQ} | {PREFER}
                )
            """,
            REQ=REQ,
            PREFER=PREFER,
        ),
    ),
    rule(
        "residence",
        rx(
            r"""
                \b(?:candidat | profil | personne){W}\s+(?:
                    locaux | locales? | r[ée]sidant{W} | habitant{W} | domicili[ée]{W}
                    | de\s+la\s+r[ée]gion | du\s+secteur
                )\b(?:\s+(?:uniquement | exclusivement | seulement))?
            """,
            W=W,
        ),
    ),
    rule(
        "residence",
        rx(r"""
            \b(?:compte | domiciliation)\s+(?:bancaire\s+)?(?:\w+\s+){0,2}?(?:
                banque | [ée]tablissement\s+bancaire
            )\s+(?:fran[çc]ais | \w+)\w*
            | \bbanque\s+fran[çc]aise\b
        """),
        suggestion="tout compte bancaire (zone SEPA)",
    ),
    rule(
        "residence",
        rx(
            r"""
                \b(?:
                    communes? | quartiers? | banlieues? | cit[ée]s? | d[ée]partements?
                    | villes? | zones? | secteurs?
                )\s+(?:\S+\s+){0,4}?(?:
                    non\s+retenu | exclu | refus[ée] | s'abstenir | pas\s+retenu | ne\s+seront
                ){W}
            """,
            W=W,
        ),
        not_after=r"accents?\s+(?:[\w']+\s+){0,5}$",
    ),
    rule(
        "residence",
        rx(
            r"""
                \b(?:originaires? | issu{W} | venant)\s+(?:des? | du | d')\s+(?:
                    quartiers? | banlieues? | cit[ée]s?
                )\b
            """,
            W=W,
        ),
    ),
    rule(
        # "les candidats du 93 / de Seine-Saint-Denis ne seront pas retenus"
        "residence",
        rx(
            r"""
                \b(?:candidat | profil | personne){W}\s+(?:
                    du | des | de\s+la | de\s+l' | de | d' | venant\s+(?:du | des | de | d')
                    | issu{W}\s+(?:du | des | de | d')
                )\s*(?:
                    \d{2}\b
                    | (?!(?:
                          moins | plus | niveau | formation | bac | master | licence | profil
                          | type | haut | bas | faible | l'[ée]cole | l'universit[ée]
                          | l'immigration | immigration | l'origine | origine | l'[ée]tranger
                          | \d
                      )\b)[\w'-]+
                )\s+(?:
                    ne\s+seront | ne\s+sont | s'abstenir | exclu | non\s+retenu | pas\s+retenu
                    | refus
                ){W}
            """,
            W=W,
        ),
        suggestion="poste basé à [lieu de travail]",
    ),
    rule(
        # favouring residents of priority areas is lawful (L.1133-5, emplois francs)
        "residence",
        rx(r"""
            \br[ée]serv[ée]e?s?\s+aux\s+(?:
                habitants | r[ée]sidents | riverains
                | personnes\s+(?:habitant | r[ée]sidant)
            )\b
        """),
        unless=rx(r"""
            quartiers?\s+prioritaires?
            | \bqpv\b
            | \bzrr\b
            | emplois?\s+francs?
            | politique\s+de\s+la\s+ville
        """),
    ),
    rule(
        # a distance from home to work: « vivant à moins de 30 minutes des locaux »
        "residence",
        rx(r"""
            \b(?:viv | habit | r[ée]sid | demeur | domicili | loge)\w*\s+(?:\w+\s+)?
            (?:
                [àa]\s+moins\s+de\s+\d+\s*(?:
                    km | kilom[èe]tres | minutes | min\b | mn\b | h\b | heures?
                )
                | dans\s+un\s+rayon\s+de\s+\d+
            )
        """),
        suggestion="poste basé à [lieu de travail]",
    ),
    rule(
        # « uniquement des personnes vivant à Paris », « de préférence des candidat·e·s
        # résidant dans le 92 »
        "residence",
        rx(
            r"""
                \b(?:vivant | habitant | r[ée]sidant | domicili[ée]{W} | install[ée]{W})\s+
                (?:
                    [àa] | en | dans | au | aux | sur | pr[èe]s
                )\b
            """,
            W=W,
        ),
        context=rx(
            r"""
                {ONLY}\s+(?:des\s+ | les\s+ | aux\s+ | [àa]\s+des\s+)?(?:
                    personnes? | candidat{W} | profils?
                )\s+(?:vivant | habitant | r[ée]sidant | domicili[ée]{W} | install[ée]{W})\s+
                (?:
                    [àa] | en | dans | au | aux | sur | pr[èe]s
                )\b
            """,
            ONLY=ONLY,
            W=W,
        ),
        suggestion="poste basé à [lieu de travail]",
    ),
    rule(
        # places whose people are turned away: « la banlieue n'est pas envisageable »,
        # « candidatures des quartiers prioritaires non souhaitées »
        "residence",
        rx(r"""
            \b(?:
                banlieues?
                | quartiers?\s+(?:prioritaires | populaires | sensibles | difficiles)
                | cit[ée]s
                | seine-saint-denis
                | zones?\s+urbaines?\s+sensibles
                | zus
                | province
                | provinciaux
                | hors\s+(?:de\s+)?(?:
                      paris | l'[îi]le-de-france | la\s+r[ée]gion | la\s+m[ée]tropole
                  )
                | navetteurs?
            )\b
        """),
        context=REFUSED,
        not_after=r"accents?\s+(?:[\w']+\s+){0,5}$",
        despite=rx(
            r"""
                {REFUSED}
                | {REFUSING}
            """,
            REFUSED=REFUSED,
            REFUSING=REFUSING,
        ),
    ),
    rule(
        "residence",
        rx(r"""
            \b(?:
                banlieues? | quartiers?\s+(?:prioritaires | populaires | sensibles)
                | cit[ée]s | province | navetteurs?
            )\b(?<!universit[ée]s\sde\sprovince)(?<!universit[ée]\sde\sprovince)
            (?<![ée]coles\sde\sprovince)
        """),
        context=rx(
            r"""
                {REFUSING}(?:personnes?\s+ | candidat{W}\s+ | profils?\s+)?(?:
                    de\s+ | des\s+ | du\s+
                )?(?:
                    banlieue | quartiers?\s+(?:prioritaires | populaires | sensibles)
                    | cit[ée]s | province | navetteurs?
                )\b
            """,
            REFUSING=REFUSING,
            W=W,
        ),
        not_after=r"accents?\s+(?:[\w']+\s+){0,5}$",
        despite=rx(
            r"""
                {REFUSED}
                | {REFUSING}
            """,
            REFUSED=REFUSED,
            REFUSING=REFUSING,
        ),
    ),
    rule(
        # residents of a place turned away: « habitants du 93 s'abstenir »
        "residence",
        rx(r"""
            \b(?:habitants? | r[ée]sidents? | riverains? | originaires?)\s+(?:
                du | des | de\s+la | de\s+l' | de | d'
            )\s*[\w'-]+
        """),
        context=REFUSED,
        despite=REFUSED,
        suggestion="poste basé à [lieu de travail]",
    ),
    rule(
        # a bank chosen by the employer: « compte bancaire ouvert dans une agence de notre réseau »
        "residence",
        rx(
            r"""
                \bcomptes?\s+(?:bancaire | courant)s?\s+(?:
                    ouvert | domicili[ée] | tenu | d[ée]tenu
                ){W}\s+(?:dans | chez | aupr[èe]s\s+d)\w*\s+(?:
                    une?\s+ | nos\s+ | notre\s+ | l'une\s+de\s+nos\s+
                )?(?:agence | banque | [ée]tablissement | r[ée]seau | caisse)\w*
            """,
            W=W,
        ),
        suggestion="tout compte bancaire (zone SEPA)",
    ),
]
