"""Change history in the admin, in Dutch: who changed what and when, and revert to a version.

django-simple-history ships no Dutch translation, so its pages use our own templates
(templates/admin/simple_history/) and the titles below.
"""

from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper


class DutchChangeHelper(HistoricalRecordContextHelper):
    """Shows "klad → gepubliceerd" and "ja/nee" instead of raw stored values."""

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if getattr(field, "choices", None) and not isinstance(value, list):
            return dict(field.flatchoices).get(value, value)
        if isinstance(value, bool):
            return _("ja") if value else _("nee")
        value = super().prepare_delta_change_value(change, value)
        if value in ("", None, []):
            return _("(leeg)")
        return value


class OneVersionPerSaveMixin:
    """One admin save = one version in the history.

    simple-history writes a version on save() and another on every many-to-many change (a fiche
    moved from Leuven to Gent gives three: before, without zones, with Gent). After the admin
    has saved everything (log_addition/log_change run last, also on the revert page) we keep
    only the newest version of this save, which holds the final state of every field.
    """

    def save_model(self, request, obj, form, change):
        last = obj.history.order_by("-history_id").first() if change else None
        obj._history_start = last.history_id if last else 0
        super().save_model(request, obj, form, change)

    def log_addition(self, request, obj, message):
        self._merge_versions(obj, created=True)
        return super().log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        self._merge_versions(obj, created=False)
        return super().log_change(request, obj, message)

    def _merge_versions(self, obj, created: bool) -> None:
        start = getattr(obj, "_history_start", None)
        if start is None:
            return
        del obj._history_start
        versions = list(
            obj.history.filter(history_id__gt=start)
            .order_by("history_id")
            .values_list("history_id", flat=True)
        )
        if len(versions) < 2:
            return
        newest, older = versions[-1], versions[:-1]
        history_model = obj.history.model
        for field in history_model._history_m2m_fields:
            getattr(history_model, field.name).model.objects.filter(history_id__in=older).delete()
        history_model.objects.filter(history_id__in=older).delete()
        if created:
            history_model.objects.filter(history_id=newest).update(history_type="+")


class HistoryAdmin(OneVersionPerSaveMixin, SimpleHistoryAdmin):
    object_history_template = "admin/simple_history/object_history.html"
    object_history_list_template = "admin/simple_history/object_history_list.html"
    object_history_form_template = "admin/simple_history/object_history_form.html"
    history_list_per_page = 50

    def get_historical_record_context_helper(self, request, historical_record):
        return DutchChangeHelper(self.model, historical_record)

    def history_view_title(self, request, obj):
        return _("Geschiedenis van %s") % force_str(obj)

    def history_form_view_title(self, request, obj):
        if self.revert_disabled(request, obj):
            return _("Vroegere versie van %s") % force_str(obj)
        return _("Vroegere versie terugzetten: %s") % force_str(obj)

    def save_model(self, request, obj, form, change):
        version = getattr(obj, "_history", None)  # set on the revert page
        if version is not None:
            when = date_format(timezone.localtime(version.history_date), "DATETIME_FORMAT")
            obj._change_reason = _("Teruggezet naar de versie van %(when)s.") % {"when": when}
        super().save_model(request, obj, form, change)
