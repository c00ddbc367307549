"""/sitemap.xml (an index of sections) and /robots.txt list only public pages."""

import re
from unittest import mock

from django.test import TestCase
from django.utils import timezone

from actors.models import Fiche
from actors.sitemaps import LIMIT, FicheSitemap
from tests.world import HIDDEN_SLUGS, build_world


def sitemap_text(client) -> str:
    """Every section the index lists, every page of it, as one text."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    sections = re.findall(r"<loc>http://testserver(/sitemap-[^<]+)</loc>", index.content.decode())
    assert sections
    return "".join(client.get(url.replace("&amp;", "&")).content.decode() for url in sections)


class SitemapTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()

    def test_the_sitemap_lists_public_fiches_zones_and_actor_types(self):
        text = sitemap_text(self.client)
        for path in [
            "http://testserver/",
            self.world.tnw_gent.get_absolute_url(),
            self.world.gent.get_absolute_url(),
            self.world.antwerpen_zuid.get_absolute_url(),
            self.world.tnw.get_absolute_url(),
        ]:
            assert path in text, path

    def test_the_sitemap_leaves_out_hidden_fiches_and_search_pages(self):
        text = sitemap_text(self.client)
        for slug in HIDDEN_SLUGS:
            assert slug not in text
        assert "/zoeken/" not in text

    def test_the_index_lists_its_sections_with_the_date_of_the_newest_fiche(self):
        newest = Fiche.objects.public().latest("updated_at").updated_at
        text = self.client.get("/sitemap.xml").content.decode()
        assert "<sitemapindex" in text
        for section in ["pages", "zones", "soorten", "fiches"]:
            assert f"<loc>http://testserver/sitemap-{section}.xml</loc>" in text, section
        # The date where the site is (Brussels): around midnight it differs from UTC's.
        assert f"<lastmod>{timezone.localtime(newest).date().isoformat()}" in text

    def test_a_section_holds_at_most_the_limit_and_the_index_lists_every_page(self):
        assert LIMIT <= 10_000
        public = Fiche.objects.public().count()
        assert public >= 3
        with mock.patch.object(FicheSitemap, "limit", 2):
            index = self.client.get("/sitemap.xml").content.decode()
            pages = (public + 1) // 2
            assert f"/sitemap-fiches.xml?p={pages}</loc>" in index
            assert f"/sitemap-fiches.xml?p={pages + 1}</loc>" not in index
            first = self.client.get("/sitemap-fiches.xml").content.decode()
            assert first.count("<url>") == 2
            assert "<lastmod>" in first
            assert self.client.get(f"/sitemap-fiches.xml?p={pages + 1}").status_code == 404
            last = self.client.get(f"/sitemap-fiches.xml?p={pages}").content.decode()
            assert 1 <= last.count("<url>") <= 2
            seen = {first, last, self.client.get("/sitemap-fiches.xml?p=2").content.decode()}
            assert len(seen) == 3 or pages <= 2  # each page holds other fiches
            for tampered in ("0", "-1", "abc", "2.5", ""):
                response = self.client.get(f"/sitemap-fiches.xml?p={tampered}")
                assert response.status_code == 404, tampered

    def test_an_unknown_section_is_not_found(self):
        assert self.client.get("/sitemap-bestaat-niet.xml").status_code == 404

    def test_robots_txt_points_to_the_sitemap_and_keeps_robots_out_of_private_parts(self):
        response = self.client.get("/robots.txt")
        assert response["Content-Type"].startswith("text/plain")
        text = response.content.decode()
        assert "Sitemap: http://testserver/sitemap.xml" in text
        assert "Disallow: /beheer/" in text
        assert "Disallow: /account/" in text
