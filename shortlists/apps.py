from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShortlistsConfig(AppConfig):
    name = "shortlists"
    verbose_name = _("Présélection et décisions")

    def ready(self):
        from candidates.signals import application_moved

        application_moved.connect(tell_when_identity_becomes_visible, dispatch_uid="reveal-notice")


def tell_when_identity_becomes_visible(application, previous, to, **kwargs):
    """Receiver: an application moved into the offer's reveal stages; tell the candidate, once
    the move is committed, that the employer may now see who they are."""
    from django.db import transaction

    from candidates.enums import reveal_stages
    from candidates.stages import notify_identity_shared
    from shortlists.reveal import reveal_stage_of

    revealing = reveal_stages(reveal_stage_of(application.offer_id))
    if to in revealing and previous not in revealing:
        transaction.on_commit(lambda: notify_identity_shared(application))
