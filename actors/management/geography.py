"""Turn the geography CSV tables (actors/data/geography/) into fixture records.

Plain functions without database access, so `import_geography` stays a thin command and the
tests can check the result against the committed fixture.
"""

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.text import slugify

from actors.text import fold

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "geography"

# Our own table (see the README there): the French names of the 19 Brussels municipalities.
FRENCH_NAMES = "gemeente_fr.csv"

GROUP_CODE = "elz2"  # "Antwerpen en rand": the city of Antwerp is only mapped to this umbrella.
# Statistical buckets (elz91 "Niet te lokaliseren", elz99 "Buiten Vlaanderen" …), not zones.
_BUCKET = re.compile(r"^elz9\d$")
# Keeps Antwerp children well away from the numbered zones (elz2-1 → pk 201).
_CHILD_PK_BASE = 200
# A postcode has at most a few dozen places; code * 100 + n keeps their keys apart and stable.
_POSTCODE_PK_FACTOR = 100


class GeographyError(ValueError):
    """The CSV tables contradict each other; the message lists every problem."""


@dataclass
class Geography:
    zones: list[dict] = field(default_factory=list)
    municipalities: list[dict] = field(default_factory=list)
    aliases: list[dict] = field(default_factory=list)
    postal_codes: list[dict] = field(default_factory=list)

    def records(self) -> list[dict]:
        """Fixture records in load order (parents before children)."""
        return self.zones + self.municipalities + self.aliases + self.postal_codes

    def counts(self) -> dict[str, int]:
        zones = [z["fields"] for z in self.zones]
        return {
            "zones": sum(not z["is_group"] for z in zones),
            "group zones": sum(z["is_group"] for z in zones),
            "municipalities": len(self.municipalities),
            "French municipality names": sum(
                1 for m in self.municipalities if m["fields"].get("name_fr")
            ),
            "former municipality names": len(self.aliases),
            "postcode rows": len(self.postal_codes),
            "distinct postcodes": len({p["fields"]["code"] for p in self.postal_codes}),
            "places with an Antwerp sub-zone": sum(
                1 for p in self.postal_codes if p["fields"]["zone"] is not None
            ),
        }


def _read(directory: Path, name: str) -> list[dict[str, str]]:
    with open(directory / name, newline="", encoding="utf-8-sig") as handle:
        return [
            {key.strip(): (value or "").strip() for key, value in row.items()}
            for row in csv.DictReader(handle)
        ]


def _province_name(raw: str) -> str:
    # The table says "Antwerpen (Prov.)" to tell the province from the city; the zone page
    # shows it as a province anyway.
    return raw.removesuffix("(Prov.)").strip()


def _record(model: str, pk: int, **fields) -> dict:
    return {"model": f"actors.{model}", "pk": pk, "fields": fields}


def _zone_pk(code: str) -> int:
    return int(code.removeprefix("elz"))


def build(directory: Path = DATA_DIR) -> Geography:
    provinces = {
        row["geoitem code"]: _province_name(row["name"])
        for row in _read(directory, "provincie.csv")
    }
    problems: list[str] = []
    geo = Geography()

    # Zones -------------------------------------------------------------------------------
    zone_pk: dict[str, int] = {}
    slugs: Counter[str] = Counter()

    def add_zone(pk: int, code: str, name: str, province: str, parent=None, is_group=False):
        slug = slugify(name.replace("&", " "))
        slugs[slug] += 1
        if slugs[slug] > 1:
            slug = f"{slug}-{code}"
        zone_pk[code] = pk
        geo.zones.append(
            _record(
                "zone",
                pk,
                code=code,
                name=name,
                slug=slug,
                province=province,
                parent=parent,
                is_group=is_group,
            )
        )

    for row in _read(directory, "elz_list.csv"):
        code = row["elz_code"]
        if _BUCKET.match(code):
            continue
        province = provinces.get(row["provincie_code"])
        if province is None:
            problems.append(f"zone {code}: unknown province code {row['provincie_code']}")
            province = ""
        add_zone(_zone_pk(code), code, row["elz_name"], province, is_group=code == GROUP_CODE)
    geo.zones.sort(key=lambda z: z["pk"])

    if GROUP_CODE not in zone_pk:
        raise GeographyError(f"{GROUP_CODE} (Antwerpen en rand) is missing from elz_list.csv")
    group_pk = zone_pk[GROUP_CODE]
    group_province = next(z for z in geo.zones if z["pk"] == group_pk)["fields"]["province"]
    child_by_number: dict[str, str] = {}
    for row in sorted(_read(directory, "elzantw.csv"), key=lambda r: int(r["geoitem code"])):
        number = row["geoitem code"]
        code = f"{GROUP_CODE}-{number}"
        child_by_number[number] = code
        add_zone(_CHILD_PK_BASE + int(number), code, row["name"], group_province, parent=group_pk)

    # Antwerp districts that lie wholly in one sub-zone; the rest stays on the group.
    district_zone: dict[str, str] = {}
    for row in _read(directory, "antwerpen_subzones_by_district.csv"):
        if row["unambiguous"] != "ja" or float(row["share"]) < 1.0:
            continue
        code = child_by_number.get(row["elzantw_code"])
        if code is None:
            problems.append(f"district {row['deelgemeente_or_gemeente']}: unknown sub-zone")
            continue
        name = row["deelgemeente_or_gemeente"]
        district_zone[fold(name)] = code
        # "Berendrecht-Zandvliet-Lillo" is one district but three postal places.
        for part in name.split("-"):
            district_zone.setdefault(fold(part), code)

    # Municipalities ------------------------------------------------------------------------
    municipality_zone: dict[str, str] = {}
    for row in sorted(_read(directory, "gemeente_elz_2025.csv"), key=lambda r: r["nis_code"]):
        nis, name, code = row["nis_code"], row["gemeente"], row["elz_code"]
        if code not in zone_pk:
            problems.append(f"municipality {name}: unknown zone {code}")
            continue
        if code == GROUP_CODE and fold(name) in district_zone:
            code = district_zone[fold(name)]
        municipality_zone[nis] = code
        geo.municipalities.append(
            _record(
                "municipality",
                int(nis),
                nis_code=nis,
                name=name,
                key=fold(name),
                zone=zone_pk[code],
            )
        )

    # French names of the bilingual Brussels municipalities ----------------------------------
    by_nis = {m["fields"]["nis_code"]: m["fields"] for m in geo.municipalities}
    for row in _read(directory, FRENCH_NAMES):
        town = by_nis.get(row["nis_code"])
        if town is None or town["name"] != row["gemeente"]:
            problems.append(f"French name {row['gemeente_fr']}: no municipality {row['nis_code']}")
            continue
        town["name_fr"] = row["gemeente_fr"]
        town["key_fr"] = fold(row["gemeente_fr"])

    # Former names --------------------------------------------------------------------------
    names_2025 = {m["fields"]["nis_code"]: m["fields"]["name"] for m in geo.municipalities}
    for row in sorted(
        _read(directory, "gemeente2024_to_2025_elz.csv"), key=lambda r: r["nis_code_2024"]
    ):
        old, new = row["gemeente_2024"], row["nis_code_2025"]
        if new not in names_2025:
            problems.append(f"former municipality {old}: unknown NIS code {new}")
            continue
        if old == names_2025[new]:
            continue
        geo.aliases.append(
            _record(
                "municipalityalias",
                int(row["nis_code_2024"]),
                name=old,
                key=fold(old),
                municipality=int(new),
            )
        )

    # Postcodes -----------------------------------------------------------------------------
    rows = _read(directory, "postcode_gemeente_elz_2025.csv")
    per_code: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    for row in sorted(rows, key=lambda r: (r["postcode"], fold(r["plaatsnaam"]), r["plaatsnaam"])):
        code, place, nis = row["postcode"], row["plaatsnaam"], row["nis_code"]
        if nis not in municipality_zone:
            problems.append(f"postcode {code} {place}: unknown municipality {nis}")
            continue
        if (code, place) in seen:
            problems.append(f"postcode {code} {place}: listed twice")
            continue
        seen.add((code, place))
        per_code[code] += 1
        if per_code[code] >= _POSTCODE_PK_FACTOR:
            problems.append(f"postcode {code}: more than {_POSTCODE_PK_FACTOR - 1} places")
        zone = None
        if municipality_zone[nis] == GROUP_CODE and fold(place) in district_zone:
            zone = zone_pk[district_zone[fold(place)]]
        geo.postal_codes.append(
            _record(
                "postalcode",
                int(code) * _POSTCODE_PK_FACTOR + per_code[code],
                code=code,
                place=place,
                key=fold(place),
                municipality=int(nis),
                zone=zone,
            )
        )

    if problems:
        raise GeographyError("; ".join(problems))
    return geo
