"""Zone scoping for the admin: an ELZ editor sees and changes only what belongs to their zones.

Reusable by every admin whose rows hang off a zone or a fiche:

    class ProfessionalAdmin(ZoneScopedAdminMixin, admin.ModelAdmin):
        zone_lookup = "zone"          # a path from the model to a Zone (FK or m2m)

    class ErrorReportAdmin(ZoneScopedAdminMixin, admin.ModelAdmin):
        fiche_lookup = "fiche"        # a path to a Fiche: follows the fiche rules below

The mixin only narrows what Django's normal model permissions allow: the Group of the user still
decides *whether* they may view, add, change or delete a model at all.

Rules for fiches (decided here, once):
- A superuser sees and changes everything.
- An editor sees the fiches serving one of their zones, plus the fiches that serve all of Flanders
  (they show up in every zone, so the editor should know them).
- An editor changes only fiches of their zones, and never a fiche that serves all of Flanders:
  such a fiche is shared by every zone, so only a superuser (central staff) may change it.
- A fiche shared by several zones is deleted, archived or taken offline only by a superuser or by
  an editor of every zone it serves; the others can take their own zone off it, and the fiche
  stays for the rest.
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model, Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from actors.models import ErrorReport, Fiche, Zone, is_national_editor, zones_editable_by


def fiches_viewable_by(user) -> QuerySet:
    """Fiches this user may look at in the admin."""
    if user.is_active and user.is_superuser:
        return Fiche.objects.all()
    in_my_zones = Fiche.zones.through.objects.filter(zone__in=zones_editable_by(user))
    return Fiche.objects.filter(
        Q(pk__in=in_my_zones.values("fiche_id")) | Q(serves_all_flanders=True)
    )


def fiches_changeable_by(user) -> QuerySet:
    """Fiches this user may change, delete, revert or mark as checked."""
    if user.is_active and user.is_superuser:
        return Fiche.objects.all()
    in_my_zones = Fiche.zones.through.objects.filter(zone__in=zones_editable_by(user))
    return Fiche.objects.filter(pk__in=in_my_zones.values("fiche_id"), serves_all_flanders=False)


def fiches_wholly_kept_by(user) -> QuerySet:
    """Fiches this user may delete, archive or take offline: every zone they serve is theirs."""
    if user.is_active and user.is_superuser:
        return Fiche.objects.all()
    elsewhere = Fiche.zones.through.objects.exclude(zone__in=zones_editable_by(user))
    return fiches_changeable_by(user).exclude(pk__in=elsewhere.values("fiche_id"))


def is_wholly_kept_by(user, fiche: Fiche) -> bool:
    return fiche.pk is not None and fiches_wholly_kept_by(user).filter(pk=fiche.pk).exists()


def editable_zone_choices(user) -> QuerySet:
    """Zones a user may put a fiche (or another zoned row) into."""
    return zones_editable_by(user).filter(is_group=False).order_by("name")


class ZoneScopedAdminMixin:
    """Limits a ModelAdmin to the rows of the user's zones, everywhere a row can be reached:
    changelist, change/delete/history pages by direct URL (404), bulk actions and revert."""

    zone_lookup: str | None = None
    fiche_lookup: str | None = None

    # --- querysets -------------------------------------------------------------------------

    def scope_for_viewing(self, request, queryset: QuerySet) -> QuerySet:
        return self._scope(request, queryset, fiches_viewable_by)

    def scope_for_changing(self, request, queryset: QuerySet) -> QuerySet:
        return self._scope(request, queryset, fiches_changeable_by)

    def _scope(self, request, queryset: QuerySet, fiche_scope) -> QuerySet:
        user = request.user
        if user.is_active and user.is_superuser:
            return queryset
        if self.fiche_lookup:
            return queryset.filter(**{f"{self.fiche_lookup}__in": fiche_scope(user)})
        if self.zone_lookup:
            # A subquery rather than a join, so a row in two zones is listed once.
            matching = self.model._default_manager.filter(
                **{f"{self.zone_lookup}__in": zones_editable_by(user)}
            )
            return queryset.filter(pk__in=matching.values("pk"))
        raise NotImplementedError("Set zone_lookup or fiche_lookup on a ZoneScopedAdminMixin.")

    def get_queryset(self, request):
        return self.scope_for_viewing(request, super().get_queryset(request))

    def get_object(self, request, object_id, from_field=None):
        # Django's admin redirects to its index when an object is missing; for a row outside the
        # user's zones we answer 404 instead, so a guessed URL tells nothing.
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404(_("Deze gegevens bestaan niet of je mag ze niet bekijken."))
        return obj

    # --- object permissions ----------------------------------------------------------------

    def _in_scope(self, request, obj: Model, changing: bool) -> bool:
        """One query per object and kind of check, remembered for the rest of the request."""
        cache = request.__dict__.setdefault("_zone_scope_cache", {})
        key = (self.model._meta.label, obj.pk, changing)
        if key not in cache:
            scope = self.scope_for_changing if changing else self.scope_for_viewing
            base = self.model._default_manager.filter(pk=obj.pk)
            cache[key] = obj.pk is not None and scope(request, base).exists()
        return cache[key]

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        return allowed and (obj is None or self._in_scope(request, obj, changing=False))

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or self._in_scope(request, obj, changing=True))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or self._in_scope(request, obj, changing=True))

    # --- bulk actions ----------------------------------------------------------------------

    def response_action(self, request, queryset):
        # Actions (delete, mark as checked …) never reach a row the user may only look at.
        return super().response_action(request, self.scope_for_changing(request, queryset))

    # --- forms -----------------------------------------------------------------------------

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # A row can only be attached to a zone or fiche the user may change.
        if db_field.name == self.zone_lookup and db_field.related_model is Zone:
            kwargs["queryset"] = editable_zone_choices(request.user)
        elif db_field.name == self.fiche_lookup and db_field.related_model is Fiche:
            kwargs["queryset"] = fiches_changeable_by(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    # --- history (django-simple-history) ---------------------------------------------------

    def _require_valid_ids(self, object_id, version_id=None) -> None:
        """A hand-typed id that is not a number is a 404, not a server error."""
        try:
            self.model._meta.pk.to_python(unquote(object_id))
            if version_id is not None:
                self.model.history.model._meta.pk.to_python(version_id)
        except ValidationError as exc:
            raise Http404 from exc

    def history_view(self, request, object_id, extra_context=None):
        # simple-history shows the last known version when an object is missing from
        # get_queryset(); for an editor that would reveal another zone's data. Superusers keep
        # the history of deleted objects.
        self._require_valid_ids(object_id)
        if not request.user.is_superuser:
            pk = unquote(object_id)
            if self.model._default_manager.filter(pk=pk).exists():
                self.get_object(request, pk)  # 404 outside the user's zones
            elif not self.may_see_deleted_history(request, pk):
                raise Http404(_("Deze gegevens bestaan niet of je mag ze niet bekijken."))
        return super().history_view(request, object_id, extra_context)

    def may_see_deleted_history(self, request, object_id) -> bool:
        """Whether a non-superuser may read the history of a deleted row (see the bin)."""
        return False

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self._require_valid_ids(object_id, version_id)
        if not request.user.is_superuser:
            current = self.get_object(request, unquote(object_id))
            # simple-history's own view saves a POST after checking view rights only.
            if request.method == "POST" and not self.has_change_permission(request, current):
                raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


class SuperuserOnlyAdminMixin:
    """For the data that decides who edits what (zones, geography, editor accounts): a model
    permission given by mistake must not let an editor widen their own zones."""

    def _is_superuser(self, request) -> bool:
        return request.user.is_active and request.user.is_superuser

    def has_module_permission(self, request):
        return self._is_superuser(request)

    def has_view_permission(self, request, obj=None):
        return self._is_superuser(request)

    def has_add_permission(self, request, *args):
        return self._is_superuser(request)

    def has_change_permission(self, request, obj=None):
        return self._is_superuser(request)

    def has_delete_permission(self, request, obj=None):
        return self._is_superuser(request)


def reports_handled_by(user) -> QuerySet:
    """Error reports this user reads and handles: those on fiches of their zones; for the
    national editors (and superusers) also those on fiches for all of Flanders. A zone editor
    never sees who reported a problem on a fiche shared by every zone."""
    if user.is_active and user.is_superuser:
        return ErrorReport.objects.all()
    mine = Q(fiche__in=fiches_changeable_by(user))
    if is_national_editor(user):
        mine |= Q(fiche__serves_all_flanders=True)
    return ErrorReport.objects.filter(mine)


class ReviewAdminMixin(ZoneScopedAdminMixin):
    """For rows that arrive from visitors (error reports, access requests), never from the
    admin; only a superuser deletes them."""

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser
