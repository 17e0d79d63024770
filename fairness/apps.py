from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FairnessConfig(AppConfig):
    name = "fairness"
    verbose_name = _("Mesure de l'équité et durabilité des recrutements")

    def ready(self):
        from candidates.data_export import (
            register_application_section,
            register_candidate_section,
        )
        from fairness import signals  # noqa: F401  (connects the receivers)
        from fairness.services import export_declaration, export_followups

        register_candidate_section("self_declaration", export_declaration)
        register_application_section("hire_follow_ups", export_followups)
