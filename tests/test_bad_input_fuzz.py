"""Odd input on every public GET address never gives a 500.

Each address is fetched with every odd value in every parameter it reads (one at a time),
plus a few raw query strings a browser would never send (invalid UTF-8, repeated keys)."""

from urllib.parse import parse_qsl

from django.test import TestCase
from django.urls import reverse

from tests.factories import make_professional
from tests.world import build_world

ODD_VALUES = [
    "",
    " ",
    "x" * 5000,
    "\x00",
    "werk\x00hervatting",
    "9000\x00",
    "%00",
    "\ufeff\u202e😀 ß ﷽",
    "'; DROP TABLE actors_fiche; --",
    "%_\\",
    "<script>alert(1)</script>",
    "-1",
    "0",
    "99999999999999999999999",
    "1e9",
    "NaN",
    "../../etc/passwd",
    "//evil.example/",
    "https://evil.example/",
]

ROUTE_ANSWERS = "werk=werknemer&sinds=3-12-maanden&doel=eigen&ziekenfonds=cm&plaats=9000"

# address → the parameters it reads
ADDRESSES = {
    "/": ["q"],
    "/zoeken/": ["q", "plaats", "zone", "soort", "doelgroep", "taal", "ziekenfonds", "pagina"],
    "/zones/": [],
    "/zones/gent/": ["pagina"],
    "/hulpverleners/": [],
    "/hulpverleners/tnw-coordinator/": ["plaats", "pagina"],
    "/route/": [],
    "/route/patient/": ["werk", "sinds", "doel", "ziekenfonds", "plaats", "wijzig", "print"],
    "/route/werkgever/": ["sinds", "terugkeer", "preventiedienst", "plaats", "wijzig"],
    "/route/zorgverlener/folder/": ["werk", "sinds", "doel", "ziekenfonds", "plaats"],
    "/route/patient/agenda.ics": ["werk", "sinds", "contract", "doel", "ziekenfonds", "plaats"],
    "/route/werkgever/agenda.ics": ["sinds", "terugkeer", "preventiedienst", "plaats"],
    "/sitemap.xml": ["p", "section"],
    "/robots.txt": [],
    "/account/inloggen/": ["next"],
    "/account/aanvragen/": [],
    "/account/wachtwoord-vergeten/": [],
    "/beheer/login/": ["next"],
}

RAW_QUERIES = [
    "q=%ff%fe",
    "q=%c3%28",
    "plaats=%ff",
    "q=a&q=b&q=%00",
    "zone=gent&zone=%00&zone=",
    "pagina=-5",
    "pagina=999999999999999999999999",
    "pagina=%00",
    "%00=%00",
    "%ff=1",
    "q",
    "&&&",
    "=",
    "q=" + "%e2%80%ae" * 300,
]

ODD_PATHS = [
    "/fiches/%00/",
    "/fiches/%ff/",
    "/zones/%00/",
    "/hulpverleners/%00/",
    "/route/%00/",
    "/route/%ff/",
    "/account/bevestigen/%00/",
    "/account/bevestigen/" + "a" * 3000 + "/",
    "/account/bevestigen/abc:def:ghi/",
    "/account/nieuw-wachtwoord/%00/%00/",
    "/account/nieuw-wachtwoord/MQ/set-password/",
    "/sitemap-%00.xml",
    "/" + "a" * 3000 + "/",
    "/%ff/",
    # The short address under a route's QR code, typed over from paper.
    "/r/%00/",
    "/r/%ff/werknemer",
    "/r/p/%00/%ff/%c3%28/9000%00",
    "/r/p/" + "werknemer/" * 500,
    "/r/p/../../etc/passwd",
    "/r/z/werknemer/1-3-maanden/eigen/cm/" + "9" * 3000,
]


class BadInputFuzzTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()
        cls.fiche_url = cls.world.tnw_gent.get_absolute_url()

    def addresses(self) -> dict[str, list[str]]:
        vcard = reverse("actors:fiche_vcard", args=[self.world.tnw_gent.slug])
        return {**ADDRESSES, self.fiche_url: ["pagina"], vcard: []}

    def fetch_all(self) -> list[str]:
        failures = []
        # Collect every 500 rather than stop at the first raised exception.
        self.client.raise_request_exception = False

        def check(path, data=None, query=None):
            url = f"{path}?{query}" if query is not None else path
            response = self.client.get(url, data) if data is not None else self.client.get(url)
            if response.status_code >= 500:
                failures.append(f"{response.status_code} {url} {data!r}")

        for path, parameters in self.addresses().items():
            check(path)
            for parameter in parameters:
                for value in ODD_VALUES:
                    check(path, {parameter: value})
            for query in RAW_QUERIES:
                check(path, query=query)
        for route in ("/route/patient/", "/route/zorgverlener/", "/route/zorgverlener/folder/"):
            for value in ODD_VALUES:
                check(route, query=f"{ROUTE_ANSWERS}&wijzig=x&print=1&extra={value[:50]}")
        for value in ODD_VALUES:
            for key in ("sinds", "contract"):
                check("/route/patient/agenda.ics", {**dict(parse_qsl(ROUTE_ANSWERS)), key: value})
        for path in ODD_PATHS:
            check(path)
        return failures

    def test_odd_input_never_gives_a_server_error_to_a_visitor(self):
        assert self.fetch_all() == []

    def test_odd_input_never_gives_a_server_error_to_a_professional(self):
        # Professionals take other code paths (contact persons, private caching).
        self.client.force_login(make_professional(self.world.gent))
        assert self.fetch_all() == []
