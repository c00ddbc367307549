"""Every endpoint's answer, for a realistic dataset, is valid against the HSDS 3.0 JSON
schemas of the specification (tests/data/hsds-3.0), validated with jsonschema."""

from django.core.cache import cache
from django.test import TestCase, override_settings

from actors.opendata.ids import service_at_location_id
from actors.opendata.taxonomies import TAXONOMIES
from tests.opendata.schemas import errors, response_schema, schema
from tests.opendata.world import build_open_world

API = "/open-data/hsds/v3/"


@override_settings(OPEN_DATA_RATE="10000/minute")
class HSDSSchemaTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_open_world()

    def setUp(self):
        cache.clear()

    def get(self, url: str) -> dict:
        response = self.client.get(API + url)
        assert response.status_code == 200, (url, response.content[:300])
        assert response["Content-Type"] == "application/json; charset=utf-8", url
        return response.json()

    def assert_valid(self, body, against: dict, url: str) -> None:
        found = errors(body, against)
        assert not found, f"{url}: {found[:5]}"

    def assert_page(self, url: str, item_schema: dict, openapi_path: str) -> dict:
        body = self.get(url)
        self.assert_valid(body, response_schema(openapi_path), url)
        # The OpenAPI page schema only says "array of"; check every item in full as well.
        for item in body["contents"]:
            self.assert_valid(item, item_schema, url)
        assert body["contents"], f"{url} listed nothing: the check would be empty"
        return body

    def test_the_root_describes_the_api(self):
        body = self.get("")
        self.assert_valid(body, response_schema("/"), "/")
        assert body["version"] == "3.0"
        assert body["openapi_url"].endswith("/schema/openapi.json")

    def test_service_lists_and_full_services_are_valid(self):
        for url in ["services", "services?page=2&per_page=2", "services?search=gent"]:
            self.assert_page(url, schema("compiled/service_list"), "/services")
        body = self.assert_page("services?full=true", schema("compiled/service"), "/services")
        full = next(s for s in body["contents"] if s["id"] == str(self.world.full.public_id))
        # The realistic fiche really fills the nested parts being validated.
        for part in ["phones", "schedules", "service_areas", "service_at_locations", "languages"]:
            assert full[part], part
        assert full["assured_date"] == "2026-03-02"
        assert full["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] == "9000"

    def test_every_single_service_is_valid(self):
        for fiche in self.world.public:
            url = f"services/{fiche.public_id}"
            self.assert_valid(self.get(url), response_schema("/services/{id}"), url)
            self.assert_valid(self.get(url), schema("compiled/service"), url)

    def test_organizations_are_valid(self):
        for url in ["organizations", "organizations?search=cm"]:
            self.assert_page(url, schema("compiled/organization_list"), "/organizations")
        for url in ["organizations?full=true", "organizations?full_service=true"]:
            self.assert_page(url, schema("compiled/organization"), "/organizations")
        for flag in ["", "?full_service=true"]:
            url = f"organizations/{self.world.cm_org.public_id}{flag}"
            body = self.get(url)
            self.assert_valid(body, response_schema("/organizations/{id}"), url)
            assert {s["id"] for s in body["services"]} == {
                str(self.world.tnw_gent.public_id),
                str(self.world.full.public_id),
            }

    def test_service_at_locations_are_valid(self):
        item = schema("compiled/service_at_location_list")
        self.assert_page("service_at_locations", item, "/service_at_locations")
        self.assert_page("service_at_locations?postcode=9000", item, "/service_at_locations")
        self.assert_page(
            "service_at_locations?full=true",
            schema("compiled/service_at_location"),
            "/service_at_locations",
        )
        url = f"service_at_locations/{service_at_location_id(self.world.full.public_id)}"
        body = self.get(url)
        self.assert_valid(body, schema("compiled/service_at_location"), url)
        assert body["service"]["id"] == str(self.world.full.public_id)

    def test_taxonomies_and_terms_are_valid(self):
        self.assert_page("taxonomies", schema("taxonomy"), "/taxonomies")
        terms = self.assert_page(
            "taxonomy_terms?per_page=500", schema("taxonomy_term"), "/taxonomy_terms"
        )
        names = {term["name"] for term in terms["contents"]}
        assert {"Gent", "TNW-coördinator", "Werknemer", "Christelijke Mutualiteit"} <= names
        for tax in TAXONOMIES:
            self.assert_valid(self.get(f"taxonomies/{tax.id}"), schema("taxonomy"), tax.slug)
            self.assert_page(
                f"taxonomy_terms?taxonomy_id={tax.id}", schema("taxonomy_term"), "/taxonomy_terms"
            )
        url = f"taxonomy_terms/{self.world.antwerpen_zuid.public_id}"
        term = self.get(url)
        self.assert_valid(term, schema("taxonomy_term"), url)
        assert term["parent_id"] == str(self.world.antwerpen.public_id)

    def test_the_validation_itself_catches_a_broken_service(self):
        # Guard against a check that can never fail: a service without a status is invalid.
        body = self.get(f"services/{self.world.full.public_id}")
        del body["status"]
        body["service_at_locations"][0]["location"]["location_type"] = "somewhere"
        found = errors(body, schema("compiled/service"))
        assert any("status" in e for e in found)
        assert any("somewhere" in e for e in found)
        page = self.get("services")
        page["contents"][0]["id"] = "not-a-uuid"
        del page["contents"][1]["name"]
        page["total_items"] = "many"
        found = errors(page, response_schema("/services"))
        assert any("not-a-uuid" in e for e in found), found
        assert any("name" in e for e in found), found
        assert any("many" in e for e in found), found
