from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class InterviewsConfig(AppConfig):
    name = "interviews"
    verbose_name = _("Entretiens structurés")

    def ready(self):
        from candidates.data_export import register_application_section
        from interviews import audit_subjects
        from interviews.data_export import interviews

        audit_subjects.register()

        register_application_section("interviews", interviews)
        post_save.connect(
            forget_candidates_own_words, sender="candidates.Candidate", dispatch_uid="meetings"
        )


def forget_candidates_own_words(instance, **kwargs):
    """Receiver: once a candidate deleted their account, the reasons they gave for moving or
    cancelling an interview keep only their redacted text."""
    from django.db.models import F

    from interviews.models import Meeting

    if instance.deleted_at is not None:
        Meeting.objects.filter(
            interview__application__candidate=instance, reason_by_candidate=True
        ).update(reason=F("reason_for_employer"))
