import datetime

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from candidates.enums import WithdrawalReason
from candidates.models import Candidate, Identity
from candidates.withdrawal import MAX_COMMENT_LENGTH
from core.text import InvisibleCharactersMixin

postcode_validator = RegexValidator(r"^\d{5}$", _("Un code postal compte 5 chiffres."))
phone_validator = RegexValidator(
    r"^\+?[\d .()-]{6,20}$", _("Indiquez un numéro de téléphone, par exemple 06 12 34 56 78.")
)


class IdentityForm(InvisibleCharactersMixin, forms.ModelForm):
    """Who the candidate is. Kept apart: recruiters see it only from the interview on."""

    refuse_invisible_in = ("first_name", "last_name", "address", "city")

    class Meta:
        model = Identity
        fields = ["first_name", "last_name", "phone", "address", "postcode", "city", "birth_year"]
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "address": forms.TextInput(attrs={"autocomplete": "street-address"}),
            "postcode": forms.TextInput(
                attrs={"autocomplete": "postal-code", "inputmode": "numeric"}
            ),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "birth_year": forms.NumberInput(attrs={"autocomplete": "bday-year"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = True
        self.fields["last_name"].required = True
        self.fields["postcode"].validators.append(postcode_validator)
        self.fields["phone"].validators.append(phone_validator)

    def clean_birth_year(self):
        year = self.cleaned_data["birth_year"]
        this_year = datetime.date.today().year
        if year is not None and not (this_year - 100 <= year <= this_year - 14):
            raise forms.ValidationError(_("Indiquez une année de naissance plausible."))
        return year


# Brackets and quotes around a skill come from a list shown as text (« [] », « ["Python"] »),
# never from the skill itself: they are dropped, and what is left empty is no skill.
LIST_PUNCTUATION = "[]\"'“”«» "


class SkillListField(forms.CharField):
    """Skills typed as comma-separated text, stored as a list; a list shows as that text."""

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return ", ".join(value)
        return value

    def to_python(self, value):
        text = super().to_python(value)
        skills = []
        for item in text.split(","):
            item = " ".join(item.split()).strip(LIST_PUNCTUATION)
            if item and item.casefold() not in {skill.casefold() for skill in skills}:
                skills.append(item)
        return skills


class ProfileForm(InvisibleCharactersMixin, forms.ModelForm):
    """What recruiters may see: skills and wishes, no CV, no photo."""

    skills = SkillListField(
        label=_("Compétences"),
        required=False,
        help_text=_("Séparées par des virgules, par exemple : Python, SQL, support utilisateurs."),
    )

    class Meta:
        model = Candidate
        fields = ["skills", "availability", "desired_contract", "region", "path_text"]
        widgets = {"path_text": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "path_text": _(
                "Facultatif. Racontez votre parcours et ce que vous savez faire. Ce texte est "
                "anonymisé avant d'être lu : inutile d'y mettre votre nom, votre école ou "
                "votre ville."
            ),
        }

    def clean_skills(self):
        skills = self.cleaned_data["skills"]
        if any(len(skill) > 60 for skill in skills) or len(skills) > 40:
            raise forms.ValidationError(_("Jusqu'à 40 compétences de 60 caractères au plus."))
        return skills


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Je comprends que mon identité et mes textes seront effacés définitivement."),
        required=True,
    )


class WithdrawalForm(InvisibleCharactersMixin, forms.Form):
    """Why the candidate withdraws, if they wish to say: nothing is required."""

    reason = forms.ChoiceField(
        label=_("Pourquoi retirez-vous votre candidature ? (facultatif)"),
        choices=[("", _("Je préfère ne pas le dire"))] + WithdrawalReason.choices,
        required=False,
        initial="",
        widget=forms.RadioSelect,
        help_text=_("L'employeur voit le motif choisi, sous votre pseudonyme."),
    )
    comment = forms.CharField(
        label=_("Un mot de plus ? (facultatif)"),
        required=False,
        max_length=MAX_COMMENT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "L'employeur ne lit jamais ce texte. Il est gardé pour l'équipe Vivier, pour "
            "améliorer le service, figure dans l'export de vos données et s'efface avec votre "
            "compte."
        ),
    )
