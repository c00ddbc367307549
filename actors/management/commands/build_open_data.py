"""Rebuild the open-data downloads (HSDS tabular zip and HSDS JSON). Run it nightly (cron or
a systemd timer) on any one host: the files go into the database every host reads."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from actors.opendata import download


class Command(BaseCommand):
    help = (
        "Build the open-data downloads from the published, public fiches and store them in "
        "the database, replacing the previous pair in one transaction."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="build and report sizes and time, but store nothing in the database",
        )
        parser.add_argument(
            "--output",
            type=Path,
            help="also write the two files into this existing directory (the JSON gzipped)",
        )

    def handle(self, *args, dry_run: bool, output: Path | None, **options):
        if output is not None and not output.is_dir():
            raise CommandError(f"--output: {output} is not an existing directory.")
        start = time.perf_counter()
        files = download.build()
        built = time.perf_counter() - start
        for item in files:
            self.stdout.write(
                f"{item.filename}: {item.services} services, {len(item.content):,} bytes"
                f"{' (gzip)' if item.gzipped else ''}"
            )
            if output is not None:
                name = item.filename + (".gz" if item.gzipped else "")
                (output / name).write_bytes(item.content)
        if dry_run:
            self.stdout.write(f"Built in {built:.1f} s. Dry run: nothing stored.")
            return
        download.save(files)
        self.stdout.write(
            self.style.SUCCESS(f"Built in {built:.1f} s and stored; the downloads are live.")
        )
