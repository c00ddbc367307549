"""Admin for content editors: the words of the flows, and a drawing of every flow."""

from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from actors.admin.history import HistoryAdmin
from pathways.engine import FLOWS
from pathways.engine.explore import mermaid, outline
from pathways.models import FlowText

_GROUPS = {
    "patient": _("Patiënt: vragen"),
    "zorgverlener": _("Zorgverlener: vragen"),
    "werkgever": _("Werkgever: vragen"),
    "option": _("Antwoorden"),
    "step": _("Stappen in een route"),
    "action": _("Wat de lezer zelf doet"),
    "note": _("Notities onder een route"),
    "error": _("Foutmeldingen"),
}


class GroupFilter(admin.SimpleListFilter):
    title = _("soort tekst")
    parameter_name = "soort"

    def lookups(self, request, model_admin):
        return list(_GROUPS.items())

    def queryset(self, request, queryset):
        if self.value() in _GROUPS:
            return queryset.filter(key__startswith=f"{self.value()}.")
        return queryset


@admin.register(FlowText)
class FlowTextAdmin(HistoryAdmin):  # history in Dutch, like the fiches
    list_display = ["key", "short_text", "is_changed"]
    list_filter = [GroupFilter]
    search_fields = ["key", "text"]
    readonly_fields = ["default_text"]
    fields = ["key", "text", "default_text"]

    @admin.display(description=_("tekst"))
    def short_text(self, obj: FlowText) -> str:
        return Truncator(obj.text).chars(90)

    @admin.display(description=_("gewijzigd"), boolean=True)
    def is_changed(self, obj: FlowText) -> bool:
        return obj.text != obj.default

    @admin.display(description=_("standaardtekst"))
    def default_text(self, obj: FlowText) -> str:
        return obj.default or "—"

    def get_readonly_fields(self, request, obj=None):
        # The key ties the text to its place in the code: fixed once the row exists.
        return [*self.readonly_fields, "key"] if obj else self.readonly_fields

    def get_urls(self):
        flows = path(
            "stroomschema/",
            self.admin_site.admin_view(self.flows_view),
            name="pathways_flowtext_flows",
        )
        return [flows, *super().get_urls()]

    def flows_view(self, request: HttpRequest) -> HttpResponse:
        """Every flow drawn as an outline and as Mermaid text, with the current texts."""
        texts = FlowText.objects.texts()
        drawings = [
            {
                "flow": flow,
                "title": texts[flow.title],
                "outline": outline(flow, texts.__getitem__),
                "mermaid": mermaid(flow, texts.__getitem__),
            }
            for flow in FLOWS.values()
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": _("De vragen en routes van de wegwijzer"),
            "opts": self.model._meta,
            "drawings": drawings,
        }
        return TemplateResponse(request, "admin/pathways/flowtext/flows.html", context)
