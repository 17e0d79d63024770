from django import template

from advisers.invitations import remembered_codes

register = template.Library()


@register.simple_tag(takes_context=True)
def remembered_invitation(context, offer) -> str:
    """The invitation code remembered in the session for `offer` (through sign-up and login),
    or an empty string."""
    request = context.get("request")
    if request is None:
        return ""
    return remembered_codes(request.session).get(offer.pk, "")
