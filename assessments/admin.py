from django.contrib import admin

from assessments.models import (
    Accommodation,
    Attempt,
    Campaign,
    CodeDraft,
    Exercise,
    ExerciseValidation,
    SjtScenario,
    Submission,
    WrittenQuestion,
)


@admin.register(Exercise)
class ExerciseAdmin(admin.ModelAdmin):
    list_display = [
        "slug",
        "version",
        "is_current",
        "employer",
        "validated_at",
        "level",
        "language",
        "updated_at",
    ]
    list_filter = ["is_current", "level", "language"]
    list_select_related = ["employer"]
    search_fields = ["slug", "title_fr", "title_en"]
    # Synced from the library by `manage.py load_exercises`, or written by an employer on its
    # pages (assessments.work_samples): edit those, not the rows.
    readonly_fields = [f.name for f in Exercise._meta.fields if f.name != "hidden_tests"]
    exclude = ["hidden_tests"]

    def has_add_permission(self, request):
        return False


@admin.register(ExerciseValidation)
class ExerciseValidationAdmin(admin.ModelAdmin):
    """The checks of employers' exercises, for operators (a sandbox that stays unavailable)."""

    list_display = ["id", "exercise", "status", "requested_at", "status_changed_at"]
    list_filter = ["status"]
    list_select_related = ["exercise"]
    readonly_fields = [f.name for f in ExerciseValidation._meta.fields]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("exercise__hidden_tests")

    def has_add_permission(self, request):
        return False


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    list_display = ["id", "exercise", "status", "score", "attempts", "created_at", "graded_at"]
    list_filter = ["status"]
    list_select_related = ["exercise"]
    readonly_fields = [
        "application",
        "exercise",
        "code",
        "created_at",
        "status",
        "status_changed_at",
        "score",
        "verdicts",
        "attempts",
        "graded_at",
        "failure_reason",
        "postponements",
        "postponed_until",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("exercise__hidden_tests")

    def has_add_permission(self, request):
        return False


@admin.register(CodeDraft)
class CodeDraftAdmin(admin.ModelAdmin):
    list_display = ["id", "application", "exercise", "updated_at"]
    readonly_fields = ["application", "exercise", "code", "updated_at"]


@admin.register(SjtScenario, WrittenQuestion)
class LibraryItemAdmin(admin.ModelAdmin):
    # Synced from the library by `manage.py load_assessment_library`: edit the library.
    list_display = ["slug", "version", "is_current", "competency"]
    list_filter = ["is_current", "competency"]

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in self.model._meta.fields]

    def has_add_permission(self, request):
        return False


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    list_display = ["id", "offer", "version", "is_current", "deadline", "closed_at"]
    list_filter = ["is_current"]
    raw_id_fields = ["offer", "exercises", "scenarios", "questions"]

    def get_readonly_fields(self, request, obj=None):
        # Somebody started it: it is what they took. Edits make a new version, in the editor.
        if obj is not None and obj.is_locked:
            fields = [f.name for f in Campaign._meta.fields if f.name not in ("id", "closed_at")]
            return [*fields, "exercises", "scenarios", "questions"]
        return []


@admin.register(Attempt)
class AttemptAdmin(admin.ModelAdmin):
    list_display = ["id", "campaign", "status", "started_at", "ends_at", "finished_at"]
    list_filter = ["status"]
    readonly_fields = ["application", "campaign", "started_at", "time_multiplier"]


@admin.register(Accommodation)
class AccommodationAdmin(admin.ModelAdmin):
    # The reason is the candidate's: not shown here either.
    list_display = ["id", "status", "multiplier", "requested_at", "decided_at"]
    exclude = ["reason"]
    readonly_fields = ["application", "requested_at"]
