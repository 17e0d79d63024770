from django.contrib import admin

from employers.models import Employer, EmployerMembership, Offer
from employers.services import set_member_role


class MembershipInline(admin.TabularInline):
    model = EmployerMembership
    extra = 0
    readonly_fields = ["user", "role"]
    can_delete = False


@admin.register(Employer)
class EmployerAdmin(admin.ModelAdmin):
    search_fields = ["name"]
    inlines = [MembershipInline]


@admin.register(EmployerMembership)
class EmployerMembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "employer", "role"]
    list_filter = ["role"]
    autocomplete_fields = ["employer"]
    raw_id_fields = ["user"]

    def save_model(self, request, obj, form, change):
        # Through the service, so that every role change is audited.
        membership = set_member_role(obj.employer, obj.user, obj.role, by=request.user)
        obj.pk = membership.pk


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin):
    list_display = ["title", "employer", "status", "contract_type", "department", "created_at"]
    list_filter = ["status", "contract_type", "remote_policy", "illegal_wording_at_publication"]
    search_fields = ["title", "commune", "rome_code"]
    autocomplete_fields = ["employer"]
    # The life cycle and the wording gate go through employers.services (audited): read only.
    readonly_fields = [
        "status",
        "department",
        "created_by",
        "published_at",
        "closed_at",
        "wording_findings",
        "illegal_wording_at_publication",
        "wording_justification",
        "wording_reviewed_by",
        "wording_reviewed_at",
    ]
