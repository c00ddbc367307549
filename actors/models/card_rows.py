"""The rows a list of fiche cards needs besides the fiches (Fiche.objects.for_cards).

A card names its actor type and its zones: a handful of rows shared by every card, which a
join would copy into each card's row and turn into model instances card by card (a third of a
zone page's time). They come from the reference cache instead, kept fresh by its version
(actors.reference_cache); only the links between the fiches and their zones are read.
"""

from operator import attrgetter

from django.db import models

from actors.models.geography import Zone
from actors.models.reference import ActorType, Mutuality
from actors.reference_cache import cached

# What a fiche card shows (actors.cards), and what it needs to find its actor type, its
# ziekenfonds and its zones; nothing else leaves the database for a list of cards.
CARD_FIELDS = (
    "actor_type_id",
    "mutuality_id",
    "name",
    "slug",
    "street",
    "postcode",
    "city",
    "phone",
    "email",
    "website",
    "opening_hours",
    "serves_all_flanders",
    "visibility",
    "status",
    "is_demo",
    "organisation__name",
    "organisation__website",
)


_by_name = attrgetter("name")  # the zones' own order (Zone.Meta.ordering)


def _card_references() -> tuple[dict, dict, dict]:
    """Actor types, ziekenfondsen and zones by id: the few rows every card points to, from
    the reference cache instead of a join that copies them into every card's row."""

    def build():
        return (
            {actor_type.pk: actor_type for actor_type in ActorType.objects.all()},
            {mutuality.pk: mutuality for mutuality in Mutuality.objects.all()},
            {zone.pk: zone for zone in Zone.objects.all()},
        )

    return cached("card-references", build)


class CardListQuerySet(models.QuerySet):
    """`for_cards()`: a queryset that, once fetched, gives its fiches what a card needs."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._as_cards = False

    def for_cards(self):
        """What a fiche card shows (CARD_FIELDS) in two queries however long the list: the
        fiches with their organisations, then the links to their zones. Each fiche gets its
        actor type and ziekenfonds, and `card_zones`, from the reference cache."""
        clone = self.select_related("organisation").only(*CARD_FIELDS)
        clone._as_cards = True
        return clone

    def _clone(self):
        clone = super()._clone()
        clone._as_cards = self._as_cards
        return clone

    def _fetch_all(self):
        fetching = self._result_cache is None
        super()._fetch_all()
        if fetching and self._as_cards:
            attach_card_references(
                [row for row in self._result_cache if isinstance(row, self.model)]
            )


def attach_card_references(fiches: list) -> None:
    """Give each fiche of a card list its actor type, ziekenfonds and `card_zones` (one
    query for the links to the zones; the rows themselves from the reference cache)."""
    if not fiches:
        return
    model = type(fiches[0])
    actor_types, mutualities, zones = _card_references()
    local = [fiche.pk for fiche in fiches if not fiche.serves_all_flanders]
    links: dict[int, list] = {}
    if local:
        through = model.zones.through.objects.filter(fiche_id__in=local)
        for fiche_id, zone_id in through.values_list("fiche_id", "zone_id"):
            links.setdefault(fiche_id, []).append(zone_id)
    # A row the cached copy does not know yet (created a moment ago) is left to the ORM,
    # which fetches it: slower for that card, never wrong.
    for fiche in fiches:
        if fiche.actor_type_id in actor_types:
            model.actor_type.field.set_cached_value(fiche, actor_types[fiche.actor_type_id])
        if fiche.mutuality_id is None or fiche.mutuality_id in mutualities:
            model.mutuality.field.set_cached_value(fiche, mutualities.get(fiche.mutuality_id))
        zone_ids = links.get(fiche.pk, [])
        if all(zone_id in zones for zone_id in zone_ids):
            fiche.card_zones = sorted((zones[zone_id] for zone_id in zone_ids), key=_by_name)
