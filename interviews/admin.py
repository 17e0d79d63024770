from django.contrib import admin

from interviews.models import Competency, GridVersion, Interview, PanelMember


class CompetencyInline(admin.StackedInline):
    model = Competency
    extra = 0


@admin.register(GridVersion)
class GridVersionAdmin(admin.ModelAdmin):
    list_display = ["title", "offer", "number", "language", "locked_at"]
    list_select_related = ["offer"]
    inlines = [CompetencyInline]


class PanelMemberInline(admin.TabularInline):
    model = PanelMember
    extra = 0
    readonly_fields = ["submitted_at"]


@admin.register(Interview)
class InterviewAdmin(admin.ModelAdmin):
    # Scores stay in the interview pages, for the panel only.
    list_display = ["pk", "application", "stage", "status", "grid_version", "created_at"]
    list_filter = ["status", "stage"]
    readonly_fields = ["status", "scoring_started_at", "revealed_at", "consensus_recorded_at"]
    inlines = [PanelMemberInline]
