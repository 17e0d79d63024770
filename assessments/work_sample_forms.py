"""The form an employer writes an exercise with: the exercise itself, its visible samples and
its hidden tests (two formsets), checked together (``ExerciseForms``). Every bad input is a
form error (no test, an expected output missing, a language the sandbox does not run, limits
out of the platform's bounds, too much text), never a server error."""

from django import forms
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from assessments import work_samples
from assessments.enums import CheckerKind, ExerciseLanguage, ExerciseLevel, ExerciseTrack
from assessments.submissions import MAX_CODE_CHARS
from assessments.work_samples import ExerciseData, TestData
from core.text import InvisibleCharactersMixin

CODE_ATTRS = {"rows": 6, "spellcheck": "false", "autocapitalize": "off", "class": "code-input"}
# The texts the wording checker reads as they are typed (the editor's htmx trigger).
WORDING = {"data-vivier-wording": ""}


class ExerciseForm(InvisibleCharactersMixin, forms.Form):
    """The exercise, without its tests."""

    refuse_invisible_in = ("title_fr", "title_en")

    title_fr = forms.CharField(
        label=_("Titre"), max_length=work_samples.MAX_TITLE_CHARS, widget=forms.TextInput(WORDING)
    )
    statement_fr = forms.CharField(
        label=_("Énoncé"),
        max_length=work_samples.MAX_STATEMENT_CHARS,
        widget=forms.Textarea(attrs={**WORDING, "rows": 14}),
        help_text=_(
            "En Markdown : la tâche, le format de l'entrée et de la sortie, les contraintes. "
            "Les exemples visibles s'affichent sous l'énoncé. La rédaction est vérifiée comme "
            "celle d'une offre."
        ),
    )
    title_en = forms.CharField(
        label=_("Titre en anglais"),
        max_length=work_samples.MAX_TITLE_CHARS,
        required=False,
        widget=forms.TextInput(WORDING),
    )
    statement_en = forms.CharField(
        label=_("Énoncé en anglais"),
        max_length=work_samples.MAX_STATEMENT_CHARS,
        required=False,
        widget=forms.Textarea(attrs={**WORDING, "rows": 8}),
        help_text=_(
            "Sans lui, les candidat·es qui lisent Vivier en anglais voient l'énoncé français."
        ),
    )
    track = forms.ChoiceField(label=_("Métier"), choices=ExerciseTrack.choices)
    level = forms.ChoiceField(label=_("Niveau"), choices=ExerciseLevel.choices)
    estimated_minutes = forms.IntegerField(
        label=_("Durée estimée (minutes)"),
        min_value=5,
        max_value=work_samples.MAX_ESTIMATED_MINUTES,
        initial=30,
    )
    languages = forms.MultipleChoiceField(
        label=_("Langages autorisés"),
        choices=ExerciseLanguage.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Les candidat·es choisissent l'un d'eux. Seul le langage de la solution de "
            "référence est vérifié : assurez-vous que l'exercice a un sens dans les autres."
        ),
        error_messages={
            "required": _("Cochez au moins un langage."),
            "invalid_choice": _("« %(value)s » n'est pas un langage que Vivier sait exécuter."),
        },
    )
    checker = forms.ChoiceField(
        label=_("Comparaison de la sortie"),
        choices=CheckerKind.choices,
        initial=CheckerKind.WHITESPACE,
        widget=forms.RadioSelect,
    )
    tolerance = forms.FloatField(
        label=_("Tolérance (nombres à une tolérance près)"),
        min_value=0,
        max_value=1,
        required=False,
        widget=forms.NumberInput(attrs={"step": "any", "placeholder": "0.000001"}),
        help_text=_(
            "Écart absolu et relatif permis entre deux nombres, par exemple 0.000001 (la "
            "valeur par défaut)."
        ),
    )
    time_limit_s = forms.FloatField(
        label=_("Temps par test (secondes)"),
        min_value=work_samples.MIN_TIME_LIMIT_S,
        max_value=work_samples.MAX_TIME_LIMIT_S,
        initial=2,
        help_text=_("Entre 0,5 et 5 secondes de calcul, démarrage du langage compris."),
    )
    memory_mb = forms.IntegerField(
        label=_("Mémoire par test (Mo)"),
        min_value=work_samples.MIN_MEMORY_MB,
        max_value=work_samples.MAX_MEMORY_MB,
        initial=256,
        help_text=_("Entre 64 et 1024 Mo ; Java, JavaScript et Go en demandent au moins 256."),
    )
    reference_language = forms.ChoiceField(
        label=_("Langage de la solution de référence"),
        choices=ExerciseLanguage.choices,
        error_messages={
            "invalid_choice": _("« %(value)s » n'est pas un langage que Vivier sait exécuter.")
        },
    )
    reference_solution = forms.CharField(
        label=_("Solution de référence"),
        max_length=MAX_CODE_CHARS,
        strip=False,
        widget=forms.Textarea(attrs={**CODE_ATTRS, "rows": 14}),
        help_text=_(
            "Un programme qui lit l'entrée standard et écrit la réponse : il doit réussir "
            "chaque exemple et chaque test caché pour que l'exercice soit utilisable. Les "
            "candidat·es ne le voient jamais."
        ),
    )

    def __init__(self, *args, employers=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Writing for one of several employers: which one (once saved, it stays with it).
        if employers is not None and len(employers) > 1:
            self.fields["employer"] = forms.ModelChoiceField(
                label=_("Entreprise"), queryset=employers, empty_label=None
            )
            self.order_fields(["employer"])

    def clean_tolerance(self):
        tolerance = self.cleaned_data.get("tolerance")
        return 1e-6 if tolerance is None else tolerance

    def clean(self):
        cleaned = super().clean()
        languages = cleaned.get("languages") or []
        reference = cleaned.get("reference_language")
        if languages and reference and reference not in languages:
            self.add_error(
                "reference_language",
                _("Choisissez le langage de la solution parmi les langages autorisés."),
            )
        return cleaned


class TestForm(InvisibleCharactersMixin, forms.Form):
    """One visible sample: its input and the output expected."""

    __test__ = False  # not a pytest class

    name = forms.CharField(
        label=_("Nom (facultatif)"),
        max_length=work_samples.MAX_TEST_NAME_CHARS,
        required=False,
    )
    stdin = forms.CharField(
        label=_("Entrée"),
        max_length=work_samples.MAX_TEST_INPUT_CHARS,
        required=False,
        strip=False,
        widget=forms.Textarea(attrs=CODE_ATTRS),
        help_text=_("Ce que le programme lit (pour SQL : les tables et leurs lignes, en SQL)."),
    )
    expected = forms.CharField(
        label=_("Sortie attendue"),
        max_length=work_samples.MAX_TEST_OUTPUT_CHARS,
        required=False,
        strip=False,
        widget=forms.Textarea(attrs=CODE_ATTRS),
    )

    def is_blank(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return not any(data.get(name) for name in ("name", "stdin", "expected"))

    def clean(self):
        cleaned = super().clean()
        if not self.is_blank() and not (cleaned.get("expected") or "").strip():
            self.add_error("expected", _("Indiquez la sortie attendue de ce test."))
        return cleaned

    def test_data(self, default_name: str) -> TestData:
        data = self.cleaned_data
        return TestData(
            name=(data.get("name") or "").strip() or default_name,
            stdin=data.get("stdin") or "",
            expected=data["expected"],
            weight=data.get("weight") or 1,
        )


class HiddenTestForm(TestForm):
    """One hidden test: the candidate never sees it, only whether it passed; its weight counts
    in the score."""

    weight = forms.IntegerField(
        label=_("Poids"),
        min_value=1,
        max_value=work_samples.MAX_WEIGHT,
        initial=1,
        required=False,
        help_text=_("Sa part dans le score de l'exercice : 1 par défaut."),
    )


class BaseTestFormSet(forms.BaseFormSet):
    """The samples or the hidden tests: at least one, at most ``max_num``, names unique. Blank
    rows (and rows marked for deletion) do not count."""

    empty_message = ""
    default_name = "test-%(number)s"

    def kept_forms(self) -> list[TestForm]:
        return [
            form
            for form in self.forms
            if form.is_valid() and not self._should_delete_form(form) and not form.is_blank()
        ]

    def clean(self):
        if any(self.errors):
            return
        kept = self.kept_forms()
        if not kept:
            raise forms.ValidationError(str(self.empty_message))
        if len(kept) > self.max_num:
            raise forms.ValidationError(
                ngettext(
                    "Au plus %(count)s test de ce type.",
                    "Au plus %(count)s tests de ce type.",
                    self.max_num,
                )
                % {"count": self.max_num}
            )
        names = [test.name for test in self.tests()]
        doubles = sorted({name for name in names if names.count(name) > 1})
        if doubles:
            raise forms.ValidationError(
                gettext("Deux tests portent le même nom : %(names)s.")
                % {"names": ", ".join(doubles)}
            )

    def tests(self) -> list[TestData]:
        return [
            form.test_data(self.default_name % {"number": number})
            for number, form in enumerate(self.kept_forms(), start=1)
        ]


class SampleFormSet(BaseTestFormSet):
    empty_message = _("Ajoutez au moins un exemple visible, avec sa sortie attendue.")
    default_name = "exemple-%(number)s"


class HiddenTestFormSet(BaseTestFormSet):
    empty_message = _("Ajoutez au moins un test caché, avec sa sortie attendue.")
    default_name = "test-%(number)s"


def _formset(form, formset, maximum):
    return forms.formset_factory(
        form,
        formset=formset,
        extra=0,
        can_delete=True,
        max_num=maximum,
        absolute_max=maximum + 10,
        validate_max=False,  # counted on kept rows (``BaseTestFormSet.clean``)
    )


Samples = _formset(TestForm, SampleFormSet, work_samples.MAX_SAMPLES)
HiddenTests = _formset(HiddenTestForm, HiddenTestFormSet, work_samples.MAX_HIDDEN_TESTS)
# Blank rows: a new exercise starts with a few; « Ajouter » adds more.
NEW_ROWS = {"samples": 1, "hidden": 3}
MORE_ROWS = {"samples": 1, "hidden": 3}


def _posted_rows(data, prefix: str, names: tuple[str, ...]) -> list[dict]:
    """The rows of a formset as posted, valid or not, without those marked for deletion."""
    try:
        total = min(int(data.get(f"{prefix}-TOTAL_FORMS", 0)), work_samples.MAX_HIDDEN_TESTS)
    except ValueError:
        total = 0
    rows = []
    for index in range(max(total, 0)):
        if data.get(f"{prefix}-{index}-DELETE"):
            continue
        row = {name: data.get(f"{prefix}-{index}-{name}", "") for name in names}
        if any(str(value).strip() for key, value in row.items() if key != "weight"):
            rows.append(row)
    return rows


class ExerciseForms:
    """The exercise form and its two formsets, valid together or not at all."""

    def __init__(self, data=None, *, initial: ExerciseData | None = None, employers=None):
        form_initial, samples, hidden = {}, [], []
        if initial is not None:
            form_initial = {
                name: getattr(initial, name)
                for name in ExerciseForm.base_fields
                if hasattr(initial, name)
            }
            # As a decimal, never "1e-06".
            form_initial["tolerance"] = f"{initial.tolerance:.12f}".rstrip("0").rstrip(".")
            samples = [
                {"name": t.name, "stdin": t.stdin, "expected": t.expected} for t in initial.samples
            ]
            hidden = [
                {"name": t.name, "stdin": t.stdin, "expected": t.expected, "weight": t.weight}
                for t in initial.hidden
            ]
        if data is not None:
            # Bound, the rows are what was posted: compared with an initial, a row left as it
            # was would count as unchanged, hence blank.
            samples, hidden = [], []
        self._build(data, form_initial, samples, hidden, employers=employers)
        if data is None:
            self.samples.extra = NEW_ROWS["samples"] if not samples else 0
            self.hidden.extra = NEW_ROWS["hidden"] if not hidden else 1
        self.size_error = ""

    def _build(self, data, form_initial, samples, hidden, *, employers):
        self.form = ExerciseForm(data, initial=form_initial, employers=employers)
        self.samples = Samples(data, prefix="samples", initial=samples or None)
        self.hidden = HiddenTests(data, prefix="hidden", initial=hidden or None)

    @classmethod
    def with_more_rows(cls, data, *, employers=None) -> "ExerciseForms":
        """The forms as posted, not yet judged (no error shown), with blank rows added: the
        « Ajouter des lignes » buttons work without JavaScript."""
        forms_ = cls(employers=employers)
        form_initial = {}
        for name, field in forms_.form.fields.items():
            if isinstance(field, forms.MultipleChoiceField):
                form_initial[name] = data.getlist(name)
            elif name in data:
                form_initial[name] = data.get(name)
        samples = _posted_rows(data, "samples", ("name", "stdin", "expected"))
        hidden = _posted_rows(data, "hidden", ("name", "stdin", "expected", "weight"))
        forms_._build(None, form_initial, samples, hidden, employers=employers)
        forms_.samples.extra = MORE_ROWS["samples"] if "more_samples" in data else 0
        forms_.hidden.extra = MORE_ROWS["hidden"] if "more_hidden" in data else 0
        if not samples and not forms_.samples.extra:
            forms_.samples.extra = 1
        if not hidden and not forms_.hidden.extra:
            forms_.hidden.extra = 1
        return forms_

    def is_valid(self) -> bool:
        # Every part checked, so that every error shows at once.
        valid = all([self.form.is_valid(), self.samples.is_valid(), self.hidden.is_valid()])
        if valid:
            total = sum(
                len(test.stdin) + len(test.expected)
                for test in [*self.samples.tests(), *self.hidden.tests()]
            )
            if total > work_samples.MAX_TESTS_TOTAL_CHARS:
                self.size_error = gettext(
                    "Les tests sont trop volumineux : %(size)s caractères en tout, pour %(max)s "
                    "au plus. Raccourcissez les entrées ou les sorties."
                ) % {"size": total, "max": work_samples.MAX_TESTS_TOTAL_CHARS}
                valid = False
        return valid

    def data(self) -> ExerciseData:
        cleaned = self.form.cleaned_data
        return ExerciseData(
            title_fr=cleaned["title_fr"],
            title_en=cleaned.get("title_en") or "",
            statement_fr=cleaned["statement_fr"],
            statement_en=cleaned.get("statement_en") or "",
            level=cleaned["level"],
            track=cleaned["track"],
            estimated_minutes=cleaned["estimated_minutes"],
            languages=list(cleaned["languages"]),
            checker=cleaned["checker"],
            tolerance=cleaned["tolerance"],
            time_limit_s=cleaned["time_limit_s"],
            memory_mb=cleaned["memory_mb"],
            reference_language=cleaned["reference_language"],
            reference_solution=cleaned["reference_solution"],
            samples=self.samples.tests(),
            hidden=self.hidden.tests(),
        )

    def error_items(self) -> list[dict]:
        """Every error, for the page's summary: a label and the id it links to."""
        items = []
        for error in self.form.non_field_errors():
            items.append({"text": error, "href": ""})
        for field in self.form:
            for error in field.errors:
                items.append({"text": f"{field.label} : {error}", "href": field.auto_id})
        if self.size_error:
            items.append({"text": self.size_error, "href": "hidden-tests"})
        for formset, title in ((self.samples, _("Exemple")), (self.hidden, _("Test caché"))):
            for error in formset.non_form_errors():
                items.append({"text": error, "href": f"{formset.prefix}-tests"})
            for number, form in enumerate(formset.forms, start=1):
                for field in form:
                    for error in field.errors:
                        items.append(
                            {
                                "text": f"{title} {number}, {field.label} : {error}",
                                "href": field.auto_id,
                            }
                        )
        return items
