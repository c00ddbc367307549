"""Turn what a visitor types ("3000", "Kruibeke", "Schaerbeek", "sint niklaas") into a place
and its zones, and suggest names when nothing matches ("Gnet" → Gent).

Used by the home-page box, the directory filter, the actor-type pages and the flow's postcode
question, so they always agree. Every label a visitor sees says what a former or French name
is called now: "Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)", "3900 Overpelt (nu Pelt)",
"Schaerbeek (Schaarbeek)".
"""

from dataclasses import dataclass

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection
from django.db.models import IntegerField, Q, Value

from actors.models import Municipality, MunicipalityAlias, PostalCode, Zone
from actors.reference_cache import cached
from actors.text import edit_distance, fold, typo_limit

MAX_QUERY_LENGTH = 100
# Trigram similarity a name needs to be suggested on PostgreSQL (pg_trgm's own default).
TRIGRAM_THRESHOLD = 0.3


@dataclass(frozen=True)
class Place:
    label: str  # what we show back: "3000 Leuven", "Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)"
    municipality: Municipality
    zones: tuple[Zone, ...]  # zones a fiche can belong to; the Antwerp group is expanded
    postcode: str = ""
    name: str = ""  # what finds this place again in a ?plaats= link: "Kruibeke", "3000"

    @property
    def zone(self) -> Zone | None:
        """The single zone, or None when the place spans several (central Antwerp)."""
        return self.zones[0] if len(self.zones) == 1 else None


# Where a name can come from, best first: a suggestion prefers today's municipality.
_NAME_SOURCES = (
    (Municipality, "key", "name"),
    (Municipality, "key_fr", "name_fr"),
    (MunicipalityAlias, "key", "name"),
    (PostalCode, "key", "place"),
)
TOWN_SOURCES = (0, 1)  # the Dutch and French names of today's municipalities
ALIAS_SOURCE, POSTAL_SOURCE = 2, 3


@dataclass(frozen=True)
class PlaceIndex:
    """Every name and postcode a place can be found by, and the zones: reference data read
    from the cache (actors.reference_cache), so a word that names no place costs no query."""

    names: tuple[tuple[str, str, int], ...]  # (folded key, name, source), by source and name
    sources: dict[str, frozenset[int]]  # folded name → the _NAME_SOURCES that hold it
    codes: frozenset[str]
    zones: tuple[Zone, ...]


def _build_index() -> PlaceIndex:
    names: list[tuple[str, str, int]] = []
    for order, (model, key_field, name_field) in enumerate(_NAME_SOURCES):
        rows = (
            model.objects.exclude(**{key_field: ""})
            .order_by(name_field)
            .values_list(key_field, name_field)
        )
        names += dict.fromkeys((key, name, order) for key, name in rows)
    codes = frozenset(PostalCode.objects.values_list("code", flat=True))
    sources: dict[str, set[int]] = {}
    for key, _, order in names:
        sources.setdefault(key, set()).add(order)
    frozen = {key: frozenset(found) for key, found in sources.items()}
    return PlaceIndex(tuple(names), frozen, codes, tuple(Zone.objects.order_by("name")))


def place_index() -> PlaceIndex:
    return cached("place-index", _build_index)


@dataclass(frozen=True)
class Town:
    """A municipality as a zone page lists it, with its French and former names."""

    name: str
    name_fr: str
    former: tuple[str, ...]


@dataclass(frozen=True)
class ZonePlaces:
    """A zone (with its parent) and what it covers: its member zones (a group), its
    municipalities and the postcodes that belong to it on their own (Antwerp districts)."""

    zone: Zone
    children: tuple[Zone, ...]
    towns: tuple[Town, ...]
    postcodes: tuple[tuple[str, str], ...]  # (code, place)


def _build_zone_places() -> dict[str, ZonePlaces]:
    zones = list(Zone.objects.select_related("parent"))
    children: dict[int, list[Zone]] = {}
    for zone in zones:
        children.setdefault(zone.parent_id, []).append(zone)
    towns: dict[int, list[Town]] = {}
    for town in Municipality.objects.prefetch_related("aliases"):
        former = tuple(alias.name for alias in town.aliases.all())
        towns.setdefault(town.zone_id, []).append(Town(town.name, town.name_fr, former))
    postcodes: dict[int, list[tuple[str, str]]] = {}
    for zone_id, code, place in PostalCode.objects.filter(zone__isnull=False).values_list(
        "zone_id", "code", "place"
    ):
        postcodes.setdefault(zone_id, []).append((code, place))
    return {
        zone.slug: ZonePlaces(
            zone,
            tuple(children.get(zone.pk, ())),
            tuple(towns.get(zone.pk, ())),
            tuple(postcodes.get(zone.pk, ())),
        )
        for zone in zones
    }


def zone_places(slug: str) -> ZonePlaces | None:
    """The zone with this slug and what it covers (reference data: no query), or None."""
    return cached("zone-places", _build_zone_places).get(slug)


def _expand(zones) -> tuple[Zone, ...]:
    result: dict[int, Zone] = {}
    for zone in zones:
        members = list(zone.children.all()) if zone.is_group else [zone]
        for member in members:
            result[member.pk] = member
    return tuple(sorted(result.values(), key=lambda z: z.name))


def _postal_place(key: str) -> PostalCode | None:
    return (
        PostalCode.objects.select_related("zone", "municipality__zone")
        .filter(key=key)
        .order_by("code")
        .first()
    )


def _zones_for(municipality: Municipality, key: str, sources: frozenset[int]) -> tuple[Zone, ...]:
    """A town on the Antwerp umbrella zone spans several zones, unless the typed name is also a
    district with its own zone (the former municipality Borsbeek is Antwerpen Oost)."""
    if municipality.zone.is_group and POSTAL_SOURCE in sources:
        postal = _postal_place(key)
        if postal is not None and postal.zone_id is not None:
            return _expand([postal.zone])
    return _expand([municipality.zone])


def _now_called(names: list[str], municipalities: list[str]) -> str:
    """ " (nu Pelt)" when the places shown are not (all) named after their municipality."""
    shown = {fold(name) for name in names}
    others = sorted({town for town in municipalities if fold(town) not in shown})
    return f" (nu {', '.join(others)})" if others else ""


def _by_postcode(code: str) -> Place | None:
    rows = list(
        PostalCode.objects.filter(code=code)
        .select_related("zone", "municipality__zone")
        .order_by("place")
    )
    if not rows:
        return None
    places = sorted({row.place for row in rows})
    now = _now_called(places, [row.municipality.name for row in rows])
    zones = _expand({row.effective_zone for row in rows})
    label = f"{code} {', '.join(places)}{now}"
    return Place(label, rows[0].municipality, zones, postcode=code, name=code)


def find_place(query: str) -> Place | None:
    """The place a visitor meant, or None. Exact matches only; see suggest_places()."""
    text = (query or "").strip()[:MAX_QUERY_LENGTH]
    if not text:
        return None
    index = place_index()
    if text.isdigit():
        return _by_postcode(text) if text in index.codes else None

    key = fold(text)
    sources = index.sources.get(key, frozenset())
    # Only the tables that hold the name are asked, best first.
    towns = []
    if sources & set(TOWN_SOURCES):
        # The Dutch name wins over a French one that happens to be spelled the same.
        towns = sorted(
            Municipality.objects.select_related("zone").filter(Q(key=key) | Q(key_fr=key))[:2],
            key=lambda town: town.key != key,
        )
    if towns:
        town = towns[0]
        if town.key == key:
            label = name = town.name
        else:
            label, name = f"{town.name_fr} ({town.name})", town.name_fr
        return Place(label, town, _zones_for(town, key, sources), name=name)
    alias = None
    if ALIAS_SOURCE in sources:
        alias = (
            MunicipalityAlias.objects.select_related("municipality__zone").filter(key=key).first()
        )
    if alias:
        town = alias.municipality
        label = f"{alias.name}{_now_called([alias.name], [town.name])}"
        return Place(label, town, _zones_for(town, key, sources), name=alias.name)
    postal = _postal_place(key) if POSTAL_SOURCE in sources else None
    if postal:
        now = _now_called([postal.place], [postal.municipality.name])
        return Place(
            f"{postal.code} {postal.place}{now}",
            postal.municipality,
            _expand([postal.effective_zone]),
            postcode=postal.code,
            name=postal.code,
        )
    return None


def zones_named(query: str) -> list[Zone]:
    """The zones whose name starts with the query ("scheldek" → Scheldekracht)."""
    key = fold((query or "")[:MAX_QUERY_LENGTH])
    if len(key) < 2:
        return []
    return [zone for zone in place_index().zones if fold(zone.name).startswith(key)]


# Suggestions ----------------------------------------------------------------------------------


def _starting_with(key: str, index: PlaceIndex, limit: int = 5) -> list[str]:
    names: list[str] = []
    for order in range(len(_NAME_SOURCES)):
        found = [name for k, name, o in index.names if o == order and k.startswith(key)]
        names += found[:limit]
    return names


def _trigram_matches(key: str, index: PlaceIndex) -> list[str]:
    """PostgreSQL: names that share most of their trigrams with the key (pg_trgm), from every
    source in one query."""
    queries = [
        model.objects.annotate(
            similarity=TrigramSimilarity(key_field, key),
            source=Value(order, output_field=IntegerField()),
        )
        .filter(similarity__gte=TRIGRAM_THRESHOLD)
        .order_by("-similarity")
        .values_list("similarity", "source", name_field)[:10]
        for order, (model, key_field, name_field) in enumerate(_NAME_SOURCES)
    ]
    rows = queries[0].union(*queries[1:], all=True)
    return [name for _, _, name in sorted((-sim, source, name) for sim, source, name in rows)]


def _close_by_spelling(key: str, index: PlaceIndex) -> list[str]:
    """Names at most a few typing mistakes away ("gnet" → Gent), on every database."""
    limit = typo_limit(key)
    scored = []
    for candidate, name, order in index.names:
        if abs(len(candidate) - len(key)) <= limit:
            distance = edit_distance(key, candidate, limit)
            if distance <= limit:
                scored.append((distance, order, name))
    return [name for *_, name in sorted(scored)]


def suggest_places(query: str, limit: int = 5) -> list[str]:
    """Names for a "Bedoelde je …?" hint: names that start like what was typed, then names
    that look like it (pg_trgm on PostgreSQL), then names a typo or two away. Only the
    trigrams cost a query."""
    key = fold((query or "")[:MAX_QUERY_LENGTH])
    if len(key) < 2:
        return []
    steps = [_starting_with]
    if connection.vendor == "postgresql":
        steps.append(_trigram_matches)
    steps.append(_close_by_spelling)
    index = place_index()
    names: dict[str, None] = {}
    for step in steps:
        for name in step(key, index):
            if fold(name) != key:
                names.setdefault(name)
        if len(names) >= limit:
            break
    return list(names)[:limit]


def town_names() -> dict[str, str]:
    """Today's municipality names, Dutch and French: folded key → name."""
    return {key: name for key, name, order in place_index().names if order in TOWN_SOURCES}
