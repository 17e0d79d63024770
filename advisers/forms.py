import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from advisers import on_behalf
from advisers.enums import ConsentMethod
from broadcasting.search import DEPARTMENTS, OfferSearchForm
from core.text import InvisibleCharactersMixin
from territories import communes, qpv

ROME_PREFIX_RE = re.compile(r"^[A-N]\d{0,4}$")
MAX_DEPARTMENTS = 20


class OnBehalfOfStructureMixin:
    """« Au nom de la structure », after the form's own fields: a choice only for an adviser of
    several validated structures; with one, there is nothing to choose and it is filled in."""

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.single_organisation = organisations.get() if organisations.count() == 1 else None
        if self.single_organisation is None:
            self.fields["organisation"] = forms.ModelChoiceField(
                label=_("Au nom de la structure"), queryset=organisations, empty_label=None
            )

    def clean(self):
        cleaned_data = super().clean()
        if self.single_organisation is not None:
            cleaned_data["organisation"] = self.single_organisation
        return cleaned_data


class InvitationForm(OnBehalfOfStructureMixin, InvisibleCharactersMixin, forms.Form):
    """A personal invitation: nothing is required, the link can be copied instead of emailed."""

    email = forms.EmailField(
        label=_("Courriel de la personne (facultatif)"),
        required=False,
        help_text=_(
            "Vivier lui envoie l'invitation. Sans courriel, copiez le lien et transmettez-le "
            "vous-même. L'adresse ne sert qu'à cet envoi : Vivier ne la conserve pas."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    note = forms.CharField(
        label=_("Repère personnel (facultatif)"),
        required=False,
        max_length=100,
        help_text=_(
            "Pour vous retrouver dans votre suivi, par exemple des initiales ou la date du "
            "rendez-vous. L'employeur ne le voit jamais ; la personne peut le recevoir si elle "
            "demande ses données (droit d'accès du RGPD) : écrivez-le comme si elle le lisait."
        ),
    )


class OnBehalfForm(OnBehalfOfStructureMixin, InvisibleCharactersMixin, forms.Form):
    """« Candidater pour une personne »: who the person is (kept on their candidate account
    only), how and when they agreed, and an optional note the employer reads redacted."""

    refuse_invisible_in = ("first_name", "last_name")

    email = forms.EmailField(
        label=_("Courriel de la personne"),
        help_text=_(
            "Son compte Vivier est à cette adresse : s'il n'existe pas, il est créé et la "
            "personne reçoit un lien pour choisir son mot de passe."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
        error_messages={
            "required": _("Indiquez le courriel de la personne."),
            "invalid": _("Indiquez une adresse électronique valide, par exemple nom@exemple.fr."),
        },
    )
    first_name = forms.CharField(
        label=_("Prénom de la personne"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        error_messages={"required": _("Indiquez le prénom de la personne.")},
    )
    last_name = forms.CharField(
        label=_("Nom de la personne"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        error_messages={"required": _("Indiquez le nom de la personne.")},
    )
    consent_method = forms.ChoiceField(
        label=_("Comment la personne a donné son accord"),
        choices=ConsentMethod.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Indiquez comment la personne a donné son accord.")},
    )
    consent_given_on = forms.DateField(
        label=_("Date de l'accord"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Indiquez la date de l'accord."),
            "invalid": _("Indiquez une date, par exemple 2026-03-14."),
        },
    )
    consent_obtained = forms.BooleanField(
        label=_(
            "J'ai obtenu l'accord de la personne pour candidater à cette offre en son nom, et "
            "pour suivre l'étape de sa candidature"
        ),
        help_text=_(
            "La personne reçoit un courriel qui le lui rappelle. Elle peut retirer la "
            "candidature et son accord au suivi à tout moment."
        ),
        error_messages={
            "required": _(
                "Vous ne pouvez candidater pour une personne qu'avec son accord : cochez cette "
                "case pour confirmer que vous l'avez obtenu."
            )
        },
    )
    note = forms.CharField(
        label=_("Note pour l'employeur (facultatif)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Ce que vous savez des compétences de la personne. L'employeur la lit anonymisée : "
            "le nom, les coordonnées, les autres données personnelles et les noms de "
            "structures en sont retirés, et vous la relisez avant l'envoi. Pour qu'il ne sache "
            "ni qui vous êtes, ni quelle structure l'envoie, ni qui est la personne, n'y "
            "écrivez ni le nom ou le type de votre structure (mission locale, Cap emploi…), ni "
            "lieu, ni âge, ni métier au féminin ou au masculin : « a suivi une formation au "
            "support informatique » plutôt que « technicienne support à la mission locale de "
            "Grigny »."
        ),
    )
    reminder = forms.CharField(
        label=_("Repère personnel (facultatif)"),
        required=False,
        max_length=100,
        help_text=_(
            "Pour retrouver cette candidature dans votre suivi, par exemple des initiales ou la "
            "date du rendez-vous. L'employeur ne le voit jamais ; la personne peut le recevoir "
            "si elle demande ses données (droit d'accès du RGPD) : écrivez-le comme si elle le "
            "lisait."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def clean_email(self):
        email = self.cleaned_data["email"]
        problem = on_behalf.email_problem(email)
        if problem is not None:
            raise forms.ValidationError(problem)
        return email

    def clean_consent_given_on(self):
        given_on = self.cleaned_data["consent_given_on"]
        if given_on > timezone.localdate():
            raise forms.ValidationError(_("La date de l'accord ne peut pas être dans le futur."))
        return given_on


class SubscriptionForm(InvisibleCharactersMixin, forms.Form):
    departments = forms.CharField(
        label=_("Départements"),
        max_length=200,
        help_text=_("Numéros séparés par des virgules, par exemple : 91, 93, 2A, 974."),
    )
    rome_prefix = forms.CharField(
        label=_("Code ROME ou début de code (facultatif)"),
        required=False,
        max_length=5,
        help_text=_("Par exemple M18 pour les métiers des systèmes d'information, ou M1805."),
    )
    by_email = forms.BooleanField(
        label=_("Recevoir les nouvelles offres par courriel"), required=False, initial=True
    )

    def clean_departments(self):
        raw = self.cleaned_data["departments"]
        values = [value.strip().upper() for value in re.split(r"[,;\s]+", raw) if value.strip()]
        unknown = [value for value in values if value not in DEPARTMENTS]
        if unknown:
            raise forms.ValidationError(
                _("Numéros de département inconnus : %(values)s.") % {"values": ", ".join(unknown)}
            )
        if not values:
            raise forms.ValidationError(_("Indiquez au moins un département."))
        if len(set(values)) > MAX_DEPARTMENTS:
            raise forms.ValidationError(
                _("Au plus %(count)d départements par abonnement.") % {"count": MAX_DEPARTMENTS}
            )
        return sorted(set(values))

    def clean_rome_prefix(self):
        prefix = self.cleaned_data["rome_prefix"].strip().upper()
        if prefix and not ROME_PREFIX_RE.match(prefix):
            raise forms.ValidationError(
                _("Une lettre de A à N suivie de 0 à 4 chiffres, par exemple M18.")
            )
        return prefix


class ConsentForm(forms.Form):
    """The candidate gives or withdraws their consent for one referral (one button each)."""

    referral = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    consent = forms.BooleanField(
        label=_("J'accepte que mon ou ma conseiller·ère suive l'étape de ma candidature"),
        required=False,
    )


class InvitedApplyForm(forms.Form):
    """Applying to an offer through an adviser's invitation: the invitation code and the
    candidate's answer about being followed (unticked unless they tick it)."""

    invitation_code = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)
    adviser_consent = forms.BooleanField(
        label=_("J'accepte que mon ou ma conseiller·ère suive l'étape de ma candidature"),
        required=False,
        help_text=_(
            "Votre conseiller·ère verra seulement l'étape atteinte, jamais vos résultats. Vous "
            "pouvez changer d'avis à tout moment."
        ),
    )


class AdviserOfferSearchForm(OfferSearchForm):
    """The offer search, plus the priority territories advisers reach out to."""

    QPV = "qpv"
    RURAL = "rural"

    territory = forms.ChoiceField(
        label=_("Territoire"),
        required=False,
        choices=[
            ("", _("Tous")),
            (QPV, _("Dans une commune qui compte un quartier prioritaire (QPV)")),
            (RURAL, _("Dans une commune rurale (ZRR)")),
        ],
        help_text=_("Selon la commune de l'offre, connue par son nom et son code postal."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not qpv.available():
            field = self.fields["territory"]
            field.choices = [
                (
                    (value, _("Dans une commune qui compte un QPV (indisponible sur ce serveur)"))
                    if value == self.QPV
                    else (value, label)
                )
                for value, label in field.choices
            ]

    def clean_territory(self):
        territory = self.cleaned_data["territory"]
        if territory == self.QPV and not qpv.available():
            raise forms.ValidationError(
                _(
                    "Le filtre « quartier prioritaire » n'est pas disponible sur ce serveur : la "
                    "liste officielle des périmètres des QPV n'y est pas installée. Choisissez un "
                    "autre territoire."
                )
            )
        return territory


def in_territory(offers, territory: str):
    """The offers of `offers` whose commune is in the territory: one query for the communes of
    the offers, then the reference data decides."""
    if not territory:
        return offers
    codes = set(offers.exclude(insee_code="").values_list("insee_code", flat=True).distinct())
    if territory == AdviserOfferSearchForm.QPV:
        kept = codes & qpv.communes_with_qpv()
    else:
        kept = {code for code in codes if communes.rural(code)}
    return offers.filter(insee_code__in=kept)
