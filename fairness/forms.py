from django import forms
from django.utils.translation import gettext_lazy as _

from fairness.enums import ATTRIBUTE_CHOICES, Attribute

PREFER_NOT = ("", _("Je préfère ne pas répondre"))

HELP_TEXTS = {
    Attribute.QPV: _(
        "Quartier prioritaire de la politique de la ville : vous pouvez vérifier votre adresse "
        "sur sig.ville.gouv.fr."
    ),
    Attribute.ZRR: _(
        "Commune classée en zone de revitalisation rurale (ZRR), devenue France Ruralités "
        "Revitalisation."
    ),
    Attribute.RQTH: _(
        "Reconnaissance délivrée par la MDPH. Vous n'avez pas à en donner la nature."
    ),
    Attribute.CAREER_CHANGE: _("Vous changez de métier ou de secteur."),
}


class SelfDeclarationForm(forms.Form):
    """Every question may be left at "prefer not to say"; consent is asked for what is given."""

    consent = forms.BooleanField(
        label=_(
            "J'accepte que Vivier utilise ces informations, de façon agrégée et anonyme, pour "
            "mesurer l'équité des recrutements. Je peux retirer mon accord à tout moment."
        ),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        fields = {}
        for attribute, choices in ATTRIBUTE_CHOICES.items():
            fields[attribute.value] = forms.ChoiceField(
                label=attribute.label,
                choices=[PREFER_NOT, *choices.choices],
                required=False,
                widget=forms.RadioSelect,
                help_text=HELP_TEXTS.get(attribute, ""),
            )
        fields["consent"] = self.fields.pop("consent")
        self.fields = {**fields, **self.fields}

    def declared(self) -> dict[str, str]:
        return {attribute.value: self.cleaned_data[attribute.value] for attribute in Attribute}

    def clean(self):
        cleaned = super().clean()
        if any(cleaned.get(attribute.value) for attribute in Attribute) and not cleaned.get(
            "consent"
        ):
            self.add_error(
                "consent",
                _(
                    "Cochez la case d'accord pour enregistrer ces informations, "
                    "ou n'en donnez aucune."
                ),
            )
        return cleaned
