"""The confirmation step of an action that cannot be undone, without JavaScript.

The action's URL answers GET with a page that says plainly what will happen, with a button
that names the action (« Clôturer l'offre », never a bare « Confirmer »: a POST carrying `FIELD`,
rendered by `templates/includes/confirm.html` with the page's `action_label`) and « Annuler » (a
link back). A POST without that field (a page from before the step existed, a form elsewhere) does
nothing: the view sends it to the confirmation page instead.
"""

FIELD = "confirm"
VALUE = "1"


def confirmed(request) -> bool:
    """Whether `request` is the confirmation page's POST."""
    return request.method == "POST" and request.POST.get(FIELD) == VALUE
