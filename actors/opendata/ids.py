"""Stable HSDS identifiers.

Objects with a row of their own (fiche, organisation, actor type, zone, target group,
ziekenfonds) carry a `public_id` UUID, given once by the database and never changed. The
pieces HSDS splits a fiche into (its location, address, phone, schedule, languages, service
areas and attributes) have no row; their ids are UUIDv5 names under the fiche's id, so they are
just as stable and need no storage. The four taxonomies are fixed names under our namespace.
"""

import uuid
from functools import cache

# Never change this value: every derived id in the published data depends on it.
NAMESPACE = uuid.UUID("6f1d7c1e-3a52-4c1b-9a0e-8d1b2f0c5a10")


def derived(parent: uuid.UUID, *parts: str) -> str:
    """The id of a piece of `parent` (a fiche's public_id), e.g. derived(id, "phone")."""
    return str(uuid.uuid5(parent, ":".join(parts)))


@cache
def taxonomy_id(slug: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"taxonomy:{slug}"))


def parse_uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except (TypeError, ValueError, AttributeError):
        return None


# A service_at_location must be found by its id (/service_at_locations/{id}), so unlike the
# other pieces its id is a reversible function of the fiche's: the fiche id XOR a fixed mask.
# The mask leaves the version and variant bits alone, so the result is still a valid UUID4.
_VERSION_AND_VARIANT = (0xF << 76) | (0x3 << 62)
_SAL_MASK = uuid.uuid5(NAMESPACE, "service_at_location").int & ~_VERSION_AND_VARIANT


def service_at_location_id(fiche_id: uuid.UUID) -> str:
    return str(uuid.UUID(int=fiche_id.int ^ _SAL_MASK))


def fiche_id_of_service_at_location(sal_id: uuid.UUID) -> uuid.UUID:
    return uuid.UUID(int=sal_id.int ^ _SAL_MASK)
