from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterviewsConfig(AppConfig):
    name = "interviews"
    verbose_name = _("Entretiens structurés")

    def ready(self):
        from candidates.data_export import register_application_section
        from interviews.data_export import interviews

        register_application_section("interviews", interviews)
