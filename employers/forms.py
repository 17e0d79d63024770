from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from accounts.audit_labels import action_label
from core.text import InvisibleCharactersMixin
from employers.enums import OfferStatus
from employers.legal_exceptions import (
    EXCEPTIONS,
    MIN_REASON_LENGTH,
    exceptions_for,
    justifiable,
    justification_problems,
)
from employers.models import Employer, Offer, is_employer_admin
from employers.sanitize import sanitize_html
from territories import rome
from territories.text import fold

MAX_SKILLS = 20
MAX_SKILL_LENGTH = 80
# The live check refuses anything longer: no offer needs it, and it bounds the engine's work.
MAX_DESCRIPTION_LENGTH = 20_000


def _justification_help() -> str:
    return _(
        "Seulement si la loi prévoit une exception pour ce motif : choisissez-la, puis expliquez "
        "avec vos propres mots (au moins %(length)d caractères) pourquoi elle s'applique à ce "
        "poste. La justification est journalisée et montrée aux conseillers avec l'offre."
    ) % {"length": MIN_REASON_LENGTH}


# Translated when shown, in the reader's language.
JUSTIFICATION_HELP = lazy(_justification_help, str)()


def exception_choices(exceptions):
    return [("", _("— Choisir l'exception —"))] + [(e.code, e.label) for e in exceptions]


class SkillsField(forms.CharField):
    """Skills one per line (or separated by commas), stored as a list. A line that is a skill
    of France Travail's ROME 4.0 referential (picked, or typed accents and case aside) is kept
    whole, commas included, in the referential's spelling and at its length; other skills are
    the recruiter's own words, MAX_SKILL_LENGTH characters at most."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value

    def to_python(self, value):
        text = super().to_python(value)
        skills: list[str] = []
        for line in text.splitlines():
            found = rome.skill_by_label(line)
            items = [found.label] if found else line.split(",")
            for item in items:
                item = " ".join(item.split())
                if item and item.casefold() not in {s.casefold() for s in skills}:
                    skills.append(item)
        return skills

    def validate(self, value):
        super().validate(value)
        if len(value) > MAX_SKILLS:
            raise forms.ValidationError(
                _("%(max)d compétences au plus."), code="too_many", params={"max": MAX_SKILLS}
            )
        if any(len(skill) > MAX_SKILL_LENGTH and not rome.skill_by_label(skill) for skill in value):
            raise forms.ValidationError(
                _("Chaque compétence tient en %(max)d caractères au plus."),
                code="too_long",
                params={"max": MAX_SKILL_LENGTH},
            )


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class OfferForm(InvisibleCharactersMixin, forms.ModelForm):
    """The offer editor. A published offer's form adds the gate: acknowledging new findings
    and, for admins, the legal justification of new illegal wording. The title refuses
    invisible characters; other texts lose them."""

    refuse_invisible_in = ("title",)

    skills = SkillsField(
        label=_("Compétences requises"),
        required=False,
        help_text=_(
            "Une par ligne, par exemple : Python, SQL, accessibilité numérique. Vous pouvez "
            "aussi en choisir dans le référentiel de France Travail ci-dessous."
        ),
    )
    appellation = forms.CharField(
        label=_("Métier (référentiel ROME)"),
        required=False,
        max_length=200,
        help_text=_(
            "Tapez le début du métier puis choisissez un intitulé du référentiel de France "
            "Travail, par exemple « Développeur / Développeuse web » : le code ROME est rempli "
            "à partir de lui."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "size": 50}),
    )
    accessible_th = forms.TypedChoiceField(
        label=_("Poste ouvert aux travailleurs handicapés"),
        choices=[
            ("", _("Non précisé")),
            ("true", _("Oui : le poste est accessible aux travailleurs handicapés")),
            ("false", _("Non")),
        ],
        coerce=lambda value: value == "true",
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
        help_text=_(
            "Transmis à France Travail (accessibleTH) ; rien n'est transmis si non précisé."
        ),
    )
    acknowledge = forms.BooleanField(
        label=_("J'ai pris connaissance des constats de rédaction."), required=False
    )
    exception = forms.ChoiceField(
        label=_("Exception prévue par la loi"),
        help_text=_(
            "Aucune exception n'existe pour la situation de famille, la grossesse, l'origine, "
            "la langue maternelle, la religion, les opinions politiques ou l'activité syndicale."
        ),
        required=False,
        choices=exception_choices(EXCEPTIONS),
    )
    justification = forms.CharField(
        label=_("Justification légale d'une formulation signalée comme illégale"),
        help_text=JUSTIFICATION_HELP,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )

    class Meta:
        model = Offer
        fields = [
            "title",
            "description",
            "skills",
            "contract_type",
            "contract_end_date",
            "working_time",
            "weekly_hours",
            "commune",
            "postcode",
            "remote_policy",
            "salary_min",
            "salary_max",
            "experience_level",
            "positions",
            "start_date",
            "rome_code",
            "accessible_th",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 12}),
            "contract_end_date": DateInput(),
            "start_date": DateInput(),
            "postcode": forms.TextInput(
                attrs={"inputmode": "numeric", "autocomplete": "postal-code", "size": 6}
            ),
            "rome_code": forms.TextInput(attrs={"size": 6}),
        }
        help_texts = {
            "salary_min": _(
                "Brut annuel en euros. La directive (UE) 2023/970 sur la transparence des "
                "rémunérations impose d'annoncer la fourchette."
            ),
            "contract_end_date": _("Obligatoire pour un CDD."),
            "weekly_hours": _("Obligatoire pour un temps partiel."),
            "rome_code": _(
                "Facultatif : une lettre et 4 chiffres, par exemple M1805 ; rempli par le "
                "métier choisi ci-dessus."
            ),
        }

    def __init__(self, *args, user, employers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        # The pay range is required here (EU directive 2023/970); older rows may lack it.
        self.fields["salary_min"].required = True
        self.fields["salary_max"].required = True
        self.fields["positions"].widget.attrs["min"] = 1
        self.fields["description"].validators.append(MaxLengthValidator(MAX_DESCRIPTION_LENGTH))
        self.fields["description"].widget.attrs["maxlength"] = MAX_DESCRIPTION_LENGTH
        if self.instance.appellation_code and (
            found := rome.appellation(self.instance.appellation_code)
        ):
            self.fields["appellation"].initial = found.label
        if self.instance.accessible_th is not None:
            self.initial["accessible_th"] = "true" if self.instance.accessible_th else "false"
        self.only_employer = None
        if employers is not None:
            # A new offer: for which of the user's organisations. With one organisation there
            # is nothing to choose: the field is hidden, holds it, and falls back to it.
            self.fields["employer"] = forms.ModelChoiceField(
                label=_("Entreprise"), queryset=employers, empty_label=None
            )
            if len(employers) == 1:
                self.only_employer = employers[0]
                self.fields["employer"].widget = forms.HiddenInput()
                self.fields["employer"].initial = self.only_employer.pk
                self.fields["employer"].required = False
        if self.instance.status != OfferStatus.PUBLISHED:
            del self.fields["acknowledge"]
            del self.fields["justification"]
            del self.fields["exception"]
        elif not is_employer_admin(user, self.instance.employer):
            del self.fields["justification"]
            del self.fields["exception"]

    @property
    def is_published(self) -> bool:
        return self.instance.status == OfferStatus.PUBLISHED

    def clean_description(self):
        return sanitize_html(self.cleaned_data["description"])

    def clean_rome_code(self):
        return self.cleaned_data["rome_code"].strip().upper()

    def clean_appellation(self):
        """The typed title must be one of the referential's (accents and case aside); without
        JavaScript, this is how a title is chosen. An unknown one gets suggestions."""
        text = self.cleaned_data["appellation"].strip()
        if not text:
            return None
        exact = [a for a in rome.search_appellations(text, limit=50) if fold(a.label) == fold(text)]
        if exact:
            return exact[0]
        suggestions = [a.label for a in rome.search_appellations(text, limit=3)]
        if suggestions:
            raise forms.ValidationError(
                _("Choisissez un intitulé du référentiel, par exemple : %(titles)s."),
                code="appellation_unknown",
                params={"titles": " ; ".join(f"« {title} »" for title in suggestions)},
            )
        raise forms.ValidationError(
            _("Aucun intitulé du référentiel ne correspond : essayez un autre mot."),
            code="appellation_unknown",
        )

    def clean(self):
        cleaned = super().clean()
        if "employer" in self.fields and not cleaned.get("employer") and self.only_employer:
            cleaned["employer"] = self.only_employer
        employer = cleaned.get("employer")
        if isinstance(employer, Employer):
            self.instance.employer = employer
        appellation = cleaned.get("appellation")
        if "appellation" in cleaned:
            self.instance.appellation_code = appellation.code if appellation else ""
        if appellation is not None:
            # The title decides the ROME code: filled in, or corrected if another was typed.
            cleaned["rome_code"] = appellation.rome_code
            self.instance.rome_code = appellation.rome_code
        return cleaned

    @property
    def main_fields(self):
        return [self[name] for name in ("title", "description", "skills")]


class PublishForm(InvisibleCharactersMixin, forms.Form):
    """The publication gate: justify illegal wording, acknowledge the other findings."""

    exception = forms.ChoiceField(label=_("Exception prévue par la loi"), required=False)
    justification = forms.CharField(
        label=_("Justification légale"),
        help_text=JUSTIFICATION_HELP,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        required=False,
    )
    acknowledge = forms.BooleanField(
        label=_("J'ai pris connaissance des constats ci-dessus et je publie l'offre.")
    )

    def __init__(self, *args, review, **kwargs):
        super().__init__(*args, **kwargs)
        self.review = review
        self.illegal_categories = sorted({item.finding.category for item in review.illegal})
        #: illegal grounds for which the law has no exception: only a correction publishes
        self.unjustifiable = [c for c in self.illegal_categories if not justifiable(c)]
        labels = {item.finding.category: item.category_label for item in review.illegal}
        self.unjustifiable_labels = [labels[c] for c in self.unjustifiable]
        if not self.illegal_categories or self.unjustifiable:
            del self.fields["justification"]
            del self.fields["exception"]
        else:
            self.fields["exception"].choices = exception_choices(
                exceptions_for(self.illegal_categories)
            )
        if not review.others:
            del self.fields["acknowledge"]

    def clean(self):
        cleaned = super().clean()
        problems = justification_problems(
            self.illegal_categories,
            exception=cleaned.get("exception") or "",
            reason=cleaned.get("justification") or "",
            offer_text=f"{self.review.title}\n\n{self.review.description}",
            labels={item.finding.category: item.category_label for item in self.review.illegal},
        )
        for field, message in problems:
            self.add_error(field if field in self.fields else None, message)
        return cleaned


class AuditFilterForm(forms.Form):
    """The employer's audit log, filtered by action and by date (both days included)."""

    action = forms.ChoiceField(label=_("Action"), required=False)
    start = forms.DateField(label=_("Du"), required=False, widget=DateInput())
    end = forms.DateField(label=_("Au"), required=False, widget=DateInput())

    def __init__(self, *args, actions=(), **kwargs):
        super().__init__(*args, **kwargs)
        labelled = sorted(((code, action_label(code)) for code in actions), key=lambda c: c[1])
        self.fields["action"].choices = [("", _("Toutes les actions")), *labelled]

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            self.add_error("end", _("La date de fin doit suivre la date de début."))
        return data
