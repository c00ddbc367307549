"""The directory's reference data from fixtures/ (geography, languages, target groups,
ziekenfondsen, actor types, search words), and the one rule for content staff may edit: rows nobody edited
follow the defaults, rows an editor changed keep their words.

Called by `load_reference_data` (wegwijzer), which also loads the other apps' parts.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.core.management.base import CommandError, OutputWrapper
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.db import connection

from actors import reference_cache
from actors.models import (
    ActorType,
    Language,
    Municipality,
    MunicipalityAlias,
    Mutuality,
    PostalCode,
    SearchTerm,
    TargetGroup,
    Zone,
)
from actors.text import fold

FIXTURE_DIR = Path(settings.BASE_DIR) / "fixtures"
GEOGRAPHY = "geography.json"
# Seed content that staff may edit afterwards, with the field that identifies a row.
CONTENT = [
    ("languages.json", Language, "code"),
    ("target_groups.json", TargetGroup, "slug"),
    ("mutualities.json", Mutuality, "code"),
    ("actor_types.json", ActorType, "slug"),
]
# Plain JSON, not a Django fixture: [{"word": "preventiedienst", "actor_types": ["arbeidsarts"]}],
# actor types by slug, so the file reads (and diffs) as the list editors see in the admin.
SEARCH_TERMS = "search_terms.json"
FIXTURES = [GEOGRAPHY] + [name for name, _model, _field in CONTENT] + [SEARCH_TERMS]


def _differs(existing, new) -> bool:
    # public_id is not content: the database gave it and keeps it (actors.opendata.changes).
    fields = [
        f.attname
        for f in type(existing)._meta.concrete_fields
        if not f.primary_key and f.name != "public_id"
    ]
    return any(getattr(existing, name) != getattr(new, name) for name in fields)


def edited_by_a_person(obj) -> bool:
    """A row someone changed in the admin keeps their words; a row only ever written by this
    command follows the fixture, so improved default texts reach existing sites. Rows without
    history are never overwritten unless asked (--update-content)."""
    history = getattr(obj, "history", None)
    if history is None:
        return True
    return history.filter(history_user__isnull=False).exists()


def _deserialize(name: str) -> list:
    path = FIXTURE_DIR / name
    try:
        with open(path, encoding="utf-8") as handle:
            return list(serializers.deserialize("json", handle))
    except (OSError, DeserializationError) as error:
        raise CommandError(f"Cannot read {path}: {error}") from error


def load_geography(stdout: OutputWrapper, stderr: OutputWrapper) -> None:
    by_model: dict[type, list] = {
        Zone: [],
        Municipality: [],
        MunicipalityAlias: [],
        PostalCode: [],
    }
    for item in _deserialize(GEOGRAPHY):
        model = type(item.object)
        if model not in by_model:
            raise CommandError(f"{GEOGRAPHY} holds an unexpected {model.__name__}.")
        by_model[model].append(item.object)
    zones, towns = by_model[Zone], by_model[Municipality]

    # Parents first: children point at the Antwerp group.
    for zone in sorted(zones, key=lambda z: z.parent_id is not None):
        clash = Zone.objects.filter(code=zone.code).exclude(pk=zone.pk).first()
        if clash:
            raise CommandError(
                f"Zone {zone.code} exists with another id ({clash.pk}, fixture: {zone.pk}); "
                "fix it in the database before loading."
            )
        zone.save_base(raw=True)
    stale = Zone.objects.exclude(pk__in=[z.pk for z in zones]).order_by("code")
    for zone in stale:
        stderr.write(
            f"Zone {zone.code} {zone.name} is no longer in the data: move its fiches, editors "
            "and professionals to another zone, then delete it in the admin."
        )

    for town in towns:
        town.save_base(raw=True)
    # Postcodes and former names are pure lookup tables nothing points at: replacing them
    # whole keeps (code, place) unique even when next year's rows get other ids.
    PostalCode.objects.all().delete()
    MunicipalityAlias.objects.all().delete()
    MunicipalityAlias.objects.bulk_create(by_model[MunicipalityAlias])
    PostalCode.objects.bulk_create(by_model[PostalCode])
    reference_cache.changed()  # bulk_create sends no signal
    _, deleted = Municipality.objects.exclude(pk__in=[t.pk for t in towns]).delete()
    removed = deleted.get(Municipality._meta.label, 0)

    stdout.write(
        f"Geography: {len(zones)} zones, {len(towns)} municipalities "
        f"({removed} removed), {len(by_model[MunicipalityAlias])} former names, "
        f"{len(by_model[PostalCode])} postcodes."
    )


def load_content(update: bool, stdout: OutputWrapper) -> None:
    """Languages, target groups, ziekenfondsen and actor types from their fixtures."""
    for name, model, field in CONTENT:
        rows = []
        for item in _deserialize(name):
            if not isinstance(item.object, model):
                raise CommandError(
                    f"{name} holds a {type(item.object).__name__}, expected {model.__name__}."
                )
            rows.append(item.object)
        load_rows(model, field, rows, update, stdout)


def load_rows(model, field: str, rows: list, update: bool, stdout: OutputWrapper) -> None:
    """Create the missing rows; bring rows nobody edited in line with the default (`update`:
    every row); keep what an editor changed. `field` identifies a row."""
    created = updated = kept = 0
    for obj in rows:
        existing = model.objects.filter(**{field: getattr(obj, field)}).first()
        if existing is None:
            # The fixture id may belong to a row staff created; let the database pick one.
            if obj.pk is not None and model.objects.filter(pk=obj.pk).exists():
                obj.pk = None
            obj.save(force_insert=True)
            created += 1
        elif not _differs(existing, obj):
            kept += 1
        elif update or not edited_by_a_person(existing):
            obj.pk = existing.pk
            obj.save()  # a normal save, so the change shows in the history
            updated += 1
        else:
            kept += 1
    stdout.write(
        f"{model.__name__}: {created} created, {updated} updated, {kept} kept as they are."
    )


def reset_sequences() -> None:
    """Rows were saved with explicit ids; make the next admin-created row get a new one."""
    models = [Zone, Municipality, MunicipalityAlias, PostalCode] + [m for _, m, _ in CONTENT]
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)


def load_search_terms(update: bool, stdout: OutputWrapper) -> None:
    """The first list of search words. A word a person ever touched in the admin (changed,
    switched off or deleted) is theirs: its history says so, and a re-run leaves it alone
    unless `update` (--update-content) asks for the defaults back."""
    path = FIXTURE_DIR / SEARCH_TERMS
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        wanted = [(row["word"], list(row["actor_types"])) for row in rows]
    except (OSError, ValueError, TypeError, KeyError) as error:
        raise CommandError(f"Cannot read {path}: {error}") from error
    types = {actor_type.slug: actor_type for actor_type in ActorType.objects.all()}
    touched = set(
        SearchTerm.history.filter(history_user__isnull=False).values_list("key", flat=True)
    )
    created = updated = kept = 0
    for word, slugs in wanted:
        unknown = [slug for slug in slugs if slug not in types]
        if unknown:
            raise CommandError(f"{SEARCH_TERMS}: ‘{word}’ names unknown actor types {unknown}.")
        term = SearchTerm(word=word)
        term.key = fold(word)[:100]
        existing = SearchTerm.objects.filter(key=term.key).prefetch_related("actor_types").first()
        if term.key in touched and not update:
            kept += 1
            continue
        if existing is None:
            term.save()
            term.actor_types.set([types[slug] for slug in slugs])
            created += 1
            continue
        same_types = {t.slug for t in existing.actor_types.all()} == set(slugs)
        if existing.word == word and existing.active and same_types:
            kept += 1
            continue
        existing.word, existing.active = word, True
        existing.save()
        existing.actor_types.set([types[slug] for slug in slugs])
        updated += 1
    stdout.write(f"SearchTerm: {created} created, {updated} updated, {kept} kept as they are.")
