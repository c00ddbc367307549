"""What fiches refer to: ziekenfondsen, actor types (who does what), languages, target groups and
organisations. Reference data, loaded from fixtures and kept by content editors."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from actors.models.opendata import PublicId


class Mutuality(PublicId):
    """A ziekenfonds (mutualiteit); each has its own adviserend artsen and TNW-coördinatoren."""

    code = models.SlugField(_("code"), max_length=30, unique=True)
    name = models.CharField(_("naam"), max_length=150)
    short_name = models.CharField(_("korte naam"), max_length=50)
    website = models.URLField(_("website"), blank=True)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("ziekenfonds")
        verbose_name_plural = _("ziekenfondsen")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.short_name or self.name


class ActorType(PublicId):
    """A kind of door (huisarts, TNW-coördinator …) with its plain-language explanation."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("naam"), max_length=100)
    name_plural = models.CharField(_("naam (meervoud)"), max_length=100, blank=True)
    summary = models.CharField(_("in één zin"), max_length=250, blank=True)
    explanation = models.TextField(_("wat doet deze persoon voor jou?"), blank=True)
    when_to_go = models.TextField(_("wanneer ga je erheen?"), blank=True)
    how_to_reach = models.TextField(_("hoe bereik je hen?"), blank=True)
    cost = models.TextField(_("wat kost het?"), blank=True)
    for_whom = models.TextField(_("voor wie?"), blank=True)
    bound_to_mutuality = models.BooleanField(
        _("hoort bij een ziekenfonds"),
        default=False,
        help_text=_(
            "Aan voor adviserend arts en TNW-coördinator: ieder ziekenfonds heeft er eigen."
        ),
    )
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("soort hulpverlener")
        verbose_name_plural = _("soorten hulpverleners")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("actors:actortype_detail", args=[self.slug])

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # The fiches keep a copy of the order, which the directory sorts on (Fiche.type_order).
        self.fiches.exclude(type_order=self.order).update(type_order=self.order)


class Language(models.Model):
    code = models.SlugField(_("code"), max_length=10, unique=True)
    name = models.CharField(_("naam"), max_length=50)

    class Meta:
        verbose_name = _("taal")
        verbose_name_plural = _("talen")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class TargetGroup(PublicId):
    """Who a fiche is for, by work status: werknemer, zelfstandige, werkzoekende …"""

    slug = models.SlugField(_("slug"), max_length=30, unique=True)
    name = models.CharField(_("naam"), max_length=60)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class Organisation(PublicId):
    name = models.CharField(_("naam"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("beschrijving"), blank=True)
    is_demo = models.BooleanField(_("demogegevens"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
