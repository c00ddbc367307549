"""Versions of a fiche that carry its contact persons, and putting a fiche back.

- Every version of a fiche (django-simple-history) keeps its contact persons as they were
  (`contacts_snapshot`), so a revert restores them and the history shows them changing.
- A contact person added, changed or deleted on its own gives its fiche a new version.
- A deleted fiche comes back from the recycle bin with its zones, languages, target groups and
  contact persons; a deleted contact person comes back to its fiche.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from django.utils.translation import gettext as _
from simple_history.signals import pre_create_historical_record

from actors.models import ContactPerson, Fiche
from actors.models.versions import CONTACT_FIELDS

M2M_FIELDS = ("zones", "languages", "target_groups")


def contacts_of(fiche: Fiche) -> list[dict]:
    rows = ContactPerson.objects.filter(fiche_id=fiche.pk).order_by("pk")
    return list(rows.values(*CONTACT_FIELDS))


def describe_contacts(snapshot: list[dict]) -> str:
    """One line per contact person, for the history page."""
    parts = []
    for row in snapshot:
        details = [row.get(name) for name in ("role", "phone", "email") if row.get(name)]
        parts.append(f"{row['name']} ({', '.join(details)})" if details else row["name"])
    return "; ".join(parts)


# --- keeping the snapshot -------------------------------------------------------------------


@receiver(pre_delete, sender=Fiche)
def _remember_contacts_before_delete(sender, instance, **kwargs):
    # Django deletes the contact persons before the fiche: the version that records the
    # deletion must still hold them, so the recycle bin can bring them back.
    instance._contacts_before_delete = contacts_of(instance)


@receiver(pre_create_historical_record, sender=Fiche.history.model)
def _snapshot_contacts(sender, instance, history_instance, **kwargs):
    remembered = getattr(instance, "_contacts_before_delete", None)
    history_instance.contacts_snapshot = (
        remembered if remembered is not None else contacts_of(instance)
    )


def _deleted_with_its_fiche(origin) -> bool:
    if isinstance(origin, Fiche):
        return True
    return isinstance(origin, QuerySet) and origin.model is Fiche


@receiver(post_save, sender=ContactPerson)
@receiver(post_delete, sender=ContactPerson)
def _new_fiche_version(sender, instance, origin=None, raw=False, **kwargs):
    if raw or getattr(instance, "_quiet", False) or _deleted_with_its_fiche(origin):
        return
    fiche = Fiche.objects.filter(pk=instance.fiche_id).first()
    if fiche is not None:
        # A save of the fiche writes the version (with the snapshot) like any other change.
        fiche.save(update_fields=["updated_at"])


# --- one version per change -----------------------------------------------------------------


def newest_version_id(obj) -> int:
    last = obj.history.order_by("-history_id").values_list("history_id", flat=True).first()
    return last or 0


def merge_versions_since(obj, start: int, created: bool = False) -> None:
    """Keep only the newest of the versions written after `start` (one change, one version):
    simple-history writes one per save and one per many-to-many change. The kept version
    carries the person and the reason of this change (`obj._history_user`, `_change_reason`)."""
    versions = list(
        obj.history.filter(history_id__gt=start)
        .order_by("history_id")
        .values_list("history_id", flat=True)
    )
    if not versions:
        return
    newest, older = versions[-1], versions[:-1]
    history_model = obj.history.model
    if older:
        for field in history_model._history_m2m_fields:
            getattr(history_model, field.name).model.objects.filter(history_id__in=older).delete()
        history_model.objects.filter(history_id__in=older).delete()
    updates = {"history_type": "+"} if created else {}
    if getattr(obj, "_change_reason", None):
        updates["history_change_reason"] = obj._change_reason
    if getattr(obj, "_history_user", None) is not None:
        updates["history_user"] = obj._history_user
    if isinstance(obj, Fiche):
        updates["contacts_snapshot"] = contacts_of(obj)
    if updates:
        history_model.objects.filter(history_id=newest).update(**updates)


# --- putting things back --------------------------------------------------------------------


def restore_contacts(fiche: Fiche, snapshot: list[dict]) -> None:
    """Make the fiche's contact persons exactly those of the snapshot (same ids where free)."""
    kept = []
    for row in snapshot:
        values = {name: row.get(name) or "" for name in CONTACT_FIELDS if name != "id"}
        contact = ContactPerson.objects.filter(pk=row.get("id"), fiche=fiche).first()
        if contact is None:
            taken = ContactPerson.objects.filter(pk=row.get("id")).exists()
            contact = ContactPerson(fiche=fiche) if taken else ContactPerson(pk=row.get("id"))
            contact.fiche = fiche
        for name, value in values.items():
            setattr(contact, name, value)
        contact._quiet = True
        contact.save()
        kept.append(contact.pk)
    for contact in ContactPerson.objects.filter(fiche=fiche).exclude(pk__in=kept):
        contact._quiet = True
        contact.delete()


def restore_deleted_fiche(deleted, user) -> Fiche:
    """Bring back a deleted fiche from the version that recorded its deletion.

    Raises ValidationError (in Dutch) when its address (slug) was taken in the meantime."""
    fiche = deleted.instance
    if Fiche.objects.filter(pk=fiche.pk).exists():
        raise ValidationError(_("Deze fiche staat al terug."), code="exists")
    if Fiche.objects.filter(slug=fiche.slug).exists():
        raise ValidationError(
            _(
                "Het webadres ‘%(slug)s’ is intussen gebruikt door een andere fiche. "
                "Geef die fiche eerst een ander webadres."
            ),
            params={"slug": fiche.slug},
            code="slug_taken",
        )
    if fiche.verified_by_id and not get_user_model().objects.filter(pk=fiche.verified_by_id):
        fiche.verified_on, fiche.verified_by_id = None, None
    before = (
        Fiche.history.filter(id=fiche.pk, history_id__lt=deleted.history_id)
        .exclude(history_type="-")
        .order_by("-history_id")
        .first()
    )
    with transaction.atomic():
        fiche._history_user = user
        fiche._change_reason = _("Teruggezet uit de prullenbak.")
        fiche.save(force_insert=True)
        start = newest_version_id(fiche) - 1
        if before is not None:
            for name in M2M_FIELDS:
                target = Fiche._meta.get_field(name).m2m_reverse_field_name()
                ids = [getattr(row, f"{target}_id") for row in getattr(before, name).all()]
                getattr(fiche, name).set(ids)
        restore_contacts(fiche, deleted.contacts_snapshot or [])
        merge_versions_since(fiche, start, created=True)
    return fiche


def restore_deleted_contact(deleted, user) -> ContactPerson:
    contact = deleted.instance
    if ContactPerson.objects.filter(pk=contact.pk).exists():
        raise ValidationError(_("Deze contactpersoon staat al terug."), code="exists")
    if not Fiche.objects.filter(pk=contact.fiche_id).exists():
        raise ValidationError(
            _("De fiche van deze contactpersoon is verwijderd: zet eerst de fiche terug."),
            code="no_fiche",
        )
    with transaction.atomic():
        contact._history_user = user
        contact._change_reason = _("Teruggezet uit de prullenbak.")
        contact.save(force_insert=True)
    return contact
