"""The zone map: built from the shapefile by `build_zone_map`, committed as static/img/zones.svg."""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import resolve

from actors.management.commands.build_zone_map import (
    SHAPES,
    read_dbf,
    read_shapes,
    simplify,
)

BASE = Path(settings.BASE_DIR)
MAP = BASE / "static" / "img" / "zones.svg"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def svg():
    return ET.parse(MAP).getroot()


def fixture_zones() -> list[dict]:
    objects = json.loads((BASE / "fixtures" / "geography.json").read_text(encoding="utf-8"))
    return [item["fields"] for item in objects if item["model"] == "actors.zone"]


def test_the_reader_finds_a_polygon_and_a_code_for_each_of_the_57_zones():
    shapes = read_shapes(SHAPES.with_suffix(".shp"))
    rows = read_dbf(SHAPES.with_suffix(".dbf"))
    assert len(shapes) == len(rows) == 57
    assert all(rings and all(len(ring) >= 4 for ring in rings) for rings in shapes)
    assert {row["elz"] for row in rows} == {f"elz{n}" for n in range(1, 58)}


def test_simplify_keeps_the_ends_and_drops_points_within_the_tolerance():
    line = [(0, 0), (1, 0.1), (2, -0.1), (3, 5), (4, 0), (5, 0)]
    assert simplify(line, tolerance=1) == [(0, 0), (2, -0.1), (3, 5), (5, 0)]
    assert simplify(line, tolerance=0.01) == line
    assert simplify([(0, 0), (1, 0.1), (2, 0)], tolerance=1) == [(0, 0), (2, 0)]


def test_the_committed_map_is_what_the_command_builds(tmp_path):
    built = tmp_path / "zones.svg"
    call_command("build_zone_map", output=built, stdout=open(tmp_path / "log", "w"))
    assert built.read_text(encoding="utf-8") == MAP.read_text(encoding="utf-8"), (
        "static/img/zones.svg is out of date: run `python manage.py build_zone_map`"
    )


def test_a_dry_run_writes_nothing(tmp_path):
    call_command(
        "build_zone_map",
        output=tmp_path / "zones.svg",
        dry_run=True,
        stdout=open(tmp_path / "log", "w"),
    )
    assert not (tmp_path / "zones.svg").exists()


def test_a_zone_missing_from_the_fixture_stops_the_build(tmp_path, monkeypatch):
    from actors.management.commands import build_zone_map

    monkeypatch.setattr(build_zone_map, "zone_names", lambda fixture: {"elz1": ("AMALO", "amalo")})
    with pytest.raises(CommandError, match="not in geography.json"):
        call_command("build_zone_map", output=tmp_path / "zones.svg")


def test_every_zone_is_a_link_to_its_own_page_with_its_name(svg):
    links = svg.findall(f"{SVG}a")
    top_level = {zone["slug"]: zone["name"] for zone in fixture_zones() if zone["parent"] is None}
    hrefs = {link.get("href"): link for link in links}
    # The Antwerp sub-zones are only in the shapefile as their aggregate.
    assert set(hrefs) == {f"/zones/{slug}/" for slug in top_level}
    assert "/zones/antwerpen-en-rand/" in hrefs
    for href, link in hrefs.items():
        match = resolve(href)
        assert match.view_name == "actors:zone_detail"
        name = top_level[match.kwargs["slug"]]
        assert link.find(f"{SVG}title").text == name == link.get("aria-label")
        assert link.get("target") == "_top"
        assert link.find(f"{SVG}path").get("d").startswith("M")


def test_the_map_has_a_title_and_no_inline_styles_or_scripts(svg):
    assert "Kaart van de eerstelijnszones" in svg.find(f"{SVG}title").text
    assert svg.find(f".//{SVG}style") is None
    assert svg.find(f".//{SVG}script") is None
    assert not [element.tag for element in svg.iter() if "style" in element.attrib]


def test_the_frame_on_the_page_keeps_the_shape_of_the_map(svg):
    _x, _y, width, height = (int(n) for n in svg.get("viewBox").split())
    css = (BASE / "static" / "css" / "site.css").read_text(encoding="utf-8")
    assert f"aspect-ratio: {width} / {height};" in css
    assert re.search(r"href=\"\.\./css/zone-map\.css\"", MAP.read_text(encoding="utf-8"))
    assert (BASE / "static" / "css" / "zone-map.css").exists()
