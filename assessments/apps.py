from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Évaluations")

    def ready(self):
        from assessments import audit_subjects, data_export
        from candidates.data_export import (
            register_application_section,
            register_candidate_section,
        )

        register_application_section("code_submissions", data_export.code_submissions)
        register_application_section("code_drafts", data_export.code_drafts)
        register_application_section("written_answers", data_export.written_answers)
        register_application_section("extra_time", data_export.extra_time)
        register_application_section("assessment", data_export.assessment)
        register_application_section("deadline_reminders", data_export.deadline_reminders)
        register_application_section("reused_results", data_export.reused_results)
        register_candidate_section("certificates", data_export.certificates)
        audit_subjects.register()
