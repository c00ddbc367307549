"""The reusers' page in Dutch and English, linked from every page's footer; and the stable
public ids: given once, never changed by an edit or a revert, unique per row."""

import uuid

from django.core.cache import cache
from django.test import TestCase, override_settings

from actors.models import Fiche, Organisation
from actors.opendata import download
from actors.opendata.ids import fiche_id_of_service_at_location, service_at_location_id
from tests.opendata.world import build_open_world


class GuideTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_open_world()

    def test_the_footer_of_every_page_links_both_guides(self):
        for url in ["/", "/zones/", "/zones/gent/", "/open-data/", "/deze-pagina-bestaat-niet/"]:
            html = self.client.get(url).content.decode()
            assert 'href="/open-data/"' in html, url
            assert 'href="/open-data/en/"' in html, url

    def test_the_dutch_guide_explains_endpoints_licence_changes_and_checks(self):
        response = self.client.get("/open-data/")
        self.assertContains(response, "<h1>Open data: de fiches hergebruiken</h1>", html=True)
        html = response.content.decode()
        assert "http://testserver/open-data/hsds/v3/services?page=2&amp;per_page=50" in html
        assert str(self.world.tnw_gent.public_id) in html  # a real example id
        assert "modified_after" in html and "minimal=true" in html
        assert "assured_date" in html
        assert "Creative Commons Attribution 4.0" in html
        assert "https://creativecommons.org/licenses/by/4.0/" in html
        assert "contactpersonen" in html
        assert "120 verzoeken per minuut" in html

    def test_the_english_guide_is_marked_as_english(self):
        response = self.client.get("/open-data/en/")
        html = response.content.decode()
        assert '<div lang="en">' in html
        assert "Fetching only what changed" in html
        assert "named contact persons" in html
        assert "/open-data/hsds/v3/download/wegwijzer-hsds-tabular.zip" in html
        assert "120 requests per minute" in html

    def test_the_guide_shows_when_the_downloads_were_built(self):
        count = len(self.world.public)
        self.assertNotContains(self.client.get("/open-data/"), f"{count} diensten")
        download.save(download.build())
        self.assertContains(self.client.get("/open-data/"), f"{count} diensten")
        self.assertContains(self.client.get("/open-data/en/"), f"{count} services")


@override_settings(OPEN_DATA_RATE="10000/minute")
class PublicIdTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_open_world()

    def setUp(self):
        cache.clear()

    def test_every_row_has_its_own_id(self):
        ids = list(Fiche.objects.values_list("public_id", flat=True))
        assert len(set(ids)) == len(ids) and all(isinstance(i, uuid.UUID) for i in ids)

    def test_edits_keep_the_id(self):
        fiche = self.world.full
        before = fiche.public_id
        fiche.name = "Nieuwe naam"
        fiche.slug = "nieuwe-naam"
        fiche.save()
        fiche.refresh_from_db()
        assert fiche.public_id == before
        response = self.client.get(f"/open-data/hsds/v3/services/{before}")
        assert response.json()["name"] == "Nieuwe naam"

    def test_reverting_to_an_old_version_keeps_the_id(self):
        org = self.world.cm_org
        before = org.public_id
        org.name = "Andere naam"
        org.save()
        org.history.earliest().instance.save()  # what the admin's "revert" does
        org.refresh_from_db()
        assert org.name == "CM Midden-Vlaanderen"
        assert org.public_id == before
        assert Organisation.objects.filter(public_id=before).count() == 1

    def test_a_fiche_restored_from_the_recycle_bin_keeps_its_id(self):
        from actors.versions import restore_deleted_fiche

        fiche = self.world.vdab_gent
        before, pk = fiche.public_id, fiche.pk
        fiche.delete()
        deleted = Fiche.history.filter(id=pk, history_type="-").get()
        restored = restore_deleted_fiche(deleted, self.world.superuser)
        assert restored.public_id == before
        response = self.client.get(f"/open-data/hsds/v3/services/{before}")
        assert response.json()["name"] == fiche.name

    def test_derived_ids_are_stable_and_reversible(self):
        fiche_id = self.world.full.public_id
        first = self.client.get(f"/open-data/hsds/v3/services/{fiche_id}").json()
        again = self.client.get(f"/open-data/hsds/v3/services/{fiche_id}").json()
        assert first == again
        sal = service_at_location_id(fiche_id)
        assert uuid.UUID(sal).version == 4 and sal != str(fiche_id)
        assert fiche_id_of_service_at_location(uuid.UUID(sal)) == fiche_id
        assert first["service_at_locations"][0]["id"] == sal


class ReferenceDataIdTests(TestCase):
    def test_reloading_the_reference_data_keeps_every_id(self):
        from io import StringIO

        from django.core.management import call_command

        from actors.models import ActorType, Mutuality, TargetGroup, Zone

        models = [Zone, ActorType, Mutuality, TargetGroup]
        call_command("load_reference_data", stdout=StringIO())
        before = {m: dict(m.objects.values_list("pk", "public_id")) for m in models}
        out = StringIO()
        call_command("load_reference_data", "--update-content", stdout=out)
        after = {m: dict(m.objects.values_list("pk", "public_id")) for m in models}
        assert all(before[m] for m in models)
        assert before == after
