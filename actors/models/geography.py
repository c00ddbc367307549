"""Eerstelijnszones, municipalities (after the 2025 mergers) and postcodes."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from actors.models.opendata import PublicId
from actors.models.validators import validate_postcode
from actors.text import fold


class ZoneQuerySet(models.QuerySet):
    def real(self):
        """Zones a fiche can belong to: everything except the Antwerp umbrella."""
        return self.filter(is_group=False)


class Zone(PublicId):
    """An eerstelijnszone. "Antwerpen en rand" is kept as a group whose children are the
    four Antwerp zones, because the source data maps the city of Antwerp only to the group."""

    code = models.CharField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("naam"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    province = models.CharField(_("provincie"), max_length=100)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("overkoepelende zone"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    is_group = models.BooleanField(_("groep van zones"), default=False)

    objects = ZoneQuerySet.as_manager()

    class Meta:
        verbose_name = _("eerstelijnszone")
        verbose_name_plural = _("eerstelijnszones")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("actors:zone_detail", args=[self.slug])


class Municipality(models.Model):
    nis_code = models.CharField(_("NIS-code"), max_length=5, unique=True)
    name = models.CharField(_("naam"), max_length=100)
    key = models.CharField(_("zoeksleutel"), max_length=100, editable=False, db_index=True)
    # The French name of a bilingual (Brussels) municipality, so "Schaerbeek" finds Schaarbeek.
    name_fr = models.CharField(_("Franse naam"), max_length=100, blank=True, default="")
    key_fr = models.CharField(
        _("zoeksleutel (Frans)"), max_length=100, blank=True, default="", editable=False
    )
    zone = models.ForeignKey(
        Zone, verbose_name=_("zone"), on_delete=models.PROTECT, related_name="municipalities"
    )

    class Meta:
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.key = fold(self.name)
        self.key_fr = fold(self.name_fr)
        super().save(*args, **kwargs)


class MunicipalityAlias(models.Model):
    """A former (pre-2025) municipality name, so "Kruibeke" still finds its zone."""

    name = models.CharField(_("naam"), max_length=100)
    key = models.CharField(_("zoeksleutel"), max_length=100, editable=False, db_index=True)
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("gemeente"), on_delete=models.CASCADE, related_name="aliases"
    )

    class Meta:
        verbose_name = _("vroegere gemeentenaam")
        verbose_name_plural = _("vroegere gemeentenamen")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "municipality"], name="alias_unique_per_town")
        ]

    def __str__(self) -> str:
        return f"{self.name} → {self.municipality.name}"

    def save(self, *args, **kwargs):
        self.key = fold(self.name)
        super().save(*args, **kwargs)


class PostalCode(models.Model):
    """One (postcode, place) pair. A postcode may cover several places and one place may
    need its own zone (the Antwerp districts), hence the optional zone override."""

    code = models.CharField(_("postcode"), max_length=4, validators=[validate_postcode])
    place = models.CharField(_("plaats"), max_length=100)
    key = models.CharField(_("zoeksleutel"), max_length=100, editable=False, db_index=True)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("gemeente"),
        on_delete=models.PROTECT,
        related_name="postal_codes",
    )
    zone = models.ForeignKey(
        Zone,
        verbose_name=_("zone (als die afwijkt van de gemeente)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("postcode")
        verbose_name_plural = _("postcodes")
        ordering = ["code", "place"]
        constraints = [
            models.UniqueConstraint(fields=["code", "place"], name="postcode_unique_place"),
            models.CheckConstraint(
                condition=models.Q(code__regex=r"^[1-9][0-9]{3}$"),
                name="postcode_is_belgian",
            ),
        ]
        indexes = [
            # Postcode box on home, directory filter and flow: lookup by code.
            models.Index(fields=["code"], name="postcode_code"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.place}"

    def save(self, *args, **kwargs):
        self.key = fold(self.place)
        super().save(*args, **kwargs)

    @property
    def effective_zone(self) -> Zone:
        return self.zone or self.municipality.zone
