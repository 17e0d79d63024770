from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FairnessConfig(AppConfig):
    name = "fairness"
    verbose_name = _("Mesure de l'équité et durabilité des recrutements")

    def ready(self):
        from fairness import signals  # noqa: F401  (connects the receivers)
