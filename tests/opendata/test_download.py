"""The downloads: HSDS tabular data valid against its datapackage definition (Frictionless,
the Data Package reference implementation), one JSON file valid against the HSDS schemas,
rebuilt by a management command and served with ETag/Last-Modified."""

import gzip
import io
import json
import zipfile
from pathlib import Path

from django.core.cache import cache
from django.core.management import call_command
from django.test import TestCase, override_settings
from frictionless import validate

from actors.models import OpenDataFile
from actors.opendata import download
from tests.opendata.helpers import download_texts, json_download
from tests.opendata.schemas import errors, schema
from tests.opendata.world import build_open_world

API = "/open-data/hsds/v3/"
TABULAR = API + "download/wegwijzer-hsds-tabular.zip"
JSON = API + "download/wegwijzer-hsds.json"


def validate_tabular(content: bytes, folder: Path, tamper=None):
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        archive.extractall(folder)
    if tamper:
        tamper(folder)
    return validate(str(folder / "datapackage.json"))


def problems(report) -> list:
    return [
        (error.type, f"{task.name}.{getattr(error, 'field_name', '')}: {error.note}")
        for task in report.tasks
        for error in task.errors
    ] + [(error.type, error.note) for error in report.errors]


@override_settings(OPEN_DATA_RATE="10000/minute")
class DownloadTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_open_world()
        call_command("build_open_data", stdout=io.StringIO())

    def setUp(self):
        cache.clear()

    def test_the_tabular_download_is_a_valid_hsds_data_package(self):
        import tempfile

        response = self.client.get(TABULAR)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/zip"
        assert 'filename="wegwijzer-hsds-tabular.zip"' in response["Content-Disposition"]
        with tempfile.TemporaryDirectory() as tmp:
            report = validate_tabular(response.content, Path(tmp))
            assert report.valid, problems(report)
            package = json.loads((Path(tmp) / "datapackage.json").read_text())
        assert package["licenses"][0]["name"] == "CC-BY-4.0"
        tables = {r["name"] for r in package["resources"]}
        assert {"service", "organization", "location", "address", "taxonomy_term"} <= tables
        texts = download_texts(response)
        assert "Zuidstationstraat 4" in texts["addresses.csv"]
        assert "Ma–vr 9–12 u" in texts["schedules.csv"]

    def test_the_package_check_catches_a_broken_table(self):
        # The validation is real: a dangling organisation id and a bad uuid are reported.
        import tempfile

        def tamper(folder: Path):
            services = folder / "services.csv"
            text = services.read_text()
            org = str(self.world.cm_org.public_id)
            text = text.replace(org, "00000000-0000-4000-8000-000000000000")
            text = text.replace(str(self.world.idewe.public_id), "geen-uuid")
            services.write_text(text)

        with tempfile.TemporaryDirectory() as tmp:
            report = validate_tabular(self.client.get(TABULAR).content, Path(tmp), tamper)
        kinds = {kind for kind, _ in problems(report)}
        assert not report.valid
        assert {"foreign-key", "type-error"} <= kinds, problems(report)

    def test_the_json_download_holds_valid_full_services(self):
        response = self.client.get(JSON, HTTP_ACCEPT_ENCODING="gzip, br")
        assert response["Content-Encoding"] == "gzip"
        assert response["Content-Type"] == "application/json"
        body = json_download(response)
        assert body["license"]["name"] == "CC-BY-4.0"
        assert len(body["services"]) == len(self.world.public)
        for service in body["services"]:
            assert not errors(service, schema("compiled/service")), service["name"]
        for term in body["taxonomy_terms"]:
            assert not errors(term, schema("taxonomy_term")), term["name"]
        # A client that cannot take gzip gets the plain file.
        plain = self.client.get(JSON)
        assert "Content-Encoding" not in plain
        assert json.loads(plain.content) == body

    def test_downloads_answer_304_when_unchanged(self):
        for url in [TABULAR, JSON]:
            first = self.client.get(url)
            assert first["ETag"] and first["Last-Modified"]
            again = self.client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
            assert again.status_code == 304
            assert again.content == b""
            since = self.client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
            assert since.status_code == 304

    def test_a_rebuild_after_a_change_gives_a_new_etag(self):
        before = self.client.get(TABULAR)["ETag"]
        self.world.vdab_gent.description = "Andere tekst"
        self.world.vdab_gent.save()
        call_command("build_open_data", stdout=io.StringIO())
        response = self.client.get(TABULAR, HTTP_IF_NONE_MATCH=before)
        assert response.status_code == 200
        assert response["ETag"] != before
        assert "Andere tekst" in download_texts(response)["services.csv"]

    def test_the_dry_run_stores_nothing_and_output_writes_the_files(self):
        import tempfile

        OpenDataFile.objects.all().delete()
        out = io.StringIO()
        with tempfile.TemporaryDirectory() as tmp:
            call_command("build_open_data", "--dry-run", "--output", tmp, stdout=out)
            written = sorted(p.name for p in Path(tmp).iterdir())
            gzipped = (Path(tmp) / "wegwijzer-hsds.json.gz").read_bytes()
            services = json.loads(gzip.decompress(gzipped))
        assert written == ["wegwijzer-hsds-tabular.zip", "wegwijzer-hsds.json.gz"]
        assert len(services["services"]) == len(self.world.public)
        assert "Dry run" in out.getvalue()
        assert not OpenDataFile.objects.exists()
        missing = self.client.get(TABULAR)
        assert missing.status_code == 503
        assert missing["Retry-After"]
        assert "nog niet gemaakt" in missing.json()["detail"]

    def test_the_files_are_replaced_together(self):
        first = dict(OpenDataFile.objects.values_list("kind", "etag"))
        self.world.full.name = "Coach werkhervatting Gent"
        self.world.full.save()
        download.save(download.build())
        second = dict(OpenDataFile.objects.values_list("kind", "etag"))
        assert OpenDataFile.objects.count() == 2
        assert all(first[kind] != second[kind] for kind in first)
