from django.contrib import admin

from advisers.models import (
    AdviserMembership,
    AdviserOrganisation,
    Invitation,
    OfferSubscription,
    Referral,
)


@admin.register(AdviserOrganisation)
class AdviserOrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "department"]
    search_fields = ["name"]


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


@admin.register(OfferSubscription)
class OfferSubscriptionAdmin(admin.ModelAdmin):
    list_display = ["id", "adviser", "rome_prefix", "by_email", "created_at"]
    raw_id_fields = ["adviser"]
    exclude = ["feed_token"]
