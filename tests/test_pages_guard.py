"""Site-wide page guards, no browser: crawl every page a visitor can reach and check each one.

Every HTML page must have exactly one <h1>, a <title> that names the page, lang="nl-BE", no
inline scripts, styles or event handlers (the Content-Security-Policy would block them), and
well-formed HTML. Links between pages must not be broken.
"""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from django.db import transaction
from django.test import Client

from actors.models import Fiche
from tests.crawler import REDIRECTS, crawl
from tests.factories import (
    make_actor_type,
    make_contact_person,
    make_fiche,
    make_municipality,
    make_postcode,
    make_professional,
    make_zone,
)
from tests.html_checker import StrictHTMLChecker, check_html

# The crawl runs once in a module fixture; the marker makes pytest-django create the test database.
pytestmark = pytest.mark.django_db

SITE_NAME = "Wegwijzer bij ziekte"
MAX_PAGES = 250
# Pages a visitor may not find by following links from the home page.
KNOWN_URLS = [
    "/",
    "/zones/",
    "/route/",
    "/route/patient/",
    "/route/zorgverlener/",
    "/route/werkgever/",
    # Routes are reached by answering questions (forms), which the crawl does not fill in.
    "/route/patient/?werk=werknemer&sinds=3-12-maanden&doel=eigen&ziekenfonds=cm&plaats=9000",
    "/route/zorgverlener/?werk=werknemer&sinds=1-3-maanden&doel=eigen&ziekenfonds=cm&plaats=9000",
    "/route/werkgever/?sinds=3-12-maanden&terugkeer=ja&preventiedienst=extern&plaats=9000",
    # Dated routes: the timeline, and the agenda file and short address they link to.
    "/route/patient/?werk=werknemer&sinds=6-weken&doel=eigen&ziekenfonds=cm&plaats=9000&print=1",
    "/route/werkgever/?sinds=10-weken&terugkeer=ja&preventiedienst=extern&plaats=9000",
    "/route/patient/?werk=onzin&sinds=%3Cscript%3E",
    "/zoeken/?q=TNW",
    "/zoeken/?plaats=9000",
    "/zoeken/?plaats=Atlantis",
    "/beheer/login/",
    "/bestaat-niet/",
]
# Not crawled: the admin behind its login page, static files, and machine-readable answers.
SKIP_PREFIXES = ("/static/", "/beheer/", "/healthz", "/__404__")
# Asked for on purpose; their error status is the right answer. Every other page must be < 400.
EXPECTED_ERRORS = {
    "/bestaat-niet/",
    "/zoeken/?plaats=Atlantis",
    # Dated routes: the timeline, and the agenda file and short address they link to.
    "/route/patient/?werk=werknemer&sinds=6-weken&doel=eigen&ziekenfonds=cm&plaats=9000&print=1",
    "/route/werkgever/?sinds=10-weken&terugkeer=ja&preventiedienst=extern&plaats=9000",
    "/route/patient/?werk=onzin&sinds=%3Cscript%3E",
}
# Django's own admin templates: judged by the same rules in a test of their own below.
ADMIN_PREFIX = "/beheer/"


# ---------------------------------------------------------------- the crawl


@dataclass
class Page:
    url: str
    status: int
    html: str
    checker: StrictHTMLChecker
    linked_from: set[str] = field(default_factory=set)


def crawl_pages(client: Client, start: list[str]) -> dict[str, Page]:
    """The shared crawl, keeping the HTML pages, each run through the strict checker (a
    redirect, such as a route's short address on paper, is no page: its target is crawled)."""
    visits = crawl(client, start, skip=SKIP_PREFIXES, limit=MAX_PAGES)
    return {
        url: Page(url, v.response.status_code, v.text, check_html(v.text), v.linked_from)
        for url, v in visits.items()
        if v.is_html and v.response.status_code not in REDIRECTS
    }


def build_site():
    """A small but complete site: a zone with places, actor types and fiches of each kind."""
    gent = make_zone(code="elz13", name="Gent", slug="gent", province="Oost-Vlaanderen")
    leuven = make_zone(code="elz19", name="Leuven", slug="leuven", province="Vlaams-Brabant")
    town = make_municipality(zone=gent, name="Gent", nis_code="44021")
    make_postcode("9000", town, place="Gent")
    huisarts = make_actor_type(slug="huisarts", name="Huisarts", explanation="Je eigen dokter.")
    tnw = make_actor_type(slug="tnw-coordinator", name="TNW-coördinator")
    make_fiche(zones=[gent], actor_type=tnw, name="TNW-coördinator Gent", phone="09 123 45 67")
    make_fiche(zones=[leuven], actor_type=huisarts, name="Huisartsenwachtpost Leuven")
    hidden = make_fiche(
        zones=[gent],
        actor_type=tnw,
        name="Rechtstreekse lijn Gent",
        visibility=Fiche.Visibility.PROFESSIONAL,
    )
    make_contact_person(hidden, name="Dr. Voorbeeld")
    make_fiche(zones=[gent], actor_type=huisarts, name="Klad", status=Fiche.Status.DRAFT)
    return gent


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """Crawl once per module (as a visitor and as a professional), inside a rolled-back
    transaction, and let every test below judge the same pages."""
    with django_db_blocker.unblock(), transaction.atomic():
        zone = build_site()
        anonymous = crawl_pages(Client(), KNOWN_URLS)
        professional_client = Client()
        professional_client.force_login(
            make_professional(zone), backend="django.contrib.auth.backends.ModelBackend"
        )
        professional = crawl_pages(professional_client, KNOWN_URLS)
        transaction.set_rollback(True)
    return {"visitor": anonymous, "professional": professional}


def all_pages(site, *, admin=False):
    for who, pages in site.items():
        for page in pages.values():
            if page.url.startswith(ADMIN_PREFIX) == admin:
                yield who, page


def report(problems: list[str]) -> str:
    return f"{len(problems)} problem(s):\n  " + "\n  ".join(problems)


# ---------------------------------------------------------------- the guards


def test_the_crawl_reaches_the_pages_a_visitor_can_find(site):
    visited = set(site["visitor"])
    assert {"/", "/zones/", "/zones/gent/", "/bestaat-niet/"} <= visited
    assert any(url.startswith("/fiches/") for url in visited), visited


def test_the_crawl_follows_a_routes_agenda_file_and_short_address(site):
    # Fetched like every other link (an error there fails the crawl); not HTML, so not kept.
    html = " ".join(page.html for page in site["visitor"].values())
    assert "/route/patient/agenda.ics?" in html
    assert "/route/werkgever/agenda.ics?" in html
    assert 'class="route-paper-link__url" href="http://testserver/r/p/' in html


def test_every_page_has_exactly_one_h1(site):
    problems = [
        f"{who} {page.url}: {page.checker.h1_count} <h1>"
        for who, page in all_pages(site)
        if page.checker.h1_count != 1
    ]
    assert not problems, report(problems)


def test_every_page_has_a_title_that_names_the_page(site):
    problems = []
    for who, page in all_pages(site):
        title = " ".join(page.checker.title.split())
        name = title.replace(SITE_NAME, "").strip(" —-|")
        if not title or not name:
            problems.append(f"{who} {page.url}: title {title!r} does not name the page")
    assert not problems, report(problems)


def test_pages_have_different_titles(site):
    titles: dict[str, str] = {}
    problems = []
    for page in site["visitor"].values():
        if urlsplit(page.url).query or page.status != 200:
            continue  # filtered or paged views of one page may share its title
        title = " ".join(page.checker.title.split())
        if title in titles:
            problems.append(f"{page.url} and {titles[title]} are both titled {title!r}")
        titles[title] = page.url
    assert not problems, report(problems)


def test_every_page_says_it_is_in_flemish_dutch(site):
    problems = [
        f"{who} {page.url}: lang={page.checker.lang!r}"
        for who, page in all_pages(site)
        if page.checker.lang != "nl-BE"
    ]
    assert not problems, report(problems)


def test_no_page_has_inline_scripts_styles_or_handlers(site):
    problems = [
        f"{who} {page.url}: {item}"
        for who, page in all_pages(site)
        for item in page.checker.inline_code
    ]
    assert not problems, report(problems)


def test_every_page_is_well_formed_html(site):
    problems = [
        f"{who} {page.url}: {error}"
        for who, page in all_pages(site)
        for error in page.checker.errors
    ]
    assert not problems, report(problems)


def test_no_link_between_pages_is_broken(site):
    problems = [
        f"{who} {page.url} answers {page.status}, linked from {sorted(page.linked_from)}"
        for who, page in all_pages(site)
        if page.status >= 400 and page.url not in EXPECTED_ERRORS
    ]
    assert not problems, report(problems)


def test_the_admin_login_says_it_is_dutch_and_is_clean_html(site):
    page = site["visitor"]["/beheer/login/"]
    assert page.status == 200
    # Django's admin template writes the language code in lower case; BCP 47 tags are
    # case-insensitive, so nl-be is the same language as the site's nl-BE.
    assert (page.checker.lang or "").lower() == "nl-be"
    assert "wegwijzer" in page.checker.title.lower()
    assert not page.checker.inline_code
    assert not page.checker.errors


def test_the_admin_login_has_one_h1(site):
    assert site["visitor"]["/beheer/login/"].checker.h1_count == 1


def test_the_unknown_page_answers_404_with_the_site_layout(site):
    page = site["visitor"]["/bestaat-niet/"]
    assert page.status == 404
    assert 'class="skip-link"' in page.html


# ---------------------------------------------------------------- the checker can fail


@pytest.mark.parametrize(
    "body, expected",
    [
        ("<div><p>tekst</div>", "</div> while <p> still open"),
        ("<p><div>blok</div></p>", "<div> inside <p>"),
        ("<ul><p>x</p></ul>", "<p> directly inside <ul>"),
        ("<a href='/'><a href='/x'>x</a></a>", "<a> inside another <a>"),
        ("<span>x</span></span>", "stray </span>"),
        ("<div id='a'></div><div id='a'></div>", 'duplicate id "a"'),
        ("<div/>", "<div/> is not a closed element"),
        ("<br></br>", "</br> closes a void element"),
        ("<section><h2>x</h2>", "unclosed at the end: <html>, <body>, <section>"),
    ],
)
def test_the_html_checker_catches(body, expected):
    checker = check_html(
        f"<!DOCTYPE html><html lang='nl-BE'><body>{body}"
        + ("" if "unclosed" in expected else "</body></html>")
    )
    assert any(expected in error for error in checker.errors), checker.errors


def test_the_html_checker_accepts_good_html_and_finds_inline_code():
    checker = check_html(
        '<!DOCTYPE html><html lang="nl-BE"><head><title>Zones — Wegwijzer bij ziekte</title>'
        '<script src="/static/js/site.js" defer></script></head><body><h1 style="color:red">Zones</h1>'
        '<svg viewBox="0 0 1 1"><title>kaart</title><path d="M0 0"/></svg>'
        "<ul><li><a href='/zones/gent/' onclick='x()'>Gent</a></li></ul><br><img src='x.png' alt=''>"
        "<script>alert(1)</script></body></html>"
    )
    assert checker.errors == []
    assert checker.title == "Zones — Wegwijzer bij ziekte"
    assert checker.h1_count == 1
    assert [item.split(" (")[0] for item in checker.inline_code] == [
        'style="color:red" on <h1>',
        "onclick= handler on <a>",
        "inline <script> body",
    ]


def test_the_server_error_page_follows_the_rules_without_the_database(rf, django_db_blocker):
    from wegwijzer.views import server_error

    # The 500 page must render when the database is what broke: any query here would fail.
    with django_db_blocker.block():
        response = server_error(rf.get("/kapot/"))
    checker = check_html(response.content.decode())
    assert response.status_code == 500
    assert checker.h1_count == 1
    assert checker.lang == "nl-BE"
    assert checker.title.startswith("Er ging iets mis")
    assert not checker.inline_code
    assert not checker.errors
