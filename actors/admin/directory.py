"""Admin: the directory. ELZ editors keep the fiches of their own zones here."""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportMixin
from import_export.forms import ExportForm

from actors.admin.fiche_actions import BULK_ACTIONS, BulkActionsMixin
from actors.admin.fiche_form import FicheAdminForm
from actors.admin.history import HistoryAdmin
from actors.admin.preview import FichePreviewMixin
from actors.admin.recycle_bin import RecycleBinMixin
from actors.admin.scoping import (
    ZoneScopedAdminMixin,
    editable_zone_choices,
    fiches_changeable_by,
    is_wholly_kept_by,
)
from actors.admin.search import admin_search
from actors.models import (
    ActorType,
    ContactPerson,
    Fiche,
    Language,
    Mutuality,
    Organisation,
    TargetGroup,
)
from actors.spreadsheet.fiches import FicheResource
from actors.spreadsheet.formats import FORMATS
from actors.text import person
from actors.versions import restore_contacts

# "www.vdab.be" typed without a scheme becomes https://www.vdab.be.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}

# --- fiches ------------------------------------------------------------------------------------


class ZoneFilter(admin.SimpleListFilter):
    title = _("zone")
    parameter_name = "zone"
    ALL_FLANDERS = "vlaanderen"
    MINE = "mijn"

    def lookups(self, request, model_admin):
        zones = [
            (str(pk), name)
            for pk, name in editable_zone_choices(request.user).values_list("pk", "name")
        ]
        mine = [] if request.user.is_superuser else [(self.MINE, _("die ik beheer"))]
        return [*mine, (self.ALL_FLANDERS, _("heel Vlaanderen en Brussel")), *zones]

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        if value == self.MINE:
            return queryset.filter(pk__in=fiches_changeable_by(request.user).values("pk"))
        if value == self.ALL_FLANDERS:
            return queryset.filter(serves_all_flanders=True)
        if not value.isdigit():  # a hand-edited URL: show nothing rather than an error page
            return queryset.none()
        return queryset.filter(zones=value)


class StaleFilter(admin.SimpleListFilter):
    title = _("nagekeken")
    parameter_name = "nagekeken"
    STALE = "verouderd"
    STALE_BEFORE = "niet-in-12-maanden"  # the older address; saved links keep working

    def lookups(self, request, model_admin):
        months = settings.STALE_AFTER_MONTHS
        return [(self.STALE, _("niet nagekeken in %(months)d maanden") % {"months": months})]

    def queryset(self, request, queryset):
        if self.value() in (self.STALE, self.STALE_BEFORE):
            return queryset.stale(months=settings.STALE_AFTER_MONTHS)
        return queryset


class UnreachableFilter(admin.SimpleListFilter):
    """Published fiches a visitor cannot act on (Fiche.objects.unreachable())."""

    title = _("bereikbaar")
    parameter_name = "bereikbaar"
    UNREACHABLE = "nee"

    def lookups(self, request, model_admin):
        return [(self.UNREACHABLE, _("gepubliceerd zonder telefoon, e-mail, website of adres"))]

    def queryset(self, request, queryset):
        if self.value() == self.UNREACHABLE:
            return queryset.unreachable()
        return queryset


class ContactPersonInline(admin.StackedInline):
    """Named people behind a fiche, never shown to the public. Scoped with their fiche: Django
    makes inlines read-only when the fiche is, and the fiche's page is 404 outside the zones."""

    model = ContactPerson
    extra = 0
    fields = ["name", "role", "phone", "email", "note"]


@admin.register(Fiche)
class FicheAdmin(
    BulkActionsMixin,
    ImportExportMixin,
    RecycleBinMixin,
    FichePreviewMixin,
    ZoneScopedAdminMixin,
    HistoryAdmin,
):
    formfield_overrides = URL_FIELDS
    fiche_lookup = "pk"
    form = FicheAdminForm
    # Spreadsheet import and export (actors/spreadsheet.py), started from the fiche list.
    resource_classes = [FicheResource]
    formats = FORMATS
    import_export_change_list_template = "admin/actors/fiche/change_list.html"
    import_template_name = "admin/actors/fiche/import.html"
    # Every column, always: a file exported and read back in must change nothing.
    export_form_class = ExportForm
    inlines = [ContactPersonInline]

    # The columns an editor acts on come first, so they stay in view on a 1366 px screen.
    list_display = [
        "name",
        "status",
        "visibility",
        "verified_on",
        "zone_names",
        "actor_type",
        "organisation",
    ]
    list_filter = [
        ZoneFilter,
        "actor_type",
        "status",
        "visibility",
        StaleFilter,
        UnreachableFilter,
    ]
    list_select_related = ["organisation", "actor_type"]
    search_fields = ["name"]  # shows the search box; get_search_results does the work
    search_help_text = _(
        "Zoek op naam, organisatie, gemeente, postcode, telefoonnummer of contactpersoon. "
        "Hoofdletters en accenten maken niet uit."
    )
    list_per_page = 50
    actions = ["mark_checked", *BULK_ACTIONS]
    history_list_display = []

    fieldsets = [
        (None, {"fields": ["organisation", "actor_type", "name", "slug", "description"]}),
        (_("Waar"), {"fields": ["zones", "serves_all_flanders"]}),
        (
            _("Contact"),
            {
                "fields": [
                    "street",
                    "postcode",
                    "city",
                    "phone",
                    "email",
                    "website",
                    "opening_hours",
                ]
            },
        ),
        (
            _("Voor wie en hoe"),
            {
                "fields": [
                    "target_groups",
                    "languages",
                    "mutuality",
                    "cost_class",
                    "cost",
                    "physical_access",
                    "referral_needed",
                ]
            },
        ),
        (_("Publicatie"), {"fields": ["status", "visibility", "is_demo"]}),
        (
            _("Nagekeken"),
            {
                "fields": [
                    "checked_now",
                    "verified_on",
                    "verified_by",
                    "created_at",
                    "updated_at",
                ],
                "description": _(
                    "Gewoon bewaren verandert ‘nagekeken op’ niet: vink ‘Ik heb deze fiche nu "
                    "nagekeken’ aan, of gebruik de actie in de lijst van fiches."
                ),
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("zones")

    def get_search_results(self, request, queryset, search_term):
        return admin_search(queryset, search_term), False

    def add_data_read_fail_error_to_form(self, form, e):
        form.add_error(
            "import_file",
            _(
                "Dit bestand kunnen we niet lezen in het gekozen formaat. Kies CSV of XLSX "
                "zoals het bestand is, of bewaar het opnieuw vanuit je rekenblad."
            ),
        )

    def get_resource_kwargs(self, request, *args, **kwargs):
        return {"user": request.user}

    def get_readonly_fields(self, request, obj=None):
        readonly = ["verified_on", "verified_by", "created_at", "updated_at"]
        if not request.user.is_superuser:
            # A fiche for all of Flanders is shared by every zone: only central staff decide that.
            readonly.append("serves_all_flanders")
            if obj is not None:
                # Saved links and printed handouts point at this address.
                readonly.append("slug")
        return readonly

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if request.user.is_superuser:
            return fieldsets
        # Demo rows are made by load_demo_data, never by an editor.
        return [
            (title, {**options, "fields": [f for f in options["fields"] if f != "is_demo"]})
            for title, options in fieldsets
        ]

    def get_prepopulated_fields(self, request, obj=None):
        # Not a class attribute: the revert page (simple-history) reads that one, and there
        # the slug may be read-only.
        if obj is not None and not request.user.is_superuser:
            return {}
        return {"slug": ["name"]}

    def has_delete_permission(self, request, obj=None):
        # A fiche shared with zones the editor does not keep would vanish for those zones.
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or is_wholly_kept_by(request.user, obj))

    def get_autocomplete_fields(self, request):
        # Organisations are many: type to find one. Zones too for superusers (60 of them);
        # an editor picks from the few boxes of their own zones.
        if request.user.is_superuser:
            return ["organisation", "zones"]
        return ["organisation"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "zones":
            kwargs["queryset"] = editable_zone_choices(request.user)
            if not request.user.is_superuser:
                kwargs["widget"] = forms.CheckboxSelectMultiple
            kwargs["required"] = not request.user.is_superuser
            kwargs["error_messages"] = {
                "required": _("Kies minstens één van je zones."),
                "invalid_choice": _("Je kunt een fiche alleen bewaren in een zone die je beheert."),
            }
        elif db_field.name in ("languages", "target_groups"):
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        version = getattr(obj, "_history", None)  # set on the revert page
        if change:
            # Saving (or putting back a former version) never changes who checked the fiche
            # and when; only saying so does (the box on the form, or the list action).
            kept = ["verified_on", "verified_by_id"]
            if not request.user.is_superuser:
                kept.append("serves_all_flanders")
            stored = Fiche.objects.filter(pk=obj.pk).first()
            if stored is not None:
                for name in kept:
                    setattr(obj, name, getattr(stored, name))
        if form.cleaned_data.get("checked_now"):
            obj.verified_on = timezone.localdate()
            obj.verified_by = request.user
            obj._change_reason = _("Nagekeken door %(name)s.") % {"name": person(request.user)}
        super().save_model(request, obj, form, change)
        if version is not None:
            # The contact persons belong to the version too.
            restore_contacts(obj, version.contacts_snapshot or [])

    @admin.display(description=_("zones"))
    def zone_names(self, obj: Fiche) -> str:
        if obj.serves_all_flanders:
            return str(_("heel Vlaanderen en Brussel"))
        return ", ".join(zone.name for zone in obj.zones.all())

    @admin.action(description=_("Markeer als nagekeken (vandaag)"), permissions=["change"])
    def mark_checked(self, request, queryset):
        count = 0
        for fiche in queryset:
            fiche._history_user = request.user
            fiche._change_reason = _("Nagekeken door %(name)s.") % {"name": person(request.user)}
            fiche.mark_checked(request.user)
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d fiche gemarkeerd als nagekeken.",
                "%(count)d fiches gemarkeerd als nagekeken.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(ContactPerson)
class ContactPersonAdmin(ZoneScopedAdminMixin, HistoryAdmin):
    fiche_lookup = "fiche"
    list_display = ["name", "role", "fiche"]
    list_select_related = ["fiche"]
    search_fields = ["name", "fiche__name"]


# --- organisations and reference lists ---------------------------------------------------------
# Not zone-scoped: what an editor may do here is decided by their Group's model permissions
# (editors: view and add organisations; central content editors may get actor types).


@admin.register(Organisation)
class OrganisationAdmin(HistoryAdmin):
    formfield_overrides = URL_FIELDS
    list_display = ["name", "website", "is_demo"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(ActorType)
class ActorTypeAdmin(HistoryAdmin):
    list_display = ["name", "slug", "bound_to_mutuality", "order"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "name_plural", "slug", "order", "bound_to_mutuality"]}),
        (
            _("Uitleg voor bezoekers"),
            {
                "fields": [
                    "summary",
                    "explanation",
                    "when_to_go",
                    "how_to_reach",
                    "cost",
                    "for_whom",
                ]
            },
        ),
    ]


@admin.register(Mutuality)
class MutualityAdmin(admin.ModelAdmin):
    formfield_overrides = URL_FIELDS
    list_display = ["name", "short_name", "code", "order"]
    search_fields = ["name", "short_name"]


@admin.register(Language)
class LanguageAdmin(admin.ModelAdmin):
    list_display = ["name", "code"]
    search_fields = ["name"]


@admin.register(TargetGroup)
class TargetGroupAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    search_fields = ["name"]
