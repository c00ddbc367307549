"""The words fiches are found by, once each, with a trigram index on PostgreSQL: the
typo-tolerant search looks a mistyped word up here (actors.models.search_words)."""

import re

from django.db import migrations, models

# A frozen copy of actors.models.search_words.words_of: migrations must not import live code.
WORD = re.compile(r"[a-z0-9][a-z0-9-]{3,59}")


def fill_words(apps, schema_editor):
    Fiche = apps.get_model("actors", "Fiche")
    SearchWord = apps.get_model("actors", "SearchWord")
    alias = schema_editor.connection.alias
    words = set()
    for text in Fiche.objects.using(alias).values_list("search_text", flat=True).iterator():
        words.update(WORD.findall(text))
    SearchWord.objects.using(alias).bulk_create(
        [SearchWord(word=word) for word in sorted(words)], ignore_conflicts=True, batch_size=1000
    )


def add_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS searchword_word_trgm ON actors_searchword "
            "USING gin (word gin_trgm_ops)"
        )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS searchword_word_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("actors", "0007_fiche_indexes_for_scale"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("word", models.CharField(max_length=60, unique=True)),
            ],
            options={
                "verbose_name": "zoekwoord",
                "verbose_name_plural": "zoekwoorden",
            },
        ),
        migrations.RunPython(add_trigram_index, drop_trigram_index),
        migrations.RunPython(fill_words, migrations.RunPython.noop),
    ]
