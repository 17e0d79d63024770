from django.contrib import admin

from assessments.models import CodeDraft, Exercise, Submission


@admin.register(Exercise)
class ExerciseAdmin(admin.ModelAdmin):
    list_display = ["slug", "version", "is_current", "level", "language", "updated_at"]
    list_filter = ["is_current", "level", "language"]
    search_fields = ["slug", "title_fr", "title_en"]
    # Synced from the library by `manage.py load_exercises`: edit the library, not the rows.
    readonly_fields = [f.name for f in Exercise._meta.fields if f.name != "hidden_tests"]
    exclude = ["hidden_tests"]

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
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("exercise__hidden_tests")

    def has_add_permission(self, request):
        return False


@admin.register(CodeDraft)
class CodeDraftAdmin(admin.ModelAdmin):
    list_display = ["id", "application", "exercise", "updated_at"]
    readonly_fields = ["application", "exercise", "code", "updated_at"]
