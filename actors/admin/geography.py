"""Admin: zones, municipalities and postcodes. Superusers only: they decide who edits what."""

from django.contrib import admin

from actors.admin.scoping import SuperuserOnlyAdminMixin
from actors.models import Municipality, MunicipalityAlias, PostalCode, Zone


@admin.register(Zone)
class ZoneAdmin(SuperuserOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["name", "code", "province", "parent", "is_group"]
    list_filter = ["province", "is_group"]
    list_select_related = ["parent"]
    search_fields = ["name", "code"]
    prepopulated_fields = {"slug": ["name"]}

    def get_search_results(self, request, queryset, search_term):
        queryset, duplicates = super().get_search_results(request, queryset, search_term)
        if request.GET.get("field_name") == "zones":
            # Autocomplete on a fiche: fiches belong to real zones, not to the umbrella.
            queryset = queryset.filter(is_group=False)
        return queryset, duplicates


class MunicipalityAliasInline(SuperuserOnlyAdminMixin, admin.TabularInline):
    model = MunicipalityAlias
    extra = 0


@admin.register(Municipality)
class MunicipalityAdmin(SuperuserOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["name", "nis_code", "zone"]
    list_filter = ["zone__province", "zone"]
    list_select_related = ["zone"]
    search_fields = ["name", "name_fr", "nis_code", "aliases__name"]
    inlines = [MunicipalityAliasInline]


@admin.register(PostalCode)
class PostalCodeAdmin(SuperuserOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["code", "place", "municipality", "zone"]
    list_select_related = ["municipality", "zone"]
    search_fields = ["code", "place", "municipality__name"]
