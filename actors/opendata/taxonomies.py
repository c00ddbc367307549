"""The four HSDS taxonomies the directory publishes, and their terms.

Terms are reference rows the pages also show (actor types, eerstelijnszones, target groups,
ziekenfondsen); none of them is private, so every term is published, used or not.
"""

from dataclasses import dataclass

from django.db import models

from actors.models import ActorType, Mutuality, TargetGroup, Zone
from actors.opendata.ids import taxonomy_id


@dataclass(frozen=True)
class Taxonomy:
    slug: str
    name: str
    description: str
    model: type[models.Model]
    code_field: str

    @property
    def id(self) -> str:
        return taxonomy_id(self.slug)

    def terms(self) -> models.QuerySet:
        terms = self.model.objects.all()
        if self.model is Zone:
            terms = terms.select_related("parent")
        return terms.order_by("pk")


ACTOR_TYPES = Taxonomy(
    "soort-hulpverlener",
    "Soort hulpverlener (Wegwijzer bij ziekte)",
    "Wie doet wat bij ziekte en werk: huisarts, adviserend arts, TNW-coördinator, arbeidsarts …",
    ActorType,
    "slug",
)
ZONES = Taxonomy(
    "eerstelijnszone",
    "Eerstelijnszone (Vlaanderen en Brussel)",
    "Het gebied dat een fiche bedient. 'Antwerpen en rand' groepeert de Antwerpse zones.",
    Zone,
    "code",
)
TARGET_GROUPS = Taxonomy(
    "doelgroep",
    "Doelgroep naar werksituatie",
    "Voor wie een fiche is: werknemer, zelfstandige, werkzoekende …",
    TargetGroup,
    "slug",
)
MUTUALITIES = Taxonomy(
    "ziekenfonds",
    "Ziekenfonds",
    "Het ziekenfonds waar een fiche bij hoort (adviserend arts, TNW-coördinator).",
    Mutuality,
    "code",
)
TAXONOMIES = [ACTOR_TYPES, ZONES, TARGET_GROUPS, MUTUALITIES]


def by_id(value: str) -> Taxonomy | None:
    return next((t for t in TAXONOMIES if t.id == value), None)


def taxonomy_of(term) -> Taxonomy:
    return next(t for t in TAXONOMIES if isinstance(term, t.model))
