"""`{{ name|de }}`: « de Lille », « d'Atelier » (core.elision), the name escaped as usual."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from core import elision

register = template.Library()


@register.filter(needs_autoescape=True)
def de(name, autoescape=True):
    text = str(name)
    if not autoescape:
        return elision.de(text)
    # The name is escaped; the preposition is the translation's own text.
    return mark_safe(elision.pattern(text) % {"name": conditional_escape(text)})
