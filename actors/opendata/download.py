"""Build the two downloads (HSDS tabular zip, HSDS JSON) and keep them in the database.

One pass over the published fiches writes both files; everything streams through temporary
files, so 50,000 fiches never sit in memory as Python objects at once.
"""

import csv
import gzip
import hashlib
import io
import json
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from actors.models import OpenDataFile
from actors.opendata import presenters, tabular, taxonomies
from actors.opendata.queries import Terms, attach_links, open_fiches, with_details

TABULAR_NAME = "wegwijzer-hsds-tabular.zip"
JSON_NAME = "wegwijzer-hsds.json"
CHUNK = 2000


@dataclass
class Built:
    kind: str
    filename: str
    content_type: str
    gzipped: bool
    content: bytes
    services: int

    @property
    def etag(self) -> str:
        return hashlib.sha256(self.content).hexdigest()[:40]


class _JSONWriter:
    """Writes {"...": ..., "services": [ … ], …} into a gzip stream one service at a time."""

    def __init__(self, stream, header: dict):
        self.stream = stream
        self.first = True
        self.stream.write(json.dumps(header, ensure_ascii=False)[:-1].encode())
        self.stream.write(b', "services": [')

    def service(self, value: dict) -> None:
        self.stream.write(b"" if self.first else b",\n")
        self.stream.write(json.dumps(value, ensure_ascii=False).encode())
        self.first = False

    def close(self, tail: dict) -> None:
        self.stream.write(b"]")
        for key, value in tail.items():
            self.stream.write(f', "{key}": '.encode())
            self.stream.write(json.dumps(value, ensure_ascii=False).encode())
        self.stream.write(b"}")


def build() -> tuple[Built, Built]:
    created = presenters.timestamp(timezone.now())
    with tempfile.TemporaryDirectory(prefix="opendata-") as tmp:
        folder = Path(tmp)
        files = {
            t: open(folder / tabular.path(t), "w", newline="", encoding="utf-8")
            for t in tabular.TABLES
        }
        try:
            writers = {
                table: csv.DictWriter(
                    files[table], fieldnames=tabular.columns(table), extrasaction="ignore"
                )
                for table in tabular.TABLES
            }
            for writer in writers.values():
                writer.writeheader()
            json_buffer = io.BytesIO()
            with gzip.GzipFile(fileobj=json_buffer, mode="wb", compresslevel=6, mtime=0) as gz:
                count = _write_all(writers, _JSONWriter(gz, _header(created)))
        finally:
            for handle in files.values():
                handle.close()
        (folder / "datapackage.json").write_text(
            json.dumps(
                tabular.datapackage(
                    created=created, licence=presenters.licence(), site_url=settings.SITE_URL
                ),
                ensure_ascii=False,
                indent=2,
            ),
            encoding="utf-8",
        )
        zip_buffer = io.BytesIO()
        with zipfile.ZipFile(zip_buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name in ["datapackage.json", *(tabular.path(t) for t in tabular.TABLES)]:
                archive.write(folder / name, arcname=name)
    return (
        Built(
            OpenDataFile.Kind.TABULAR,
            TABULAR_NAME,
            "application/zip",
            False,
            zip_buffer.getvalue(),
            count,
        ),
        Built(
            OpenDataFile.Kind.JSON,
            JSON_NAME,
            "application/json",
            True,
            json_buffer.getvalue(),
            count,
        ),
    )


def _header(created: str) -> dict:
    return {
        "hsds_version": "3.0",
        "title": "Wegwijzer bij ziekte: publieke fiches",
        "publisher": settings.SITE_URL,
        "created": created,
        "license": presenters.licence(),
    }


def _write_all(writers: dict, json_writer: _JSONWriter) -> int:
    seen_organisations: set[str] = set()
    count = 0
    terms = Terms.load()
    for fiche in _in_chunks(with_details(open_fiches()).order_by("pk"), terms):
        service = presenters.service(fiche, full=True)
        json_writer.service(service)
        for table, rows in tabular.rows_of_service(service).items():
            writers[table].writerows(rows)
        organisation = service["organization"]
        if organisation["id"] not in seen_organisations:
            seen_organisations.add(organisation["id"])
            writers["organization"].writerow(organisation)
        count += 1
    terms = [
        presenters.taxonomy_term(term, tax) for tax in taxonomies.TAXONOMIES for term in tax.terms()
    ]
    all_taxonomies = [presenters.taxonomy(tax) for tax in taxonomies.TAXONOMIES]
    writers["taxonomy_term"].writerows(terms)
    writers["taxonomy"].writerows(all_taxonomies)
    json_writer.close({"taxonomies": all_taxonomies, "taxonomy_terms": terms})
    return count


def _in_chunks(fiches, terms: Terms):
    """Every fiche, CHUNK at a time (keyset pagination on pk), with its links attached."""
    last = 0
    while True:
        chunk = list(fiches.filter(pk__gt=last)[:CHUNK])
        if not chunk:
            return
        yield from attach_links(chunk, terms)
        last = chunk[-1].pk


def save(files: tuple[Built, ...]) -> None:
    """Replace the stored files together: readers see the old pair or the new pair."""
    built_at = timezone.now()
    with transaction.atomic():
        for built in files:
            OpenDataFile.objects.update_or_create(
                kind=built.kind,
                defaults={
                    "filename": built.filename,
                    "content_type": built.content_type,
                    "gzipped": built.gzipped,
                    "content": built.content,
                    "etag": built.etag,
                    "built_at": built_at,
                    "services": built.services,
                },
            )
