from django import forms
from django.utils.translation import gettext_lazy as _

from fairness.enums import ATTRIBUTE_CHOICES, DECLARED_RESIDENCE, Attribute, Residence

# Ticked by the person: the verified answers come from the « where I live » page only.
LOCATED = (Attribute.QPV, Attribute.ZRR)

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

    def __init__(self, *args, known: frozenset[str] = frozenset(), **kwargs):
        """`known`: the QPV and rural questions that the « where I live » page answered; they
        are not asked again here. One it left unknown (no perimeter file on the server, or « I
        don't know ») stays a question the person may answer."""
        super().__init__(*args, **kwargs)
        self.attributes = [a for a in Attribute if not (a in LOCATED and a.value in known)]
        fields = {}
        for attribute in self.attributes:
            choices = ATTRIBUTE_CHOICES[attribute]
            fields[attribute.value] = forms.ChoiceField(
                label=attribute.label,
                choices=[
                    PREFER_NOT,
                    *(DECLARED_RESIDENCE if choices is Residence else choices.choices),
                ],
                required=False,
                widget=forms.RadioSelect,
                help_text=HELP_TEXTS.get(attribute, ""),
            )
        fields["consent"] = self.fields.pop("consent")
        self.fields = {**fields, **self.fields}

    def declared(self) -> dict[str, str]:
        return {a.value: self.cleaned_data[a.value] for a in self.attributes}

    def clean(self):
        cleaned = super().clean()
        if any(cleaned.get(attribute.value) for attribute in self.attributes) and not cleaned.get(
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


class AddressForm(forms.Form):
    address = forms.CharField(
        label=_("Votre adresse"),
        max_length=200,
        help_text=_(
            "Numéro, rue, code postal et commune, par exemple « 12 rue des Lilas 91000 "
            "Évry-Courcouronnes ». Elle sert une seule fois à trouver votre commune et votre "
            "quartier, puis elle est oubliée : Vivier ne la conserve pas."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    consent = forms.BooleanField(
        label=_(
            "J'accepte que Vivier conserve le résultat (ma commune, mon quartier prioritaire ou "
            "aucun, commune rurale ou non) pour mesurer l'équité des recrutements, de façon "
            "agrégée. Je peux le retirer à tout moment."
        ),
        error_messages={"required": _("Cochez la case d'accord pour enregistrer le résultat.")},
    )


class CommuneSearchForm(forms.Form):
    commune = forms.CharField(
        label=_("Votre commune ou votre code postal"),
        max_length=80,
        help_text=_("Par exemple « Évry-Courcouronnes » ou « 91000 »."),
    )


class CommunePickForm(forms.Form):
    """The person's commune among several that their search found."""

    def __init__(self, *args, communes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["insee_code"] = forms.ChoiceField(
            label=_("Votre commune"),
            choices=[(c.insee_code, str(c)) for c in communes],
            widget=forms.RadioSelect,
        )


class ResidenceForm(forms.Form):
    """A commune the person picked, then one of its QPVs (listed by name) or none."""

    NONE = "none"
    UNKNOWN = "unknown"
    # Declared without a list of the commune's QPVs to pick from.
    YES = "yes"
    NONE_DECLARED = "no"

    insee_code = forms.CharField(widget=forms.HiddenInput, max_length=5)

    def __init__(self, *args, neighbourhoods, qpvs_known: bool = True, ask_consent=True, **kwargs):
        """`qpvs_known` False: Vivier cannot tell whether the commune has a QPV (no perimeter
        file, or perimeters that do not cover its department): the person says whether they
        live in one. `ask_consent` False: the person already agreed with their address during
        this visit (the geocoder was down, or the address lay near a QPV's border); not asked
        twice."""
        super().__init__(*args, **kwargs)
        if not qpvs_known:
            self.fields["qpv"] = forms.ChoiceField(
                label=_("Habitez-vous dans un quartier prioritaire (QPV) ?"),
                choices=[
                    (self.YES, _("Oui")),
                    (self.NONE_DECLARED, _("Non")),
                    (self.UNKNOWN, _("Je ne sais pas")),
                ],
                widget=forms.RadioSelect,
                help_text=HELP_TEXTS[Attribute.QPV],
                error_messages={"required": _("Choisissez une réponse, même « Je ne sais pas ».")},
            )
        elif neighbourhoods:
            self.fields["qpv"] = forms.ChoiceField(
                label=_("Habitez-vous dans l'un de ces quartiers prioritaires ?"),
                choices=[
                    *((n.code, n.name) for n in neighbourhoods),
                    (self.NONE, _("Non, dans aucun de ces quartiers")),
                    (self.UNKNOWN, _("Je ne sais pas")),
                ],
                widget=forms.RadioSelect,
            )
        if ask_consent:
            self.fields["consent"] = AddressForm.base_fields["consent"]
