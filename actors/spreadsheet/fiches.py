"""A zone's fiches as a spreadsheet (CSV or XLSX), out and back in (django-import-export).

One row per fiche, Dutch column names, values as an editor writes them ("gepubliceerd",
"ja", "Gent, Leuven"). Exporting and importing the same file changes nothing; an import
changes only fiches the editor may change, keeps the zones they do not manage, and writes one
version per changed fiche in its history. Every problem is a Dutch message for that row and
column; one bad row means nothing is saved (the admin only offers "confirm" when all rows are
valid, and the import runs in one transaction).
"""

import re

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from actors.admin.scoping import fiches_changeable_by, fiches_viewable_by
from actors.models import (
    ActorType,
    ContactPerson,
    Fiche,
    Language,
    Mutuality,
    Organisation,
    TargetGroup,
    Zone,
    zones_editable_by,
)
from actors.models.choices import CostClass, PhysicalAccess
from actors.spreadsheet.widgets import (
    CONTACT_COLUMNS,
    ChoiceWidget,
    ContactsWidget,
    NamedListWidget,
    NamedWidget,
    TextWidget,
    YesNoWidget,
    cell_text,
)
from actors.text import fold, person
from actors.versions import merge_versions_since, newest_version_id

INLINE_STYLE = re.compile(r'\sstyle="[^"]*"')


def _column(attribute, column_name, widget=None, readonly=False):
    return fields.Field(
        attribute=attribute,
        column_name=column_name,
        widget=widget or TextWidget(),
        readonly=readonly,
    )


# Related values set after the fiche is saved: (resource field, model field, widget factory).
RELATED_COLUMNS = {
    "zones": NamedListWidget(Zone),
    "languages": NamedListWidget(Language),
    "target_groups": NamedListWidget(TargetGroup),
}


class FicheResource(resources.ModelResource):
    id = fields.Field(attribute="id", column_name="nummer", widget=widgets.IntegerWidget())
    name = _column("name", "naam")
    slug = _column("slug", "webadres", readonly=True)
    organisation = _column("organisation", "organisatie", NamedWidget(Organisation))
    actor_type = _column("actor_type", "soort", NamedWidget(ActorType))
    zones = fields.Field(column_name="zones", widget=RELATED_COLUMNS["zones"])
    serves_all_flanders = _column(
        "serves_all_flanders", "heel Vlaanderen", YesNoWidget(), readonly=True
    )
    street = _column("street", "straat")
    postcode = _column("postcode", "postcode")
    city = _column("city", "gemeente")
    phone = _column("phone", "telefoon")
    email = _column("email", "e-mail")
    website = _column("website", "website")
    opening_hours = _column("opening_hours", "openingsuren")
    description = _column("description", "beschrijving")
    cost = _column("cost", "kostprijs")
    cost_class = _column("cost_class", "soort kost", ChoiceWidget(CostClass))
    physical_access = _column("physical_access", "toegankelijkheid", ChoiceWidget(PhysicalAccess))
    referral_needed = _column("referral_needed", "doorverwijzing nodig", YesNoWidget())
    languages = fields.Field(column_name="talen", widget=RELATED_COLUMNS["languages"])
    target_groups = fields.Field(column_name="doelgroepen", widget=RELATED_COLUMNS["target_groups"])
    mutuality = _column(
        "mutuality", "ziekenfonds", NamedWidget(Mutuality, ("short_name", "name"), required=False)
    )
    visibility = _column("visibility", "zichtbaarheid", ChoiceWidget(Fiche.Visibility))
    status = _column("status", "status", ChoiceWidget(Fiche.Status))
    verified_on = _column(
        "verified_on", "nagekeken op", widgets.DateWidget("%d/%m/%Y"), readonly=True
    )
    contacts = fields.Field(column_name="contactpersonen", widget=ContactsWidget())

    class Meta:
        model = Fiche
        import_id_fields = ["id"]
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True
        # Only the columns declared above, in this order.
        fields = [
            "id",
            "name",
            "slug",
            "organisation",
            "actor_type",
            "zones",
            "serves_all_flanders",
            "street",
            "postcode",
            "city",
            "phone",
            "email",
            "website",
            "opening_hours",
            "description",
            "cost",
            "cost_class",
            "physical_access",
            "referral_needed",
            "languages",
            "target_groups",
            "mutuality",
            "visibility",
            "status",
            "verified_on",
            "contacts",
        ]

    def __init__(self, user=None, **kwargs):
        super().__init__(**kwargs)
        self.user = user
        self.contacts = ContactPerson.objects.kept_by_staff(user).order_by("pk")
        if self.contacts.query.is_empty():
            # Contact persons are for staff who may see them, never in anyone else's file.
            del self.fields["contacts"]
        self._contacts_by_fiche: dict[int, list] | None = None

    # --- which fiches ----------------------------------------------------------------------

    def _is_superuser(self) -> bool:
        return bool(self.user and self.user.is_active and self.user.is_superuser)

    def get_queryset(self) -> QuerySet:
        # Imported ids are looked up among the fiches this person may see; the admin's own
        # (scoped, filtered) list decides what an export holds.
        return fiches_viewable_by(self.user).select_related("organisation", "actor_type")

    def _may_change(self, fiche: Fiche) -> bool:
        return fiches_changeable_by(self.user).filter(pk=fiche.pk).exists()

    # --- export ----------------------------------------------------------------------------

    def dehydrate_zones(self, fiche):
        return RELATED_COLUMNS["zones"].render(fiche.zones.all() if fiche.pk else [])

    def dehydrate_languages(self, fiche):
        return RELATED_COLUMNS["languages"].render(fiche.languages.all() if fiche.pk else [])

    def dehydrate_target_groups(self, fiche):
        groups = fiche.target_groups.all() if fiche.pk else []
        return RELATED_COLUMNS["target_groups"].render(groups)

    def _contacts_of(self, fiche: Fiche) -> list:
        if fiche.pk is None:
            return []
        if self._contacts_by_fiche is not None:
            return self._contacts_by_fiche.get(fiche.pk, [])
        return list(self.contacts.filter(fiche_id=fiche.pk))

    def dehydrate_contacts(self, fiche):
        return self.fields["contacts"].widget.render(self._contacts_of(fiche))

    def before_export(self, queryset, **kwargs):
        if "contacts" in self.fields:
            # One query for the contact persons of every exported fiche.
            self._contacts_by_fiche = {}
            for contact in self.contacts.filter(fiche__in=queryset.values("pk")):
                self._contacts_by_fiche.setdefault(contact.fiche_id, []).append(contact)

    def filter_export(self, queryset, **kwargs):
        return queryset.prefetch_related("zones", "languages", "target_groups").select_related(
            "mutuality"
        )

    # --- import ----------------------------------------------------------------------------

    def before_import_row(self, row, **kwargs):
        # A number typed by hand must be a fiche this person can see; otherwise it would be
        # treated as a new fiche with that number.
        number = cell_text(row.get("nummer"))
        if number and not number.isdigit():
            row["nummer"] = None
            row["_bad_number"] = number

    def after_init_instance(self, instance, new, row, **kwargs):
        instance._import_new = new

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        number = row.get("_bad_number") or cell_text(row.get("nummer"))
        if instance._import_new and number:
            errors["id"] = [
                _(
                    "Geen fiche met nummer %(number)s bij jouw fiches. Laat ‘nummer’ leeg "
                    "voor een nieuwe fiche."
                )
                % {"number": number}
            ]
        related = {}
        for name, widget in RELATED_COLUMNS.items():
            column = self.fields[name].column_name
            if column in row:
                try:
                    related[name] = widget.clean(row[column])
                except ValueError as error:
                    errors[name] = [str(error)]
        if "contacts" in self.fields and "contactpersonen" in row:
            try:
                related["contacts"] = self.fields["contacts"].widget.clean(row["contactpersonen"])
            except ValueError as error:
                errors["contacts"] = [str(error)]
        instance._import_related = related
        if instance._import_new and not instance.slug and instance.name:
            instance.slug = _free_slug(instance.name)
        if instance._import_new:
            instance.status = instance.status or Fiche.Status.DRAFT
        if errors:
            raise ValidationError(errors)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if not super().skip_row(instance, original, row, import_validation_errors):
            return False
        if instance._import_new:
            return False
        return not self._related_changes(original, instance._import_related)

    def _related_changes(self, fiche: Fiche, related: dict) -> list[str]:
        changed = []
        for name in RELATED_COLUMNS:
            if name in related:
                now = set(getattr(fiche, name).values_list("pk", flat=True))
                if now != {row.pk for row in related[name]}:
                    changed.append(name)
        if "contacts" in related:
            now = [
                {column: getattr(c, column) for column in CONTACT_COLUMNS}
                for c in self._contacts_of(fiche)
            ]
            if sorted(now, key=str) != sorted(related["contacts"], key=str):
                changed.append("contacts")
        return changed

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        errors.update(self._scope_errors(instance))
        try:
            super().validate_instance(instance, errors, validate_unique)
        except ValidationError as error:
            raise ValidationError(self._by_column(error.update_error_dict({}))) from error

    def _scope_errors(self, instance: Fiche) -> dict:
        """The same rules as the change form: own zones only, shared fiches stay online."""
        errors = {}
        if not instance._import_new and not self._may_change(instance):
            return {
                "id": [
                    _(
                        "Deze fiche beheer je niet (ze hoort bij een andere zone of bij heel "
                        "Vlaanderen). Laat de rij ongewijzigd of haal ze uit het bestand."
                    )
                ]
            }
        chosen = instance._import_related.get("zones")
        if chosen is None:
            return errors
        if self._is_superuser():
            if not chosen and not instance.serves_all_flanders:
                errors["zones"] = [_("Kies minstens één zone, anders vindt niemand deze fiche.")]
            return errors
        mine = set(zones_editable_by(self.user).values_list("pk", flat=True))
        kept = set()
        if not instance._import_new:
            kept = set(instance.zones.exclude(pk__in=mine).values_list("pk", flat=True))
        foreign = [zone.name for zone in chosen if zone.pk not in mine | kept]
        if foreign:
            errors["zones"] = [
                _("Je kunt een fiche alleen in je eigen zones zetten, niet in %(zones)s.")
                % {"zones": ", ".join(foreign)}
            ]
        elif not ({zone.pk for zone in chosen} & mine) and not kept:
            errors["zones"] = [_("Kies minstens één van je zones.")]
        if kept:
            instance._import_kept_zones = kept
            stored = Fiche.objects.filter(pk=instance.pk).values_list("status", flat=True).first()
            if stored == Fiche.Status.PUBLISHED and instance.status != Fiche.Status.PUBLISHED:
                names = ", ".join(Zone.objects.filter(pk__in=kept).values_list("name", flat=True))
                errors["status"] = [
                    _(
                        "Deze fiche hoort ook bij %(zones)s: alleen een redacteur van al die zones "
                        "kan ze offline halen."
                    )
                    % {"zones": names}
                ]
        return errors

    def _by_column(self, error_dict: dict) -> dict:
        """Name each error by its column in the file, so the editor finds the cell."""
        columns = {field.attribute or key: field.column_name for key, field in self.fields.items()}
        columns.update({key: field.column_name for key, field in self.fields.items()})
        return {columns.get(key, key): value for key, value in error_dict.items()}

    def after_import_row(self, row, row_result, **kwargs):
        # The preview's diff comes with inline styles, which the Content-Security-Policy
        # blocks; static/css/admin-import.css colours <ins> and <del> instead.
        if row_result.diff:
            row_result.diff = [
                mark_safe(INLINE_STYLE.sub("", str(cell))) for cell in row_result.diff
            ]

    def before_save_instance(self, instance, row, **kwargs):
        instance._history_start = 0 if instance._import_new else newest_version_id(instance)
        instance._history_user = self.user
        instance._change_reason = _("Bijgewerkt met een spreadsheet door %(name)s.") % {
            "name": person(self.user)
        }

    def save_m2m(self, instance, row, **kwargs):
        related = instance._import_related
        for name in RELATED_COLUMNS:
            if name in related:
                ids = {row.pk for row in related[name]}
                if name == "zones":
                    ids |= getattr(instance, "_import_kept_zones", set())
                getattr(instance, name).set(ids)
        if "contacts" in related:
            _sync_contacts(instance, self._contacts_of(instance), related["contacts"])
        merge_versions_since(instance, instance._history_start, created=instance._import_new)


def _sync_contacts(fiche: Fiche, current: list, people: list[dict]) -> None:
    """Match contact persons by name; update, add and remove to fit the file."""
    existing = {fold(contact.name): contact for contact in current}
    kept = []
    for values in people:
        contact = existing.pop(fold(values["name"]), None) or ContactPerson(fiche=fiche)
        changed = contact.pk is None or any(
            getattr(contact, key) != value for key, value in values.items()
        )
        for key, value in values.items():
            setattr(contact, key, value)
        if changed:
            contact.save()
        kept.append(contact.pk)
    for contact in existing.values():
        contact.delete()


def _free_slug(name: str) -> str:
    base = slugify(name)[:190] or "fiche"
    slug, n = base, 2
    while Fiche.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
