"""Admin: the inbox of "Meld een fout" reports, for the editors of the fiche's zones."""

from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from actors.admin.scoping import ReviewAdminMixin
from actors.models import ErrorReport


@admin.register(ErrorReport)
class ErrorReportAdmin(ReviewAdminMixin, admin.ModelAdmin):
    # Editors see the reports on fiches they can see, and handle those of their own zones.
    fiche_lookup = "fiche"
    list_display = ["created_at", "fiche", "short_message", "email", "status"]
    list_filter = ["status", "created_at"]
    list_select_related = ["fiche"]
    search_fields = ["message", "email", "fiche__name"]
    readonly_fields = ["fiche_link", "message", "email", "created_at", "status", "handled_by"]
    fields = readonly_fields
    actions = ["mark_handled"]
    date_hierarchy = "created_at"

    @admin.display(description=_("melding"))
    def short_message(self, report):
        return Truncator(report.message).chars(80)

    @admin.display(description=_("fiche"))
    def fiche_link(self, report):
        return format_html(
            '<a href="{}">{}</a>', report.fiche.get_absolute_url(), report.fiche.name
        )

    @admin.action(description=_("Markeer als afgehandeld"))
    def mark_handled(self, request, queryset):
        count = queryset.filter(status=ErrorReport.Status.NEW).update(
            status=ErrorReport.Status.HANDLED, handled_by=request.user
        )
        self.message_user(
            request,
            ngettext("%(count)d melding afgehandeld.", "%(count)d meldingen afgehandeld.", count)
            % {"count": count},
            messages.SUCCESS,
        )
