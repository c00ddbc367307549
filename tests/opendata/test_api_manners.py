"""Good manners: JSON with the right type, CORS for GET, caching headers, a per-client rate
limit answering 429 with Retry-After, errors as JSON (in Dutch), the licence setting."""

from django.core.cache import cache
from django.test import TestCase, override_settings

from tests.opendata.world import build_open_world

API = "/open-data/hsds/v3/"


class APIMannersTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_open_world()

    def setUp(self):
        cache.clear()

    def test_json_cors_and_caching_headers(self):
        response = self.client.get(API + "services", HTTP_ORIGIN="https://sociale-kaart.example")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/json; charset=utf-8"
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "public" in response["Cache-Control"] and "max-age=" in response["Cache-Control"]
        assert "Access-Control-Allow-Credentials" not in response
        preflight = self.client.options(API + "services")
        assert preflight["Access-Control-Allow-Origin"] == "*"
        assert "GET" in preflight["Access-Control-Allow-Methods"]

    def test_errors_are_json_in_dutch_and_never_cached(self):
        cases = [
            (API + "services?page=0", 400, "geheel getal"),
            (API + "services?per_page=veel", 400, "geheel getal"),
            (API + "services?postcode=99999", 400, "postcode"),
            (API + "services?zone=nergens", 400, "zone"),
            (API + "services?organization_id=abc", 400, "UUID"),
            (API + "services/00000000-0000-4000-8000-000000000000", 404, "Niet gevonden"),
            (API + "services/geen-id", 404, "Niet gevonden"),
            (API + "bestaat-niet", 404, "Niet gevonden"),
        ]
        for url, status, words in cases:
            response = self.client.get(url)
            assert response.status_code == status, url
            assert response["Content-Type"] == "application/json; charset=utf-8", url
            assert words in response.json()["detail"], url
            assert response.json()["status"] == status
            assert response["Cache-Control"] == "no-store", url
        post = self.client.post(API + "services", {"name": "x"})
        assert post.status_code == 405
        assert "alleen-lezen" in post.json()["detail"]

    def test_a_server_error_is_json_too(self):
        from unittest import mock

        with (
            mock.patch("actors.opendata.views.presenters.taxonomy", side_effect=KeyError("x")),
            self.assertLogs("django.request", level="ERROR"),
        ):
            response = self.client.get(API + "taxonomies")
        assert response.status_code == 500
        assert response["Content-Type"] == "application/json; charset=utf-8"
        assert "Er ging iets mis" in response.json()["detail"]

    @override_settings(OPEN_DATA_RATE="3/minute")
    def test_a_client_over_the_limit_gets_429_with_retry_after(self):
        for _ in range(3):
            assert self.client.get(API + "services").status_code == 200
        response = self.client.get(API + "taxonomies")
        assert response.status_code == 429
        assert response["Content-Type"] == "application/json; charset=utf-8"
        assert 0 < int(response["Retry-After"]) <= 60
        assert response["Retry-After"] in response.json()["detail"]
        # Another client address has its own allowance.
        other = self.client.get(API + "services", REMOTE_ADDR="203.0.113.9")
        assert other.status_code == 200

    def test_the_licence_is_stated_in_the_metadata(self):
        licence = self.client.get(API).json()["license"]
        assert licence["name"] == "CC-BY-4.0"
        assert licence["path"] == "https://creativecommons.org/licenses/by/4.0/"

    @override_settings(
        OPEN_DATA_LICENCE="CC0-1.0",
        OPEN_DATA_LICENCE_TITLE="CC0 1.0",
        OPEN_DATA_LICENCE_URL="https://creativecommons.org/publicdomain/zero/1.0/",
    )
    def test_the_licence_follows_the_setting(self):
        assert self.client.get(API).json()["license"]["name"] == "CC0-1.0"
        assert "CC0 1.0" in self.client.get("/open-data/").content.decode()

    def test_paging_reports_the_hsds_page_fields(self):
        body = self.client.get(API + "services", {"per_page": 3, "page": 2}).json()
        assert body["total_items"] == len(self.world.public)
        assert body["total_pages"] == 3
        assert (body["page_number"], body["size"]) == (2, 3)
        assert (body["first_page"], body["last_page"], body["empty"]) == (False, False, False)
        beyond = self.client.get(API + "services", {"per_page": 3, "page": 9}).json()
        assert beyond["empty"] and beyond["contents"] == [] and beyond["last_page"]

    def test_filters_pick_the_right_services(self):
        w = self.world

        def names(**params):
            contents = self.client.get(API + "services", params).json()["contents"]
            return {item["name"] for item in contents}

        # Gent: its own fiches plus the one serving all of Flanders.
        gent = {w.tnw_gent.name, w.vdab_gent.name, w.full.name, w.vdab_fiche.name}
        assert names(zone="gent") == gent
        assert names(postcode="9000") == gent
        assert names(zone=str(w.gent.public_id)) == gent
        # The Antwerp group zone means its member zones.
        assert names(zone="antwerpen") == {w.idewe.name, w.antwerp_centre.name, w.vdab_fiche.name}
        assert names(postcode="2000") == {w.antwerp_centre.name, w.vdab_fiche.name}
        assert names(taxonomy_term_id=str(w.cm.public_id)) == {w.tnw_gent.name, w.full.name}
        assert names(taxonomy_term_id=str(w.waasland.public_id)) == {w.full.name}
        assert names(organization_id=str(w.cm_org.public_id)) == {w.tnw_gent.name, w.full.name}
        # The directory's own search: best match first (PostgreSQL also finds near words).
        for query in ["werkhervattingscoach", "Werkhervattingscoach gent"]:
            found = self.client.get(API + "services", {"search": query}).json()["contents"]
            assert found[0]["name"] == w.full.name, query
        assert names(search="zqxnietsgevonden") == set()
