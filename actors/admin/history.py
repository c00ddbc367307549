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

from actors.versions import describe_contacts, merge_versions_since, newest_version_id


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
        obj._history_start = newest_version_id(obj) if change else 0
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
        merge_versions_since(obj, start, created=created)


class HistoryAdmin(OneVersionPerSaveMixin, SimpleHistoryAdmin):
    object_history_template = "admin/simple_history/object_history.html"
    object_history_list_template = "admin/simple_history/object_history_list.html"
    object_history_form_template = "admin/simple_history/object_history_form.html"
    history_list_per_page = 50

    def get_historical_record_context_helper(self, request, historical_record):
        return DutchChangeHelper(self.model, historical_record)

    def set_history_delta_changes(self, request, historical_records, **kwargs):
        super().set_history_delta_changes(request, historical_records, **kwargs)
        # Contact persons live in the version but are no field of the model: diff them here,
        # so deleting one shows as a change instead of "geen zichtbare wijziging".
        records = list(historical_records)
        for newer, older in zip(records, records[1:], strict=False):
            self._add_check_change(newer, older)
            old = getattr(older, "contacts_snapshot", None)
            new = getattr(newer, "contacts_snapshot", None)
            if old is None or new is None or old == new:
                continue
            changes = getattr(newer, "history_delta_changes", None) or []
            changes.append(
                {
                    "field": _("Contactpersonen"),
                    "old": describe_contacts(old) or _("(geen)"),
                    "new": describe_contacts(new) or _("(geen)"),
                }
            )
            newer.history_delta_changes = changes

    @staticmethod
    def _add_check_change(newer, older) -> None:
        # "nagekeken op" is not editable, so simple-history leaves it out of the diff.
        old, new = getattr(older, "verified_on", None), getattr(newer, "verified_on", None)
        if old == new:
            return
        changes = getattr(newer, "history_delta_changes", None) or []
        changes.append(
            {
                "field": _("Nagekeken op"),
                "old": date_format(old) if old else _("(leeg)"),
                "new": date_format(new) if new else _("(leeg)"),
            }
        )
        newer.history_delta_changes = changes

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
