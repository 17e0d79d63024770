from dataclasses import dataclass, field

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from assessments import scoring
from assessments.campaigns import MAX_WRITTEN_CHARS
from assessments.enums import ExtraTime, SjtMode
from assessments.models import Exercise, ReusedResult, SjtScenario, WrittenQuestion
from assessments.submissions import MAX_CODE_CHARS, MAX_CUSTOM_INPUT_CHARS
from core.text import InvisibleCharactersMixin


class CodeForm(forms.Form):
    """The code typed in the editor (or in the plain textarea without JavaScript)."""

    code = forms.CharField(
        label=_("Votre code"),
        max_length=MAX_CODE_CHARS,
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 18, "spellcheck": "false", "autocapitalize": "off"}),
    )
    # Checked by the view against the languages allowed for the exercise.
    language = forms.CharField(label=_("Langage"), max_length=16, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # An absent field is a malformed request, not an empty program.
        self.field_missing = self.is_bound and "code" not in self.data

    def is_valid(self):
        return not self.field_missing and super().is_valid()


class OwnInputForm(forms.Form):
    """« Tester avec mon entrée »: what the candidate's program reads (the dataset for SQL)."""

    stdin = forms.CharField(
        label=_("Votre entrée"),
        max_length=MAX_CUSTOM_INPUT_CHARS,
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 5, "spellcheck": "false", "autocapitalize": "off"}),
    )


# -- campaigns ----------------------------------------------------------------------------


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class ExerciseChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return (
            f"{obj.title} ({obj.get_track_display()}, {obj.get_level_display()}, "
            f"{obj.estimated_minutes} min, {obj.languages_label()})"
        )


class OwnExerciseChoiceField(forms.ModelMultipleChoiceField):
    """The employer's own exercises: the version shows, since a campaign keeps its own."""

    def label_from_instance(self, obj):
        return gettext(
            "%(title)s (version %(version)s, %(level)s, %(minutes)s min, %(languages)s)"
        ) % {
            "title": obj.title,
            "version": obj.version,
            "level": obj.get_level_display(),
            "minutes": obj.estimated_minutes,
            "languages": obj.languages_label(),
        }


class ScenarioChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        situation = obj.situation if len(obj.situation) <= 110 else obj.situation[:107] + "…"
        return f"{obj.get_competency_display()} : {situation}"


class QuestionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.get_competency_display()} : {obj.prompt}"


def _weight(label):
    return forms.IntegerField(label=label, min_value=0, max_value=100, initial=0)


class CampaignForm(forms.Form):
    """What the employer composes; ``campaigns.save_campaign`` decides edit or new version."""

    exercises = ExerciseChoiceField(
        label=_("Exercices de code"),
        queryset=Exercise.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    own_exercises = OwnExerciseChoiceField(
        label=_("Exercices rédigés par votre entreprise"),
        queryset=Exercise.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Ceux dont la solution de référence a réussi tous les tests, dans leur dernière "
            "version validée. Les candidat·es les passent comme ceux de la bibliothèque."
        ),
    )
    scenarios = ScenarioChoiceField(
        label=_("Mises en situation"),
        queryset=SjtScenario.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    questions = QuestionChoiceField(
        label=_("Questions écrites"),
        queryset=WrittenQuestion.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    exercise_languages = forms.MultipleChoiceField(
        label=_("Langages autorisés par exercice"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Pour chaque exercice proposé en plusieurs langages, cochez ceux que les "
            "candidat·es peuvent choisir. Aucun coché : tous les langages de l'exercice."
        ),
    )
    weight_coding = _weight(_("Poids des exercices de code"))
    weight_sjt = _weight(_("Poids des mises en situation"))
    weight_written = _weight(_("Poids des questions écrites"))
    sjt_mode = forms.ChoiceField(
        label=_("Réponse aux mises en situation"),
        choices=SjtMode.choices,
        initial=SjtMode.BEST_WORST,
        required=False,
        widget=forms.RadioSelect,
        help_text=_(
            "Classer toutes les réponses demande plus de temps mais mesure plus finement le "
            "jugement ; les deux modes sont notés selon la méthode affichée aux candidat·es."
        ),
    )
    duration_minutes = forms.IntegerField(
        label=_("Durée (minutes)"),
        min_value=5,
        max_value=480,
        help_text=_("Le temps d'une personne, en une seule fois, sans compter un aménagement."),
    )
    extra_time = forms.ChoiceField(
        label=_("Temps supplémentaire sur demande"),
        choices=ExtraTime.choices,
        initial=ExtraTime.THIRD,
        help_text=_(
            "Accordé à toute personne qui le demande avant de commencer, sans justificatif ni "
            "décision de votre part : vous ne saurez pas qui l'a demandé, seulement combien de "
            "demandes ont été accordées, une fois l'évaluation clôturée."
        ),
    )
    deadline = forms.DateTimeField(
        label=_("Date limite"),
        widget=DateTimeInput(),
        input_formats=["%Y-%m-%dT%H:%M"],
        help_text=_(
            "Après cette date, personne ne peut commencer et les épreuves en cours sont remises."
        ),
    )

    def __init__(self, *args, campaign=None, employer=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The versions in the campaign stay selectable even after the library moved on, or
        # after the employer's own exercise got a newer version.
        exercises = Exercise.objects.library().current().without_tests().defer("samples")
        own = Exercise.objects.none()
        if employer is not None:
            own = (
                Exercise.objects.usable_by(employer)
                .filter(employer=employer)
                .without_tests()
                .defer("samples")
            )
        scenarios = SjtScenario.objects.current()
        questions = WrittenQuestion.objects.current()
        if campaign is not None:
            exercises = exercises | campaign.exercises.library()
            if employer is not None:
                own = own | campaign.exercises.filter(employer=employer)
            scenarios = scenarios | campaign.scenarios.all()
            questions = questions | campaign.questions.all()
        self.fields["exercises"].queryset = exercises.distinct()
        self.fields["own_exercises"].queryset = own.distinct().order_by("title_fr", "-version")
        # Every language of every selectable exercise is a valid value; the template shows
        # only the groups of the chosen exercises (``language_groups``).
        self.fields["exercise_languages"].choices = [
            (f"{exercise.slug}:{key}", label)
            for queryset in (exercises.distinct(), own.distinct())
            for exercise in queryset
            for key, label in exercise.language_choices()
        ]
        if not self.is_bound and "exercise_languages" not in self.initial:
            self.initial["exercise_languages"] = initial_exercise_languages(campaign)
        self.fields["scenarios"].queryset = scenarios.distinct()
        self.fields["questions"].queryset = questions.distinct()

    def clean_exercise_languages(self):
        """{slug: [language keys]} as ticked; ``clean`` keeps the chosen exercises' only."""
        ticked: dict[str, list[str]] = {}
        for value in self.cleaned_data["exercise_languages"]:
            slug, _sep, language = value.partition(":")
            ticked.setdefault(slug, []).append(language)
        return ticked

    def _chosen_exercises(self) -> list:
        """The exercises ticked in the submitted form, or the campaign's before submission."""
        chosen = []
        for name in ("exercises", "own_exercises"):
            queryset = self.fields[name].queryset
            if self.is_bound:
                keys = [key for key in self.data.getlist(name) if str(key).isdigit()]
            else:
                keys = [exercise.pk for exercise in self.initial.get(name) or []]
            chosen += list(queryset.filter(pk__in=keys))
        return sorted(chosen, key=lambda e: (e.employer_id is None, e.track, e.level, e.slug))

    def language_groups(self) -> list[dict]:
        """One group per chosen exercise offered in several languages: its title, a checkbox
        per language (ticked: the stored or submitted choice) and the languages candidates get
        (all of them when nothing is ticked)."""
        if self.is_bound:
            ticked = set(self.data.getlist("exercise_languages"))
        else:
            ticked = set(self.initial.get("exercise_languages") or [])
        groups = []
        for exercise in self._chosen_exercises():
            if len(exercise.offered_languages) < 2:
                continue
            options = [
                {
                    "value": f"{exercise.slug}:{key}",
                    "id": f"id_exercise_languages_{exercise.slug}_{key}",
                    "label": label,
                    "checked": f"{exercise.slug}:{key}" in ticked,
                }
                for key, label in exercise.language_choices()
            ]
            allowed = [option["label"] for option in options if option["checked"]]
            groups.append(
                {
                    "exercise": exercise,
                    "options": options,
                    "restricted": bool(allowed),
                    "allowed_label": ", ".join(allowed or [option["label"] for option in options]),
                }
            )
        return groups

    def clean_sjt_mode(self):
        return self.cleaned_data["sjt_mode"] or SjtMode.BEST_WORST

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        if deadline <= timezone.now():
            raise forms.ValidationError(_("Choisissez une date limite dans le futur."))
        return deadline

    def clean(self):
        data = super().clean()
        parts = [
            ("exercises", "weight_coding"),
            ("scenarios", "weight_sjt"),
            ("questions", "weight_written"),
        ]
        # What other fields got wrong is said in the same round as what follows; only what
        # this needs must be valid.
        needed = ("exercises", "own_exercises", "scenarios", "questions", "exercise_languages")
        if any(name in self.errors for name in needed):
            return data
        # One list for the campaign: the library's and the employer's own.
        data["exercises"] = [
            *(data.get("exercises") or []),
            *(data.pop("own_exercises", None) or []),
        ]
        slugs = [exercise.slug for exercise in data["exercises"]]
        twice = [e for e in data["exercises"] if slugs.count(e.slug) > 1]
        if twice:
            raise forms.ValidationError(
                _("Choisissez une seule version de « %(title)s ».") % {"title": twice[0].title}
            )
        data["exercise_languages"] = _restrictions(
            data.get("exercises") or [], data.get("exercise_languages") or {}
        )
        if not any(data.get(items) for items, _weight_name in parts):
            raise forms.ValidationError(
                _("Choisissez au moins un exercice, une mise en situation ou une question.")
            )
        for items, weight in parts:
            if weight in self.errors:
                continue
            if data.get(items) and not data.get(weight):
                self.add_error(
                    weight, _("Donnez un poids à cette partie, puisqu'elle a des épreuves.")
                )
            if not data.get(items) and data.get(weight):
                self.add_error(
                    weight, _("Cette partie n'a aucune épreuve : laissez son poids à 0.")
                )
        return data


def _restrictions(exercises, ticked: dict[str, list[str]]) -> dict[str, list[str]]:
    """The languages stored per chosen exercise, in the exercise's order; an exercise with
    none or all of its languages ticked is not restricted (and not stored)."""
    restrictions = {}
    for exercise in exercises:
        offered = exercise.offered_languages
        keys = [key for key in offered if key in ticked.get(exercise.slug, [])]
        if keys and len(keys) < len(offered):
            restrictions[exercise.slug] = keys
    return restrictions


def initial_exercise_languages(campaign=None) -> list[str]:
    """Ticked boxes: the campaign's stored choices only (nothing stored: nothing ticked, which
    means every language of the exercise)."""
    chosen = (campaign.exercise_languages or {}) if campaign is not None else {}
    return [f"{slug}:{key}" for slug, keys in chosen.items() for key in keys]


class ReviewForm(forms.Form):
    level = forms.TypedChoiceField(
        label=_("Niveau sur la grille"), coerce=int, widget=forms.RadioSelect, choices=[]
    )

    def __init__(self, *args, question, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["level"].choices = [
            (level, _("Niveau %(level)s : %(text)s") % {"level": level, "text": text})
            for level, text in question.rubric_levels()
        ]


@dataclass
class SjtItem:
    """One scenario of the sitting as the template shows it, its responses in the attempt's own
    order: two groups of radio buttons, or (ranking mode) one rank select per response."""

    scenario: SjtScenario
    most: forms.BoundField | None = None
    least: forms.BoundField | None = None
    ranks: list[forms.BoundField] = field(default_factory=list)
    # Ranking mode: some ranks are given but not each of 1..n exactly once (it would score 0).
    ranking_incomplete: bool = False
    # The same response picked as the most and the least effective (it scores 0).
    same_pick: bool = False


class AttemptForm(InvisibleCharactersMixin, forms.Form):
    """Every answer of a sitting, one field per SJT pick (or rank) and per written question.

    The page posts the whole form (autosave and the plain button alike); an SJT item is saved
    once one of its picks (or ranks) is made, a written answer whenever its field is sent. The
    responses of each scenario come in the attempt's own order (``scoring.response_order``).
    """

    def __init__(self, *args, attempt, **kwargs):
        super().__init__(*args, **kwargs)
        campaign = attempt.campaign
        self.ranking = campaign.ranks_responses
        # A reused result is not answered again (``reuse.py``): its scenario has no field.
        reused = set(
            ReusedResult.objects.filter(
                application_id=attempt.application_id, scenario__isnull=False
            ).values_list("scenario_id", flat=True)
        )
        self.scenarios = [s for s in campaign.scenarios.all() if s.pk not in reused]
        self.questions = list(campaign.questions.all())
        self.orders: dict[int, list[str]] = {}
        for scenario in self.scenarios:
            texts = dict(scenario.response_choices())
            order = scoring.response_order(texts, attempt_id=attempt.pk, scenario_id=scenario.pk)
            self.orders[scenario.pk] = order
            choices = [(response_id, texts[response_id]) for response_id in order]
            if self.ranking:
                ranks = [("", _("à classer")), *((n, str(n)) for n in range(1, len(order) + 1))]
                for response_id, text in choices:
                    self.fields[self._rank_name(scenario, response_id)] = forms.TypedChoiceField(
                        label=text, choices=ranks, coerce=int, empty_value=None, required=False
                    )
                continue
            self.fields[f"sjt-{scenario.pk}-most"] = forms.ChoiceField(
                label=_("La réponse la plus efficace"),
                choices=choices,
                required=False,
                widget=forms.RadioSelect,
            )
            self.fields[f"sjt-{scenario.pk}-least"] = forms.ChoiceField(
                label=_("La réponse la moins efficace"),
                choices=choices,
                required=False,
                widget=forms.RadioSelect,
            )
        for question in self.questions:
            self.fields[f"written-{question.pk}"] = forms.CharField(
                label=question.prompt,
                required=False,
                strip=False,
                max_length=MAX_WRITTEN_CHARS,
                widget=forms.Textarea(attrs={"rows": 8}),
            )

    @staticmethod
    def _rank_name(scenario, response_id: str) -> str:
        return f"sjt-{scenario.pk}-rank-{response_id}"

    def sjt_items(self) -> list[SjtItem]:
        items = []
        for scenario in self.scenarios:
            if not self.ranking:
                most, least = self[f"sjt-{scenario.pk}-most"], self[f"sjt-{scenario.pk}-least"]
                same = bool(most.value()) and str(most.value()) == str(least.value())
                items.append(SjtItem(scenario, most=most, least=least, same_pick=same))
                continue
            ranks = [self[self._rank_name(scenario, rid)] for rid in self.orders[scenario.pk]]
            given = [str(bound.value() or "") for bound in ranks]
            given = [value for value in given if value]
            expected = [str(n) for n in range(1, len(ranks) + 1)]
            incomplete = bool(given) and sorted(given, key=int) != expected
            items.append(SjtItem(scenario, ranks=ranks, ranking_incomplete=incomplete))
        return items

    def written_items(self):
        return [(q, self[f"written-{q.pk}"]) for q in self.questions]

    def answers(self) -> tuple[dict[int, tuple[str, str]], dict[int, str]]:
        data = self.cleaned_data
        sjt = {}
        for scenario in self.scenarios if not self.ranking else []:
            most, least = data[f"sjt-{scenario.pk}-most"], data[f"sjt-{scenario.pk}-least"]
            if most or least:
                sjt[scenario.pk] = (most, least)
        written = {
            q.pk: data[f"written-{q.pk}"] for q in self.questions if f"written-{q.pk}" in self.data
        }
        return sjt, written

    def ranks(self) -> dict[int, dict[str, int]]:
        """Ranking mode: {scenario id: {response id: rank}} for the scenarios whose ranks were
        sent, as given (possibly incomplete; an empty dict takes every rank back)."""
        found = {}
        for scenario in self.scenarios if self.ranking else []:
            names = {rid: self._rank_name(scenario, rid) for rid in self.orders[scenario.pk]}
            if not any(name in self.data for name in names.values()):
                continue
            found[scenario.pk] = {
                rid: self.cleaned_data[name]
                for rid, name in names.items()
                if self.cleaned_data[name] is not None
            }
        return found


class HandInForm(forms.Form):
    """Handing in is final: the candidate ticks that they know it."""

    confirm = forms.BooleanField(
        label=_("Je remets mon évaluation : je ne pourrai plus modifier mes réponses."),
        required=True,
        error_messages={
            "required": _("Cochez la case pour remettre votre évaluation, ou revenez à l'épreuve.")
        },
    )


def _taken_label(taken) -> str:
    """« 85 / 100, passé le 3 mars 2026 » of a ``reuse.TakenResult``."""
    return gettext("%(score)s / 100, passé le %(date)s") % {
        "score": taken.score_percent,
        "date": formats.date_format(timezone.localtime(taken.taken_at), "DATE_FORMAT"),
    }


class StartForm(forms.Form):
    """Starting the sitting. For each result the candidate may reuse here
    (``reuse.reusable_results``), a choice with nothing ticked beforehand: reuse it, or take
    the item again; reusing needs the consent box."""

    REUSE, RETAKE = "reuse", "retake"

    def __init__(self, *args, reusable=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.reusable = list(reusable)
        for taken in self.reusable:
            until = formats.date_format(timezone.localtime(taken.reusable_until), "DATE_FORMAT")
            self.fields[f"reuse-{taken.key}"] = forms.ChoiceField(
                label=taken.title,
                choices=[
                    (
                        self.REUSE,
                        gettext("Réutiliser mon résultat (%(result)s)")
                        % {"result": _taken_label(taken)},
                    ),
                    (self.RETAKE, gettext("Le repasser dans cette évaluation")),
                ],
                widget=forms.RadioSelect,
                help_text=gettext("Réutilisable jusqu'au %(date)s.") % {"date": until},
                error_messages={
                    "required": _("Choisissez de réutiliser ce résultat ou de le repasser.")
                },
            )
        if self.reusable:
            self.fields["consent"] = forms.BooleanField(
                label=ngettext(
                    "J'accepte que le résultat que je réutilise soit transmis à l'employeur de "
                    "cette offre, avec la date où je l'ai passé.",
                    "J'accepte que les résultats que je réutilise soient transmis à l'employeur "
                    "de cette offre, avec la date où je les ai passés.",
                    len(self.reusable),
                ),
                help_text=_(
                    "Il ne saura ni pour quelle offre ni pour quel employeur vous les avez "
                    "obtenus. Sans cette case, choisissez de repasser."
                ),
                required=False,
            )

    def reuse_fields(self):
        return [self[f"reuse-{taken.key}"] for taken in self.reusable]

    def chosen(self) -> list[str]:
        """The keys of the results to reuse."""
        return [
            taken.key
            for taken in self.reusable
            if self.cleaned_data.get(f"reuse-{taken.key}") == self.REUSE
        ]

    def clean(self):
        cleaned = super().clean()
        gone = [name for name in self.data if name.startswith("reuse-") and name not in self.fields]
        if gone:  # shown on the page, no longer reusable (12 months passed, withdrawn…)
            raise forms.ValidationError(
                _(
                    "Un résultat que vous pouviez réutiliser ne l'est plus : vérifiez vos "
                    "choix, puis commencez."
                )
            )
        if self.chosen() and not cleaned.get("consent"):
            self.add_error(
                "consent",
                _("Cochez cette case pour réutiliser un résultat, ou choisissez de le repasser."),
            )
        return cleaned


class CertificateForm(forms.Form):
    """The results a new certificate shows (``reuse.certifiable_results``)."""

    results = forms.MultipleChoiceField(
        label=_("Résultats à montrer"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choisissez au moins un résultat.")},
    )

    def __init__(self, *args, certifiable=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["results"].choices = [
            (taken.key, f"{taken.title} — {_taken_label(taken)}") for taken in certifiable
        ]
