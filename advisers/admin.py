from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from advisers.models import (
    AdviserMembership,
    AdviserOrganisation,
    AdviserTeamInvitation,
    ApplicationOnBehalf,
    Invitation,
    OfferSubscription,
    Referral,
)
from advisers.onboarding import validate_organisation


@admin.register(AdviserOrganisation)
class AdviserOrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "department", "status"]
    list_filter = ["status", "kind"]
    search_fields = ["name"]
    readonly_fields = ["status"]
    actions = ["validate"]

    @admin.action(description=_("Valider les structures en attente"))
    def validate(self, request, queryset):
        validated = sum(validate_organisation(o, by=request.user) for o in queryset)
        self.message_user(
            request,
            ngettext("%(count)d structure validée.", "%(count)d structures validées.", validated)
            % {"count": validated},
            messages.SUCCESS,
        )


@admin.register(AdviserTeamInvitation)
class AdviserTeamInvitationAdmin(admin.ModelAdmin):
    """Read only: invitations are made, resent and revoked by the structure's admins."""

    list_display = ["id", "organisation", "role", "state", "sent_at"]
    list_filter = ["state", "role"]
    exclude = ["nonce"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(AdviserMembership)
class AdviserMembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "role"]
    raw_id_fields = ["user"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    """Codes and the person's email stay out of the admin lists: they are the adviser's."""

    list_display = ["id", "adviser", "organisation", "offer", "created_at", "email_sent_at"]
    list_filter = ["organisation"]
    raw_id_fields = ["adviser", "offer"]
    exclude = ["code", "email", "note"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Referral)
class ReferralAdmin(admin.ModelAdmin):
    list_display = ["id", "invitation", "application", "consent", "created_at"]
    raw_id_fields = ["invitation", "application"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ApplicationOnBehalf)
class ApplicationOnBehalfAdmin(admin.ModelAdmin):
    """Consent records, read only: staff check how and when a person agreed."""

    list_display = ["id", "referral", "consent_method", "consent_given_on", "consent_recorded_at"]
    raw_id_fields = ["referral", "consent_recorded_by"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(OfferSubscription)
class OfferSubscriptionAdmin(admin.ModelAdmin):
    list_display = ["id", "adviser", "rome_prefix", "by_email", "created_at"]
    raw_id_fields = ["adviser"]
    exclude = ["feed_token"]
