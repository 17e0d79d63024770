from datetime import UTC, datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from candidates.models import Application
from core.i18n import current_language
from core.text import InvisibleCharactersMixin
from interviews import grids
from interviews.calendar import PARIS, slot_text
from interviews.enums import INTERVIEWABLE_STAGES, GridLanguage
from interviews.library import load_grids
from interviews.models import LEVELS
from interviews.scheduling import SlotData, slot_problem


def _library_choices():
    """The library's grids by their title in the reader's language (the interview's own
    language is chosen apart)."""
    language = current_language()
    return [(grid.slug, grid.title[language]) for grid in load_grids()]


class CopyGridForm(forms.Form):
    slug = forms.ChoiceField(label=_("Grille de la bibliothèque"), choices=_library_choices)
    language = forms.ChoiceField(
        label=_("Langue de l'entretien"), choices=GridLanguage.choices, initial=GridLanguage.FR
    )


class CompetencyForm(InvisibleCharactersMixin, forms.Form):
    refuse_invisible_in = ("name",)

    name = forms.CharField(label=_("Compétence"), max_length=200)
    weight = forms.DecimalField(
        label=_("Poids"),
        min_value=0.1,
        max_value=99,
        decimal_places=1,
        help_text=_("Importance relative dans le score de consensus, par exemple 1, 2 ou 3."),
    )
    questions = forms.CharField(
        label=_("Questions"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Une question par ligne, liée au poste. Les questions personnelles (famille, "
            "origine, santé, âge, domicile…) sont refusées."
        ),
    )
    level_1 = forms.CharField(
        label=_("Niveau 1 : comportement observé"), widget=forms.Textarea(attrs={"rows": 2})
    )
    level_2 = forms.CharField(
        label=_("Niveau 2 : comportement observé"), widget=forms.Textarea(attrs={"rows": 2})
    )
    level_3 = forms.CharField(
        label=_("Niveau 3 : comportement observé"), widget=forms.Textarea(attrs={"rows": 2})
    )
    level_4 = forms.CharField(
        label=_("Niveau 4 : comportement observé"), widget=forms.Textarea(attrs={"rows": 2})
    )
    level_5 = forms.CharField(
        label=_("Niveau 5 : comportement observé"), widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, language: str, **kwargs):
        self.language = language
        super().__init__(*args, **kwargs)

    @classmethod
    def initial_for(cls, competency) -> dict:
        return {
            "name": competency.name,
            "weight": competency.weight,
            "questions": "\n".join(competency.questions),
            **{f"level_{level}": text for level, text in competency.levels},
        }

    def clean_questions(self):
        lines = [line.strip() for line in self.cleaned_data["questions"].splitlines()]
        questions = [line for line in lines if line]
        if not questions:
            raise ValidationError(_("Écrivez au moins une question."))
        errors = []
        for question in questions:
            if len(question) > grids.MAX_QUESTION_LENGTH:
                errors.append(
                    ValidationError(
                        _("Une question tient en %(max)s caractères au plus."),
                        params={"max": grids.MAX_QUESTION_LENGTH},
                    )
                )
            for finding in grids.refusing_findings(question, language=self.language):
                errors.append(
                    ValidationError(
                        _(
                            "Question refusée : « %(question)s ». %(message)s "
                            "Base légale : %(basis)s"
                        ),
                        params={
                            "question": question,
                            "message": finding.message,
                            "basis": finding.legal_basis,
                        },
                        code="personal_question",
                    )
                )
        if errors:
            raise ValidationError(errors)
        return questions

    def to_data(self) -> grids.CompetencyData:
        data = self.cleaned_data
        return grids.CompetencyData(
            name=data["name"],
            weight=data["weight"],
            questions=data["questions"],
            levels=[data[f"level_{level}"] for level in LEVELS],
        )


class PanelMemberChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.name_for_colleagues


class LeadChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name_for_colleagues


class ApplicationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.pseudonym} ({obj.get_stage_display()})"


class InterviewForm(forms.Form):
    application = ApplicationChoiceField(
        label=_("Candidature (pseudonyme)"), queryset=Application.objects.none()
    )
    panel = PanelMemberChoiceField(
        label=_("Jury"),
        queryset=User.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Membres de l'entreprise qui notent, chacun de son côté."),
    )
    lead = LeadChoiceField(
        label=_("Personne qui mène l'entretien"),
        queryset=User.objects.none(),
        help_text=_("Elle ouvre et clôt la notation et enregistre le consensus."),
    )

    def __init__(self, *args, offer, **kwargs):
        super().__init__(*args, **kwargs)
        # Applications are loaded by pseudonym and stage only: nothing of the candidate.
        self.fields["application"].queryset = offer.applications.filter(
            stage__in=INTERVIEWABLE_STAGES
        ).only("pseudonym", "stage", "offer_id", "created_at")
        colleagues = User.objects.filter(employer_memberships__employer=offer.employer).order_by(
            "display_name", "email"
        )
        self.fields["panel"].queryset = colleagues
        self.fields["lead"].queryset = colleagues

    def clean(self):
        data = super().clean()
        if data.get("lead") and data.get("panel") is not None and data["lead"] not in data["panel"]:
            self.add_error("lead", _("La personne qui mène l'entretien fait partie du jury."))
        return data


class ScoreSheetForm(InvisibleCharactersMixin, forms.Form):
    """One field pair per competency: the level on the anchored scale, and the evidence."""

    def __init__(self, *args, competencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.competencies = list(competencies)
        for competency in self.competencies:
            name = {"name": competency.name}
            self.fields[f"level_{competency.pk}"] = forms.TypedChoiceField(
                label=_("Niveau observé pour « %(name)s »") % name,
                coerce=int,
                choices=[(level, f"{level} — {text}") for level, text in competency.levels],
                widget=forms.RadioSelect,
            )
            self.fields[f"evidence_{competency.pk}"] = forms.CharField(
                label=_("Éléments observés pour « %(name)s »") % name,
                max_length=grids.MAX_EVIDENCE_LENGTH,
                widget=forms.Textarea(attrs={"rows": 3}),
                help_text=_("Ce que la personne a dit ou fait, en quelques mots."),
            )

    def rows(self):
        for competency in self.competencies:
            yield competency, self[f"level_{competency.pk}"], self[f"evidence_{competency.pk}"]

    def ratings(self) -> dict[int, tuple[int, str]]:
        return {
            c.pk: (self.cleaned_data[f"level_{c.pk}"], self.cleaned_data[f"evidence_{c.pk}"])
            for c in self.competencies
        }


class ConsensusForm(InvisibleCharactersMixin, forms.Form):
    def __init__(self, *args, competencies, suggested=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.competencies = list(competencies)
        suggested = suggested or {}
        for competency in self.competencies:
            name = {"name": competency.name}
            self.fields[f"level_{competency.pk}"] = forms.TypedChoiceField(
                label=_("Niveau retenu pour « %(name)s »") % name,
                coerce=int,
                choices=[(level, f"{level} — {text}") for level, text in competency.levels],
                initial=suggested.get(competency.pk),
            )
            self.fields[f"justification_{competency.pk}"] = forms.CharField(
                label=_("Justification pour « %(name)s »") % name,
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def rows(self):
        for competency in self.competencies:
            yield (
                competency,
                self[f"level_{competency.pk}"],
                self[f"justification_{competency.pk}"],
            )

    def decisions(self) -> dict[int, tuple[int, str]]:
        return {
            c.pk: (
                self.cleaned_data[f"level_{c.pk}"],
                self.cleaned_data[f"justification_{c.pk}"],
            )
            for c in self.competencies
        }


# Scheduling -------------------------------------------------------------------------------

SLOT_ROWS = (1, 2, 3)


def _paris_moment(day, moment):
    """`day` at `moment` in Paris, or None when that hour does not exist that day (the spring
    change of time skips 02:00-03:00)."""
    naive = datetime.combine(day, moment)
    aware = naive.replace(tzinfo=PARIS)
    if aware.astimezone(UTC).astimezone(PARIS).replace(tzinfo=None) != naive:
        return None
    return aware


class SlotProposalForm(InvisibleCharactersMixin, forms.Form):
    """Up to three slots (a date, a start, an end, in Paris time), a place or a video link, and
    who of the panel attends. ``moving``: a date was fixed, so a reason is required."""

    place = forms.CharField(
        label=_("Lieu"),
        max_length=300,
        required=False,
        help_text=_("L'adresse et la salle, si l'entretien a lieu sur place."),
    )
    video_url = forms.URLField(
        label=_("Lien de visioconférence"),
        max_length=500,
        required=False,
        assume_scheme="https",
        help_text=_("Si l'entretien a lieu à distance, par exemple https://visio.example.fr/abc."),
    )
    attendees = PanelMemberChoiceField(
        label=_("Membres du jury présents"),
        queryset=User.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    reason = forms.CharField(
        label=_("Motif du changement"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Transmis à la personne candidate avec les nouveaux créneaux."),
    )

    def __init__(self, *args, interview, moving: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.moving = moving
        self.fields["attendees"].queryset = User.objects.filter(
            interview_panels__interview=interview
        ).order_by("id")
        self.fields["reason"].required = moving
        if not moving:
            del self.fields["reason"]
        for row in SLOT_ROWS:
            required = row == 1
            self.fields[f"date_{row}"] = forms.DateField(
                label=_("Créneau %(row)s : date") % {"row": row},
                required=required,
                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            )
            self.fields[f"start_{row}"] = forms.TimeField(
                label=_("Créneau %(row)s : début (heure de Paris)") % {"row": row},
                required=required,
                widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            )
            self.fields[f"end_{row}"] = forms.TimeField(
                label=_("Créneau %(row)s : fin (heure de Paris)") % {"row": row},
                required=required,
                widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            )

    def slot_rows(self):
        return [
            (row, self[f"date_{row}"], self[f"start_{row}"], self[f"end_{row}"])
            for row in SLOT_ROWS
        ]

    def clean(self):
        cleaned = super().clean()
        slots = []
        for row in SLOT_ROWS:
            names = (f"date_{row}", f"start_{row}", f"end_{row}")
            if any(name in self.errors for name in names):
                continue
            day, start, end = (cleaned.get(name) for name in names)
            if day is None and start is None and end is None:
                continue
            missing = [name for name, value in zip(names, (day, start, end)) if value is None]
            for name in missing:
                self.add_error(name, _("Indiquez la date, le début et la fin du créneau."))
            if missing:
                continue
            starts_at, ends_at = _paris_moment(day, start), _paris_moment(day, end)
            if starts_at is None or ends_at is None:
                self.add_error(
                    f"start_{row}" if starts_at is None else f"end_{row}",
                    _("Cette heure n'existe pas ce jour-là (passage à l'heure d'été)."),
                )
                continue
            slot = SlotData(starts_at=starts_at, ends_at=ends_at)
            problem = slot_problem(slot)
            if problem:
                self.add_error(f"end_{row}" if ends_at <= starts_at else f"date_{row}", problem)
                continue
            slots.append(slot)
        cleaned["slots"] = slots
        where = cleaned.get("place") or cleaned.get("video_url")
        if not where and "video_url" not in self.errors:
            self.add_error("place", _("Indiquez un lieu ou un lien de visioconférence."))
        return cleaned


class ChooseSlotForm(forms.Form):
    slot = forms.TypedChoiceField(
        label=_("Créneau"), coerce=int, widget=forms.RadioSelect, choices=()
    )

    def __init__(self, *args, slots, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].choices = [
            (slot.pk, slot_text(slot.starts_at, slot.ends_at)) for slot in slots
        ]


class ReasonForm(InvisibleCharactersMixin, forms.Form):
    reason = forms.CharField(
        label=_("Motif"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )
