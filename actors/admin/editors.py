"""Admin: ELZ editor accounts and the zones they keep. Superusers only.

An editor is a staff user with a ZoneEditor row; what they may do with each model comes from
the permissions of their Group, the zones limit which fiches (see actors/admin/scoping.py).
"""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from actors.admin.scoping import SuperuserOnlyAdminMixin
from actors.models import OutgoingMail, Zone, ZoneEditor


@admin.register(ZoneEditor)
class ZoneEditorAdmin(SuperuserOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["user", "zone_names"]
    list_select_related = ["user"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "user__email"]
    list_filter = ["zones"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("zones")

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "zones":
            # Fiches belong to real zones; the Antwerp umbrella is only a grouping.
            kwargs["queryset"] = Zone.objects.real().order_by("name")
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("zones"))
    def zone_names(self, obj: ZoneEditor) -> str:
        return ", ".join(zone.name for zone in obj.zones.all())


@admin.register(OutgoingMail)
class OutgoingMailAdmin(SuperuserOnlyAdminMixin, admin.ModelAdmin):
    """Read-only: which mails wait for `send_pending_mail`, and why they failed."""

    list_display = ["created_at", "subject", "sent_at", "attempts", "last_error"]
    list_filter = [("sent_at", admin.EmptyFieldListFilter)]
    search_fields = ["subject", "recipients"]
    readonly_fields = [f.name for f in OutgoingMail._meta.fields]

    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False
