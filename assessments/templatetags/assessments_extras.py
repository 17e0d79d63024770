from django import template
from django.utils.translation import gettext as _

from assessments.enums import Competency, SampleVerdict

register = template.Library()


@register.filter
def percent(score):
    """A score in [0, 1] as « 73 / 100 », or « En attente » when it is not known yet."""
    if score is None:
        return _("En attente")
    return _("%(value)s / 100") % {"value": round(score * 100)}


@register.filter
def competency_label(value):
    return dict(Competency.choices).get(value, value)


@register.filter
def sample_verdict_label(value):
    """A run's verdict code (« CE ») in words (« Erreur de compilation »)."""
    return dict(SampleVerdict.choices).get(value, value)
