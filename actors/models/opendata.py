"""The built open-data downloads, kept in the database.

Every gunicorn host reads the same PostgreSQL, so a file built once (by the management
command on any host) is served by all of them with the same ETag; replacing it is one
transaction, so nobody ever downloads half a file. The files are small for the real
directory (well under a megabyte) and a few megabytes compressed at 50,000 fiches.
"""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PublicId(models.Model):
    """A row published in the open data (HSDS) has a stable id: given once, never changed,
    never reused (actors.opendata.changes puts it back on every save)."""

    public_id = models.UUIDField(
        _("vaste open-data-id"), default=uuid.uuid4, unique=True, editable=False
    )

    class Meta:
        abstract = True


class OpenDataFiche(PublicId):
    # When what the open data shows of this fiche last changed (HSDS last_modified): unlike
    # updated_at, not moved by unpublished changes such as a contact person's
    # (actors.opendata.changes keeps it).
    open_data_changed_at = models.DateTimeField(
        _("gewijzigd in de open data op"), default=timezone.now, editable=False
    )

    class Meta:
        abstract = True


OPEN_DATA_INDEXES = [
    # ?modified_after= on the services of the HSDS API.
    models.Index(fields=["open_data_changed_at"], name="fiche_open_data_changed"),
    # Counting the published, public, non-demo fiches and finding the ids of page N (in id
    # order) read only this index on PostgreSQL, not the wide rows.
    models.Index(
        fields=["status", "visibility", "is_demo", "id", "organisation"],
        name="fiche_open_data",
    ),
]


class OpenDataFile(models.Model):
    class Kind(models.TextChoices):
        TABULAR = "tabular", _("HSDS-tabel (CSV en datapackage.json, gezipt)")
        JSON = "json", _("HSDS-JSON (gzip)")

    kind = models.CharField(_("soort"), max_length=20, choices=Kind, unique=True)
    filename = models.CharField(_("bestandsnaam"), max_length=100)
    content_type = models.CharField(_("inhoudstype"), max_length=100)
    # The JSON file is stored gzip-compressed and sent as such to clients that accept it.
    gzipped = models.BooleanField(_("gzip-gecomprimeerd"), default=False)
    content = models.BinaryField(_("inhoud"))
    etag = models.CharField(_("ETag"), max_length=64)
    built_at = models.DateTimeField(_("gemaakt op"))
    services = models.PositiveIntegerField(_("aantal diensten"), default=0)

    class Meta:
        verbose_name = _("open-databestand")
        verbose_name_plural = _("open-databestanden")

    def __str__(self) -> str:
        return self.filename
