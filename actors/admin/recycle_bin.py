"""The recycle bin: deleted fiches and contact persons, put back by their zone's editors.

Nothing an editor does is irreversible: django-simple-history keeps the last version of every
deleted row (with a fiche, its contact persons: see actors/versions.py). The bin lists those
versions for the zones the user keeps and restores them with one button (a plain form).
"""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _

from actors.admin.scoping import fiches_changeable_by
from actors.models import ContactPerson, Fiche, Zone, zones_editable_by
from actors.versions import restore_deleted_contact, restore_deleted_fiche

# The bin shows the most recent deletions; older ones stay in the database.
BIN_SIZE = 200


@dataclass
class DeletedFiche:
    version: object  # the historical record of the deletion
    zones: list[Zone]


def _deleted_versions(model) -> object:
    history = model.history.model.objects.filter(history_type="-")
    return history.exclude(id__in=model.objects.values("pk")).select_related("history_user")


def deleted_fiches_for(user) -> list[DeletedFiche]:
    """Deleted fiches this user may put back: a superuser all; an editor those that served one
    of their zones (never one for all of Flanders, which only central staff change)."""
    latest: dict[int, object] = {}
    for version in _deleted_versions(Fiche).order_by("-history_id")[:BIN_SIZE]:
        latest.setdefault(version.id, version)
    zone_ids_of = _zones_before_deletion(latest.values())
    zones = Zone.objects.in_bulk({pk for ids in zone_ids_of.values() for pk in ids})
    is_superuser = user.is_active and user.is_superuser
    mine = set(zones_editable_by(user).values_list("pk", flat=True))
    found = []
    for version in latest.values():
        zone_ids = zone_ids_of.get(version.id, set())
        if is_superuser or (not version.serves_all_flanders and zone_ids & mine):
            found.append(DeletedFiche(version, sorted((zones[i] for i in zone_ids), key=str)))
    return found


def _zones_before_deletion(deletions) -> dict[int, set[int]]:
    """The zones of each deleted fiche, from its last version before the deletion (Django
    removes the zone links before the fiche, so the deletion's own version has none)."""
    history = Fiche.history.model
    before: dict[int, int] = {}
    for deletion in deletions:
        last = (
            history.objects.filter(id=deletion.id, history_id__lt=deletion.history_id)
            .exclude(history_type="-")
            .order_by("-history_id")
            .values_list("history_id", flat=True)
            .first()
        )
        if last:
            before[last] = deletion.id
    rows = history.zones.model.objects.filter(history_id__in=before).values_list(
        "history_id", "zone_id"
    )
    result: dict[int, set[int]] = {}
    for history_id, zone_id in rows:
        result.setdefault(before[history_id], set()).add(zone_id)
    return result


def deleted_contacts_for(user) -> list:
    """Deleted contact persons whose fiche still exists and is the user's to change."""
    fiche_ids = fiches_changeable_by(user).values("pk")
    versions = _deleted_versions(ContactPerson).filter(fiche_id__in=fiche_ids)
    latest: dict[int, object] = {}
    for version in versions.order_by("-history_id")[:BIN_SIZE]:
        latest.setdefault(version.id, version)
    fiches = Fiche.objects.in_bulk({v.fiche_id for v in latest.values()})
    for version in latest.values():
        version.fiche_name = fiches[version.fiche_id].name
    return list(latest.values())


class RecycleBinMixin:
    """Adds /beheer/actors/fiche/prullenbak/ to the fiche admin."""

    def get_urls(self):
        urls = [
            path(
                "prullenbak/",
                self.admin_site.admin_view(self.recycle_bin_view),
                name="actors_fiche_recycle_bin",
            ),
            path(
                "prullenbak/fiche/<int:history_id>/terugzetten/",
                self.admin_site.admin_view(self.restore_fiche_view),
                name="actors_fiche_restore",
            ),
            path(
                "prullenbak/contactpersoon/<int:history_id>/terugzetten/",
                self.admin_site.admin_view(self.restore_contact_view),
                name="actors_contactperson_restore",
            ),
        ]
        return [*urls, *super().get_urls()]

    def may_see_deleted_history(self, request, object_id) -> bool:
        return any(str(d.version.id) == str(object_id) for d in deleted_fiches_for(request.user))

    def has_view_history_or_change_history_permission(self, request, obj):
        if obj is not None and not self.model.objects.filter(pk=obj.pk).exists():
            # A deleted fiche: its history is open to whoever may put it back.
            return self.may_see_deleted_history(request, obj.pk)
        return super().has_view_history_or_change_history_permission(request, obj)

    def _may_restore(self, request) -> bool:
        return self.has_add_permission(request) and self.has_change_permission(request)

    def recycle_bin_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_view_permission(request):
            raise PermissionDenied
        user = request.user
        context = {
            **self.admin_site.each_context(request),
            "title": _("Prullenbak: verwijderde fiches en contactpersonen"),
            "opts": self.model._meta,
            "may_restore": self._may_restore(request),
            "deleted_fiches": deleted_fiches_for(user) if self._may_restore(request) else [],
            "deleted_contacts": (
                deleted_contacts_for(user) if user.has_perm("actors.add_contactperson") else []
            ),
        }
        return TemplateResponse(request, "admin/actors/fiche/recycle_bin.html", context)

    def _restore(self, request, restore, *args) -> HttpResponseRedirect:
        try:
            restored = restore(*args, request.user)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return HttpResponseRedirect(reverse("admin:actors_fiche_recycle_bin"))
        self.message_user(
            request,
            _("‘%(name)s’ staat terug. De geschiedenis toont wie het terugzette.")
            % {"name": restored},
            messages.SUCCESS,
        )
        fiche_id = restored.pk if isinstance(restored, Fiche) else restored.fiche_id
        return HttpResponseRedirect(reverse("admin:actors_fiche_change", args=[fiche_id]))

    def restore_fiche_view(self, request: HttpRequest, history_id: int) -> HttpResponse:
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:actors_fiche_recycle_bin"))
        if not self._may_restore(request):
            raise PermissionDenied
        found = [d for d in deleted_fiches_for(request.user) if d.version.history_id == history_id]
        if not found:
            raise Http404(_("Deze fiche staat niet in jouw prullenbak."))
        return self._restore(request, restore_deleted_fiche, found[0].version)

    def restore_contact_view(self, request: HttpRequest, history_id: int) -> HttpResponse:
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:actors_fiche_recycle_bin"))
        if not request.user.has_perm("actors.add_contactperson"):
            raise PermissionDenied
        found = [v for v in deleted_contacts_for(request.user) if v.history_id == history_id]
        if not found:
            raise Http404(_("Deze contactpersoon staat niet in jouw prullenbak."))
        return self._restore(request, restore_deleted_contact, found[0])
