from django import forms
from django.utils.translation import gettext_lazy as _

from core.text import InvisibleCharactersMixin
from shortlists.enums import REASONS_FOR, Component, DecisionKind, DecisionReason
from shortlists.models import SelectionPolicy
from shortlists.policies import POLICY_FIELDS


class PolicyForm(InvisibleCharactersMixin, forms.ModelForm):
    change_reason = forms.CharField(
        label=_("Raison du changement"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Obligatoire une fois des résultats classés : le changement crée une nouvelle "
            "version, inscrite au journal d'audit."
        ),
    )

    class Meta:
        model = SelectionPolicy
        fields = POLICY_FIELDS
        widgets = {
            "missing_scores": forms.RadioSelect,
            "reveal_stage": forms.RadioSelect,
        }
        help_texts = {
            "no_answer_days": _(
                "Sans décision passé ce délai après la dernière étape (fin de l'évaluation, "
                "entretien…), l'entreprise reçoit un rappel."
            ),
            "grace_days": _(
                "Sans décision passé ce délai après le rappel, la candidature est close et la "
                "personne reçoit ses résultats."
            ),
            "reveal_stage": _(
                "Avant cette étape, l'entreprise ne voit que le pseudonyme. Chaque consultation "
                "de l'identité est enregistrée."
            ),
        }

    def __init__(self, *args, locked: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.locked = locked
        for component in Component:
            self.fields[f"weight_{component}"].label = _("Poids : %(component)s") % {
                "component": component.label
            }
            self.fields[f"min_{component}"].label = _("Seuil : %(component)s") % {
                "component": component.label
            }
        self.fields["min_total"].label = _("Seuil : total pondéré")
        for name in ("min_coding", "min_sjt", "min_written", "min_interview", "min_total"):
            self.fields[name].help_text = _("Sur 100 ; laissez vide pour ne pas fixer de seuil.")

    def clean(self):
        cleaned = super().clean()
        if self.locked and not cleaned.get("change_reason", "").strip():
            self.add_error(
                "change_reason",
                _("Des résultats ont déjà été classés avec ces règles : expliquez le changement."),
            )
        return cleaned


class DecisionForm(InvisibleCharactersMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Décision"), widget=forms.RadioSelect)
    reason = forms.ChoiceField(label=_("Motif lié au poste"))
    comment = forms.CharField(
        label=_("Commentaire pour la personne (facultatif)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Envoyé avec la décision et vos résultats. Les formulations discriminatoires sont "
            "refusées."
        ),
    )

    def __init__(self, *args, kinds: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [(k, DecisionKind(k).label) for k in kinds]
        self.fields["reason"].choices = [("", _("Choisissez un motif"))] + [
            (
                _("Pour inviter, présélectionner ou recruter"),
                [(r, DecisionReason(r).label) for r in REASONS_FOR[DecisionKind.ADVANCE]],
            ),
            (
                _("Pour ne pas retenir"),
                [(r, DecisionReason(r).label) for r in REASONS_FOR[DecisionKind.REJECT]],
            ),
        ]

    def clean(self):
        cleaned = super().clean()
        kind, reason = cleaned.get("kind"), cleaned.get("reason")
        if kind and reason and reason not in REASONS_FOR[kind]:
            self.add_error("reason", _("Ce motif ne correspond pas à cette décision."))
        return cleaned


class LockForm(forms.Form):
    """Locking the rules is deliberate: the person ticks that they know what it freezes."""

    confirm = forms.BooleanField(
        label=_(
            "Je verrouille ces règles : tout changement créera une nouvelle version, avec sa "
            "raison, inscrite au journal d'audit."
        ),
        required=True,
        error_messages={"required": _("Cochez la case pour verrouiller les règles.")},
    )


class MessageForm(InvisibleCharactersMixin, forms.Form):
    text = forms.CharField(
        label=_("Votre message"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
