"""The built open-data downloads, kept in the database.

Every gunicorn host reads the same PostgreSQL, so a file built once (by the management
command on any host) is served by all of them with the same ETag; replacing it is one
transaction, so nobody ever downloads half a file. The files are small for the real
directory (well under a megabyte) and a few megabytes compressed at 50,000 fiches.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


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
