"""Draw the zone map: the shapefile of the eerstelijnszones → static/img/zones.svg.

The shapefile (Belgian Lambert 72, metres) is read with a small pure-Python reader, each ring
is simplified (Douglas-Peucker) and written as an SVG path inside a link to the zone's page.
Names and slugs come from fixtures/geography.json, the same fixture production loads, so the
links always match the zone pages. The output is committed; the running site never reads the
shapefile.
"""

import json
import struct
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

SHAPES = Path(settings.BASE_DIR) / "actors" / "data" / "geography" / "shapes" / "elz"
FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "geography.json"
OUTPUT = Path(settings.BASE_DIR) / "static" / "img" / "zones.svg"
UNIT = 100  # metres per SVG unit: integer coordinates, finer than a pixel on any screen
MARGIN = 12  # SVG units of air around the map, so the border strokes are not cut off
POLYGON_TYPES = {5, 15, 25}  # Polygon, PolygonZ, PolygonM: x and y come first in each


def read_shapes(path: Path) -> list[list[list[tuple[float, float]]]]:
    """The polygons of a .shp file: for each record a list of rings of (x, y) points."""
    data = path.read_bytes()
    if struct.unpack(">i", data[:4])[0] != 9994:
        raise CommandError(f"{path} is not a shapefile")
    records, offset = [], 100
    while offset < len(data):
        _number, words = struct.unpack(">2i", data[offset : offset + 8])
        content = data[offset + 8 : offset + 8 + words * 2]
        offset += 8 + words * 2
        shape_type = struct.unpack("<i", content[:4])[0]
        if shape_type == 0:  # null shape
            records.append([])
            continue
        if shape_type not in POLYGON_TYPES:
            raise CommandError(f"{path}: shape type {shape_type} is not a polygon")
        parts_count, points_count = struct.unpack("<2i", content[36:44])
        parts = list(struct.unpack(f"<{parts_count}i", content[44 : 44 + 4 * parts_count]))
        start = 44 + 4 * parts_count
        flat = struct.unpack(f"<{2 * points_count}d", content[start : start + 16 * points_count])
        points = list(zip(flat[0::2], flat[1::2], strict=True))
        bounds = [*parts, points_count]
        records.append([points[a:b] for a, b in zip(bounds, bounds[1:], strict=False)])
    return records


def read_dbf(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    """The attribute table of a .dbf file, every value as stripped text."""
    data = path.read_bytes()
    count, header_length, record_length = struct.unpack("<IHH", data[4:12])
    fields, position = [], 32
    while data[position] != 0x0D:
        name = data[position : position + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[position + 16]))
        position += 32
    rows = []
    for index in range(count):
        record = data[header_length + index * record_length :][:record_length]
        if record[:1] == b"*":  # deleted
            continue
        row, cursor = {}, 1
        for name, length in fields:
            row[name] = record[cursor : cursor + length].decode(encoding).strip()
            cursor += length
        rows.append(row)
    return rows


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative (rings have thousands of points)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        farthest, distance = None, tolerance
        for i in range(first + 1, last):
            x, y = points[i]
            if length:
                d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / length
            else:
                d = ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > distance:
                farthest, distance = i, d
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def ring_area(points) -> float:
    pairs = zip(points, points[1:], strict=False)
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairs)) / 2


def zone_names(fixture: Path) -> dict[str, tuple[str, str]]:
    """code → (name, slug) of the zones in the geography fixture."""
    try:
        objects = json.loads(fixture.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CommandError(f"Cannot read {fixture}: {error}") from error
    return {
        item["fields"]["code"]: (item["fields"]["name"], item["fields"]["slug"])
        for item in objects
        if item["model"] == "actors.zone"
    }


def build_svg(shapes: Path, fixture: Path, tolerance: float) -> tuple[str, dict]:
    records = read_shapes(shapes.with_suffix(".shp"))
    cpg = shapes.with_suffix(".cpg")
    encoding = cpg.read_text().strip() if cpg.exists() else "latin-1"
    rows = read_dbf(shapes.with_suffix(".dbf"), encoding)
    if len(rows) != len(records):
        raise CommandError(f"{len(records)} shapes but {len(rows)} attribute rows")
    names = zone_names(fixture)
    unknown = sorted(row["elz"] for row in rows if row["elz"] not in names)
    if unknown:
        raise CommandError(f"Zones in the shapefile but not in {fixture.name}: {unknown}")

    all_points = [point for rings in records for ring in rings for point in ring]
    min_x = min(x for x, _ in all_points)
    max_y = max(y for _, y in all_points)
    width = round((max(x for x, _ in all_points) - min_x) / UNIT)
    height = round((max_y - min(y for _, y in all_points)) / UNIT)

    zones, before, after = [], 0, 0
    for row, rings in zip(rows, records, strict=True):
        name, slug = names[row["elz"]]
        commands = []
        for ring in rings:
            # Slivers and islands smaller than a few pixels only add bytes.
            if ring_area(ring) < (tolerance * 4) ** 2:
                continue
            simple = simplify(ring, tolerance)
            before, after = before + len(ring), after + len(simple)
            coords = [(round((x - min_x) / UNIT), round((max_y - y) / UNIT)) for x, y in simple]
            deduplicated = [c for i, c in enumerate(coords) if i == 0 or c != coords[i - 1]]
            if len(deduplicated) < 4:
                continue
            commands.append("M" + " ".join(f"{x} {y}" for x, y in deduplicated[:-1]) + "Z")
        zones.append((name, slug, "".join(commands)))

    zones.sort(key=lambda zone: zone[0].lower())  # tab order follows the alphabetical list
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml-stylesheet type="text/css" href="../css/zone-map.css"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="{-MARGIN} {-MARGIN} {width + 2 * MARGIN} {height + 2 * MARGIN}" '
        'class="zone-map" aria-labelledby="zone-map-title">',
        '<title id="zone-map-title">Kaart van de eerstelijnszones in Vlaanderen en Brussel. '
        "Kies een zone om de hulp in die zone te zien.</title>",
        "<!-- Built by `python manage.py build_zone_map` from actors/data/geography/shapes/; "
        "do not edit by hand. -->",
    ]
    for name, slug, path in zones:
        lines.append(
            f'<a href={quoteattr(f"/zones/{slug}/")} target="_top" aria-label={quoteattr(name)}>'
            f'<title>{escape(name)}</title><path fill-rule="evenodd" d="{path}"/></a>'
        )
    lines.append("</svg>")
    stats = {"zones": len(zones), "points_before": before, "points_after": after}
    return "\n".join(lines) + "\n", stats


class Command(BaseCommand):
    help = (
        "Draw static/img/zones.svg from the zone shapefile in actors/data/geography/shapes/: "
        "each zone a link to /zones/<slug>/ with its name as title (names and slugs from "
        "fixtures/geography.json). Commit the result. --dry-run prints what it would write."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--tolerance",
            type=float,
            default=150.0,
            help="Simplification tolerance in metres (default 150: about half a pixel on a "
            "desktop screen).",
        )
        parser.add_argument("--output", type=Path, default=OUTPUT, help="Where to write.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Build the map and report, write nothing."
        )

    def handle(self, *args, tolerance: float, output: Path, dry_run: bool, **options):
        if tolerance <= 0:
            raise CommandError("--tolerance must be more than 0 metres.")
        svg, stats = build_svg(SHAPES, FIXTURE, tolerance)
        summary = (
            f"{stats['zones']} zones, {stats['points_before']} → {stats['points_after']} points, "
            f"{len(svg.encode()) // 1024} kB"
        )
        if dry_run:
            self.stdout.write(f"Dry run: would write {output} ({summary}).")
            return
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(svg, encoding="utf-8")
        self.stdout.write(self.style.SUCCESS(f"Wrote {output} ({summary})."))
