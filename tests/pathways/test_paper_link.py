"""Back to the route from paper: the print view and the handout carry a QR code of the route's
own address and a short address to type over, which leads to the same route."""

import re
from datetime import date

from django.test import TestCase

from pathways.engine import FLOWS
from pathways.engine.shortlink import expand
from tests.qr import decode_svg, needs_zbarimg, svg_from
from tests.world import make_reference

ANSWERS = "werk=werknemer&sinds=1-3-maanden&doel=eigen&ziekenfonds=cm&plaats=9000"
ROUTE = f"http://testserver/route/patient/?{ANSWERS}"
SHORT = "/r/p/werknemer/1-3-maanden/eigen/cm/9000"


def short_link(response) -> str:
    match = re.search(
        r'<a class="route-paper-link__url" href="([^"]+)">(.*?)</a>', html_of(response)
    )
    href, text = match.groups()
    assert text.replace("<wbr>", "") == href.removeprefix("http://"), "shown is linked"
    return href


def html_of(response) -> str:
    return response.content.decode()


class PaperLinkTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.ref = make_reference()

    @needs_zbarimg
    def test_the_printed_routes_qr_code_opens_the_route(self):
        response = self.client.get(f"/route/patient/?{ANSWERS}&print=1")
        self.assertEqual(decode_svg(svg_from(html_of(response))), [ROUTE])

    @needs_zbarimg
    def test_the_handouts_qr_code_opens_the_patients_route(self):
        response = self.client.get(f"/route/zorgverlener/folder/?{ANSWERS}")
        self.assertEqual(decode_svg(svg_from(html_of(response))), [ROUTE])

    @needs_zbarimg
    def test_the_doctors_printed_route_leads_to_the_doctors_route(self):
        response = self.client.get(f"/route/zorgverlener/?{ANSWERS}&print=1")
        self.assertEqual(
            decode_svg(svg_from(html_of(response))),
            [f"http://testserver/route/zorgverlener/?{ANSWERS}"],
        )

    def test_the_qr_code_is_inline_svg_the_csp_allows_with_a_name(self):
        svg = svg_from(html_of(self.client.get(f"/route/patient/?{ANSWERS}&print=1")))
        self.assertIn('role="img"', svg)
        self.assertIn("<title>QR-code: scan hem om deze route online te openen</title>", svg)
        self.assertNotIn("style", svg)

    def test_the_short_address_on_paper_leads_to_the_same_route(self):
        for page in (
            f"/route/patient/?{ANSWERS}&print=1",
            f"/route/zorgverlener/folder/?{ANSWERS}",
        ):
            href = short_link(self.client.get(page))
            self.assertEqual(href, f"http://testserver{SHORT}")
            response = self.client.get(href.removeprefix("http://testserver"))
            self.assertRedirects(response, ROUTE.removeprefix("http://testserver"))

    def test_the_screen_route_has_no_qr_code(self):
        self.assertNotIn("qr-code", html_of(self.client.get(f"/route/patient/?{ANSWERS}")))

    def test_every_flow_has_a_short_address(self):
        response = self.client.get(
            "/route/werkgever/?sinds=1-3-maanden&terugkeer=ja&preventiedienst=extern&plaats=9000&print=1"
        )
        href = short_link(response)
        self.assertEqual(href, "http://testserver/r/w/1-3-maanden/ja/extern/9000")
        self.assertRedirects(
            self.client.get(href.removeprefix("http://testserver")),
            "/route/werkgever/?sinds=1-3-maanden&terugkeer=ja&preventiedienst=extern&plaats=9000",
        )


class ShortAddressTests(TestCase):
    """Typed by hand: a typo or a made-up address never gives an error page."""

    @classmethod
    def setUpTestData(cls):
        cls.ref = make_reference()

    def test_a_wrong_answer_opens_its_question_with_the_others_kept(self):
        response = self.client.get("/r/p/werknemer/1-3-maanden/eigen/cmm/9000", follow=True)
        self.assertContains(response, "Bij welk ziekenfonds ben je aangesloten?", status_code=400)
        self.assertContains(response, "Dit antwoord kennen we niet.", status_code=400)
        self.assertContains(
            response, '<input type="hidden" name="plaats" value="9000">', status_code=400
        )

    def test_an_unknown_flow_is_a_dutch_not_found_page(self):
        response = self.client.get("/r/x/werknemer")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, "Deze pagina bestaat niet (meer)", status_code=404)

    def test_the_flow_alone_starts_its_questions(self):
        self.assertRedirects(self.client.get("/r/p"), "/route/patient/")
        self.assertRedirects(self.client.get("/r/zorgverlener/"), "/route/zorgverlener/")

    def test_odd_input_never_breaks(self):
        for path in ["/r/p/%00/..//werknemer", "/r/p/" + "a/" * 500, "/r/p/werknemer/%C3%28"]:
            response = self.client.get(path, follow=True)
            self.assertIn(response.status_code, (200, 400), path)


def test_expand_takes_answers_in_the_flows_order_and_skips_what_does_not_fit():
    patient, today = FLOWS["patient"], date(2026, 12, 1)
    assert expand(patient, ["leefloon", "9000"], today) == [
        ("werk", "leefloon"),
        ("plaats", "9000"),
    ]
    # "eigen" is no date: that question stays open, the rest is kept.
    assert expand(patient, ["werknemer", "eigen", "cm", "Gent"], today) == [
        ("werk", "werknemer"),
        ("doel", "eigen"),
        ("ziekenfonds", "cm"),
        ("plaats", "Gent"),
    ]
    # A date in the first month brings the contract question.
    assert expand(patient, ["werknemer", "2026-11-20", "arbeider", "eigen"], today) == [
        ("werk", "werknemer"),
        ("sinds", "2026-11-20"),
        ("contract", "arbeider"),
        ("doel", "eigen"),
    ]
