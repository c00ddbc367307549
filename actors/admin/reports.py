"""Admin: the inbox of "Meld een fout" reports, for the editors of the fiche's zones (and the
national editors for fiches that serve all of Flanders)."""

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from actors.admin.scoping import ReviewAdminMixin, reports_handled_by
from actors.models import ErrorReport
from actors.notifications import send_report_reply


class OpenFilter(admin.SimpleListFilter):
    """The inbox opens on the reports still to handle."""

    title = gettext_lazy("status")
    parameter_name = "toon"
    ALL, HANDLED = "alle", "afgehandeld"

    def lookups(self, request, model_admin):
        return [(self.HANDLED, _("afgehandeld")), (self.ALL, _("alle"))]

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": _("nog af te handelen"),
        }
        for value, label in self.lookup_choices:
            yield {
                "selected": self.value() == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }

    def queryset(self, request, queryset):
        if self.value() == self.ALL:
            return queryset
        if self.value() == self.HANDLED:
            return queryset.filter(status=ErrorReport.Status.HANDLED)
        return queryset.filter(status=ErrorReport.Status.NEW)


class ErrorReportForm(forms.ModelForm):
    handled = forms.BooleanField(
        label=gettext_lazy("Afgehandeld"),
        required=False,
        help_text=gettext_lazy("Vink aan als de fiche verbeterd is of er niets te doen was."),
    )

    class Meta:
        model = ErrorReport
        fields = ["handler_note", "reply"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handled"].initial = self.instance.status == ErrorReport.Status.HANDLED


@admin.register(ErrorReport)
class ErrorReportAdmin(ReviewAdminMixin, admin.ModelAdmin):
    fiche_lookup = "fiche"
    form = ErrorReportForm
    list_display = ["created_at", "fiche", "short_message", "has_email", "status", "handled_by"]
    list_filter = [OpenFilter, "created_at"]
    list_select_related = ["fiche", "handled_by"]
    search_fields = ["message", "email", "fiche__name"]
    actions = ["mark_handled"]
    date_hierarchy = "created_at"

    def scope_for_viewing(self, request, queryset: QuerySet) -> QuerySet:
        # Reporters' addresses: only for the people who handle that fiche's reports.
        return queryset.filter(pk__in=reports_handled_by(request.user).values("pk"))

    scope_for_changing = scope_for_viewing

    def get_fields(self, request, obj=None):
        fields = ["fiche_link", "message", "email", "created_at", "handled"]
        fields += ["handled_by", "handled_at", "handler_note", "reply", "replied_at"]
        return fields

    def get_readonly_fields(self, request, obj=None):
        readonly = ["fiche_link", "message", "email", "created_at"]
        readonly += ["handled_by", "handled_at", "replied_at"]
        if obj is not None and (obj.replied_at or not obj.email):
            readonly.append("reply")  # sent once, or nobody to send it to
        return readonly

    @admin.display(description=gettext_lazy("melding"))
    def short_message(self, report):
        return Truncator(report.message).chars(80)

    @admin.display(description=gettext_lazy("antwoord mogelijk"), boolean=True)
    def has_email(self, report):
        return bool(report.email)

    @admin.display(description=gettext_lazy("fiche"))
    def fiche_link(self, report):
        # To the fiche in the admin, where the editor can correct it.
        url = reverse("admin:actors_fiche_change", args=[report.fiche_id])
        return format_html('<a href="{}">{}</a>', url, report.fiche.name)

    def save_model(self, request, obj, form, change):
        handled = form.cleaned_data.get("handled")
        if handled and obj.status != ErrorReport.Status.HANDLED:
            obj.mark_handled(request.user)
        elif not handled and obj.status == ErrorReport.Status.HANDLED:
            obj.status, obj.handled_by, obj.handled_at = ErrorReport.Status.NEW, None, None
        reply_now = "reply" in form.changed_data and obj.reply and not obj.replied_at
        if reply_now and obj.email:
            obj.replied_at = timezone.now()
        super().save_model(request, obj, form, change)
        if reply_now and send_report_reply(obj):
            self.message_user(
                request,
                _("Je antwoord wordt naar de melder gestuurd."),
                messages.SUCCESS,
            )

    @admin.action(description=gettext_lazy("Markeer als afgehandeld"))
    def mark_handled(self, request, queryset):
        count = 0
        for report in queryset.filter(status=ErrorReport.Status.NEW):
            report.mark_handled(request.user)
            report.save(update_fields=["status", "handled_by", "handled_at"])
            count += 1
        self.message_user(
            request,
            ngettext("%(count)d melding afgehandeld.", "%(count)d meldingen afgehandeld.", count)
            % {"count": count},
            messages.SUCCESS,
        )
