"""The directory: who does what (actor types) and the local doors (fiches).

Shaped after Open Referral HSDS 3.0: Organisation ≈ organization, Fiche ≈ service at a
location (with its phone, email and schedule), ContactPerson ≈ contact.
"""

from django.conf import settings
from django.db import models
from django.db.models import Count, Window
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from actors.models.card_rows import CardListQuerySet
from actors.models.choices import CostClass, PhysicalAccess
from actors.models.geography import Zone
from actors.models.opendata import OPEN_DATA_INDEXES, OpenDataFiche
from actors.models.people import ContactPersonQuerySet, professional_access
from actors.models.reference import ActorType, Language, Mutuality, Organisation, TargetGroup
from actors.models.search_words import remember_words
from actors.models.validators import validate_phone, validate_postcode
from actors.models.versions import FicheVersionBase
from actors.search_text import SEARCH_SOURCES, set_search_fields


class FicheQuerySet(CardListQuerySet):
    """The one door to professional-only data: which fiches a user sees (visible_to) and
    whether their contact persons come along (with_visible_contacts). Every page, the route,
    its print view and handout, the vCard and the sitemap ask these two methods."""

    def published(self):
        return self.filter(status=Fiche.Status.PUBLISHED)

    def public(self):
        return self.published().filter(visibility=Fiche.Visibility.PUBLIC)

    def visible_to(self, user):
        if professional_access(user):
            return self.published()
        return self.public()

    def with_visible_contacts(self, user):
        """Contact persons in `fiche.visible_contacts`, fetched (one query) only for people who
        may see them; for everyone else the attribute does not exist and templates show nothing."""
        if not professional_access(user):
            return self
        return self.prefetch_related(
            models.Prefetch(
                "contact_persons", queryset=ContactPerson.objects.all(), to_attr="visible_contacts"
            )
        )

    def serving(self, zones):
        """Fiches serving any of these zones (a group zone stands for its children) or all of
        Flanders, each once. An id subquery (the union of two index scans) rather than a join,
        so no page needs a DISTINCT over every column, and counts stay cheap."""
        ids = [zone.pk for zone in zones]
        real = Zone.objects.filter(
            models.Q(pk__in=ids, is_group=False) | models.Q(parent_id__in=ids)
        ).values("pk")
        local = Fiche.zones.through.objects.filter(zone_id__in=real).values("fiche_id")
        flanders = Fiche.objects.filter(serves_all_flanders=True).order_by().values("pk")
        return self.filter(pk__in=local.union(flanders, all=True))

    def in_zone(self, zone: Zone):
        """Fiches serving a zone (or all of Flanders). A group zone means its children."""
        return self.serving([zone])

    def first_of_each(self, count: int, partition_by: list, order_by: list):
        """At most `count` fiches of each partition (say, each actor type) in `order_by` order,
        each with `group_total`, the number of fiches in its partition. One query with window
        functions: a page reads the few fiches it shows, not every fiche of a zone."""
        return self.annotate(
            group_rank=Window(RowNumber(), partition_by=partition_by, order_by=order_by),
            group_total=Window(Count("pk"), partition_by=partition_by),
        ).filter(group_rank__lte=count)

    def for_page(self):
        """What a fiche's own page shows (the search columns never leave the database)."""
        return (
            self.select_related("actor_type", "organisation", "mutuality")
            .prefetch_related("zones")
            .defer("search_name", "search_text")
        )

    def unreachable(self):
        """Published fiches a visitor cannot act on: no phone, e-mail, website (of the fiche or
        its organisation) or street address. Listed for editors in the admin."""
        return self.published().filter(
            phone="", email="", website="", street="", organisation__website=""
        )

    def stale(self, months: int = 12):
        from datetime import timedelta

        from django.utils import timezone

        limit = timezone.localdate() - timedelta(days=round(months * 30.44))
        return self.filter(models.Q(verified_on__isnull=True) | models.Q(verified_on__lt=limit))


class Fiche(OpenDataFiche):
    """One contact point of an organisation, for one actor type, serving one or more zones."""

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("iedereen")
        PROFESSIONAL = "professional", _("alleen voor professionals")

    class Status(models.TextChoices):
        DRAFT = "draft", _("klad")
        PUBLISHED = "published", _("gepubliceerd")
        ARCHIVED = "archived", _("gearchiveerd")

    # Accessibility of the service (shown on the fiche page, a directory filter).
    Access = PhysicalAccess
    CostClass = CostClass

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="fiches",
        help_text=_("De organisatie achter deze deur. Typ een deel van de naam om te zoeken."),
    )
    actor_type = models.ForeignKey(
        ActorType,
        verbose_name=_("soort hulpverlener"),
        on_delete=models.PROTECT,
        related_name="fiches",
        help_text=_("Welke deur is dit? Bepaalt bij welke stap van een route de fiche komt."),
    )
    name = models.CharField(
        _("naam"), max_length=200, help_text=_("Zoals bezoekers de dienst kennen.")
    )
    slug = models.SlugField(
        _("webadres"),
        max_length=200,
        unique=True,
        help_text=_(
            "Het laatste stuk van het webadres van de fiche (alleen kleine letters, cijfers "
            "en koppeltekens). Wordt uit de naam gemaakt. Verander het niet meer na publicatie: "
            "bewaarde links en afgedrukte folders wijzen ernaar."
        ),
    )
    description = models.TextField(
        _("beschrijving"),
        blank=True,
        help_text=_("Wat doet deze dienst voor de bezoeker? Korte zinnen, gewone woorden."),
    )

    zones = models.ManyToManyField(Zone, verbose_name=_("zones"), related_name="fiches", blank=True)
    serves_all_flanders = models.BooleanField(
        _("voor heel Vlaanderen en Brussel"),
        default=False,
        help_text=_(
            "Alleen voor diensten die overal dezelfde zijn (bv. een nationale lijn). Zo'n fiche "
            "staat in elke zone; alleen een beheerder kan dit aanzetten."
        ),
    )

    street = models.CharField(_("straat en nummer"), max_length=200, blank=True)
    postcode = models.CharField(
        _("postcode"), max_length=4, blank=True, validators=[validate_postcode]
    )
    city = models.CharField(_("gemeente"), max_length=100, blank=True)
    phone = models.CharField(
        _("telefoon"),
        max_length=30,
        blank=True,
        validators=[validate_phone],
        help_text=_("Bijvoorbeeld 09 123 45 67 of 0470 12 34 56."),
    )
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        error_messages={"invalid": _("Geef een geldig e-mailadres, zoals naam@voorbeeld.be.")},
    )
    website = models.URLField(
        _("website"),
        blank=True,
        error_messages={
            "invalid": _("Geef een volledig webadres, zoals https://www.voorbeeld.be.")
        },
    )
    opening_hours = models.TextField(
        _("openingsuren"),
        blank=True,
        help_text=_("Eén regel per dag of per blok, bv. ‘ma–vr 9–12 uur’."),
    )
    languages = models.ManyToManyField(
        Language, verbose_name=_("talen"), related_name="fiches", blank=True
    )
    cost = models.CharField(_("kostprijs"), max_length=200, blank=True)
    cost_class = models.CharField(
        _("soort kost"), max_length=20, choices=CostClass, blank=True, default=CostClass.UNKNOWN
    )
    physical_access = models.CharField(
        _("toegankelijkheid van het gebouw"),
        max_length=20,
        choices=PhysicalAccess,
        blank=True,
        default=PhysicalAccess.UNKNOWN,
    )
    referral_needed = models.BooleanField(_("doorverwijzing nodig"), default=False)
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("doelgroepen"), related_name="fiches", blank=True
    )
    mutuality = models.ForeignKey(
        Mutuality,
        verbose_name=_("ziekenfonds"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="fiches",
    )

    visibility = models.CharField(
        _("zichtbaarheid"),
        max_length=20,
        choices=Visibility,
        default=Visibility.PUBLIC,
        help_text=_(
            "‘Alleen voor professionals’: enkel aangemelde huisartsen en andere professionals "
            "zien deze fiche."
        ),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status,
        default=Status.DRAFT,
        help_text=_(
            "Klad: nog niet op de site (bekijk het voorbeeld). Gepubliceerd: op de site. "
            "Gearchiveerd: niet meer op de site, maar bewaard."
        ),
    )
    verified_on = models.DateField(_("nagekeken op"), null=True, blank=True, editable=False)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("nagekeken door"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_demo = models.BooleanField(
        _("demogegevens"),
        default=False,
        help_text=_(
            "Voorbeeldfiche zonder echte gegevens (voor demo's); de site zegt dat erbij. "
            "Nooit aanzetten voor een echte dienst."
        ),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    # Folded copies (lower case, no accents) set on save (actors.search_text) and kept up to
    # date by actors.search when what they copy changes, so search is
    # accent-insensitive on SQLite and PostgreSQL alike; trigram indexes on PostgreSQL.
    search_name = models.CharField(max_length=200, blank=True, default="", editable=False)
    search_text = models.TextField(blank=True, default="", editable=False)
    # A copy of actor_type.order (kept by save() and by ActorType's save): the directory lists
    # fiches in that order, and an index can serve it only on the fiche's own row.
    type_order = models.PositiveSmallIntegerField(default=0, editable=False)

    objects = FicheQuerySet.as_manager()
    history = HistoricalRecords(
        m2m_fields=[zones, languages, target_groups],
        excluded_fields=["search_name", "search_text", "type_order", "open_data_changed_at"],
        bases=[FicheVersionBase],
    )

    class Meta:
        verbose_name = _("fiche")
        verbose_name_plural = _("fiches")
        ordering = ["type_order", "name", "id"]
        indexes = [
            # visible_to(): every public page filters on status and visibility; the directory
            # then reads its first page in this order, without sorting every fiche.
            models.Index(
                fields=["status", "visibility", "type_order", "name", "id"],
                name="fiche_directory_order",
            ),
            # An actor type's page lists its fiches by name.
            models.Index(
                fields=["actor_type", "status", "visibility", "name", "id"],
                name="fiche_type_listing",
            ),
            # Narrow, so counting the visible fiches reads a small index only; and the
            # sitemap's lastmod, the latest change, is its last entry.
            models.Index(
                fields=["status", "visibility", "updated_at"], name="fiche_visibility_updated"
            ),
            # serving()/in_zone(): the Flanders-wide fiches join every zone page, route and
            # place search; without this index each of those read the whole table for them.
            models.Index(
                fields=["id"],
                condition=models.Q(serves_all_flanders=True),
                name="fiche_serves_all_flanders",
            ),
            # Admin filter "niet nagekeken in 12 maanden".
            models.Index(fields=["verified_on"], name="fiche_verified_on"),
            *OPEN_DATA_INDEXES,
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(postcode="") | models.Q(postcode__regex=r"^[1-9][0-9]{3}$"),
                name="fiche_postcode_is_belgian",
            ),
            models.CheckConstraint(
                condition=models.Q(verified_on__isnull=True) | models.Q(verified_by__isnull=False),
                name="fiche_verified_has_person",
            ),
            models.CheckConstraint(
                condition=models.Q(physical_access__in=PhysicalAccess.values),
                name="fiche_physical_access_known",
            ),
            models.CheckConstraint(
                condition=models.Q(cost_class__in=CostClass.values),
                name="fiche_cost_class_known",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "actor_type" in update_fields:
            self.type_order = self.actor_type.order
            if update_fields is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "type_order"}
        if update_fields is None or SEARCH_SOURCES.intersection(update_fields):
            set_search_fields(self)
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "search_name", "search_text"}
        super().save(*args, **kwargs)
        if update_fields is None or SEARCH_SOURCES.intersection(update_fields):
            remember_words(self.search_text)

    def get_absolute_url(self) -> str:
        return reverse("actors:fiche_detail", args=[self.slug])

    @property
    def is_professional_only(self) -> bool:
        return self.visibility == self.Visibility.PROFESSIONAL

    def mark_checked(self, user) -> None:
        """The only way verified_on/verified_by change: a person says they checked it."""
        from django.utils import timezone

        self.verified_on = timezone.localdate()
        self.verified_by = user
        self.save(update_fields=["verified_on", "verified_by", "updated_at"])


class ContactPerson(models.Model):
    """A named person behind a fiche. Always professional-only, whatever the fiche is."""

    fiche = models.ForeignKey(
        Fiche, verbose_name=_("fiche"), on_delete=models.CASCADE, related_name="contact_persons"
    )
    name = models.CharField(_("naam"), max_length=150)
    role = models.CharField(_("functie"), max_length=150, blank=True)
    phone = models.CharField(
        _("rechtstreeks nummer"), max_length=30, blank=True, validators=[validate_phone]
    )
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        error_messages={"invalid": _("Geef een geldig e-mailadres, zoals naam@voorbeeld.be.")},
    )
    note = models.TextField(_("notitie"), blank=True)
    history = HistoricalRecords()

    objects = ContactPersonQuerySet.as_manager()

    class Meta:
        verbose_name = _("contactpersoon")
        verbose_name_plural = _("contactpersonen")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
