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
from django.db.models import Q
from django.db.models.functions import Length

from actors.models import Municipality, MunicipalityAlias, PostalCode, Zone
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

    @property
    def zone(self) -> Zone | None:
        """The single zone, or None when the place spans several (central Antwerp)."""
        return self.zones[0] if len(self.zones) == 1 else None


def _expand(zones) -> tuple[Zone, ...]:
    result: dict[int, Zone] = {}
    for zone in zones:
        members = list(zone.children.all()) if zone.is_group else [zone]
        for member in members:
            result[member.pk] = member
    return tuple(sorted(result.values(), key=lambda z: z.name))


def _zones_for(municipality: Municipality, postal: PostalCode | None) -> tuple[Zone, ...]:
    """A town on the Antwerp umbrella zone spans several zones, unless the typed name is also a
    district with its own zone (the former municipality Borsbeek is Antwerpen Oost)."""
    if municipality.zone.is_group and postal is not None and postal.zone_id is not None:
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
    return Place(f"{code} {', '.join(places)}{now}", rows[0].municipality, zones, postcode=code)


def find_place(query: str) -> Place | None:
    """The place a visitor meant, or None. Exact matches only; see suggest_places()."""
    text = (query or "").strip()[:MAX_QUERY_LENGTH]
    if not text:
        return None
    if text.isdigit():
        return _by_postcode(text)

    key = fold(text)
    if not key:
        return None
    postal = (
        PostalCode.objects.select_related("zone", "municipality__zone")
        .filter(key=key)
        .order_by("code")
        .first()
    )
    # The Dutch name wins over a French one that happens to be spelled the same.
    towns = sorted(
        Municipality.objects.select_related("zone").filter(Q(key=key) | Q(key_fr=key))[:2],
        key=lambda town: town.key != key,
    )
    if towns:
        town = towns[0]
        label = town.name if town.key == key else f"{town.name_fr} ({town.name})"
        return Place(label, town, _zones_for(town, postal))
    alias = MunicipalityAlias.objects.select_related("municipality__zone").filter(key=key).first()
    if alias:
        town = alias.municipality
        label = f"{alias.name}{_now_called([alias.name], [town.name])}"
        return Place(label, town, _zones_for(town, postal))
    if postal:
        now = _now_called([postal.place], [postal.municipality.name])
        return Place(
            f"{postal.code} {postal.place}{now}",
            postal.municipality,
            _expand([postal.effective_zone]),
            postcode=postal.code,
        )
    return None


# Suggestions ----------------------------------------------------------------------------------

# Where a name can come from, best first: a suggestion prefers today's municipality.
_NAME_SOURCES = (
    (Municipality, "key", "name"),
    (Municipality, "key_fr", "name_fr"),
    (MunicipalityAlias, "key", "name"),
    (PostalCode, "key", "place"),
)


def _starting_with(key: str, limit: int = 5) -> list[str]:
    names: list[str] = []
    for model, key_field, name_field in _NAME_SOURCES:
        rows = model.objects.filter(**{f"{key_field}__startswith": key}).order_by(name_field)
        names += rows.values_list(name_field, flat=True)[:limit]
    return names


def _trigram_matches(key: str) -> list[str]:
    """PostgreSQL: names that share most of their trigrams with the key (pg_trgm)."""
    scored: list[tuple[float, int, str]] = []
    for order, (model, key_field, name_field) in enumerate(_NAME_SOURCES):
        rows = (
            model.objects.annotate(similarity=TrigramSimilarity(key_field, key))
            .filter(similarity__gte=TRIGRAM_THRESHOLD)
            .order_by("-similarity")
            .values_list("similarity", name_field)[:10]
        )
        scored += [(-similarity, order, name) for similarity, name in rows]
    return [name for *_, name in sorted(scored)]


def _close_by_spelling(key: str) -> list[str]:
    """Names at most a few typing mistakes away ("gnet" → Gent), on every database: the
    candidates are the few hundred names of about the same length."""
    limit = typo_limit(key)
    scored: list[tuple[int, int, str]] = []
    for order, (model, key_field, name_field) in enumerate(_NAME_SOURCES):
        rows = (
            model.objects.annotate(key_length=Length(key_field))
            .filter(key_length__gte=len(key) - limit, key_length__lte=len(key) + limit)
            .exclude(**{key_field: ""})
            .values_list(key_field, name_field)
        )
        for candidate, name in rows:
            distance = edit_distance(key, candidate, limit)
            if distance <= limit:
                scored.append((distance, order, name))
    return [name for *_, name in sorted(scored)]


def suggest_places(query: str, limit: int = 5) -> list[str]:
    """Names for a "Bedoelde je …?" hint: names that start like what was typed, then names
    that look like it (pg_trgm on PostgreSQL), then names a typo or two away."""
    key = fold((query or "")[:MAX_QUERY_LENGTH])
    if len(key) < 2:
        return []
    steps = [_starting_with]
    if connection.vendor == "postgresql":
        steps.append(_trigram_matches)
    steps.append(_close_by_spelling)
    names: dict[str, None] = {}
    for step in steps:
        for name in step(key):
            if fold(name) != key:
                names.setdefault(name)
        if len(names) >= limit:
            break
    return list(names)[:limit]
