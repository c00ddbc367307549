"""Admin: the directory. ELZ editors keep the fiches of their own zones here."""

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from actors.admin.history import HistoryAdmin
from actors.admin.scoping import (
    ZoneScopedAdminMixin,
    editable_zone_choices,
)
from actors.models import (
    ActorType,
    ContactPerson,
    Fiche,
    Language,
    Mutuality,
    Organisation,
    TargetGroup,
    Zone,
)

# "www.vdab.be" typed without a scheme becomes https://www.vdab.be.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}

# --- fiches ------------------------------------------------------------------------------------


class ZoneFilter(admin.SimpleListFilter):
    title = _("zone")
    parameter_name = "zone"
    ALL_FLANDERS = "vlaanderen"

    def lookups(self, request, model_admin):
        zones = [
            (str(pk), name)
            for pk, name in editable_zone_choices(request.user).values_list("pk", "name")
        ]
        return [(self.ALL_FLANDERS, _("heel Vlaanderen en Brussel")), *zones]

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        if value == self.ALL_FLANDERS:
            return queryset.filter(serves_all_flanders=True)
        if not value.isdigit():  # a hand-edited URL: show nothing rather than an error page
            return queryset.none()
        return queryset.filter(zones=value)


class StaleFilter(admin.SimpleListFilter):
    title = _("nagekeken")
    parameter_name = "nagekeken"
    STALE = "niet-in-12-maanden"

    def lookups(self, request, model_admin):
        return [(self.STALE, _("niet nagekeken in 12 maanden"))]

    def queryset(self, request, queryset):
        if self.value() == self.STALE:
            return queryset.stale(months=12)
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


class FicheAdminForm(forms.ModelForm):
    """Keeps a fiche inside the editor's zones, also when a former version is put back."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zones = self.fields.get("zones")
        if zones is not None and self.instance.pk:
            others = self._zones_kept(zones.queryset)
            if others:
                zones.help_text = _(
                    "Deze fiche staat ook in %(zones)s. Die zone beheer je niet; ze blijft staan."
                ) % {"zones": ", ".join(zone.name for zone in others)}
        # On the revert page the instance is a former version, but its many-to-many fields
        # would show today's values: show (and so restore) the values of that version instead.
        self.version = getattr(self.instance, "_history", None)
        self.version_zone_ids: set[int] = set()
        if self.version is not None:
            for name in ("zones", "languages", "target_groups"):
                ids = {
                    getattr(row, f"{self._target_name(name)}_id")
                    for row in getattr(self.version, name).all()
                }
                if name in self.fields:
                    self.initial[name] = sorted(ids)
                if name == "zones":
                    self.version_zone_ids = ids

    def _zones_kept(self, offered) -> list[Zone]:
        """Zones this fiche has today that the editor may not choose: saving keeps them."""
        if not self.instance.pk:
            return []
        return list(Zone.objects.filter(fiches__pk=self.instance.pk).exclude(pk__in=offered))

    @staticmethod
    def _target_name(m2m_name: str) -> str:
        return Fiche._meta.get_field(m2m_name).m2m_reverse_field_name()

    def clean_zones(self):
        chosen = list(self.cleaned_data.get("zones") or [])
        offered = self.fields["zones"].queryset
        # Zones of this fiche that the editor does not manage stay as they are: a fiche shared
        # by Gent and Leuven keeps Leuven when the Gent editor saves it.
        kept = self._zones_kept(offered)
        if self.version is not None:
            offered_or_kept = set(offered.values_list("pk", flat=True)) | {z.pk for z in kept}
            foreign = Zone.objects.filter(pk__in=self.version_zone_ids - offered_or_kept)
            if foreign.exists():
                raise forms.ValidationError(
                    _(
                        "Deze versie hoort bij een zone die je niet beheert (%(zones)s). "
                        "Vraag een beheerder om ze terug te zetten."
                    ),
                    params={"zones": ", ".join(z.name for z in foreign)},
                    code="foreign_zone",
                )
        return chosen + kept

    def clean(self):
        cleaned = super().clean()
        all_flanders = cleaned.get("serves_all_flanders", self.instance.serves_all_flanders)
        if "zones" in cleaned and not cleaned["zones"] and not all_flanders:
            self.add_error(
                "zones",
                _("Kies minstens één zone, anders vindt niemand deze fiche."),
            )
        return cleaned


class ContactPersonInline(admin.StackedInline):
    """Named people behind a fiche, never shown to the public. Scoped with their fiche: Django
    makes inlines read-only when the fiche is, and the fiche's page is 404 outside the zones."""

    model = ContactPerson
    extra = 0
    fields = ["name", "role", "phone", "email", "note"]


@admin.register(Fiche)
class FicheAdmin(ZoneScopedAdminMixin, HistoryAdmin):
    formfield_overrides = URL_FIELDS
    fiche_lookup = "pk"
    form = FicheAdminForm
    inlines = [ContactPersonInline]

    list_display = [
        "name",
        "organisation",
        "actor_type",
        "zone_names",
        "status",
        "visibility",
        "verified_on",
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
    search_fields = ["name", "organisation__name"]
    search_help_text = _("Zoek op de naam van de fiche of van de organisatie.")
    list_per_page = 50
    actions = ["mark_checked"]
    prepopulated_fields = {"slug": ["name"]}
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
                "fields": ["verified_on", "verified_by", "created_at", "updated_at"],
                "description": _(
                    "Verandert alleen met de actie ‘Markeer als nagekeken (vandaag)’ in de lijst "
                    "van fiches, niet door te bewaren."
                ),
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("zones")

    def get_readonly_fields(self, request, obj=None):
        readonly = ["verified_on", "verified_by", "created_at", "updated_at"]
        if not request.user.is_superuser:
            # A fiche for all of Flanders is shared by every zone: only central staff decide that.
            readonly.append("serves_all_flanders")
        return readonly

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "zones":
            kwargs["queryset"] = editable_zone_choices(request.user)
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
        if change:
            # Saving (or putting back a former version) never changes who checked the fiche
            # and when; only the "mark as checked" action does.
            kept = ["verified_on", "verified_by_id"]
            if not request.user.is_superuser:
                kept.append("serves_all_flanders")
            stored = Fiche.objects.filter(pk=obj.pk).first()
            if stored is not None:
                for name in kept:
                    setattr(obj, name, getattr(stored, name))
        super().save_model(request, obj, form, change)

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
