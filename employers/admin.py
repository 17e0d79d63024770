from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from employers.models import Employer, EmployerInvitation, EmployerMembership, Offer
from employers.onboarding import confirm_employer
from employers.services import set_member_role


class MembershipInline(admin.TabularInline):
    model = EmployerMembership
    extra = 0
    readonly_fields = ["user", "role"]
    can_delete = False


@admin.register(Employer)
class EmployerAdmin(admin.ModelAdmin):
    list_display = ["name", "siret", "status", "activity_code", "created_at"]
    list_filter = ["status"]
    search_fields = ["name", "siret"]
    readonly_fields = ["status"]
    inlines = [MembershipInline]
    actions = ["confirm"]

    @admin.action(description=_("Confirmer les entreprises en attente (SIRET vérifié)"))
    def confirm(self, request, queryset):
        confirmed = sum(confirm_employer(employer, by=request.user) for employer in queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d entreprise confirmée.", "%(count)d entreprises confirmées.", confirmed
            )
            % {"count": confirmed},
            messages.SUCCESS,
        )


@admin.register(EmployerInvitation)
class EmployerInvitationAdmin(admin.ModelAdmin):
    """Read only: invitations are made, resent and revoked by the employer's admins."""

    list_display = ["id", "employer", "role", "state", "sent_at"]
    list_filter = ["state", "role"]
    exclude = ["nonce"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


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
