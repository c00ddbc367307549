"""Open data (HSDS 3.0): a stable public UUID on every published kind of row, filled for the
rows that exist; the stored downloads; an index for ?modified_after=.

Self-contained on purpose (only depends on 0002), so it can be renumbered at a merge."""

import uuid

from django.db import migrations, models

MODELS = ["mutuality", "actortype", "targetgroup", "organisation", "fiche", "zone"]


def give_public_ids(apps, schema_editor):
    alias = schema_editor.connection.alias
    for name in MODELS:
        Model = apps.get_model("actors", name)
        for pk in Model.objects.using(alias).filter(public_id__isnull=True).values_list(
            "pk", flat=True
        ):
            Model.objects.using(alias).filter(pk=pk).update(public_id=uuid.uuid4())


def public_id_field(**extra):
    return models.UUIDField(editable=False, verbose_name="vaste open-data-id", **extra)


class Migration(migrations.Migration):
    dependencies = [
        ("actors", "0002_fiche_search"),
    ]

    operations = [
        *[
            migrations.AddField(model_name=name, name="public_id", field=public_id_field(null=True))
            for name in MODELS
        ],
        migrations.RunPython(give_public_ids, migrations.RunPython.noop),
        *[
            migrations.AlterField(
                model_name=name,
                name="public_id",
                field=public_id_field(default=uuid.uuid4, unique=True),
            )
            for name in MODELS
        ],
        migrations.AddIndex(
            model_name="fiche",
            index=models.Index(fields=["updated_at"], name="fiche_updated_at"),
        ),
        migrations.AddIndex(
            model_name="fiche",
            index=models.Index(
                fields=["status", "visibility", "is_demo", "id"],
                include=["organisation"],
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
