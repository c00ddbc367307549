"""The route page: ordered steps with local fiches, the answer summary, print and handout."""

import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.test import TestCase

from actors.models import Fiche, Organisation
from pathways import presenter
from pathways.models import FlowText
from tests.factories import make_contact_person, make_fiche, make_professional
from tests.world import make_reference

PATIENT = "/route/patient/"
GENT_WERKNEMER = (
    f"{PATIENT}?werk=werknemer&sinds=3-12-maanden&doel=eigen&ziekenfonds=cm&plaats=9000"
)
DOCTOR_SIX_WEEKS = "werk=werknemer&sinds=1-3-maanden&doel=eigen&ziekenfonds=cm&plaats=9000"


def step_titles(response) -> list[str]:
    html = response.content.decode()
    return [
        re.sub(r"<[^>]+>", "", m).replace("\n", " ").strip()
        for m in re.findall(r'<h2 class="route-step__title">(.*?)</h2>', html, re.S)
    ]


def change_links(response) -> dict[str, str]:
    html = response.content.decode().replace("&amp;", "&")
    links = re.findall(r'<dd class="answer-summary__action"><a href="([^"]+)">', html)
    return {dict(parse_qsl(urlsplit(link).query))["wijzig"]: link for link in links}


class RoutePageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        ref = cls.ref = make_reference()
        types, gent = ref["types"], ref["gent"]
        cls.huisarts = make_fiche(
            name="Huisartsenwachtpost Gent", actor_type=types["huisarts"], zones=[gent]
        )
        cls.tnw_cm = make_fiche(
            name="TNW CM Gent",
            actor_type=types["tnw-coordinator"],
            zones=[gent],
            mutuality=ref["mutualities"]["cm"],
        )
        cls.tnw_solidaris = make_fiche(
            name="TNW Solidaris Gent",
            actor_type=types["tnw-coordinator"],
            zones=[gent],
            mutuality=ref["mutualities"]["solidaris"],
        )
        cls.vdab_flanders = make_fiche(
            name="VDAB 0800 30 700", actor_type=types["vdab"], serves_all_flanders=True
        )
        cls.arbeidsarts_leuven = make_fiche(
            name="Arbeidsarts Leuven", actor_type=types["arbeidsarts"], zones=[ref["leuven"]]
        )
        cls.adviserend_pro = make_fiche(
            name="Adviserend arts Gent, rechtstreekse lijn",
            actor_type=types["adviserend-arts"],
            zones=[gent],
            mutuality=ref["mutualities"]["cm"],
            visibility=Fiche.Visibility.PROFESSIONAL,
        )
        cls.draft = make_fiche(
            name="Klad huisarts",
            actor_type=types["huisarts"],
            zones=[gent],
            status=Fiche.Status.DRAFT,
        )

    def test_it_shows_the_steps_in_order_with_their_texts(self):
        response = self.client.get(GENT_WERKNEMER)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            step_titles(response),
            [
                "Stap 1: Huisarts",
                "Stap 2: TNW-coördinator",
                "Stap 3: Adviserend arts",
                "Stap 4: Arbeidsarts",
                "Stap 5: Werkgever",
                "Stap 6: Ergotherapeut",
            ],
        )
        self.assertContains(response, "<h1>Jouw route</h1>", html=True)
        self.assertContains(
            response, "Rond 10 weken afwezigheid stuurt je ziekenfonds je een vragenlijst"
        )
        self.assertContains(response, "Wat kun je vragen?")
        huisarts = self.ref["types"]["huisarts"]
        self.assertContains(response, huisarts.cost)  # the cost comes from the ActorType record
        self.assertContains(response, "Adressen in de buurt van <strong>9000 Gent</strong>")

    def test_it_lists_the_local_fiches_of_each_step(self):
        response = self.client.get(GENT_WERKNEMER)
        self.assertContains(response, "Huisartsenwachtpost Gent")
        self.assertNotContains(response, "Arbeidsarts Leuven")
        self.assertNotContains(response, "Klad huisarts")

    def test_it_puts_the_visitors_own_ziekenfonds_first(self):
        html = self.client.get(GENT_WERKNEMER).content.decode()
        self.assertIn("Bij je eigen ziekenfonds: CM", html)
        self.assertLess(html.index("TNW CM Gent"), html.index("TNW Solidaris Gent"))
        others = html[html.index("<details>") : html.index("</details>")]
        self.assertIn("TNW Solidaris Gent", others)
        self.assertNotIn("TNW CM Gent", others)

    def test_it_shows_every_ziekenfonds_when_the_visitor_does_not_know_theirs(self):
        response = self.client.get(
            GENT_WERKNEMER.replace("ziekenfonds=cm", "ziekenfonds=weet-niet")
        )
        self.assertNotContains(response, "<details>")
        self.assertContains(response, "TNW Solidaris Gent")
        self.assertContains(response, "TNW CM Gent")

    def test_flanders_wide_fiches_appear_everywhere(self):
        response = self.client.get(
            f"{PATIENT}?werk=werkzoekende&sinds=1-3-maanden&ziekenfonds=cm&plaats=3000"
        )
        self.assertContains(response, "VDAB 0800 30 700")

    def test_it_shows_no_local_addresses_for_the_visitors_own_employer(self):
        make_fiche(
            name="Een bedrijf in Gent",
            actor_type=self.ref["types"]["werkgever"],
            zones=[self.ref["gent"]],
        )
        response = self.client.get(GENT_WERKNEMER)
        self.assertNotContains(response, "Een bedrijf in Gent")

    def test_professional_only_fiches_appear_only_for_an_approved_professional(self):
        self.assertNotContains(self.client.get(GENT_WERKNEMER), self.adviserend_pro.name)

        pending = make_professional(self.ref["gent"], status="pending")
        self.client.force_login(pending)
        self.assertNotContains(self.client.get(GENT_WERKNEMER), self.adviserend_pro.name)

        self.client.force_login(make_professional(self.ref["gent"]))
        response = self.client.get(GENT_WERKNEMER)
        self.assertContains(response, self.adviserend_pro.name)
        self.assertContains(response, "Alleen voor professionals")

    def test_contact_persons_show_in_the_route_only_for_an_approved_professional(self):
        make_contact_person(self.tnw_cm, name="Directe Lijn Marker", phone="09 000 00 01")
        anonymous = self.client.get(GENT_WERKNEMER)
        self.assertContains(anonymous, self.tnw_cm.name)
        self.assertNotContains(anonymous, "Directe Lijn Marker")

        self.client.force_login(make_professional(self.ref["gent"]))
        response = self.client.get(GENT_WERKNEMER)
        self.assertContains(response, "Directe Lijn Marker")
        # A shared cache must never hand this page to the next visitor.
        self.assertIn("private", response["Cache-Control"])

    def test_the_patient_handout_never_shows_professional_only_fiches(self):
        self.client.force_login(make_professional(self.ref["gent"]))
        route = self.client.get(f"/route/zorgverlener/?{DOCTOR_SIX_WEEKS}")
        self.assertContains(route, self.adviserend_pro.name)
        self.assertContains(
            route, f'href="/route/zorgverlener/folder/?{DOCTOR_SIX_WEEKS.replace("&", "&amp;")}"'
        )

        handout = self.client.get(f"/route/zorgverlener/folder/?{DOCTOR_SIX_WEEKS}")
        self.assertEqual(handout.status_code, 200)
        self.assertNotContains(handout, self.adviserend_pro.name)
        self.assertContains(handout, "TNW CM Gent")
        # In the patient's words, starting with their huisarts.
        self.assertEqual(step_titles(handout)[0], "Stap 1: Huisarts")
        self.assertContains(handout, "Je huisarts of zorgverlener gaf je deze route mee")

    def test_an_unfinished_handout_goes_back_to_the_questions(self):
        response = self.client.get("/route/zorgverlener/folder/?werk=werknemer&foo=1")
        self.assertRedirects(
            response, "/route/zorgverlener/?werk=werknemer", fetch_redirect_response=False
        )

    def test_the_doctor_sees_what_they_can_do_now(self):
        response = self.client.get(f"/route/zorgverlener/?{DOCTOR_SIX_WEEKS}")
        self.assertContains(response, "Wat jij nu kunt doen")
        self.assertContains(response, "Praat vanaf het eerste contact over werk")
        self.assertContains(response, "Verwijs naar de TNW-coördinator")
        self.assertNotIn("Stap 1: Huisarts", step_titles(response))

    def test_the_employer_sees_their_own_actions_and_no_patient_costs(self):
        response = self.client.get(
            "/route/werkgever/?sinds=3-12-maanden&terugkeer=ja&preventiedienst=extern&plaats=9000"
        )
        self.assertContains(response, "Wat jij zelf kunt doen")
        self.assertContains(response, "Denk aan een re-integratietraject")
        self.assertNotContains(response, "Wat kost het?")

    def test_a_place_spanning_several_zones_shows_the_fiches_of_each(self):
        types = self.ref["types"]
        make_fiche(
            name="Huisarts Centrum",
            actor_type=types["huisarts"],
            zones=[self.ref["antwerpen_centrum"]],
        )
        make_fiche(
            name="Huisarts Zuid", actor_type=types["huisarts"], zones=[self.ref["antwerpen_zuid"]]
        )
        response = self.client.get(f"{PATIENT}?werk=leefloon&plaats=2000")
        self.assertContains(response, "Huisarts Centrum")
        self.assertContains(response, "Huisarts Zuid")
        self.assertContains(
            response,
            '<a href="/zones/antwerpen-centrum/">Antwerpen Centrum</a>, '
            '<a href="/zones/antwerpen-zuid/">Antwerpen Zuid</a>',
        )

    def test_the_summary_has_a_change_link_per_answer_that_keeps_the_others(self):
        response = self.client.get(GENT_WERKNEMER)
        links = change_links(response)
        self.assertEqual(set(links), {"werk", "sinds", "doel", "ziekenfonds", "plaats"})
        for question, link in links.items():
            answers = dict(parse_qsl(urlsplit(link).query))
            self.assertEqual(answers.pop("wijzig"), question)
            self.assertEqual(
                answers,
                {
                    "werk": "werknemer",
                    "sinds": "3-12-maanden",
                    "doel": "eigen",
                    "ziekenfonds": "cm",
                    "plaats": "9000",
                },
            )

    def test_changing_the_work_status_from_the_summary_keeps_postcode_and_ziekenfonds(self):
        edit = self.client.get(change_links(self.client.get(GENT_WERKNEMER))["werk"])
        self.assertContains(edit, 'value="werknemer" checked')
        self.assertContains(
            edit, f'<a class="back-link" href="{GENT_WERKNEMER.replace("&", "&amp;")}">Terug</a>'
        )
        hidden = dict(
            re.findall(r'<input type="hidden" name="(\w+)" value="([^"]+)">', edit.content.decode())
        )
        self.assertEqual(
            hidden,
            {"sinds": "3-12-maanden", "doel": "eigen", "ziekenfonds": "cm", "plaats": "9000"},
        )

        # The browser sends the hidden answers, the empty field and the new choice.
        response = self.client.get(PATIENT, {**hidden, "werk": ["", "zelfstandige"]}, follow=True)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.redirect_chain,
            [
                (
                    f"{PATIENT}?werk=zelfstandige&sinds=3-12-maanden&doel=eigen&ziekenfonds=cm&plaats=9000",
                    302,
                )
            ],
        )
        self.assertContains(response, "Zelfstandige")
        self.assertContains(response, '<dd class="answer-summary__value">9000 Gent</dd>', html=True)
        self.assertContains(response, '<dd class="answer-summary__value">CM</dd>', html=True)
        self.assertNotIn("Stap 5: Werkgever", step_titles(response))

    def test_the_route_has_a_stable_address_a_print_view_and_a_fresh_start(self):
        response = self.client.get(GENT_WERKNEMER)
        self.assertContains(response, f"http://testserver{GENT_WERKNEMER.replace('&', '&amp;')}")
        self.assertContains(response, f'href="{GENT_WERKNEMER.replace("&", "&amp;")}&amp;print=1"')
        self.assertContains(response, f'href="{PATIENT}">Opnieuw beginnen</a>')

    def test_the_print_view_is_short_and_has_no_change_links(self):
        types, gent = self.ref["types"], self.ref["gent"]
        for n in range(5):
            make_fiche(name=f"Extra huisarts {n}", actor_type=types["huisarts"], zones=[gent])
        response = self.client.get(f"{GENT_WERKNEMER}&print=1")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'class="print-view"')
        self.assertNotContains(response, "Wijzig")
        self.assertNotContains(response, "<details>")
        html = response.content.decode()
        huisarts_step = html[html.index('id="stap-1"') : html.index('id="stap-2"')]
        self.assertEqual(huisarts_step.count('class="fiche-card"'), presenter.FICHES_ON_PAPER)
        # The paper says there are more and where to find them.
        self.assertIn("zie de route online", huisarts_step)

    def test_on_screen_a_long_list_links_to_the_zone(self):
        types, gent = self.ref["types"], self.ref["gent"]
        for n in range(7):
            make_fiche(name=f"Extra huisarts {n}", actor_type=types["huisarts"], zones=[gent])
        response = self.client.get(GENT_WERKNEMER)
        self.assertContains(response, "Er zijn nog 3 adressen.")
        self.assertContains(response, 'href="/zones/gent/"')

    def test_texts_edited_in_the_admin_replace_the_defaults(self):
        FlowText.objects.create(
            key="step.huisarts-werknemer.why", text="Ga eerst langs bij je dokter."
        )
        FlowText.objects.create(key="patient.werk.title", text="Wat doe je voor werk?")
        self.assertContains(self.client.get(GENT_WERKNEMER), "Ga eerst langs bij je dokter.")
        self.assertContains(self.client.get(PATIENT), "Wat doe je voor werk?")


# ---------------------------------------------------------------- query counts
def _bulk_fiches(count: int, ref) -> None:
    organisation, _ = Organisation.objects.get_or_create(name="Bulk", slug="bulk")
    types = ref["types"]
    kinds = ["huisarts", "tnw-coordinator", "adviserend-arts", "arbeidsarts", "vdab"]
    fiches = Fiche.objects.bulk_create(
        Fiche(
            organisation=organisation,
            actor_type=types[kinds[n % len(kinds)]],
            name=f"Bulk {n}",
            slug=f"bulk-{n}",
            status=Fiche.Status.PUBLISHED,
            mutuality=ref["mutualities"]["cm" if n % 2 else "solidaris"]
            if kinds[n % len(kinds)] in ("tnw-coordinator", "adviserend-arts")
            else None,
        )
        for n in range(count)
    )
    Fiche.zones.through.objects.bulk_create(
        Fiche.zones.through(fiche_id=f.pk, zone_id=ref["gent"].pk) for f in fiches
    )


def _queries_for_route(client, django_assert_max_num_queries, count, ref, url) -> int:
    _bulk_fiches(count, ref)
    client.get(url)  # the place names are read once into the cache (actors.reference_cache)
    with django_assert_max_num_queries(10) as captured:
        response = client.get(url)
    assert response.status_code == 200
    assert "Bulk " in response.content.decode()
    Fiche.objects.filter(slug__startswith="bulk-").delete()
    return len(captured)


@pytest.mark.django_db
def test_the_route_page_uses_as_many_queries_for_3_fiches_as_for_300(
    client, django_assert_max_num_queries
):
    ref = make_reference()
    few = _queries_for_route(client, django_assert_max_num_queries, 3, ref, GENT_WERKNEMER)
    many = _queries_for_route(client, django_assert_max_num_queries, 300, ref, GENT_WERKNEMER)
    assert few == many


@pytest.mark.django_db
def test_a_professionals_route_page_is_bounded_too(client, django_assert_max_num_queries):
    ref = make_reference()
    client.force_login(make_professional(ref["gent"]))
    url = f"/route/zorgverlener/?{DOCTOR_SIX_WEEKS}"
    few = _queries_for_route(client, django_assert_max_num_queries, 3, ref, url)
    many = _queries_for_route(client, django_assert_max_num_queries, 300, ref, url)
    assert few == many
