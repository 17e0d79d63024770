from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from advisers.enums import AdviserOrganisationKind
from employers.team_forms import NewAccountFields


class AdviserSignupForm(NewAccountFields):
    organisation_name = forms.CharField(
        label=_("Nom de la structure"),
        max_length=200,
        help_text=_("Par exemple : Mission locale de Melun Val de Seine."),
    )
    kind = forms.ChoiceField(label=_("Type de structure"), choices=AdviserOrganisationKind.choices)
    department = forms.RegexField(
        label=_("Département"),
        regex=r"^(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$",
        max_length=3,
        help_text=_("Par exemple 77, 2A ou 974."),
        error_messages={"invalid": _("Indiquez un numéro de département, par exemple 77.")},
    )
    email = forms.EmailField(
        label=_("Votre adresse e-mail professionnelle"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    refuse_invisible_in = ("display_name", "organisation_name")
    field_order = [
        "organisation_name",
        "kind",
        "department",
        "display_name",
        "email",
        "password1",
        "password2",
    ]

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _("Un compte existe déjà avec cette adresse : utilisez-en une autre."),
                code="email_taken",
            )
        return email
