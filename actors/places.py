"""Turn what a visitor types ("3000", "Kruibeke", "sint niklaas") into a place and its zones.

Used by the home-page box, the directory filter and the flow's postcode question, so the
three always agree.
"""

from dataclasses import dataclass

from actors.models import Municipality, MunicipalityAlias, PostalCode, Zone
from actors.text import fold


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


def find_place(query: str) -> Place | None:
    """The place a visitor meant, or None. Exact matches only; see suggest_places()."""
    text = (query or "").strip()[:100]
    if not text:
        return None
    if text.isdigit():
        rows = list(
            PostalCode.objects.filter(code=text)
            .select_related("zone", "municipality__zone")
            .order_by("place")
        )
        if not rows:
            return None
        municipality = rows[0].municipality
        places = ", ".join(sorted({row.place for row in rows}))
        zones = _expand({row.effective_zone for row in rows})
        return Place(f"{text} {places}", municipality, zones, postcode=text)

    key = fold(text)
    if not key:
        return None
    postal = (
        PostalCode.objects.select_related("zone", "municipality__zone")
        .filter(key=key)
        .order_by("code")
        .first()
    )
    municipality = Municipality.objects.select_related("zone").filter(key=key).first()
    if municipality:
        return Place(municipality.name, municipality, _zones_for(municipality, postal))
    alias = MunicipalityAlias.objects.select_related("municipality__zone").filter(key=key).first()
    if alias:
        town = alias.municipality
        label = f"{alias.name} (nu {town.name})" if alias.name != town.name else town.name
        return Place(label, town, _zones_for(town, postal))
    if postal:
        return Place(
            f"{postal.code} {postal.place}",
            postal.municipality,
            _expand([postal.effective_zone]),
            postcode=postal.code,
        )
    return None


def suggest_places(query: str, limit: int = 5) -> list[str]:
    """Names that start like what was typed, for a "bedoelde je …?" hint."""
    key = fold((query or "")[:100])
    if len(key) < 2:
        return []
    names = list(
        Municipality.objects.filter(key__startswith=key).values_list("name", flat=True)[:limit]
    )
    if len(names) < limit:
        names += [
            n
            for n in MunicipalityAlias.objects.filter(key__startswith=key)
            .values_list("name", flat=True)
            .distinct()[:limit]
            if n not in names
        ]
    return names[:limit]
