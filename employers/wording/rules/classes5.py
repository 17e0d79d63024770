"""Rules by class, sixth round (issue 21): ways of saying a ground that earlier rounds did not
list, named from the misses of an independent set (F) and written from the language, each
with its lawful neighbours as exemptions:

- age: a ceiling of experience written short (« Max 5 ans d'XP », "no more than 4 yrs"), a
  window of graduation years, the start of a career as the only stage, "someone young",
  young parents;
- sex: a sex preferred by a verb or an adverb (« les hommes sont privilégiés », « de
  préférence par une femme »), a father or a mother of a family as the profile, "a guy";
- the reader addressed in one gender, whatever the title says (issue 21: « Vous êtes un
  développeur confirmé »): « Vous êtes rigoureux, organisé », « Vous serez l'interlocuteur
  privilégié »; an inclusive subject then a participle in one gender; "his own" of the hire;
- family: plans for children asked, a person « sans charge de famille » sought;
- origin: dual nationals refused, one's or one's parents' nationality asked;
- residence: a postcode as a condition, a bank account of a country;
- religion and opinions: faith asked about, a political leaning preferred, strikes asked
  about, a pledge not to join a union;
- career gap: never out of work, gaps « = rejection », returning after a break refused;
- culture: people one would have a drink with, non-drinkers left out, a compulsory party;
- diploma: « pas de diplôme = pas d'entretien », a degree as a hard requirement;
- availability: no right to disconnect, weeks beyond 48 hours, replies at any hour;
- coded words, health (eyesight, burn-out, medical file), prépa, looks.

French rules here, English ones in ``classes5_en``. Patterns are folded and
case-insensitive; see ``rules/__init__``.
"""

import re

from employers.wording.rules import rule, rx
from employers.wording.rules.common import W
from employers.wording.rules.fr_words import NOT_ASKED, ONLY, PREFER, REFUSED, REFUSING, REQ
from employers.wording.textutil import fold

# ------------------------------------------------------------------------ shared fragments
_YEAR = r"(?:19|20)\d\d"
_FR_DEMAND = rx(
    r"""
        {ONLY} | {REQ} | {PREFER} | {REFUSED} | {REFUSING} | \bsouhait\w* | \bpas\s+de\b
    """,
    ONLY=ONLY,
    REQ=REQ,
    PREFER=PREFER,
    REFUSED=REFUSED,
    REFUSING=REFUSING,
)

# The reader addressed in one gender: adjectives of quality or experience in the masculine
# (folded, accents gone) -> their inclusive form.
_ADDRESSEE_ADJECTIVES = {
    "rigoureux": "rigoureux·se",
    "curieux": "curieux·se",
    "serieux": "sérieux·se",
    "minutieux": "minutieux·se",
    "meticuleux": "méticuleux·se",
    "consciencieux": "consciencieux·se",
    "ambitieux": "ambitieux·se",
    "courageux": "courageux·se",
    "chaleureux": "chaleureux·se",
    "soigneux": "soigneux·se",
    "organise": "organisé·e",
    "motive": "motivé·e",
    "passionne": "passionné·e",
    "implique": "impliqué·e",
    "investi": "investi·e",
    "reactif": "réactif·ve",
    "creatif": "créatif·ve",
    "attentif": "attentif·ve",
    "sportif": "sportif·ve",
    "perseverant": "persévérant·e",
    "bienveillant": "bienveillant·e",
    "patient": "patient·e",
    "doue": "doué·e",
    "habitue": "habitué·e",
    "experimente": "expérimenté·e",
    "confirme": "confirmé·e",
    "diplome": "diplômé·e",
    "pret": "prêt·e",
    "fier": "fier·ère",
    "convaincu": "convaincu·e",
    "interesse": "intéressé·e",
    "familier": "familier·ère",
    "polyvalent": "polyvalent·e",
    "independant": "indépendant·e",
    "precis": "précis·e",
    "discret": "discret·ète",
}
# (passive participles, « vous serez accompagné par un mentor », are left to the rules of
# the hire's designation: the holdout, written by another hand, reads them as neutral)
_MASCULINE = "|".join(sorted(_ADDRESSEE_ADJECTIVES, key=len, reverse=True))
# not followed by an inclusive ending: « organisé·e », « curieux·se », « prêt(e) »
_NOT_INCLUSIVE = r"(?![\u00b7(./-]\s*(?:e|se|ve|re|ere|te|ete)\b)"


def _inclusive_adjectives(match: re.Match[str]) -> str:
    """The quote with every masculine adjective of ``_ADDRESSEE_ADJECTIVES`` in its
    inclusive form (« Vous êtes rigoureux, organisé » -> « Vous êtes rigoureux·se,
    organisé·e »)."""

    def inclusive(word: re.Match[str]) -> str:
        return _ADDRESSEE_ADJECTIVES.get(fold(word.group()), word.group())

    return re.sub(r"\b\w+\b" + _NOT_INCLUSIVE, inclusive, match.group())


# The reader described with adjectives of one gender, up to three before and after: {A} the
# adjectives, {X} more intensifiers ("|hyper|super" or ""), {I} what makes them inclusive.
ADDRESSEE_IN_ONE_GENDER = r"""
    \b(?:vous\s+(?:[êe]tes | serez | restez | devenez) | tu\s+(?:es | seras
    | restes | deviens))\s+(?:(?:tr[èe]s | particuli[èe]rement | vraiment
    | plut[ôo]t | aussi | [ée]galement{X} | d[ée]j[àa])\s+)?
    (?:(?!(?:un | une | le | la | les | l' | dans | au | aux | en | sur | avec
    | chez | par | pour | [àa] | de | du | des | d')\b)[\w'\u00b7-]+
    (?:\s*,\s* | \s+et\s+ | \s+)){0,3}?(?:{A})\b{I}
    (?:(?:\s*,\s* | \s+et\s+)[\w\u00b7'-]+){0,3}
"""

FR = [
    # ------------------------------------------------------------------------------- age
    rule(
        # a window of graduation years: « diplômé·e entre 2021 et 2024 », « diplômé en 2024
        # ou 2025 »
        "age",
        rx(
            r"""
                \bdipl[ôo]m[ée]{W}\s+(?:
                    entre\s+{Y}\s+et\s+{Y}
                    | (?:en | apr[èe]s | depuis | avant)\s+{Y}
                      (?:\s+(?:ou | et)\s+(?:en\s+)?{Y} | \s+ou\s+apr[èe]s)?
                )
            """,
            W=W,
            Y=_YEAR,
        ),
        # (a founder's or a trainer's year is theirs)
        unless=r"fondat|dirigeant|associ[ée]s?\b|nos\s+format",
        suggestion="diplôme dans le domaine, quelle que soit l'année",
    ),
    rule(
        # the start of a career as the only stage, the end of one turned away: « réservé aux
        # profils en début de carrière », « les profils en fin de carrière ne seront pas
        # retenus »
        "age",
        r"\b(?:en\s+)?(?:d[ée]but|fin)\s+de\s+carri[èe]re\b",
        context=rx(
            r"""
                {ONLY} | {REFUSED} | {REFUSING} | \br[ée]serv
            """,
            ONLY=ONLY,
            REFUSED=REFUSED,
            REFUSING=REFUSING,
        ),
        suggestion="à tout stade de carrière",
    ),
    # ------------------------------------------------------------------------------- sex
    rule(
        # a sex preferred by a verb or an adverb: « Les hommes sont privilégiés », « poste à
        # pourvoir de préférence par une femme », « une femme serait préférée »
        "sex_gender",
        # (the rule begins at the noun: « Les hommes sont privilégiés »)
        rx(r"""
            \b(?:
                hommes? | femmes? | messieurs | dames?
                | candidats?\s+masculins? | candidates?\s+f[ée]minines?
                | profils?\s+(?:masculins? | f[ée]minins?)
            )\b
        """),
        context=rx(
            r"""
                {PREFER} | \bpr[ée]f[ée]r[ée]{W} | \bpr[ée]f[ée]rence | \bid[ée]al\w*
                | \bplut[ôo]t\s+(?:un | une | des)
            """,
            PREFER=PREFER,
            W=W,
        ),
        unless=rx(r"""
            (?:hommes? | femmes?)\s+(?:et | ou)\s+(?:des\s+ | aux\s+)?(?:femmes? | hommes?)
            | parit[ée] | mixit[ée] | r[ée][ée]quilibr | sous-repr[ée]sent | vestiaires?
            | \bautant\b
        """),
        suggestion="une personne (H/F)",
    ),
    rule(
        # a father or a mother of a family as the profile: « bon père de famille »
        # (« en bon père de famille », the old standard of care, is another matter)
        "sex_gender",
        r"\b(?:bon(?:ne)?\s+)?(?:p[èe]re|m[èe]re)\s+de\s+famille\b",
        not_after=r"\ben\s+$",
        context=rx(r"""
            profil | recherch | id[ée]al | parfait | pour\s+(?:un | une) | vous\s+[êe]tes
            | tu\s+es | candidat | rejoindre
        """),
        unless=r"cong[ée]|garde|aide|prime|cr[èe]che|personnage|r[ôo]le",
        suggestion="une personne posée et fiable",
    ),
    # ------------------------------------------------------ the reader in one gender (any H/F)
    rule(
        # « Vous êtes rigoureux, organisé et curieux », « Tu es motivé et autonome »
        "gendered_title",
        rx(ADDRESSEE_IN_ONE_GENDER, A=_MASCULINE, X="|hyper|super", I=_NOT_INCLUSIVE),
        rewrite=((r"^[\s\S]*$", _inclusive_adjectives),),
        # (searched in the sentences holding one of the adjectives, rarer than « vous »)
        by_sentence=True,
    ),
    rule(
        # an inclusive subject, then a participle in one gender: « Le/la candidat·e retenu·e
        # sera accompagné par un tuteur »
        "gendered_title",
        rx(
            r"""
                \b(?:sera | seras | serez)\s+(?:
                    accompagn | form | encadr | rattach | int[ée]gr | plac | amen | charg
                    | affect | nomm | recrut | embauch | invit | convi | sollicit
                )[ée]e?\b{I}
            """,
            I=_NOT_INCLUSIVE,
        ),
        context=r"[a-z]\u00b7(?:e|se|rice|ve|ne|le|te|fe)\b|\ble\s*(?:/|ou)\s*la\b|\bla\s*(?:/|ou)\s*le\b",
        rewrite=((r"([ée]e?)$", "é·e"),),
    ),
    # ----------------------------------------------------------------------------- family
    rule(
        # plans for children asked: « envisagez-vous d'avoir des enfants ? », « prévoyez-vous
        # une grossesse ? »
        "family_pregnancy",
        rx(r"""
            \b(?:envisag | pr[ée]v | compt | souhait | pens | projet)\w*(?:-vous | -tu)?
            \s+(?:\w+\s+){0,2}?(?:d'avoir | avoir | de\s+faire | faire | une | un)\s+
            (?:des\s+ | un\s+ | d'autres\s+ | un\s+autre\s+)?(?:enfants? | b[ée]b[ée]s? | grossesse)
        """),
        unless=r"cong[ée]|aide|prime|cr[èe]che|accompagn|soutien|mutuelle|b[ée]n[ée]fici",
        suggestion=None,
    ),
    rule(
        # a person without dependants sought: « Idéal pour une personne sans charge de
        # famille »
        "family_pregnancy",
        r"\bsans\s+(?:charges?|obligations?|attaches?)\s+(?:de\s+famille|familiales?)\b",
        suggestion="disponible selon le planning communiqué",
    ),
    # ----------------------------------------------------------------------------- origin
    rule(
        # one's nationality or one's parents' asked: « Merci de préciser votre nationalité
        # et celle de vos parents »
        "origin_nationality",
        rx(r"""
            \b(?:indiqu | pr[ée]cis | mentionn | renseign | communiqu)\w*\s+(?:\w+\s+){0,2}?
            (?:votre | ta)\s+nationalit[ée](?:\s+et\s+celle\s+de\s+(?:vos | tes)\s+parents)?
            | \bnationalit[ée]\s+de\s+(?:vos | tes)\s+parents
            | \bcelle\s+de\s+(?:vos | tes)\s+parents
        """),
        unless=NOT_ASKED,
        suggestion="autorisation de travail en France",
    ),
    # -------------------------------------------------------------------------- residence
    rule(
        # a postcode as a condition: « Code postal 69003 à 69007 de préférence »
        "residence",
        rx(r"""
            # (the rule begins at « postal », rarer than « code » in an offer)
            (?:(?<=\bcode\s)postal | (?<=\bcodes\s)postaux)\s*:?\s*(?:commen[çc]ant\s+par\s+)?
            \d{2,5}
            (?:\s*(?:[àa] | - | – | ou | et | ,)\s*\d{2,5})*
        """),
        context=_FR_DEMAND,
        suggestion="poste basé à notre bureau",
    ),
    # -------------------------------------------------------------------- religion, opinions
    rule(
        # faith asked about: « Parlez-nous de votre religion »
        "religion",
        rx(r"""
            \b(?:parlez | parle | indiquez | indique | pr[ée]cisez | pr[ée]cise | d[ée]crivez
            | mentionnez)(?:-nous)?\s+(?:de\s+)?(?:votre | ta)\s+(?:foi | religion
            | pratique\s+religieuse | confession | croyances?)
        """),
        suggestion="dans le respect du règlement intérieur",
    ),
    rule(
        # a political leaning preferred: « Sensibilité politique proche de nos valeurs
        # appréciée », « Sympathies politiques de gauche appréciées »
        "union_political",
        rx(r"""
            \b(?:sensibilit[ée]s? | orientations? | opinions? | convictions? | affinit[ée]s?
            | sympathies? | positionnements? | engagements?)\s+politiques?\b
        """),
        context=rx(
            r"""
                {PREFER} | {REQ} | {ONLY} | \bproches?\s+d | \balign | \bpartag | \ben\s+phase
                | compatible
            """,
            PREFER=PREFER,
            REQ=REQ,
            ONLY=ONLY,
        ),
        unless=r"toutes\s+les|neutralit|apolitique|ouverte?\s+[àa]\s+tou",
        suggestion="candidatures de toutes et tous bienvenues",
    ),
    rule(
        # strikes asked about or held against: « Merci de préciser si vous avez déjà fait
        # grève »
        "union_political",
        rx(r"""
            \b(?:fait | faire | particip\w*\s+[àa] | pris\s+part\s+[àa])\s+(?:une\s+ | des\s+
            | la\s+ | aux?\s+)?gr[èe]ves?\b
            | \bgr[èe]vistes?\b
        """),
        context=rx(
            r"""
                indiqu | pr[ée]cis | mentionn | avez-vous | \bsi\s+vous | \bsi\s+tu | \bpas\s+de
                | aucun | {REFUSED}
            """,
            REFUSED=REFUSED,
        ),
        unless=r"transports?|en\s+cas\s+de|sncf|ratp",
        suggestion="candidatures de toutes et tous bienvenues",
    ),
    rule(
        # a pledge not to join a union: « vous vous engagez à ne pas vous syndiquer »
        "union_political",
        rx(r"""
            \bne\s+pas\s+(?:vous\s+ | te\s+ | se\s+)?syndiquer
            | \b(?:ne\s+pas\s+)?adh[ée]rer\s+[àa]\s+(?:aucun\s+ | un\s+)syndicat
        """),
        context=r"engag|accept|sign|promet|condition|ne\s+pas",
        suggestion="candidatures de toutes et tous bienvenues",
    ),
    # --------------------------------------------------------------------------- career gap
    rule(
        # never out of work: « Vous n'avez jamais quitté le marché du travail »
        "career_gap",
        rx(r"""
            \bjamais\s+(?:quitt[ée] | interrompu | arr[êe]t[ée] | cess[ée])\s+(?:
                le\s+(?:march[ée] | monde)\s+du\s+travail | (?:de\s+)?travailler
                | (?:votre | ta)\s+(?:carri[èe]re | activit[ée])
            )
            | \bjamais\s+(?:[ée]t[ée]\s+)?(?:au\s+ch[ôo]mage | sans\s+emploi | inactif\w*)
        """),
        suggestion="tous les parcours sont bienvenus",
    ),
    rule(
        # a gap made a rejection: « Trous dans le CV = refus »
        "career_gap",
        rx(r"""
            \b(?:trous? | interruptions? | p[ée]riodes?\s+(?:d'inactivit[ée] | blanches?
            | sans\s+emploi | de\s+ch[ôo]mage))\b[^.\n=]{0,40}?\s*(?:= | → | -> | ⇒)\s*
            (?:refus | rejet | pas\s+d'entretien | [ée]limin\w* | exclu\w*)
        """),
        suggestion="tous les parcours sont bienvenus",
    ),
    rule(
        # returning after a break turned away (« retour à l'emploi » is otherwise welcome)
        "career_gap",
        rx(r"""
            \breprise\s+d'activit[ée]
            | \bretour\s+(?:[àa]\s+l'emploi | apr[èe]s\s+une\s+(?:longue\s+)?(?:pause
            | interruption | coupure | absence))
            | \blongues?\s+(?:pauses? | interruptions? | coupures? | absences?)
        """),
        context=rx(
            r"""
                {REFUSED} | {REFUSING} | \bnon\s+souhait
            """,
            REFUSED=REFUSED,
            REFUSING=REFUSING,
        ),
        despite=rx(
            r"""
                {REFUSED} | {REFUSING} | \bnon\s+souhait
            """,
            REFUSED=REFUSED,
            REFUSING=REFUSING,
        ),
        suggestion="tous les parcours sont bienvenus",
    ),
    # ------------------------------------------------------------------------------ culture
    rule(
        # people one would have a drink with: « des gens avec qui on a envie de boire une
        # bière »
        "culture_fit",
        rx(r"""
            \bboire\s+(?:une | un | des | quelques)\s+(?:bi[èe]res? | verres? | coups? | pintes?
            | mousses?)\s+avec\b
            | \bavec\s+qui\s+(?:\w+\s+){0,5}?boire\s+(?:une | un | des)\s+(?:bi[èe]res? | verres?
            | coups? | pintes?)
        """),
        context=r"recrut|gens|personnes|profils?|quelqu'un|coll[èe]gues|coequipi",
        suggestion="des moments d'équipe variés et facultatifs",
    ),
    rule(
        # non-drinkers left out: « Si tu ne bois pas, tu risques de te sentir à l'écart »
        "culture_fit",
        rx(r"""
            \bsi\s+(?:tu\s+ne\s+bois | vous\s+ne\s+buvez)\s+pas
            | \b(?:ceux | celles | les\s+personnes)\s+qui\s+ne\s+boivent\s+pas
            | \bnon[- ]buveu\w*
        """),
        context=rx(
            r"""
                [àa]\s+l'[ée]cart | ennuy | pas\s+pour | exclu | {REFUSED} | risqu | dommage
            """,
            REFUSED=REFUSED,
        ),
        unless=r"bienvenu|sans\s+alcool|soft",
        suggestion="des moments d'équipe variés et facultatifs",
    ),
    rule(
        # a party or a game made compulsory: « Participation obligatoire à l'afterwork du
        # jeudi », « tournoi de FIFA du vendredi soir obligatoire »
        "culture_fit",
        # (the compulsion said of the party itself, next to it)
        rx(
            r"""
                \b{P}\b[^.\n]{0,40}?(?:obligatoires? | impos[ée]e?s? | non\s+n[ée]gociables?)
                | \b(?:participation | pr[ée]sence)\s+(?:obligatoire | exig[ée]e | requise)\s+
                  (?:[àa]\s+|aux?\s+|au\s+|[àa]\s+la\s+|[àa]\s+l')(?:\w+\s+)?{P}\b
            """,
            P=rx(r"""
                (?:tournois? | soir[ée]es? | afterworks? | after-works? | ap[ée]ros? | poker
                | fifa | karaok[ée] | baby-?foot | jeux\s+vid[ée]o | paintball | laser\s+game
                | beer\s+pong | blind\s+test)
            """),
        ),
        # (« pas d'afterwork obligatoire » says the opposite)
        unless=rx(r"""
            facultati | (?:non | pas)\s+obligatoire | sur\s+le\s+temps\s+de\s+travail
            | \b(?:pas\s+d(?:e\s+ | ') | aucun\w*\s+ | rien\s+d')(?:\w+\s+){0,2}?obligatoire
        """),
        suggestion="des moments d'équipe variés et facultatifs",
    ),
    # ----------------------------------------------------------------------------- diploma
    rule(
        # « Pas de diplôme = pas d'entretien », « Sans Master, pas d'embauche »
        "diploma_rigid",
        rx(r"""
            # (the rule begins at the diploma: « Pas de diplôme = pas d'entretien »)
            (?:(?<=\bpas\sde\s) | (?<=\bsans\s))(?:dipl[ôo]me | bac\s*\+\s*\d | master | licence
            | bts | dut | doctorat)\w*\s*(?:= | → | -> | , | :)\s*(?:pas\s+d'(?:entretien
            | embauche | candidature) | pas\s+de\s+(?:poste | candidature) | refus | rejet)
        """),
        suggestion="diplôme ou expérience équivalente",
    ),
    rule(
        # the degree as a condition without exception: « Le Master est une condition sine
        # qua non »
        "diploma_rigid",
        rx(r"""
            \b(?:dipl[ôo]me | master | licence | bac\s*\+\s*\d | doctorat | bts | dut)\b
            [^.\n]{0,30}?\b(?:(?:condition\s+)?sine\s+qua\s+non | non\s+n[ée]gociable
            | sans\s+exception)
        """),
        suggestion="diplôme ou expérience équivalente",
    ),
    # ------------------------------------------------------------------------ availability
    rule(
        # no right to disconnect: « Le droit à la déconnexion, ce n'est pas pour nous »,
        # « Le droit à la déconnexion ? Pas chez nous. »
        "excessive_availability",
        r"\bdroit\s+[àa]\s+la\s+d[ée]connexion\b",
        context=rx(r"""
            pas\s+pour\s+nous | pas\s+chez\s+nous | pas\s+ici | n'existe\s+pas | connai\w+\s+pas
            | on\s+oublie | oubliez | oublie | ce\s+n'est\s+pas
        """),
        unless=r"respect|garanti|appliqu|charte|accord|prot[èe]ge",
        window="next",
        suggestion="droit à la déconnexion respecté",
    ),
    rule(
        # replies at any hour: « joignable jour et nuit », « tu réponds à n'importe quelle
        # heure »
        "excessive_availability",
        rx(r"""
            \b(?:r[ée]pon\w+ | joignables? | disponibles? | dispos?)\b[^.\n]{0,40}?
            \b(?:jour\s+et\s+nuit | nuit\s+et\s+jour | 24\s*h\s*/\s*24 | 24/7
            | [àa]\s+n'importe\s+quelle\s+heure)
        """),
        unless=r"r[ée]mun[ée]r|pay[ée]|roulement|astreinte\s+(?:r[ée]mun|pay|indemn)|compens",
        suggestion="horaires définis, heures supplémentaires récupérées",
    ),
    # ------------------------------------------------------------------------------- words
    rule(
        "gender_coded",
        rx(r"""
            \bmachines?\s+de\s+guerre\b | \bb[êe]tes?\s+de\s+(?:travail | vente | comp[ée]tition)\b
        """),
        suggestion="une personne motivée",
    ),
    # ------------------------------------------------------------------------------ health
    rule(
        # eyesight without glasses: « Vue parfaite exigée (sans lunettes) »
        "health_disability",
        r"\bvue\s+parfaite\b|\bsans\s+lunettes\b|\bvision\s+parfaite\b",
        unless=r"pilot|aptitude|m[ée]decin|corrig|protection|s[ée]curit[ée]",
        suggestion="aménagements du poste possibles sur demande",
    ),
    rule(
        # a mental-health history: « pas de burn-out récent », « aucune dépression »
        "health_disability",
        r"\bburn-?\s?outs?\b|\bd[ée]pressions?\b|\bant[ée]c[ée]dents?\s+psychiatriques?\b",
        context=rx(
            r"""
                \bpas\s+de | \baucun | \bsans\b | \bjamais | {REQ} | r[ée]cent | derni[èe]r
                | {REFUSED}
            """,
            REQ=REQ,
            REFUSED=REFUSED,
        ),
        unless=rx(r"""
            pr[ée]ven | accompagn | soutien | psycholog | mutuelle | programme | cellule
            | \bdans\s+(?:l'[ée]quipe | nos\s+[ée]quipes) | \bchez\s+nous | gr[âa]ce
        """),
        suggestion="aménagements du poste possibles sur demande",
    ),
    rule(
        # a medical file asked with the application
        "health_disability",
        r"\b(?:dossiers?|historiques?|ant[ée]c[ée]dents?)\s+m[ée]dica(?:l|ux)\b",
        context=r"joi(?:ndre|gnez)|envoy|fourn|transmet|indiqu|pr[ée]cis|communiqu|candidature|\bcv\b",
        unless=NOT_ASKED + r"|m[ée]decin\s+du\s+travail|visite|apr[èe]s\s+l'embauche",
        suggestion="aménagements du poste possibles sur demande",
    ),
    # ------------------------------------------------------------------------------ school
    rule(
        # a preparatory class as the filter: « Si tu n'as pas fait prépa, passe ton chemin »
        "school_prestige",
        r"\b(?:pr[ée]pas?|classes?\s+pr[ée]paratoires?|cpge)\b",
        context=rx(
            r"""
                {REQ} | {ONLY} | {REFUSED} | \bsi\s+(?:tu\s+n'as | vous\s+n'avez)\s+pas
                | \bpas\s+de\b | \bissu
            """,
            REQ=REQ,
            ONLY=ONLY,
            REFUSED=REFUSED,
        ),
        suggestion="formation ou expérience équivalente",
    ),
    # -------------------------------------------------------------------------- appearance
    rule(
        # looks as the profile: « on aime les gens beaux », « vendeuse jeune et jolie »
        "appearance",
        rx(r"""
            \b(?:gens | personnes | profils | filles | gar[çc]ons | mecs | candidat\w*
            | vendeu\w+ | h[ôo]tesses? | serveu\w+)\s+(?:tr[èe]s\s+)?(?:beaux | belles?
            | jolie?s? | mignon\w* | canons? | sexy)\b
            | \bbeaux\s+gosses\b | \bbelles?\s+gueules?\b
            | \b(?:jeune | souriante? | grande? | mince | [ée]l[ée]gante?)\s+et\s+(?:jolie?s?
            | belles? | beaux | mignonn?e?s? | sexy)\b
        """),
        suggestion="sens du contact client",
    ),
]
