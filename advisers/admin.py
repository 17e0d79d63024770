from django.contrib import admin

from advisers.models import AdviserMembership, AdviserOrganisation


@admin.register(AdviserOrganisation)
class AdviserOrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "department"]
    search_fields = ["name"]


@admin.register(AdviserMembership)
class AdviserMembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "role"]
    raw_id_fields = ["user"]
