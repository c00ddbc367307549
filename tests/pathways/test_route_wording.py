"""What a route says to its reader when a zone has no addresses yet, and the small signposts
that keep a long route usable (answers link, handout near the top, zone names)."""

import re

from django.test import TestCase

from tests.factories import make_fiche
from tests.world import make_reference

# Gent has no fiches in these tests unless a test adds one.
PATIENT_GENT = (
    "/route/patient/?werk=werknemer&sinds=3-12-maanden&doel=eigen&ziekenfonds=cm&plaats=9000"
)
DOCTOR_GENT = (
    "/route/zorgverlener/?werk=werknemer&sinds=1-3-maanden&doel=eigen&ziekenfonds=cm&plaats=9000"
)
EMPLOYER_GENT = (
    "/route/werkgever/?sinds=3-12-maanden&terugkeer=ja&preventiedienst=extern&plaats=9000"
)


def step_html(response, name: str) -> str:
    """The markup of the route step titled `name`."""
    html = response.content.decode()
    for step in re.findall(r'<li class="route-step" id="stap-\d+">(.*?)</li>\n', html, re.S):
        if re.search(rf"</span>{re.escape(name)}</h2>", step):
            return step
    raise AssertionError(f"No step {name!r}")


class EmptyZoneTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.ref = make_reference()

    def test_a_step_without_local_addresses_says_how_to_reach_that_help_anyway(self):
        response = self.client.get(PATIENT_GENT)
        arbeidsarts = step_html(response, "Arbeidsarts")
        self.assertIn("We hebben nog geen adres in de buurt.", arbeidsarts)
        self.assertIn(self.ref["types"]["arbeidsarts"].how_to_reach, arbeidsarts)

    def test_the_huisarts_step_without_addresses_sends_you_to_your_own_huisarts(self):
        huisarts = step_html(self.client.get(PATIENT_GENT), "Huisarts")
        self.assertIn("Maak een afspraak bij je eigen huisarts.", huisarts)
        self.assertNotIn("Je huisarts kan je verder helpen", huisarts)

    def test_a_ziekenfonds_step_without_addresses_names_the_visitors_ziekenfonds(self):
        tnw = step_html(self.client.get(PATIENT_GENT), "TNW-coördinator")
        self.assertIn("We hebben nog geen adres van CM in de buurt.", tnw)

    def test_an_employer_is_not_sent_to_a_huisarts_when_there_are_no_addresses(self):
        response = self.client.get(EMPLOYER_GENT)
        self.assertContains(response, "We hebben nog geen adres in de buurt van de werkplek.")
        self.assertContains(
            response, "Je medewerker vindt de TNW-coördinator via het eigen ziekenfonds."
        )
        self.assertNotContains(response, "huisarts kan je")

    def test_a_step_with_local_addresses_shows_them_instead_of_the_fallback(self):
        make_fiche(
            name="Arbeidsarts Gent",
            actor_type=self.ref["types"]["arbeidsarts"],
            zones=[self.ref["gent"]],
        )
        arbeidsarts = step_html(self.client.get(PATIENT_GENT), "Arbeidsarts")
        self.assertIn("Arbeidsarts Gent", arbeidsarts)
        self.assertNotIn("We hebben nog geen adres", arbeidsarts)


class RouteSignpostTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.ref = make_reference()

    def test_the_patient_does_not_read_a_cost_for_talking_to_their_own_employer(self):
        werkgever = step_html(self.client.get(PATIENT_GENT), "Werkgever")
        self.assertNotIn("Wat kost het?", werkgever)

    def test_the_route_links_to_the_answers_from_the_top(self):
        html = self.client.get(PATIENT_GENT).content.decode()
        link = html.index('href="#antwoorden"')
        self.assertLess(link, html.index('id="stap-1"'))
        self.assertIn('id="antwoorden"', html)

    def test_the_doctor_finds_the_handout_before_their_own_actions(self):
        html = self.client.get(DOCTOR_GENT).content.decode()
        self.assertLess(
            html.index("/route/zorgverlener/folder/?"), html.index("Wat jij nu kunt doen")
        )

    def test_the_doctor_reads_whose_ziekenfonds_a_step_belongs_to(self):
        response = self.client.get(DOCTOR_GENT)
        self.assertContains(response, "Ziekenfonds van je patiënt: CM")
        self.assertNotContains(response, "Bij je eigen ziekenfonds")

    def test_the_doctors_printout_heads_the_patients_route(self):
        response = self.client.get(f"{DOCTOR_GENT}&print=1")
        self.assertContains(response, "<h2>De route voor je patiënt</h2>", html=True)

    def test_a_place_in_several_zones_names_them_in_the_plural(self):
        response = self.client.get(PATIENT_GENT.replace("plaats=9000", "plaats=2000"))
        self.assertContains(
            response,
            'eerstelijnszones <a href="/zones/antwerpen-centrum/">Antwerpen Centrum</a>, '
            '<a href="/zones/antwerpen-zuid/">Antwerpen Zuid</a>',
        )
        gent = self.client.get(PATIENT_GENT)
        self.assertContains(gent, '(eerstelijnszone <a href="/zones/gent/">Gent</a>)')


class EmployerOrderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_reference()

    def test_an_employer_reads_what_to_do_before_the_legal_fine_print(self):
        html = self.client.get(
            "/route/werkgever/?sinds=3-12-maanden&terugkeer=nog-niet&preventiedienst=extern"
            "&plaats=9000"
        ).content.decode()
        self.assertLess(html.index("Houd contact, met respect"), html.index("medische overmacht"))
        self.assertLess(html.index("medische overmacht"), html.index('id="stap-1"'))
