from django.contrib import admin

from shortlists.models import Decision, NoAnswerReminder, SelectionPolicy


class ReadOnlyAdmin(admin.ModelAdmin):
    """Policies, decisions and reminders are written by the services alone (with their audit
    entries); staff read them here."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(SelectionPolicy)
class SelectionPolicyAdmin(ReadOnlyAdmin):
    list_display = ("offer", "number", "locked_at", "created_at")


@admin.register(Decision)
class DecisionAdmin(ReadOnlyAdmin):
    list_display = ("application", "kind", "reason", "decided_at")
    list_filter = ("kind", "reason")


@admin.register(NoAnswerReminder)
class NoAnswerReminderAdmin(ReadOnlyAdmin):
    list_display = ("application", "waiting_since", "reminded_at")
