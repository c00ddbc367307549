"""Professional-only fiches, contact persons, drafts and archived fiches never reach anyone
but an approved professional: not on any page, filter, search, vCard, sitemap or error page.

The crawl starts from every entry point and follows every link it finds, so a new page that
forgets visible_to() is caught without touching this test."""

import re

from django.core.cache import cache
from django.test import TestCase
from django.urls import reverse

from actors.models import ProfessionalProfile, SearchTerm
from actors.opendata import download
from tests.crawler import crawl
from tests.factories import make_professional, make_user
from tests.opendata.helpers import readable
from tests.world import (
    CONTACT_MARKER,
    DRAFT_MARKER,
    HIDDEN_SLUGS,
    MARKERS,
    PRO_FICHE_MARKER,
    PRO_FICHE_SLUG,
    build_world,
)

LIST = reverse("actors:fiche_list")
API = "/open-data/hsds/v3/"
MAX_PAGES = 600
SKIP_PREFIXES = ("/static/", "/beheer/", "/account/uitloggen/")


def entry_points(world) -> list[str]:
    urls = [
        "/",
        reverse("actors:zone_list"),
        reverse("actors:actortype_list"),
        LIST,
        "/sitemap.xml",
        "/robots.txt",
        "/deze-pagina-bestaat-niet/",
        "/account/inloggen/",
        "/account/aanvragen/",
        "/account/wachtwoord-vergeten/",
    ]
    # Every filter, alone, with values that match the hidden fiches.
    urls += [
        f"{LIST}?zone=gent",
        f"{LIST}?zone=leuven",
        f"{LIST}?plaats=9000",
        f"{LIST}?plaats=Gent",
        f"{LIST}?plaats=Kruibeke",
        f"{LIST}?soort=tnw-coordinator",
        f"{LIST}?soort=arbeidsarts",
        f"{LIST}?doelgroep=werknemer",
        f"{LIST}?taal=nl",
        f"{LIST}?ziekenfonds=cm",
        f"{LIST}?zone=gent&soort=tnw-coordinator&taal=nl&doelgroep=werknemer&ziekenfonds=cm",
        reverse("actors:actortype_detail", args=["tnw-coordinator"]) + "?plaats=9000",
    ]
    # Searching for the secret itself, whole and in part, with and without accents or case.
    urls += [f"{LIST}?q={marker}" for marker in MARKERS]
    urls += [f"{LIST}?q=zqx", f"{LIST}?q=ZQXPRO geheim", f"{LIST}?q=janssens", f"{LIST}?q=0999"]
    # Open data: the API (JSON, so the crawl cannot follow links there) and the downloads.
    urls += [
        f"{API}{path}"
        for path in [
            "",
            "services?full=true&per_page=500",
            "services?minimal=true",
            "services?zone=gent&full=true",
            "services?postcode=9000&full=true",
            f"services?taxonomy_term_id={world.tnw.public_id}&full=true",
            "organizations?full_service=true",
            "service_at_locations?full=true",
            "taxonomy_terms?per_page=500",
            f"services/{world.pro_fiche.public_id}",
            f"services/{world.draft.public_id}",
            f"services/{world.archived.public_id}",
            "download/wegwijzer-hsds-tabular.zip",
            "download/wegwijzer-hsds.json",
        ]
    ]
    urls += [f"{API}services?full=true&search={marker}" for marker in MARKERS]
    # The search groups: a search word and an explanation leading to the hidden fiche's type,
    # places, words only the hidden fiche carries, typos (the suggestion) and nothing found.
    urls += [
        f"{LIST}?q={query}"
        for query in [
            "terug naar werk",
            "werkherv",
            "rechtstreekse lijn",
            "rechtstreekse lijn&plaats=9000",
            "gent",
            "Gnet",
            "9000",
            "kruibeke",
            "zqxpr",
            "zqxpro geheimlyn",
            "peeters",
            "onvindbaar&plaats=9000",
        ]
    ]
    return urls


def without_echo(html: str) -> str:
    """The page minus the spots that repeat what the visitor typed (the title, input values,
    the "we vonden geen adres voor …" line and the q= of links), so searching for a marker does
    not count as leaking it. Cards, links to fiches and every other text stay in."""
    html = re.sub(r"<title>.*?</title>", "", html, flags=re.S)
    html = re.sub(r'<span class="search-echo">[^<]*</span>', "", html)
    html = re.sub(r'value="[^"]*"', "", html)
    return re.sub(r"(\?|&amp;|&)q=[^&\"]*", "", html)


class LeakCrawlMixin:
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()
        download.save(download.build())
        # A search word an editor added, leading to the type of the professional-only fiche.
        SearchTerm.objects.create(word="terug naar werk").actor_types.set([cls.world.tnw])

    def crawl(self) -> dict[str, object]:
        """Fetch every reachable URL once; returns {url: response}."""
        cache.clear()  # the open-data rate limit counts per client in the cache
        visits = crawl(self.client, entry_points(self.world), skip=SKIP_PREFIXES, limit=MAX_PAGES)
        return {url: visit.response for url, visit in visits.items()}

    def assert_nothing_hidden_leaks(self):
        pages = self.crawl()
        # The crawl really went everywhere: fiche pages, vCards, zones, types, sitemap.
        visited = set(pages)
        public = self.world.tnw_gent
        assert public.get_absolute_url() in visited
        assert reverse("actors:fiche_vcard", args=[public.slug]) in visited
        assert reverse("actors:zone_detail", args=["antwerpen-zuid"]) in visited
        assert reverse("actors:actortype_detail", args=["arbeidsarts"]) in visited
        assert any(url.startswith(f"{LIST}?") and "pagina" not in url for url in visited)
        assert "/open-data/" in visited and "/open-data/en/" in visited  # the footer links
        # … and through every group of the search page.
        html = {
            url: r.content.decode()
            for url, r in pages.items()
            if r.status_code == 200 and "html" in r.get("Content-Type", "")
        }
        for group in ("search-group--types", "search-group--places", "next-best", "Bedoelde je"):
            assert any(group in text for text in html.values()), group
        for url, response in pages.items():
            assert response.status_code < 500, url
            if response.status_code == 200 and "html" in response["Content-Type"]:
                html = response.content.decode()
                # Site-wide guard while we are here: one <h1> and a named <title> per page.
                assert html.count("<h1") == 1, url
                assert re.search(r"<title>\s*\S.*—", html), url
            text = without_echo(readable(response)).lower()
            for marker in MARKERS:
                assert marker.lower() not in text, f"{marker!r} leaked on {url}"
        not_found = pages["/deze-pagina-bestaat-niet/"]
        assert not_found.status_code == 404
        assert "Deze pagina bestaat niet" in not_found.content.decode()

    def assert_hidden_urls_answer_404(self):
        for slug in HIDDEN_SLUGS:
            for name in ("actors:fiche_detail", "actors:fiche_vcard"):
                response = self.client.get(reverse(name, args=[slug]))
                assert response.status_code == 404, (name, slug)
                assert PRO_FICHE_MARKER.lower() not in response.content.decode().lower()
            report = self.client.post(
                reverse("actors:fiche_report", args=[slug]), {"message": "Test"}
            )
            assert report.status_code == 404


class AnonymousVisitorTests(LeakCrawlMixin, TestCase):
    def test_no_hidden_data_reaches_an_anonymous_visitor(self):
        self.assert_nothing_hidden_leaks()

    def test_hidden_fiches_answer_404_at_their_own_url(self):
        self.assert_hidden_urls_answer_404()


class PendingProfessionalTests(LeakCrawlMixin, TestCase):
    def setUp(self):
        self.client.force_login(
            make_professional(self.world.gent, status=ProfessionalProfile.Status.PENDING)
        )

    def test_no_hidden_data_reaches_a_professional_waiting_for_approval(self):
        self.assert_nothing_hidden_leaks()

    def test_hidden_fiches_answer_404_for_a_pending_professional(self):
        self.assert_hidden_urls_answer_404()


class OtherAccountsTests(LeakCrawlMixin, TestCase):
    def test_a_rejected_professional_sees_nothing_extra(self):
        self.client.force_login(
            make_professional(self.world.gent, status=ProfessionalProfile.Status.REJECTED)
        )
        self.assert_hidden_urls_answer_404()
        self.assertNotContains(
            self.client.get(self.world.tnw_gent.get_absolute_url()), CONTACT_MARKER
        )

    def test_a_plain_account_without_profile_sees_nothing_extra(self):
        self.client.force_login(make_user())
        self.assert_hidden_urls_answer_404()


class ApprovedProfessionalTests(LeakCrawlMixin, TestCase):
    def setUp(self):
        self.client.force_login(make_professional(self.world.gent))

    def test_an_approved_professional_sees_the_professional_fiche_everywhere(self):
        pro_url = reverse("actors:fiche_detail", args=[PRO_FICHE_SLUG])
        self.assertContains(self.client.get(pro_url), PRO_FICHE_MARKER)
        self.assertContains(self.client.get(pro_url), "Alleen voor professionals")
        for url in [
            f"{LIST}?q=zqxpro",
            f"{LIST}?zone=gent",
            f"{LIST}?plaats=9000",
            f"{LIST}?soort=tnw-coordinator&ziekenfonds=cm&taal=nl&doelgroep=werknemer",
            reverse("actors:zone_detail", args=["gent"]),
            reverse("actors:actortype_detail", args=["tnw-coordinator"]) + "?plaats=9000",
        ]:
            response = self.client.get(url)
            self.assertContains(response, PRO_FICHE_MARKER, msg_prefix=url)
            self.assertContains(response, "Alleen voor professionals", msg_prefix=url)
        vcard = self.client.get(reverse("actors:fiche_vcard", args=[PRO_FICHE_SLUG]))
        assert PRO_FICHE_MARKER in vcard.content.decode()

    def test_an_approved_professional_sees_contact_persons_on_cards_and_pages(self):
        for url in [
            self.world.tnw_gent.get_absolute_url(),
            reverse("actors:zone_detail", args=["gent"]),
            f"{LIST}?q=tnw",
        ]:
            self.assertContains(self.client.get(url), CONTACT_MARKER, msg_prefix=url)

    def test_drafts_and_archived_fiches_stay_hidden_even_for_professionals(self):
        for slug in HIDDEN_SLUGS[1:]:
            assert self.client.get(reverse("actors:fiche_detail", args=[slug])).status_code == 404
        self.assertNotContains(self.client.get(f"{LIST}?q=zqxklad"), DRAFT_MARKER)

    def test_the_sitemap_stays_public_only_for_professionals_too(self):
        sitemap = self.client.get("/sitemap-fiches.xml").content.decode()
        assert PRO_FICHE_SLUG not in sitemap
        assert self.world.tnw_gent.slug in sitemap


class PrivateCachingTests(LeakCrawlMixin, TestCase):
    """A page built for a signed-in professional is never kept by a shared cache (a proxy or
    CDN would hand it to the next, anonymous visitor): every kind of page, also its errors."""

    ROUTE = "/route/zorgverlener/?werk=werknemer&sinds=3-12-maanden&doel=eigen&ziekenfonds=cm&plaats=9000"

    def professional_pages(self) -> list[str]:
        fiche = self.world.tnw_gent
        return [
            fiche.get_absolute_url(),
            reverse("actors:fiche_vcard", args=[fiche.slug]),
            reverse("actors:fiche_detail", args=[PRO_FICHE_SLUG]),
            f"{LIST}?q=tnw",
            f"{LIST}?zone=onbekend",  # the 400 page still lists nothing, but is built for them
            reverse("actors:zone_detail", args=["gent"]),
            reverse("actors:actortype_detail", args=["tnw-coordinator"]) + "?plaats=9000",
            reverse("actors:actortype_detail", args=["tnw-coordinator"]) + "?plaats=",
            self.ROUTE,
            self.ROUTE + "&print=1",
            reverse("account"),
        ]

    def test_pages_for_a_professional_are_private_and_not_stored(self):
        self.client.force_login(make_professional(self.world.gent))
        for url in self.professional_pages():
            response = self.client.get(url, follow=True)
            assert response.status_code in (200, 400), url
            cache_control = response.get("Cache-Control", "")
            assert "private" in cache_control and "no-store" in cache_control, url

    def test_the_account_page_of_a_waiting_professional_is_not_stored_either(self):
        # It shows their name, e-mail address and zone.
        self.client.force_login(
            make_professional(self.world.gent, status=ProfessionalProfile.Status.PENDING)
        )
        response = self.client.get(reverse("account"))
        assert "no-store" in response.get("Cache-Control", "")

    def test_every_response_that_shows_professional_data_is_private_and_only_those(self):
        # One mechanism marks them, whatever the page: crawl everything a professional reaches.
        self.client.force_login(make_professional(self.world.gent))
        pages = self.crawl()
        pages |= {url: self.client.get(url) for url in self.professional_pages()[:-1]}
        shown = 0
        for url, response in pages.items():
            text = response.content.decode("utf-8", errors="replace")
            if PRO_FICHE_MARKER in text or CONTACT_MARKER in text:
                shown += 1
                cache_control = response.get("Cache-Control", "")
                assert "private" in cache_control and "no-store" in cache_control, url
        # Fiche page, vCard, lists, zone and type pages, the route and its print view.
        assert shown >= 8, shown

    def test_pages_built_for_an_anonymous_visitor_stay_cacheable(self):
        for url in self.professional_pages()[:-1]:  # the account page asks to log in
            response = self.client.get(url, follow=True)
            assert "no-store" not in response.get("Cache-Control", ""), url

    def test_the_handout_a_professional_prints_holds_no_professional_data_and_stays_cacheable(
        self,
    ):
        self.client.force_login(make_professional(self.world.gent))
        route = self.client.get(self.ROUTE).content.decode()
        handout_url = re.search(r'href="(/route/zorgverlener/folder/[^"]+)"', route)[1].replace(
            "&amp;", "&"
        )
        handout = self.client.get(handout_url)
        assert handout.status_code == 200
        assert self.world.tnw_gent.name in handout.content.decode()
        for marker in (PRO_FICHE_MARKER, CONTACT_MARKER):
            assert marker not in handout.content.decode()
        assert "no-store" not in handout.get("Cache-Control", "")
