"""import_geography: CSV tables → fixtures/geography.json, no database involved."""

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from actors.management.geography import DATA_DIR

FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "geography.json"


def run_import(*args) -> str:
    out = StringIO()
    call_command("import_geography", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def tables(tmp_path) -> Path:
    """A scratch copy of the CSV tables to play next year's changes on."""
    target = tmp_path / "geography"
    shutil.copytree(DATA_DIR, target)
    return target


def append_row(path: Path, row: str) -> None:
    with open(path, "a", encoding="utf-8", newline="") as handle:
        handle.write(row + "\r\n")


def test_a_fresh_import_reproduces_the_committed_fixture(tmp_path):
    output = tmp_path / "geography.json"
    run_import("--output", str(output))
    # Same text, not only the same data: the committed fixture must be what the command writes.
    assert output.read_text(encoding="utf-8") == FIXTURE.read_text(encoding="utf-8")


def test_the_fixture_is_built_only_from_the_tables_inside_the_project():
    assert DATA_DIR.is_relative_to(Path(settings.BASE_DIR))
    assert (DATA_DIR / "README.md").exists()


def test_dry_run_prints_the_counts_and_writes_nothing(tmp_path):
    output = tmp_path / "geography.json"
    printed = run_import("--dry-run", "--output", str(output))
    assert not output.exists()
    assert "zones: 60" in printed
    assert "group zones: 1" in printed
    assert "municipalities: 304" in printed
    assert "former municipality names: 22" in printed
    assert "postcode rows: 1176" in printed
    assert "distinct postcodes: 541" in printed


def test_a_new_postcode_row_reaches_the_fixture(tables, tmp_path):
    append_row(
        tables / "postcode_gemeente_elz_2025.csv",
        "9001,Nieuwplaats,ja,44021,Gent,elz13,Gent",
    )
    output = tmp_path / "geography.json"
    run_import("--source", str(tables), "--output", str(output))
    records = json.loads(output.read_text(encoding="utf-8"))
    new = [
        r for r in records if r["model"] == "actors.postalcode" and r["fields"]["code"] == "9001"
    ]
    assert [r["fields"] for r in new] == [
        {
            "code": "9001",
            "place": "Nieuwplaats",
            "key": "nieuwplaats",
            "municipality": 44021,
            "zone": None,
        }
    ]


def test_existing_rows_keep_their_ids_when_a_postcode_is_added(tables, tmp_path):
    committed = {(r["model"], r["pk"]) for r in json.loads(FIXTURE.read_text(encoding="utf-8"))}
    append_row(
        tables / "postcode_gemeente_elz_2025.csv",
        "9001,Nieuwplaats,ja,44021,Gent,elz13,Gent",
    )
    output = tmp_path / "geography.json"
    run_import("--source", str(tables), "--output", str(output))
    rebuilt = {(r["model"], r["pk"]) for r in json.loads(output.read_text(encoding="utf-8"))}
    assert committed < rebuilt
    assert len(rebuilt - committed) == 1


def test_it_refuses_tables_that_contradict_each_other(tables, tmp_path):
    append_row(
        tables / "gemeente_elz_2025.csv",
        "99999,Nergensdorp,40000,Oost-Vlaanderen,elz77,Onbekend",
    )
    output = tmp_path / "geography.json"
    with pytest.raises(CommandError, match="Nergensdorp: unknown zone elz77"):
        run_import("--source", str(tables), "--output", str(output))
    assert not output.exists()


def test_it_says_which_table_is_missing(tables, tmp_path):
    (tables / "elzantw.csv").unlink()
    with pytest.raises(CommandError, match="elzantw.csv"):
        run_import("--source", str(tables), "--output", str(tmp_path / "g.json"))
