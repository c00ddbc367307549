"""Bulk changes from the fiche list: status, visibility and zones of many fiches at once.

Each changed fiche gets its own version in the history (who, and "bulkwijziging: …"), so a
bulk change is as reversible as a single one. The rules are those of the change form: only
fiches the user may change (the scoped admin narrows the selection), a shared fiche goes
offline only by an editor of every zone it serves, and zones only within the user's own.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from actors.admin.scoping import editable_zone_choices, fiches_wholly_kept_by
from actors.models import Fiche, Zone


class FicheActionForm(ActionForm):
    """The action bar of the fiche list, with a zone for "add/remove zone"."""

    # Any real zone passes the form; the action accepts only the user's own (and the list
    # shows only those).
    zone = forms.ModelChoiceField(
        queryset=Zone.objects.filter(is_group=False),
        required=False,
        label=gettext_lazy("Zone (voor zone toevoegen of weghalen)"),
    )


def _save_each(request, fiches, reason: str, change) -> int:
    count = 0
    for fiche in fiches:
        fiche._history_user = request.user
        fiche._change_reason = _("Bulkwijziging: %(what)s.") % {"what": reason}
        if change(fiche) is not False:
            count += 1
    return count


def _report(modeladmin, request, count: int, skipped: int = 0, why: str = "") -> None:
    modeladmin.message_user(
        request,
        ngettext("%(count)d fiche gewijzigd.", "%(count)d fiches gewijzigd.", count)
        % {"count": count},
        messages.SUCCESS,
    )
    if skipped:
        modeladmin.message_user(
            request,
            ngettext(
                "%(count)d fiche niet gewijzigd: %(why)s",
                "%(count)d fiches niet gewijzigd: %(why)s",
                skipped,
            )
            % {"count": skipped, "why": why},
            messages.WARNING,
        )


def _set_status(status: str, label: str):
    def action(modeladmin, request, queryset):
        queryset = queryset.exclude(status=status)
        allowed = queryset
        if status != Fiche.Status.PUBLISHED:
            # Offline for one zone is offline for all: only who keeps every zone.
            allowed = queryset.filter(pk__in=fiches_wholly_kept_by(request.user).values("pk"))
        skipped = queryset.count() - allowed.count()

        def change(fiche):
            fiche.status = status
            fiche.save(update_fields=["status", "updated_at"])

        count = _save_each(request, allowed, _("status %(label)s") % {"label": label}, change)
        why = _("ze horen ook bij een zone die je niet beheert; haal daar je eigen zone weg.")
        _report(modeladmin, request, count, skipped, why)

    action.__name__ = f"set_status_{status}"
    return admin.action(
        description=gettext_lazy("Zet status op ‘%(label)s’") % {"label": label},
        permissions=["change"],
    )(action)


def _set_visibility(visibility: str, label: str):
    def action(modeladmin, request, queryset):
        def change(fiche):
            fiche.visibility = visibility
            fiche.save(update_fields=["visibility", "updated_at"])

        fiches = queryset.exclude(visibility=visibility)
        count = _save_each(
            request, fiches, _("zichtbaar voor %(label)s") % {"label": label}, change
        )
        _report(modeladmin, request, count)

    action.__name__ = f"set_visibility_{visibility}"
    return admin.action(
        description=gettext_lazy("Zichtbaar voor ‘%(label)s’") % {"label": label},
        permissions=["change"],
    )(action)


def _chosen_zone(modeladmin, request) -> Zone | None:
    zone_id = request.POST.get("zone", "")
    zone = None
    if zone_id.isdigit():
        zone = editable_zone_choices(request.user).filter(pk=zone_id).first()
    if zone is None:
        modeladmin.message_user(
            request, _("Kies eerst een van je zones in de lijst ‘Zone’."), messages.ERROR
        )
    return zone


@admin.action(description=gettext_lazy("Voeg de gekozen zone toe"), permissions=["change"])
def add_zone(modeladmin, request, queryset):
    zone = _chosen_zone(modeladmin, request)
    if zone is None:
        return
    fiches = queryset.exclude(zones=zone)
    count = _save_each(
        request, fiches, _("zone %(zone)s toegevoegd") % {"zone": zone}, lambda f: f.zones.add(zone)
    )
    _report(modeladmin, request, count)


@admin.action(description=gettext_lazy("Haal de gekozen zone weg"), permissions=["change"])
def remove_zone(modeladmin, request, queryset):
    zone = _chosen_zone(modeladmin, request)
    if zone is None:
        return
    fiches = list(queryset.filter(zones=zone).prefetch_related("zones"))
    # A fiche without any zone would be found by nobody: keep its last zone.
    lonely = [f for f in fiches if len(f.zones.all()) == 1 and not f.serves_all_flanders]
    keep = [f for f in fiches if f not in lonely]
    count = _save_each(
        request,
        keep,
        _("zone %(zone)s weggehaald") % {"zone": zone},
        lambda f: f.zones.remove(zone),
    )
    _report(modeladmin, request, count, len(lonely), _("het is hun enige zone."))


BULK_ACTIONS = [
    _set_status(Fiche.Status.PUBLISHED, Fiche.Status.PUBLISHED.label),
    _set_status(Fiche.Status.DRAFT, Fiche.Status.DRAFT.label),
    _set_status(Fiche.Status.ARCHIVED, Fiche.Status.ARCHIVED.label),
    _set_visibility(Fiche.Visibility.PUBLIC, Fiche.Visibility.PUBLIC.label),
    _set_visibility(Fiche.Visibility.PROFESSIONAL, Fiche.Visibility.PROFESSIONAL.label),
    add_zone,
    remove_zone,
]


class BulkActionsMixin:
    """Adds the zone choice to the action bar, limited to the user's own zones."""

    action_form = FicheActionForm

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        form = getattr(response, "context_data", {}).get("action_form")
        if form is not None and "zone" in form.fields:
            form.fields["zone"].queryset = editable_zone_choices(request.user)
        return response
