"""Open data (HSDS 3.0): a stable public UUID on every published kind of row, filled for the
rows that exist; when a fiche's published content last changed (?modified_after=); the stored
downloads.

Self-contained on purpose (only fields, an index and a table of its own), so it can be
renumbered at a merge."""

import uuid

import django.utils.timezone
from django.db import migrations, models

MODELS = ["mutuality", "actortype", "targetgroup", "organisation", "fiche", "zone"]
# Their history keeps the id too, so a fiche restored from the recycle bin comes back with it.
HISTORY = {"historicalactortype": "actortype", "historicalorganisation": "organisation", "historicalfiche": "fiche"}


def give_public_ids(apps, schema_editor):
    alias = schema_editor.connection.alias
    for name in MODELS:
        Model = apps.get_model("actors", name)
        for pk in Model.objects.using(alias).filter(public_id__isnull=True).values_list(
            "pk", flat=True
        ):
            Model.objects.using(alias).filter(pk=pk).update(public_id=uuid.uuid4())


def give_history_ids(apps, schema_editor):
    """Every version of a row gets the row's id; versions of rows deleted before ids existed
    share one new id per row."""
    alias = schema_editor.connection.alias
    for history_name, name in HISTORY.items():
        History = apps.get_model("actors", history_name)
        live = dict(apps.get_model("actors", name).objects.using(alias).values_list("pk", "public_id"))
        rows = History.objects.using(alias).filter(public_id__isnull=True)
        for row_id in rows.values_list("id", flat=True).distinct():
            given = live.get(row_id) or uuid.uuid4()
            History.objects.using(alias).filter(id=row_id).update(public_id=given)


def changed_when_updated(apps, schema_editor):
    Fiche = apps.get_model("actors", "Fiche")
    Fiche.objects.using(schema_editor.connection.alias).update(
        open_data_changed_at=models.F("updated_at")
    )


def public_id_field(**extra):
    return models.UUIDField(editable=False, verbose_name="vaste open-data-id", **extra)


class Migration(migrations.Migration):
    dependencies = [
        ("actors", "0005_search_terms"),
    ]

    operations = [
        *[
            migrations.AddField(model_name=name, name="public_id", field=public_id_field(null=True))
            for name in MODELS
        ],
        *[
            migrations.AddField(
                model_name=name, name="public_id", field=public_id_field(null=True, db_index=True)
            )
            for name in HISTORY
        ],
        migrations.RunPython(give_public_ids, migrations.RunPython.noop),
        migrations.RunPython(give_history_ids, migrations.RunPython.noop),
        *[
            migrations.AlterField(
                model_name=name,
                name="public_id",
                field=public_id_field(default=uuid.uuid4, unique=True),
            )
            for name in MODELS
        ],
        *[
            migrations.AlterField(
                model_name=name,
                name="public_id",
                field=public_id_field(default=uuid.uuid4, db_index=True),
            )
            for name in HISTORY
        ],
        migrations.AddField(
            model_name="fiche",
            name="open_data_changed_at",
            field=models.DateTimeField(
                default=django.utils.timezone.now,
                editable=False,
                verbose_name="gewijzigd in de open data op",
            ),
        ),
        migrations.RunPython(changed_when_updated, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="fiche",
            index=models.Index(fields=["open_data_changed_at"], name="fiche_open_data_changed"),
        ),
        migrations.AddIndex(
            model_name="fiche",
            index=models.Index(
                fields=["status", "visibility", "is_demo", "id", "organisation"],
                name="fiche_open_data",
            ),
        ),
        migrations.CreateModel(
            name="OpenDataFile",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("kind", models.CharField(choices=[("tabular", "HSDS-tabel (CSV en datapackage.json, gezipt)"), ("json", "HSDS-JSON (gzip)")], max_length=20, unique=True, verbose_name="soort")),
                ("filename", models.CharField(max_length=100, verbose_name="bestandsnaam")),
                ("content_type", models.CharField(max_length=100, verbose_name="inhoudstype")),
                ("gzipped", models.BooleanField(default=False, verbose_name="gzip-gecomprimeerd")),
                ("content", models.BinaryField(verbose_name="inhoud")),
                ("etag", models.CharField(max_length=64, verbose_name="ETag")),
                ("built_at", models.DateTimeField(verbose_name="gemaakt op")),
                ("services", models.PositiveIntegerField(default=0, verbose_name="aantal diensten")),
            ],
            options={
                "verbose_name": "open-databestand",
                "verbose_name_plural": "open-databestanden",
            },
        ),
    ]
