"""The folded text a fiche is found by (see actors.search), built from the fiche alone.

Imports no models, so the Fiche model can use it in save() without an import circle.
"""

from actors.text import fold

# The Fiche fields that feed search_text; a save touching none of them leaves it alone.
SEARCH_SOURCES = frozenset(
    {
        "name",
        "description",
        "city",
        "postcode",
        "organisation",
        "actor_type",
        "mutuality",
        "serves_all_flanders",
    }
)


def search_document(fiche, zones=None) -> str:
    """The folded text a fiche is found by. `zones` saves a query when already fetched."""
    actor_type = fiche.actor_type
    parts = [
        fiche.name,
        fiche.organisation.name,
        actor_type.name,
        actor_type.name_plural,
        fiche.city,
        fiche.postcode,
        fiche.mutuality.name if fiche.mutuality_id else "",
        fiche.mutuality.short_name if fiche.mutuality_id else "",
    ]
    if zones is None:
        zones = list(fiche.zones.all()) if fiche.pk else []
    parts += [zone.name for zone in zones]
    if fiche.serves_all_flanders:
        parts.append("Vlaanderen Brussel")
    parts.append(fiche.description)
    return fold(" ".join(part for part in parts if part))


def set_search_fields(fiche) -> None:
    fiche.search_name = fold(fiche.name)[:200]
    fiche.search_text = search_document(fiche)
