from django import forms
from django.utils.translation import gettext_lazy as _

from assessments.services import MAX_CODE_CHARS


class CodeForm(forms.Form):
    """The code typed in the editor (or in the plain textarea without JavaScript)."""

    code = forms.CharField(
        label=_("Votre code"),
        max_length=MAX_CODE_CHARS,
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 18, "spellcheck": "false", "autocapitalize": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # An absent field is a malformed request, not an empty program.
        self.field_missing = self.is_bound and "code" not in self.data

    def is_valid(self):
        return not self.field_missing and super().is_valid()
