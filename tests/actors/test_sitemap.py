"""/sitemap.xml and /robots.txt list only public pages."""

from django.test import TestCase

from tests.world import HIDDEN_SLUGS, build_world


class SitemapTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()

    def test_the_sitemap_lists_public_fiches_zones_and_actor_types(self):
        response = self.client.get("/sitemap.xml")
        assert response.status_code == 200
        text = response.content.decode()
        for path in [
            "http://testserver/",
            self.world.tnw_gent.get_absolute_url(),
            self.world.gent.get_absolute_url(),
            self.world.antwerpen_zuid.get_absolute_url(),
            self.world.tnw.get_absolute_url(),
        ]:
            assert path in text, path

    def test_the_sitemap_leaves_out_hidden_fiches_and_search_pages(self):
        text = self.client.get("/sitemap.xml").content.decode()
        for slug in HIDDEN_SLUGS:
            assert slug not in text
        assert "/zoeken/" not in text

    def test_robots_txt_points_to_the_sitemap_and_keeps_robots_out_of_private_parts(self):
        response = self.client.get("/robots.txt")
        assert response["Content-Type"].startswith("text/plain")
        text = response.content.decode()
        assert "Sitemap: http://testserver/sitemap.xml" in text
        assert "Disallow: /beheer/" in text
        assert "Disallow: /account/" in text
