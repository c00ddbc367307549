"""The HSDS 3.0 JSON schemas (tests/data/hsds-3.0, copied from the specification) and a
helper that validates a response body with jsonschema."""

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

DATA = Path(__file__).resolve().parent.parent / "data" / "hsds-3.0"
SPEC = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"


@cache
def schema(name: str) -> dict:
    """compiled/service, compiled/organization_list, taxonomy_term …"""
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


@cache
def openapi() -> dict:
    return schema("openapi")


@cache
def _registry() -> Registry:
    """The OpenAPI description points at the schemas by their published URLs; serve those
    from the local copies, so nothing is fetched."""
    names = [
        "compiled/service",
        "compiled/service_list",
        "compiled/organization",
        "compiled/organization_list",
        "compiled/service_at_location",
        "compiled/service_at_location_list",
        "taxonomy",
        "taxonomy_term",
    ]
    resources = [
        (f"{SPEC}{name}.json", Resource.from_contents(schema(name), default_specification=_spec()))
        for name in names
    ]
    document = Resource.from_contents(openapi(), default_specification=_spec())
    return Registry().with_resources([*resources, ("urn:hsds:openapi", document)])


def _spec():
    from referencing.jsonschema import DRAFT202012

    return DRAFT202012


def errors(instance, against: dict) -> list[str]:
    validator = Draft202012Validator(
        against, registry=_registry(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator.iter_errors(instance)
    ]


def response_schema(path: str) -> dict:
    """The 200 response schema the HSDS OpenAPI description gives for `path`, with its
    #/components references pointing into the OpenAPI document."""
    content = openapi()["paths"][path]["get"]["responses"]["200"]["content"]
    return _rebase(content["application/json"]["schema"])


def _rebase(node):
    if isinstance(node, dict):
        return {
            k: (f"urn:hsds:openapi{v}" if k == "$ref" and v.startswith("#") else _rebase(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node
