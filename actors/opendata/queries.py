"""Which rows the open data publishes, and the HSDS list filters.

The door is the pages' own: Fiche.objects.visible_to() for an anonymous visitor, so a fiche
is published here exactly when a visitor without an account can open its page, minus demo
rows (examples for a demonstration, not data anyone should copy). Nothing else in
actors.opendata picks fiches.
"""

from dataclasses import dataclass
from datetime import datetime, time

from django.contrib.auth.models import AnonymousUser
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from actors.models import Fiche, Language, Organisation, TargetGroup, Zone
from actors.opendata import taxonomies
from actors.opendata.ids import parse_uuid
from actors.places import find_place
from actors.search import search


class BadParameter(ValueError):
    """A query parameter we cannot use; the message is shown to the caller (Dutch)."""


def open_fiches() -> QuerySet:
    # Demo organisations are few: NOT IN (a small hashed list) spares the count a join.
    demo_organisations = Organisation.objects.filter(is_demo=True).values("pk")
    return (
        Fiche.objects.visible_to(AnonymousUser())
        .filter(is_demo=False)
        .exclude(organisation__in=demo_organisations)
    )


def open_organisations() -> QuerySet:
    """Organisations with at least one published fiche; the others are not in the data."""
    return Organisation.objects.filter(is_demo=False).filter(
        Exists(open_fiches().filter(organisation=OuterRef("pk")))
    )


def with_details(fiches: QuerySet) -> QuerySet:
    """The one-to-one parts of a service; attach_links() adds the many-to-many ones."""
    return fiches.select_related("organisation", "actor_type", "mutuality")


@dataclass(frozen=True)
class Terms:
    """Every zone, language and target group, loaded once and shared by all fiches: a few
    hundred rows, where prefetch_related would build one object per fiche and link."""

    zones: dict
    languages: dict
    target_groups: dict

    @classmethod
    def load(cls) -> "Terms":
        return cls(
            zones=Zone.objects.select_related("parent").in_bulk(),
            languages=Language.objects.in_bulk(),
            target_groups=TargetGroup.objects.in_bulk(),
        )


LINKS = [
    # (attribute set on the fiche, through table, its column, Terms field, sort key)
    ("open_zones", Fiche.zones.through, "zone_id", "zones", lambda z: z.name),
    ("open_languages", Fiche.languages.through, "language_id", "languages", lambda x: x.name),
    (
        "open_target_groups",
        Fiche.target_groups.through,
        "targetgroup_id",
        "target_groups",
        lambda g: (g.order, g.name),
    ),
]


def attach_links(fiches: list, terms: Terms | None = None) -> list:
    """Give each fiche its zones, languages and target groups (fiche.open_zones …) in one
    query per link table. A whole-dataset caller passes `terms` (loaded once, shared); a
    page of the API fetches the few terms it needs with the links."""
    ids = [fiche.pk for fiche in fiches]
    for attribute, through, column, field, order in LINKS:
        found: dict[int, list] = {pk: [] for pk in ids}
        links = through.objects.filter(fiche_id__in=ids)
        if terms is not None:
            shared = getattr(terms, field)
            for fiche_id, term_id in links.values_list("fiche_id", column):
                found[fiche_id].append(shared[term_id])
        else:
            name = column.removesuffix("_id")
            joined = f"{name}__parent" if name == "zone" else name
            for link in links.select_related(joined):
                found[link.fiche_id].append(getattr(link, name))
        for fiche in fiches:
            setattr(fiche, attribute, sorted(found[fiche.pk], key=order))
    return fiches


def with_address(fiches: QuerySet) -> QuerySet:
    """Fiches with a complete address: those have an HSDS location (presenters.location)."""
    return fiches.exclude(street="").exclude(postcode="").exclude(city="")


def parse_moment(value: str) -> datetime:
    """An ISO 8601 date or date-time; a date means its first moment, Brussels time."""
    value = value.strip()
    try:
        # A "+01:00" offset arrives as " 01:00" when the caller did not encode the plus.
        moment = parse_datetime(value) or parse_datetime(value.replace(" ", "+"))
        day = None if moment else parse_date(value)
    except ValueError:  # well-formed but impossible, such as month 13
        moment = day = None
    if moment is None:
        if day is None:
            raise BadParameter(
                _("modified_after verwacht een datum of tijdstip in ISO 8601, zoals %(example)s.")
                % {"example": "2026-03-15T10:30:00Z"}
            )
        moment = datetime.combine(day, time.min)
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def _uuid(params, name: str):
    value = parse_uuid(params[name])
    if value is None:
        raise BadParameter(_("%(name)s moet een UUID zijn.") % {"name": name})
    return value


def _with_term(term_id) -> Q:
    through_zone = Fiche.zones.through.objects.filter(zone__public_id=term_id)
    through_group = Fiche.target_groups.through.objects.filter(targetgroup__public_id=term_id)
    return (
        Q(actor_type__public_id=term_id)
        | Q(mutuality__public_id=term_id)
        | Q(pk__in=through_zone.values("fiche_id"))
        | Q(pk__in=through_group.values("fiche_id"))
    )


def _in_taxonomy(value: str) -> Q:
    tax = taxonomies.by_id(value)
    if tax is taxonomies.ACTOR_TYPES:
        return Q()
    if tax is taxonomies.ZONES:
        return Q(pk__in=Fiche.zones.through.objects.values("fiche_id"))
    if tax is taxonomies.TARGET_GROUPS:
        return Q(pk__in=Fiche.target_groups.through.objects.values("fiche_id"))
    if tax is taxonomies.MUTUALITIES:
        return Q(mutuality__isnull=False)
    return Q(pk__in=[])


def _zone(value: str) -> Zone:
    uid = parse_uuid(value)
    zone = Zone.objects.filter(Q(public_id=uid) if uid else Q(slug=value.strip())).first()
    if zone is None:
        raise BadParameter(
            _("Onbekende zone '%(zone)s': geef de slug (zoals gent) of de id van een zone.")
            % {"zone": value[:50]}
        )
    return zone


def _serving(zones) -> Q:
    ids = []
    for zone in zones:
        ids += list(zone.children.values_list("pk", flat=True)) if zone.is_group else [zone.pk]
    through = Fiche.zones.through.objects.filter(zone_id__in=ids)
    return Q(pk__in=through.values("fiche_id")) | Q(serves_all_flanders=True)


def filter_services(fiches: QuerySet, params) -> QuerySet:
    """Apply the HSDS filters of /services and /service_at_locations (plus zone=)."""
    if params.get("organization_id"):
        fiches = fiches.filter(organisation__public_id=_uuid(params, "organization_id"))
    if params.get("taxonomy_term_id"):
        fiches = fiches.filter(_with_term(_uuid(params, "taxonomy_term_id")))
    if params.get("taxonomy_id"):
        fiches = fiches.filter(_in_taxonomy(params["taxonomy_id"].strip()))
    if params.get("zone"):
        fiches = fiches.filter(_serving([_zone(params["zone"])]))
    if params.get("postcode"):
        code = params["postcode"].strip()
        place = find_place(code) if code.isdigit() and len(code) == 4 else None
        if place is None:
            raise BadParameter(
                _("Onbekende postcode '%(code)s': geef een Belgische postcode van 4 cijfers.")
                % {"code": code[:20]}
            )
        fiches = fiches.filter(_serving(place.zones))
    if params.get("modified_after"):
        fiches = fiches.filter(open_data_changed_at__gte=parse_moment(params["modified_after"]))
    if params.get("search", "").strip():
        return search(fiches, params["search"]).order_by("search_rank", "pk")
    return fiches.order_by("pk")
