from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdvisersConfig(AppConfig):
    name = "advisers"
    verbose_name = _("Conseiller·ères et diffusion")

    def ready(self):
        from advisers.data_export import on_behalf, referral
        from advisers.on_behalf import origins
        from candidates.data_export import register_application_section
        from candidates.origins import register_origin

        register_application_section("referral", referral)
        register_application_section("application_on_behalf", on_behalf)
        register_origin(origins)
