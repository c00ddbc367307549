"""HTTP done right: compressed HTML, conditional GET, and a shared cache of anonymous pages
that a change in the admin empties and that a professional's page never enters."""

import gzip
from datetime import date
from unittest import mock

from django.test import Client, TestCase, override_settings
from django.urls import reverse

from actors.models import Fiche
from tests.actors.test_admin_scoping import admin_url, form_data
from tests.world import PRO_FICHE_MARKER, build_world

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}
# As in production (the tests of other pages count the queries of pages built afresh).
shared_cache = override_settings(PAGE_CACHE_SECONDS=600)


def page_text(response) -> str:
    body = response.content
    if response.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return body.decode()


@shared_cache
class CompressionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()

    def test_html_is_sent_compressed_to_a_browser_that_accepts_gzip(self):
        for url in ["/", reverse("actors:zone_detail", args=["gent"]), "/zoeken/?q=werk"]:
            for attempt in ("built", "from the cache"):
                response = self.client.get(url, **GZIP)
                assert response["Content-Encoding"] == "gzip", (url, attempt)
                assert "Accept-Encoding" in response["Vary"]
                assert "<h1" in page_text(response), (url, attempt)
                assert len(response.content) < len(page_text(response).encode()) / 2

    def test_a_client_without_gzip_gets_plain_html(self):
        for _ in range(2):
            response = self.client.get("/")
            assert "Content-Encoding" not in response
            assert b"<h1" in response.content

    def test_a_professional_page_is_compressed_too(self):
        self.client.force_login(self.world.professional)
        response = self.client.get(reverse("actors:zone_detail", args=["gent"]), **GZIP)
        assert response["Content-Encoding"] == "gzip"
        assert PRO_FICHE_MARKER in page_text(response)


@shared_cache
class ConditionalGetTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()
        cls.url = cls.world.tnw_gent.get_absolute_url()

    def test_a_browser_that_has_the_page_gets_304_without_a_body(self):
        first = self.client.get(self.url, **GZIP)
        assert first.status_code == 200
        assert first["ETag"] and first["Last-Modified"]
        again = self.client.get(self.url, HTTP_IF_NONE_MATCH=first["ETag"], **GZIP)
        assert again.status_code == 304
        assert again.content == b""
        since = self.client.get(self.url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
        assert since.status_code == 304

    def test_a_page_built_again_unchanged_still_answers_304(self):
        first = self.client.get(self.url, **GZIP)
        # Another page's content changes: every cached page is built again, this one the same.
        self.world.leuven.save()
        again = self.client.get(self.url, HTTP_IF_NONE_MATCH=first["ETag"], **GZIP)
        assert again.status_code == 304 and again.content == b""
        other = self.client.get(self.url, HTTP_IF_NONE_MATCH='"iets anders"', **GZIP)
        assert other.status_code == 200 and other["Content-Encoding"] == "gzip"

    def test_a_page_that_is_not_stored_is_still_compressed_and_validated(self):
        url = reverse("actors:fiche_report", args=[self.world.tnw_gent.slug])
        first = self.client.get(url, **GZIP)
        assert first.status_code == 200
        assert first["Content-Encoding"] == "gzip"
        assert "public" not in first.get("Cache-Control", "")
        assert first["ETag"].startswith("W/")  # set below, weakened by compression
        missing = self.client.get(reverse("actors:zone_detail", args=["nergens"]), **GZIP)
        assert missing.status_code == 404 and "public" not in missing.get("Cache-Control", "")

    def test_a_changed_page_is_sent_again_in_full(self):
        first = self.client.get(self.url)
        fiche = self.world.tnw_gent
        fiche.phone = "09 999 99 99"
        fiche.save()
        again = self.client.get(self.url, HTTP_IF_NONE_MATCH=first["ETag"])
        assert again.status_code == 200
        self.assertContains(again, "09 999 99 99")

    def test_anonymous_pages_may_be_kept_briefly_and_reused_while_checking(self):
        cache_control = self.client.get(self.url)["Cache-Control"]
        assert "public" in cache_control
        assert "max-age=60" in cache_control
        assert "stale-while-revalidate=" in cache_control


@shared_cache
class SharedCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()
        cls.fiche = cls.world.tnw_gent
        cls.zone_url = reverse("actors:zone_detail", args=["gent"])

    def test_the_second_anonymous_visitor_is_served_without_a_database_query(self):
        self.client.get(self.zone_url)
        with self.assertNumQueries(0):
            response = Client().get(self.zone_url)
        self.assertContains(response, self.fiche.name)

    def test_a_route_cached_yesterday_is_built_again_today(self):
        # A route counts its deadlines from today: the next day's visitor must not get
        # yesterday's "eerstvolgende" milestone.
        route = "/route/patient/?werk=werkzoekende&sinds=2027-01-04&doel=eigen&ziekenfonds=cm&plaats=9000"
        with mock.patch("pathways.clock.today", return_value=date(2027, 1, 5)):
            first = page_text(Client().get(route, follow=True))
        with mock.patch("pathways.clock.today", return_value=date(2027, 1, 6)):
            later = page_text(Client().get(route, follow=True))
        self.assertIn("Eerstvolgende", first)
        self.assertNotEqual(first, later)
        self.assertIn("Voorbij", later)

    def test_a_fiche_edited_in_the_admin_shows_at_the_next_anonymous_request(self):
        visitor = Client()
        self.assertContains(visitor.get(self.fiche.get_absolute_url()), self.fiche.name)
        self.assertContains(visitor.get(self.zone_url), self.fiche.name)

        editor = Client()
        editor.force_login(self.world.superuser)
        change = admin_url("fiche_change", self.fiche.pk)
        saved = editor.post(change, form_data(editor.get(change), name="Werkpunt Gent Nieuw"))
        assert saved.status_code == 302

        self.assertContains(visitor.get(self.fiche.get_absolute_url()), "Werkpunt Gent Nieuw")
        self.assertContains(visitor.get(self.zone_url), "Werkpunt Gent Nieuw")

    def test_a_zone_or_text_change_empties_the_cache_too(self):
        self.client.get(self.zone_url)
        zone = self.world.gent
        zone.name = "Gent Centraal"
        zone.save()
        self.assertContains(self.client.get(self.zone_url), "Gent Centraal")

    def test_a_professional_page_never_enters_the_shared_cache(self):
        professional = Client()
        professional.force_login(self.world.professional)
        built = professional.get(self.zone_url)
        self.assertContains(built, PRO_FICHE_MARKER)
        assert "private" in built["Cache-Control"] and "no-store" in built["Cache-Control"]
        assert "public" not in built["Cache-Control"]

        anonymous = Client().get(self.zone_url)
        self.assertNotContains(anonymous, PRO_FICHE_MARKER)
        # And the other way round: a cached anonymous page is not handed to a professional.
        self.assertContains(professional.get(self.zone_url), PRO_FICHE_MARKER)

    def test_a_page_with_a_form_token_is_not_shared(self):
        url = reverse("actors:fiche_report", args=[self.fiche.slug])
        first, second = Client().get(url), Client().get(url)
        assert first.cookies and second.cookies
        token = 'name="csrfmiddlewaretoken" value="'
        first_token = first.content.decode().split(token)[1].split('"')[0]
        assert first_token not in second.content.decode()

    def test_a_waiting_message_is_shown_to_its_own_visitor_only(self):
        visitor = Client()
        visitor.get(self.fiche.get_absolute_url())
        visitor.post(
            reverse("actors:fiche_report", args=[self.fiche.slug]), {"message": "Verhuisd."}
        )
        self.assertContains(visitor.get(self.fiche.get_absolute_url()), "Bedankt")
        self.assertNotContains(Client().get(self.fiche.get_absolute_url()), "Bedankt")

    def test_an_archived_fiche_disappears_at_once(self):
        # Belt and braces: unpublishing through save() must drop the public page at once.
        url = self.fiche.get_absolute_url()
        assert self.client.get(url).status_code == 200
        self.fiche.status = Fiche.Status.ARCHIVED
        self.fiche.save()
        assert self.client.get(url).status_code == 404
