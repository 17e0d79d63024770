from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class BroadcastingConfig(AppConfig):
    name = "broadcasting"
    verbose_name = _("Diffusion publique des offres")

    def ready(self):
        from broadcasting.cache import offers_changed
        from employers.models import Employer, Offer

        # Public pages show offers and their employer's name: any change renders them anew.
        for model in (Offer, Employer):
            post_save.connect(offers_changed, sender=model, dispatch_uid=f"broadcasting-{model}")
            post_delete.connect(
                offers_changed, sender=model, dispatch_uid=f"broadcasting-del-{model}"
            )
