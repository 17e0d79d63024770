"""Every form field renders through templates/forms/field.html (config.forms.FormRenderer)."""

from django import forms


class ExampleForm(forms.Form):
    name = forms.CharField(label="Nom", help_text="Tel qu'il s'écrit.")
    nickname = forms.CharField(label="Surnom", required=False)
    colour = forms.ChoiceField(
        label="Couleur",
        choices=[("bleu", "Bleu"), ("vert", "Vert")],
        widget=forms.RadioSelect,
        help_text="Une seule.",
    )
    agree = forms.BooleanField(label="J'accepte", help_text="Révocable.")
    token = forms.CharField(widget=forms.HiddenInput, required=False)


def test_a_required_field_says_so_in_its_label():
    html = ExampleForm()["name"].as_field_group()
    assert '<label for="id_name">Nom <span class="required">(obligatoire)</span></label>' in html


def test_an_optional_field_has_no_marker():
    assert "obligatoire" not in ExampleForm()["nickname"].as_field_group()


def test_the_help_text_is_pointed_to_by_its_field():
    html = ExampleForm()["name"].as_field_group()
    assert '<p class="help" id="id_name_helptext">' in html
    assert 'aria-describedby="id_name_helptext"' in html


def test_errors_are_pointed_to_and_mark_the_field_invalid():
    html = ExampleForm(data={})["name"].as_field_group()
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_name_helptext id_name_error"' in html
    assert '<ul class="errorlist" id="id_name_error">' in html


def test_radio_buttons_are_a_fieldset_whose_legend_is_the_label():
    html = ExampleForm(data={})["colour"].as_field_group()
    assert html.startswith(
        '<fieldset class="field field-error" id="id_colour" '
        'aria-describedby="id_colour_helptext id_colour_error">'
    )
    assert "<legend>Couleur" in html
    assert '<label for="id_colour_0" class="inline-label">Bleu</label>' in html


def test_a_checkbox_comes_before_its_label_and_keeps_its_help():
    html = ExampleForm()["agree"].as_field_group()
    assert html.index('type="checkbox"') < html.index('<label for="id_agree"')
    assert 'aria-describedby="id_agree_helptext"' in html
    assert 'id="id_agree_helptext"' in html


def test_the_whole_form_renders_each_field_through_the_same_template():
    html = str(ExampleForm())
    assert '<input type="hidden" name="token" id="id_token">' in html
    assert html.count('class="required"') == 3
    assert html.count('class="help"') == 3
