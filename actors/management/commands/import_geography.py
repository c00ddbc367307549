"""Rebuild fixtures/geography.json from the CSV tables in actors/data/geography/."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from actors.management.geography import DATA_DIR, GeographyError, build

FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "geography.json"


def render(records: list[dict]) -> str:
    """The fixture text: stable order and formatting, so a re-import gives a clean diff."""
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


class Command(BaseCommand):
    help = (
        "Build the geography fixture (zones, municipalities, former municipality names, "
        "postcodes) from the CSV tables in actors/data/geography/. Next year's change: replace "
        "the CSV files, run this command, commit the fixture, then run load_reference_data."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read and check the tables and print the counts; write nothing.",
        )
        parser.add_argument(
            "--source",
            type=Path,
            default=DATA_DIR,
            help=f"Folder with the CSV tables (default: {DATA_DIR}).",
        )
        parser.add_argument(
            "--output",
            type=Path,
            default=FIXTURE,
            help=f"Fixture file to write (default: {FIXTURE}).",
        )

    def handle(self, *args, dry_run: bool, source: Path, output: Path, **options):
        try:
            geography = build(source)
        except (GeographyError, OSError, KeyError, ValueError) as error:
            raise CommandError(f"Cannot build the geography fixture: {error}") from error

        for label, count in geography.counts().items():
            self.stdout.write(f"{label}: {count}")
        if dry_run:
            self.stdout.write("Dry run: nothing written.")
            return
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(render(geography.records()), encoding="utf-8")
        self.stdout.write(self.style.SUCCESS(f"Wrote {output}"))
