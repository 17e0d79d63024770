from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class CandidatesConfig(AppConfig):
    name = "candidates"
    verbose_name = _("Candidat·es et candidatures")

    def ready(self):
        from candidates import audit_subjects
        from candidates.models import Application

        audit_subjects.register()

        post_save.connect(
            count_application_change, sender=Application, dispatch_uid="applications-version"
        )
        # Also sent for applications deleted with their candidate or their offer.
        post_delete.connect(
            count_application_change, sender=Application, dispatch_uid="applications-version-del"
        )


def count_application_change(instance, **kwargs):
    """Receiver: an application was added, changed or deleted, so its offer's
    `applications_version` moves on (an update, so neither the offer's `updated_at` nor its
    own signals are touched)."""
    from django.db.models import F

    from employers.models import Offer

    Offer.objects.filter(pk=instance.offer_id).update(
        applications_version=F("applications_version") + 1
    )
