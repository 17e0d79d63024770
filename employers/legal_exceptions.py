"""The exceptions the law provides to the grounds an offer may not use, and the rule for the
legal justification that an employer admin may give for illegal wording (issue 21).

A justification unlocks illegal wording only when:

- every new illegal finding's category has an exception in the law (``EXCEPTIONS``); there is
  none for family situation and pregnancy, origin beyond a nationality condition set by a text,
  mother tongue, religion, political or union activity, personal data: that wording must go;
- the admin picks, from the list, the exception that applies, and it covers every one of those
  categories;
- the written reason has substance: at least ``MIN_REASON_LENGTH`` characters and at least
  ``MIN_OWN_WORDS`` words of its own, that is words found nowhere in the offer (a copy of the
  flagged sentence, « parce que » or « voir l'offre » are refused).

The service (`employers.services.gate_errors`) enforces it; the forms use the same function
to show the errors next to their fields.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

MIN_REASON_LENGTH = 60
MIN_OWN_WORDS = 4


@dataclass(frozen=True)
class LegalException:
    code: str
    label: str
    basis: str
    categories: frozenset[str]


EXCEPTIONS = (
    LegalException(
        "occupational_requirement",
        _(
            "Exigence professionnelle essentielle et déterminante, pour un objectif légitime et "
            "proportionnée (C. trav. L.1133-1)"
        ),
        "C. trav. L.1133-1",
        frozenset({"age", "sex_gender", "gendered_title", "appearance", "health_disability"}),
    ),
    LegalException(
        "sex_listed_job",
        _(
            "Emploi pour lequel l'appartenance à un sexe est la condition déterminante : "
            "artistes interprètes d'un rôle, mannequins, modèles (C. trav. L.1142-2, R.1142-1)"
        ),
        "C. trav. L.1142-2, R.1142-1",
        frozenset({"sex_gender", "gendered_title"}),
    ),
    LegalException(
        "age_justified",
        _(
            "Différence de traitement fondée sur l'âge, objectivement et raisonnablement "
            "justifiée, ou condition d'âge fixée par un texte, par exemple l'apprentissage "
            "(C. trav. L.1133-2, L.5331-2, L.6222-1)"
        ),
        "C. trav. L.1133-2, L.5331-2, L.6222-1",
        frozenset({"age"}),
    ),
    LegalException(
        "statutory_nationality",
        _(
            "Condition de nationalité fixée par un texte, par exemple un emploi public ou de la "
            "défense (jamais l'origine)"
        ),
        "Condition de nationalité fixée par un texte (catégorie origine/nationalité)",
        frozenset({"origin_nationality"}),
    ),
    LegalException(
        "medical_fitness",
        _(
            "Aptitude médicale exigée par un texte ou inaptitude constatée par le médecin du "
            "travail (C. trav. L.1133-3)"
        ),
        "C. trav. L.1133-3",
        frozenset({"health_disability"}),
    ),
    LegalException(
        "positive_action",
        _(
            "Mesure en faveur de personnes handicapées ou de résidents de territoires "
            "prioritaires (C. trav. L.1133-4, L.1133-5)"
        ),
        "C. trav. L.1133-4, L.1133-5",
        frozenset({"health_disability", "residence"}),
    ),
)

_BY_CODE = {exception.code: exception for exception in EXCEPTIONS}


def exception_of(code: str) -> LegalException | None:
    return _BY_CODE.get(code)


def justifiable(category: str) -> bool:
    """Whether the law provides any exception for this category of illegal wording."""
    return any(category in exception.categories for exception in EXCEPTIONS)


def exceptions_for(categories: Iterable[str]) -> list[LegalException]:
    """The exceptions that apply to at least one of these categories, in the table's order."""
    wanted = set(categories)
    return [exception for exception in EXCEPTIONS if exception.categories & wanted]


def _words(text: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(char for char in folded if not unicodedata.combining(char))
    return {word for word in re.findall(r"[a-z0-9]+", folded) if len(word) >= 3}


def own_words(reason: str, offer_text: str) -> set[str]:
    """The words of the reason (three letters or more) that the offer does not contain."""
    return _words(reason) - _words(offer_text)


def justification_errors(
    categories: Iterable[str],
    *,
    exception: str,
    reason: str,
    offer_text: str,
    labels: dict[str, str] | None = None,
) -> list:
    """Why a justification does not unlock illegal wording of these categories (empty: it does).

    `categories` are those of the new illegal findings; `labels` names them for the messages.
    """
    return [
        message
        for _field, message in justification_problems(
            categories, exception=exception, reason=reason, offer_text=offer_text, labels=labels
        )
    ]


def justification_problems(
    categories: Iterable[str],
    *,
    exception: str,
    reason: str,
    offer_text: str,
    labels: dict[str, str] | None = None,
) -> list[tuple[str | None, str]]:
    """`justification_errors` with the form field each error belongs to ("exception",
    "justification", or None for the offer as a whole)."""
    wanted = sorted(set(categories))
    if not wanted:
        return []
    labels = labels or {}
    errors = []
    forbidden = [category for category in wanted if not justifiable(category)]
    for category in forbidden:
        errors.append(
            (
                None,
                _(
                    "La loi ne prévoit aucune exception pour « %(ground)s » : aucune justification "
                    "ne permet de publier cette formulation, retirez-la ou reformulez-la."
                )
                % {"ground": labels.get(category, category)},
            )
        )
    if forbidden:
        return errors
    reason = reason.strip()
    if not reason and not exception:
        return [
            (
                "justification",
                _(
                    "L'offre contient une formulation illégale : corrigez-la, ou choisissez "
                    "l'exception prévue par la loi et écrivez la justification qui l'impose."
                ),
            )
        ]
    chosen = exception_of(exception)
    if chosen is None:
        errors.append(("exception", _("Choisissez dans la liste l'exception prévue par la loi.")))
    else:
        uncovered = [category for category in wanted if category not in chosen.categories]
        if uncovered:
            errors.append(
                (
                    "exception",
                    _("L'exception choisie ne s'applique pas à « %(grounds)s ».")
                    % {"grounds": " », « ".join(labels.get(c, c) for c in uncovered)},
                )
            )
    errors += [("justification", message) for message in _reason_problems(reason)]
    if len(reason) < MIN_REASON_LENGTH or len(own_words(reason, offer_text)) < MIN_OWN_WORDS:
        errors.append(
            (
                "justification",
                _(
                    "Expliquez en au moins %(length)d caractères, avec vos propres mots et non une "
                    "copie de l'offre, pourquoi cette exception s'applique à ce poste (le texte, "
                    "l'emploi, la raison)."
                )
                % {"length": MIN_REASON_LENGTH},
            )
        )
    return errors


# A customer's or partner's taste is never a legitimate aim nor an occupational requirement
# (CJUE, 14 mars 2017, Bougnaoui, C-188/15).
_CUSTOMERS_PREFERENCE = re.compile(
    r"\b(?:clients?|client[eè]le|partenaires?|customers?|partners?)\b[^.;]{0,60}?"
    r"\b(?:pr[ée]f[eè]r\w*|aim\w*|attend\w*|veul\w*|souhait\w*|demand\w*|prefer\w*|like\w*"
    r"|want\w*|expect\w*)",
    re.IGNORECASE,
)


# The employer's own taste is no justification either: « nous préférons », 'we'd rather'.
_OWN_PREFERENCE = re.compile(
    r"\b(?:nous|on|je|we|i)\s+(?:pr[ée]f[eè]r\w*|aimerions|voulons|prefer\w*|would\s+rather"
    r"|['’]d\s+rather)\b|\bimage\s+de\s+marque\b|\bbrand\s+image\b",
    re.IGNORECASE,
)


def _reason_problems(reason: str) -> list[str]:
    """A reason that rests on what customers or the employer prefer justifies nothing: the law's
    exceptions are requirements of the job or conditions set by a text."""
    problems = []
    if _CUSTOMERS_PREFERENCE.search(reason):
        problems.append(
            _(
                "La préférence de clients ou de partenaires n'est jamais une justification "
                "légale (CJUE, Bougnaoui, C-188/15) : décrivez l'exigence du poste ou le texte."
            )
        )
    if _OWN_PREFERENCE.search(reason):
        problems.append(
            _(
                "Une préférence de l'entreprise n'est pas une justification légale : citez "
                "l'exigence essentielle du poste ou le texte qui impose cette condition."
            )
        )
    return problems


def justification_record(exception: str, reason: str) -> str:
    """The justification as kept with the offer and shown to advisers: the exception, then the
    reason."""
    chosen = exception_of(exception)
    label = str(chosen.label) if chosen else exception
    return f"{label} — {reason.strip()}"
