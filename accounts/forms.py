from django import forms
from django.utils.translation import gettext_lazy as _

from accounts import notifications


class EmailPreferencesForm(forms.Form):
    """The optional emails of the user's role, ticked when on."""

    enabled = forms.MultipleChoiceField(
        label=_("Recevoir ces e-mails"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Décochez un type d'e-mail pour ne plus le recevoir."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        kinds = notifications.kinds_for(user)
        off = notifications.switched_off(user)
        field = self.fields["enabled"]
        field.choices = [(kind.value, kind.label) for kind in kinds]
        field.initial = [kind.value for kind in kinds if kind.value not in off]
