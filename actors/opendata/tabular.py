"""HSDS tabular data: one CSV per table and a datapackage.json describing them.

The table schemas come from the specification itself (hsds/*.json, copied unchanged), so the
column names, order, types and constraints are HSDS's. Rows are cut from the same full service
objects the API serves (presenters.service), so the download and the API always agree.
"""

import json
from functools import cache
from pathlib import Path

SCHEMA_DIR = Path(__file__).resolve().parent / "hsds"

# The tables we publish, in the specification's order; the others would stay empty.
TABLES = [
    "organization",
    "service",
    "attribute",
    "service_at_location",
    "location",
    "phone",
    "schedule",
    "service_area",
    "address",
    "language",
    "taxonomy_term",
    "taxonomy",
]
# Which table an id column points to. attribute.link_id always points to a service here.
FOREIGN_KEYS = {
    "organization_id": "organization",
    "service_id": "service",
    "location_id": "location",
    "service_at_location_id": "service_at_location",
    "taxonomy_term_id": "taxonomy_term",
    "taxonomy_id": "taxonomy",
    "parent_id": "taxonomy_term",
    "link_id": "service",
}
STRING_FORMATS = {"uuid", "uri", "email"}


@cache
def hsds_schema(table: str) -> dict:
    return json.loads((SCHEMA_DIR / f"{table}.json").read_text(encoding="utf-8"))


def columns(table: str) -> list[str]:
    return list(_fields(table))


def _fields(table: str) -> dict[str, dict]:
    """The scalar properties of an HSDS object: its CSV columns, in the spec's order."""
    properties = hsds_schema(table)["properties"]
    return {
        name: spec for name, spec in properties.items() if spec.get("type") in ("string", "number")
    }


def path(table: str) -> str:
    return hsds_schema(table)["path"]


def _field(table: str, name: str, spec: dict) -> dict:
    schema = hsds_schema(table)
    required = set(schema.get("required", [])) | set(schema.get("tabular_required", []))
    field = {
        "name": name,
        "type": spec.get("datapackage_type") or spec["type"],
        "title": spec.get("title", name),
        "description": spec.get("description", ""),
    }
    if field["type"] == "string" and spec.get("format") in STRING_FORMATS:
        field["format"] = spec["format"]
    constraints = {"required": name in required}
    if spec.get("constraints", {}).get("unique"):
        constraints["unique"] = True
    if spec.get("enum"):
        constraints["enum"] = spec["enum"]
    field["constraints"] = constraints
    return field


def table_schema(table: str) -> dict:
    fields = _fields(table)
    schema = {
        "fields": [_field(table, name, spec) for name, spec in fields.items()],
        "primaryKey": ["id"],
        "missingValues": [""],
    }
    foreign_keys = [
        {"fields": [name], "reference": {"resource": target, "fields": ["id"]}}
        for name, target in FOREIGN_KEYS.items()
        if name in fields and target in TABLES
    ]
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return schema


def datapackage(*, created: str, licence: dict, site_url: str) -> dict:
    return {
        "profile": "tabular-data-package",
        "name": "wegwijzer-bij-ziekte-hsds",
        "title": "Wegwijzer bij ziekte: publieke fiches (HSDS 3.0)",
        "description": (
            "De gepubliceerde, publieke fiches van de Wegwijzer bij ziekte in het Open Referral "
            "Human Services Data Specification-formaat, versie 3.0."
        ),
        "homepage": site_url,
        "version": "3.0",
        "created": created,
        "licenses": [licence],
        "resources": [
            {
                "name": table,
                "path": path(table),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": table_schema(table),
            }
            for table in TABLES
        ],
    }


def rows_of_service(service: dict) -> dict[str, list[dict]]:
    """Cut one full HSDS service (presenters.service) into rows per table. The organisation
    and the taxonomy terms are written separately, once each."""
    service_id = service["id"]
    rows: dict[str, list[dict]] = {
        "service": [service],
        "phone": service.get("phones", []),
        "schedule": service.get("schedules", []),
        "service_area": service.get("service_areas", []),
        "language": service.get("languages", []),
        "attribute": service.get("attributes", []),
        "service_at_location": [],
        "location": [],
        "address": [],
    }
    for link in service.get("service_at_locations", []):
        location = link["location"]
        rows["service_at_location"].append({**link, "service_id": service_id})
        rows["location"].append(location)
        rows["address"].extend(location.get("addresses", []))
    return rows
