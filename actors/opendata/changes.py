"""Signals that keep the open data true: ids that never change, and what "changed" means.

Stable ids: a row's public_id, once in the database, is put back on every save, so no writer
can replace it: not the reference-data loader (its fixtures carry no ids, so each loaded row
would come with a fresh one), not loaddata, not an admin revert.

What "changed" means for ?modified_after= (HSDS last_modified):

A service's last_modified is its fiche's open_data_changed_at (not updated_at, which also moves
when only a contact person changed). It is set when a published field of the fiche changes,
and when a published field of a row the service shows changes: its organisation, actor type,
zones, target groups, ziekenfonds and languages (a renamed zone, an organisation's new
website) sets it on the fiches that show it,
so a reuser asking for changes since yesterday gets every service whose published content
differs. Saving such a row without changing a published field (the reference-data loader
does this on every deploy) touches nothing, so modified_after stays exact.

Adding or removing a zone, language or target group on a fiche counts as a change of that
fiche; deleting a language or target group changes the fiches that showed it. Saving a fiche
without changing a published field (or changing only its contact persons) is no change.

A fiche that leaves the open data (unpublished, archived, made professional-only, deleted)
cannot be listed as changed: reusers compare the ids of ?minimal=true (one call) with their
copy to drop it; the reusers' page says so.
"""

from django.db.models.signals import m2m_changed, post_save, pre_delete, pre_save
from django.dispatch import receiver
from django.utils import timezone

from actors.models import ActorType, Fiche, Language, Mutuality, Organisation, TargetGroup, Zone

# The fields of each related row that appear in a published service, and how fiches reach it.
PUBLISHED_FIELDS = {
    Organisation: (("name", "description", "website", "is_demo"), "organisation"),
    ActorType: (("name", "slug", "summary"), "actor_type"),
    Mutuality: (("name", "code", "website"), "mutuality"),
    Zone: (("name", "slug", "code", "province", "parent_id"), "zones"),
    TargetGroup: (("name", "slug"), "target_groups"),
    Language: (("name", "code"), "languages"),
}


# The fiche's own fields that a published service shows (or that decide whether it is shown).
FICHE_FIELDS = (
    "name",
    "description",
    "organisation_id",
    "actor_type_id",
    "mutuality_id",
    "serves_all_flanders",
    "street",
    "postcode",
    "city",
    "phone",
    "email",
    "website",
    "opening_hours",
    "cost",
    "referral_needed",
    "visibility",
    "status",
    "verified_on",
    "is_demo",
)


def touch(fiches) -> int:
    """Mark these fiches as changed in the open data now, without a history entry and
    without Fiche.save() side effects."""
    now = timezone.now()
    return Fiche.objects.filter(pk__in=fiches.values("pk")).update(open_data_changed_at=now)


def _fiche_before_save(sender, instance, raw, **kwargs):
    before = None
    if instance.pk is not None:
        fields = (*FICHE_FIELDS, "open_data_changed_at")
        before = Fiche.objects.filter(pk=instance.pk).values(*fields).first()
    if before is not None:
        # Only touch() moves it: a form opened before a touch must not write the old value back.
        instance.open_data_changed_at = before["open_data_changed_at"]
    instance._opendata_changed = (
        before is not None
        and not raw
        and any(before[field] != getattr(instance, field) for field in FICHE_FIELDS)
    )


def _fiche_after_save(sender, instance, created, raw, **kwargs):
    # An update() rather than setting the field: saves with update_fields would skip it.
    if getattr(instance, "_opendata_changed", False):
        touch(Fiche.objects.filter(pk=instance.pk))
        instance._opendata_changed = False


pre_save.connect(_fiche_before_save, sender=Fiche, dispatch_uid="opendata-pre-Fiche")
post_save.connect(_fiche_after_save, sender=Fiche, dispatch_uid="opendata-post-Fiche")


def _published_changed(sender, instance) -> bool:
    fields, _ = PUBLISHED_FIELDS[sender]
    before = sender.objects.filter(pk=instance.pk).values(*fields).first()
    if before is None:
        return False
    return any(before[field] != getattr(instance, field) for field in fields)


def _before_save(sender, instance, raw, **kwargs):
    instance._opendata_changed = (
        instance.pk is not None and not raw and _published_changed(sender, instance)
    )


def _after_save(sender, instance, created, raw, **kwargs):
    if getattr(instance, "_opendata_changed", False):
        _, relation = PUBLISHED_FIELDS[sender]
        touch(Fiche.objects.filter(**{relation: instance}))
        instance._opendata_changed = False


def _before_delete(sender, instance, **kwargs):
    # Deleting a language or target group removes it from fiches without m2m signals.
    _, relation = PUBLISHED_FIELDS[sender]
    touch(Fiche.objects.filter(**{relation: instance}))


def _keep_public_id(sender, instance, **kwargs):
    if instance.pk is None:
        return
    given = sender.objects.filter(pk=instance.pk).values_list("public_id", flat=True).first()
    if given is not None:
        instance.public_id = given


for model in [Fiche, *PUBLISHED_FIELDS]:
    if model is not Language:  # languages have no row id of their own in HSDS
        pre_save.connect(
            _keep_public_id, sender=model, dispatch_uid=f"opendata-id-{model.__name__}"
        )
for model in PUBLISHED_FIELDS:
    pre_save.connect(_before_save, sender=model, dispatch_uid=f"opendata-pre-{model.__name__}")
    post_save.connect(_after_save, sender=model, dispatch_uid=f"opendata-post-{model.__name__}")
for model in (TargetGroup, Language):
    pre_delete.connect(_before_delete, sender=model, dispatch_uid=f"opendata-del-{model.__name__}")


@receiver(m2m_changed, sender=Fiche.zones.through)
@receiver(m2m_changed, sender=Fiche.languages.through)
@receiver(m2m_changed, sender=Fiche.target_groups.through)
def _links_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    # From the zone/language side pk_set holds the fiches (simple-history's m2m tracking
    # supports only the fiche side, which is the one the admin and the loaders use).
    touch(Fiche.objects.filter(pk__in=(pk_set or []) if reverse else [instance.pk]))
