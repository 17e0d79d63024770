from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BroadcastingConfig(AppConfig):
    name = "broadcasting"
    verbose_name = _("Diffusion publique des offres")
