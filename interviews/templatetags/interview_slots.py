from django import template

from interviews.calendar import slot_text as _slot_text

register = template.Library()


@register.simple_tag
def slot_text(slot) -> str:
    """A slot as people read it, in Paris time: « lundi 14 décembre 2026, 10:00–11:00 … »."""
    return _slot_text(slot.starts_at, slot.ends_at)
