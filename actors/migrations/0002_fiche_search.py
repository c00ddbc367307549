"""Folded search columns on Fiche, and on PostgreSQL the pg_trgm extension with trigram GIN
indexes so the directory search (LIKE '%term%' and word similarity) is index-backed."""

from django.db import migrations, models

from actors.text import fold


def fill_search_columns(apps, schema_editor):
    # A frozen copy of actors.search_text.search_document: migrations must not import live code
    # that may change later.
    Fiche = apps.get_model("actors", "Fiche")
    rows = Fiche.objects.using(schema_editor.connection.alias).select_related(
        "organisation", "actor_type", "mutuality"
    ).prefetch_related("zones")
    for fiche in rows:
        parts = [
            fiche.name,
            fiche.organisation.name,
            fiche.actor_type.name,
            fiche.actor_type.name_plural,
            fiche.city,
            fiche.postcode,
            fiche.mutuality.name if fiche.mutuality_id else "",
            fiche.mutuality.short_name if fiche.mutuality_id else "",
            *[zone.name for zone in fiche.zones.all()],
            "Vlaanderen Brussel" if fiche.serves_all_flanders else "",
            fiche.description,
        ]
        Fiche.objects.filter(pk=fiche.pk).update(
            search_name=fold(fiche.name)[:200],
            search_text=fold(" ".join(p for p in parts if p)),
        )


TRIGRAM_SQL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # Directory search (actors.search.search): LIKE '%term%' and %> on the whole text.
    "CREATE INDEX IF NOT EXISTS fiche_search_text_trgm ON actors_fiche "
    "USING gin (search_text gin_trgm_ops)",
    # Ranking and name look-ups on the folded name.
    "CREATE INDEX IF NOT EXISTS fiche_search_name_trgm ON actors_fiche "
    "USING gin (search_name gin_trgm_ops)",
]
DROP_TRIGRAM_SQL = [
    "DROP INDEX IF EXISTS fiche_search_name_trgm",
    "DROP INDEX IF EXISTS fiche_search_text_trgm",
]


def add_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return  # SQLite searches without trigrams: same results, no typo tolerance.
    for statement in TRIGRAM_SQL:
        schema_editor.execute(statement)


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in DROP_TRIGRAM_SQL:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("actors", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="fiche",
            name="search_name",
            field=models.CharField(blank=True, default="", editable=False, max_length=200),
        ),
        migrations.AddField(
            model_name="fiche",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill_search_columns, migrations.RunPython.noop),
        migrations.RunPython(add_trigram_indexes, drop_trigram_indexes),
    ]
