"""Admin: the search words content editors keep (word → actor types), with history."""

from django import forms
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from actors.admin.history import HistoryAdmin
from actors.models import SearchTerm


@admin.register(SearchTerm)
class SearchTermAdmin(HistoryAdmin):
    list_display = ["word", "types", "active"]
    list_filter = ["active", "actor_types"]
    search_fields = ["word", "key"]
    fields = ["word", "actor_types", "active"]
    formfield_overrides = {
        # A short fixed list (about twenty types): checkboxes read better than a multi-select.
        models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple},
    }

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("actor_types")

    @admin.display(description=_("leidt naar"))
    def types(self, obj: SearchTerm) -> str:
        return ", ".join(actor_type.name for actor_type in obj.actor_types.all())
