"""Only what an anonymous visitor may see reaches the open data: never a professional-only
fiche, a contact person, a draft, an archived fiche or a demo row, in the API or the download,
whoever asks and whatever they filter on."""

import csv
import io

from django.core.cache import cache
from django.test import TestCase, override_settings

from actors.opendata import download
from tests.opendata.helpers import download_texts, json_download, readable
from tests.opendata.world import OPEN_DATA_MARKERS, build_open_world
from tests.world import CONTACT_EMAIL, CONTACT_PHONE

API = "/open-data/hsds/v3/"


@override_settings(OPEN_DATA_RATE="10000/minute")
class OpenDataPrivacyTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_open_world()
        download.save(download.build())

    def setUp(self):
        cache.clear()

    def urls(self) -> list[str]:
        w = self.world
        urls = [
            "",
            "services",
            "services?full=true",
            "services?minimal=true",
            "services?per_page=500&full=true",
            "organizations?full_service=true",
            "organizations?full=true",
            "service_at_locations?full=true",
            "taxonomies",
            "taxonomy_terms?per_page=500",
            "services?postcode=9000&full=true",
            "services?zone=gent&full=true",
            "services?zone=leuven&full=true",
            f"services?taxonomy_term_id={w.tnw.public_id}&full=true",
            f"services?taxonomy_term_id={w.cm.public_id}&full=true",
            f"services?taxonomy_term_id={w.gent.public_id}&full=true",
            f"services?organization_id={w.pro_org.public_id}",
            f"services?organization_id={w.demo_org.public_id}",
            "services?modified_after=2000-01-01&full=true",
            "download/wegwijzer-hsds-tabular.zip",
            "download/wegwijzer-hsds.json",
        ]
        urls += [f"services?search={marker}&full=true" for marker in OPEN_DATA_MARKERS]
        urls += [f"organizations?search={marker}" for marker in OPEN_DATA_MARKERS]
        return urls

    def forbidden(self) -> list[str]:
        w = self.world
        return [
            *(m.lower() for m in OPEN_DATA_MARKERS),
            CONTACT_EMAIL,
            CONTACT_PHONE,
            "09 888 11 22",  # the professional-only fiche's phone
            "zqxmail",  # who checked a fiche is never published
            *(str(f.public_id) for f in w.hidden),
            str(w.pro_org.public_id),
            str(w.demo_org.public_id),
        ]

    def assert_clean(self, client) -> None:
        for url in self.urls():
            response = client.get(API + url, HTTP_ACCEPT_ENCODING="gzip")
            assert response.status_code == 200, (url, response.status_code)
            text = readable(response).lower()
            for secret in self.forbidden():
                assert secret.lower() not in text, f"{secret!r} leaked on {url}"

    def test_nothing_hidden_reaches_anyone_through_the_api_or_downloads(self):
        self.assert_clean(self.client)

    def test_a_signed_in_professional_gets_the_same_public_data(self):
        self.client.force_login(self.world.professional)
        self.assert_clean(self.client)

    def test_hidden_fiches_and_their_organisations_answer_404(self):
        for fiche in self.world.hidden:
            response = self.client.get(f"{API}services/{fiche.public_id}")
            assert response.status_code == 404, fiche.name
            assert response.json()["status"] == 404
        for org in [self.world.pro_org, self.world.demo_org]:
            assert self.client.get(f"{API}organizations/{org.public_id}").status_code == 404

    def test_exactly_the_public_fiches_are_published(self):
        expected = {str(f.public_id) for f in self.world.public}
        listed = self.client.get(f"{API}services?minimal=true").json()["contents"]
        assert {item["id"] for item in listed} == expected
        json_file = json_download(self.client.get(f"{API}download/wegwijzer-hsds.json"))
        assert {s["id"] for s in json_file["services"]} == expected
        tables = download_texts(self.client.get(f"{API}download/wegwijzer-hsds-tabular.zip"))
        rows = list(csv.DictReader(io.StringIO(tables["services.csv"])))
        assert {row["id"] for row in rows} == expected

    def test_contacts_stay_empty(self):
        full = self.client.get(f"{API}services/{self.world.tnw_gent.public_id}").json()
        assert full["contacts"] == []
