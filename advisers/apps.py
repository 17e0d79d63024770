from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdvisersConfig(AppConfig):
    name = "advisers"
    verbose_name = _("Conseiller·ères et diffusion")
