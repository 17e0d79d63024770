"""How Vivier renders forms: every field through one template, `templates/forms/field.html`.

`{{ form }}` and `{{ form.field.as_field_group }}` both go through it, so every field has its
label with the « (obligatoire) » marker, its help text and its errors pointed to by
`aria-describedby` (the ids Django computes: `<id>_helptext`, `<id>_error`), `aria-invalid` on
error, and radio buttons and checkbox lists in a fieldset whose legend is the label.

`TemplatesSetting` reads the templates through `settings.TEMPLATES`, so the project's `templates/`
folder is searched; Django's own widget templates come from the `django.forms` app.
"""

from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
