from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.translation import gettext_lazy as _

from core.text import InvisibleCharactersMixin
from employers import company_registry
from employers.models import Employer
from employers.onboarding import RegistryAnswer, ask_registry
from employers.siret import normalise_siret, validate_siret


class NewAccountFields(InvisibleCharactersMixin, forms.Form):
    """Name and password of an account created with the form (sign-up, invitation)."""

    display_name = forms.CharField(
        label=_("Votre nom"),
        max_length=120,
        help_text=_("Vos collègues vous voient sous ce nom ; les candidat·es ne le voient pas."),
    )
    password1 = forms.CharField(
        label=_("Mot de passe"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=_("Mot de passe (confirmation)"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_password2(self):
        first, second = self.cleaned_data.get("password1"), self.cleaned_data.get("password2")
        if first and second and first != second:
            raise forms.ValidationError(_("Les deux mots de passe ne sont pas identiques."))
        if second:
            password_validation.validate_password(second)
        return second


class EmployerSignupForm(NewAccountFields):
    siret = forms.CharField(
        label=_("SIRET de l'établissement"),
        max_length=20,
        help_text=_("14 chiffres, par exemple 552 100 554 00029."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    company_name = forms.CharField(
        label=_("Nom de l'entreprise"),
        max_length=200,
        help_text=_(
            "Le nom, l'adresse et le code d'activité sont repris du répertoire des entreprises "
            "quand il répond ; sinon l'équipe Vivier vérifie ce nom avant de confirmer."
        ),
    )
    email = forms.EmailField(
        label=_("Votre adresse e-mail professionnelle"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    refuse_invisible_in = ("display_name", "company_name")
    field_order = ["siret", "company_name", "display_name", "email", "password1", "password2"]

    registry_answer: RegistryAnswer | None = None

    def clean_siret(self):
        siret = normalise_siret(self.cleaned_data["siret"])
        validate_siret(siret)
        if Employer.objects.filter(siret=siret).exists():
            raise forms.ValidationError(
                _(
                    "Une entreprise est déjà inscrite avec ce SIRET : demandez à son "
                    "administrateur·rice de vous inviter."
                ),
                code="siret_taken",
            )
        return siret

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _("Un compte existe déjà avec cette adresse : utilisez-en une autre."),
                code="email_taken",
            )
        return email

    def clean(self):
        cleaned = super().clean()
        siret = cleaned.get("siret")
        if siret and not self.errors:
            try:
                self.registry_answer = ask_registry(siret)
            except company_registry.CompanyNotFound:
                self.add_error(
                    "siret",
                    forms.ValidationError(
                        _(
                            "Le répertoire des entreprises ne connaît aucun établissement "
                            "avec ce SIRET. Vérifiez-le."
                        ),
                        code="siret_unknown",
                    ),
                )
        return cleaned


class InvitationAccountForm(NewAccountFields):
    """The account of an invitee who has none; the address is the invitation's."""

    refuse_invisible_in = ("display_name",)


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("Adresse e-mail de votre collègue"),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    role = forms.ChoiceField(label=_("Rôle"), initial="member")  # admin is chosen, not given

    def __init__(self, *args, role_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = role_choices


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Nouveau rôle"))

    def __init__(self, *args, role_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = role_choices
