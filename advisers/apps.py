from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdvisersConfig(AppConfig):
    name = "advisers"
    verbose_name = _("Conseiller·ères et diffusion")

    def ready(self):
        from advisers.data_export import referral
        from candidates.data_export import register_application_section

        register_application_section("referral", referral)
