"""One function per HSDS 3.0 object: model rows in, plain dicts out (JSON-ready).

A fiche comes from queries.with_details() with queries.attach_links() applied.

The API views and the download builder both use these, so the two always agree. Only
fields a visitor can already read on the fiche page are published; a fiche's contact persons
and who checked it (verified_by) are never read here. Empty optional values are left out
rather than sent as null (the HSDS schemas type them as plain strings).
"""

from datetime import UTC, date, datetime
from functools import cache

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from actors.models import Fiche, Organisation
from actors.opendata.ids import derived, service_at_location_id
from actors.opendata.taxonomies import ACTOR_TYPES, MUTUALITIES, TARGET_GROUPS, ZONES, Taxonomy

ALL_FLANDERS = "vlaanderen-brussel"


def timestamp(value: datetime) -> str:
    """HSDS asks for millisecond accuracy; UTC with a Z."""
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


@cache
def _url_pattern(name: str) -> str:
    # reverse() costs more than the rest of a service together; the pattern is fixed.
    return reverse(name, args=["SLUG"])


def _page(name: str, slug: str) -> str:
    """The absolute address of a public page (zone, actor type) by its slug."""
    return f"{settings.SITE_URL}{_url_pattern(name).replace('SLUG', slug)}"


def _clean(values: dict, keep: tuple[str, ...] = ()) -> dict:
    """Drop optional keys without a value; keys in `keep` are required by HSDS and stay."""
    return {k: v for k, v in values.items() if k in keep or v not in (None, "", [])}


def licence() -> dict:
    """The licence (settings.OPEN_DATA_LICENCE*), as Data Package and the API metadata say it."""
    return {
        "name": settings.OPEN_DATA_LICENCE,
        "path": settings.OPEN_DATA_LICENCE_URL,
        "title": settings.OPEN_DATA_LICENCE_TITLE,
    }


def taxonomy(tax: Taxonomy) -> dict:
    return {"id": tax.id, "name": tax.name, "description": tax.description, "version": "1"}


def taxonomy_term(term, tax: Taxonomy) -> dict:
    """The term as HSDS shows it; kept on the row object, which lives for one request or
    one download build (queries.Terms shares it between all fiches)."""
    cached = term.__dict__.get("_hsds_term")
    if cached is None:
        cached = term._hsds_term = _taxonomy_term(term, tax)
    return cached


def _taxonomy_term(term, tax: Taxonomy) -> dict:
    parent_id = None
    uri = None
    description = ""
    if tax is ZONES:
        parent_id = str(term.parent.public_id) if term.parent_id else None
        uri = _page("actors:zone_detail", term.slug)
        description = _("Eerstelijnszone in %(province)s") % {"province": term.province}
    elif tax is ACTOR_TYPES:
        uri = _page("actors:actortype_detail", term.slug)
        description = term.summary
    elif tax is MUTUALITIES:
        uri = term.website
        description = term.name
    return _clean(
        {
            "id": str(term.public_id),
            # HSDS wants codes unique across all terms; ours are unique per taxonomy.
            "code": f"{tax.slug}/{getattr(term, tax.code_field)}",
            "name": term.name,
            "description": description or term.name,
            "parent_id": parent_id,
            "taxonomy": tax.name,
            "taxonomy_id": tax.id,
            "language": "nl",
            "term_uri": uri,
        },
        keep=("id", "name", "description"),
    )


def organization(org: Organisation) -> dict:
    return _clean(
        {
            "id": str(org.public_id),
            "name": org.name,
            # Required by HSDS; many organisations have no text of their own.
            "description": org.description or org.name,
            "website": org.website,
        },
        keep=("id", "name", "description"),
    )


def _attribute(fiche: Fiche, term, tax: Taxonomy) -> dict:
    return {
        "id": derived(fiche.public_id, "attribute", str(term.public_id)),
        "link_id": str(fiche.public_id),
        "link_type": tax.slug,
        "link_entity": "service",
        "taxonomy_term_id": str(term.public_id),
        "taxonomy_term": taxonomy_term(term, tax),
    }


def _terms(fiche: Fiche) -> list[tuple[object, Taxonomy]]:
    terms = [(fiche.actor_type, ACTOR_TYPES)]
    terms += [(zone, ZONES) for zone in fiche.open_zones]
    terms += [(group, TARGET_GROUPS) for group in fiche.open_target_groups]
    if fiche.mutuality_id:
        terms.append((fiche.mutuality, MUTUALITIES))
    return terms


# Belgian postcodes are given out by province: HSDS wants the province with every address.
PROVINCES = [
    (1000, "Brussels Hoofdstedelijk Gewest"),
    (1300, "Waals-Brabant"),
    (1500, "Vlaams-Brabant"),
    (2000, "Antwerpen"),
    (3000, "Vlaams-Brabant"),
    (3500, "Limburg"),
    (4000, "Luik"),
    (5000, "Namen"),
    (6000, "Henegouwen"),
    (6600, "Luxemburg"),
    (7000, "Henegouwen"),
    (8000, "West-Vlaanderen"),
    (9000, "Oost-Vlaanderen"),
]


def province(postcode: str) -> str:
    number = int(postcode)
    return next(name for start, name in reversed(PROVINCES) if number >= start)


def has_location(fiche: Fiche) -> bool:
    """HSDS addresses need street, postcode and city; a fiche without all three (a phone line,
    a town only) has no published location. The query form is in queries.with_address()."""
    return bool(fiche.street and fiche.postcode and fiche.city)


def location(fiche: Fiche) -> dict:
    location_id = derived(fiche.public_id, "location")
    address = {
        "id": derived(fiche.public_id, "address"),
        "location_id": location_id,
        "address_1": fiche.street,
        "city": fiche.city,
        "state_province": province(fiche.postcode),
        "postal_code": fiche.postcode,
        "country": "BE",
        "address_type": "physical",
    }
    return _clean(
        {
            "id": location_id,
            "location_type": "physical",
            "organization_id": str(fiche.organisation.public_id),
            "name": fiche.name,
            "addresses": [address],
        },
        keep=("id", "location_type"),
    )


def service_at_location(fiche: Fiche, full: bool = True) -> dict:
    loc = location(fiche)
    values = {
        "id": service_at_location_id(fiche.public_id),
        "service_id": str(fiche.public_id),
        "location_id": loc["id"],
        "location": loc if full else {k: v for k, v in loc.items() if k != "addresses"},
    }
    return values


def service_at_location_entry(fiche: Fiche, full: bool = False) -> dict:
    """The /service_at_locations resource: the link plus its service."""
    values = service_at_location(fiche, full=full)
    values["service"] = service(fiche, full=full)
    return values


def service(fiche: Fiche, full: bool = True) -> dict:
    service_id = str(fiche.public_id)
    groups = [group.name for group in fiche.open_target_groups]
    values = {
        "id": service_id,
        "organization_id": str(fiche.organisation.public_id),
        "name": fiche.name,
        "description": fiche.description,
        "url": fiche.website,
        "email": fiche.email,
        "status": "active",
        "application_process": _("Met een doorverwijzing.") if fiche.referral_needed else None,
        "fees_description": fiche.cost,
        "eligibility_description": (
            _("Voor: %(groups)s") % {"groups": ", ".join(groups)} if groups else None
        ),
        # verified_on is the day a person last checked the fiche: HSDS's assured_date.
        "assured_date": _day(fiche.verified_on),
        "last_modified": timestamp(fiche.open_data_changed_at),
        "organization": organization(fiche.organisation),
    }
    if full:
        values.update(
            {
                "phones": _phones(fiche),
                "schedules": _schedules(fiche),
                "service_areas": _service_areas(fiche),
                "service_at_locations": (
                    [service_at_location(fiche)] if has_location(fiche) else []
                ),
                "languages": [
                    {
                        "id": derived(fiche.public_id, "language", language.code),
                        "service_id": service_id,
                        "name": language.name,
                        "code": language.code,
                    }
                    for language in fiche.open_languages
                ],
                "contacts": [],  # named persons are professional-only: never published
                "attributes": [_attribute(fiche, term, tax) for term, tax in _terms(fiche)],
            }
        )
    return _clean(values, keep=("id", "name", "status", "contacts") if full else ("id", "name"))


def _phones(fiche: Fiche) -> list[dict]:
    if not fiche.phone:
        return []
    return [
        {
            "id": derived(fiche.public_id, "phone"),
            "service_id": str(fiche.public_id),
            "number": fiche.phone,
        }
    ]


def _schedules(fiche: Fiche) -> list[dict]:
    if not fiche.opening_hours:
        return []
    return [
        {
            "id": derived(fiche.public_id, "schedule"),
            "service_id": str(fiche.public_id),
            "description": fiche.opening_hours,
        }
    ]


def _service_areas(fiche: Fiche) -> list[dict]:
    areas = [
        _clean(
            {
                "id": derived(fiche.public_id, "area", str(zone.public_id)),
                "service_id": str(fiche.public_id),
                "name": zone.name,
                "description": _("Eerstelijnszone %(name)s") % {"name": zone.name},
                "uri": _page("actors:zone_detail", zone.slug),
            }
        )
        for zone in fiche.open_zones
    ]
    if fiche.serves_all_flanders:
        areas.append(
            {
                "id": derived(fiche.public_id, "area", ALL_FLANDERS),
                "service_id": str(fiche.public_id),
                "name": _("Vlaanderen en Brussel"),
                "description": _("De hele Vlaamse Gemeenschap: Vlaanderen en Brussel."),
            }
        )
    return areas


def minimal_service(fiche: Fiche) -> dict:
    return {"id": str(fiche.public_id), "last_modified": timestamp(fiche.open_data_changed_at)}


def organization_with_services(org: Organisation, fiches, full_service: bool) -> dict:
    """/organizations/{id}: the organisation with its published services."""
    values = organization(org)
    values["services"] = [service(fiche, full=full_service) for fiche in fiches]
    return values
