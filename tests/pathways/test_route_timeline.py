"""The route as a timeline, through the real views: personas from issue 9, each with the
deadline and its date, on a fixed "today" (Tuesday 12 January 2027)."""

import re
from datetime import date
from unittest import mock

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from pathways.models import FlowText
from tests.factories import make_fiche
from tests.world import make_reference

TODAY = date(2027, 1, 12)  # a Tuesday
PATIENT = "/route/patient/"


def text_of(html: str) -> str:
    """The page as a reader sees it: tags dropped, spaces squeezed, entities for quotes undone."""
    plain = re.sub(r"<[^>]+>", " ", html).replace("&#x27;", "'").replace("&amp;", "&")
    return " ".join(plain.split())


def section(html: str, section_id: str) -> str:
    """The text of one <section aria-labelledby=...> of the route page."""
    match = re.search(rf'<section[^>]*aria-labelledby="{section_id}".*?</section>', html, re.S)
    assert match, f"no section {section_id}"
    return text_of(match.group(0))


def step_titles(html: str) -> list[str]:
    return [
        text_of(m).split(": ", 1)[1]
        for m in re.findall(r'<h2 class="route-step__title">(.*?)</h2>', html, re.S)
    ]


class TimelinePersonaTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        ref = make_reference()
        types = ref["types"]
        cls.ziekenfonds = make_fiche(
            name="CM Gent, kantoor Zuid",
            actor_type=types["ziekenfonds"],
            zones=[ref["gent"]],
            mutuality=ref["mutualities"]["cm"],
            phone="09 267 20 00",
            street="Martelaarslaan 17",
            postcode="9000",
            city="Gent",
        )
        make_fiche(
            name="Huisartsenpraktijk Gent", actor_type=types["huisarts"], zones=[ref["gent"]]
        )
        make_fiche(name="Actiris Schaarbeek", actor_type=types["actiris"], zones=[ref["bruzel"]])

    def setUp(self):
        patcher = mock.patch("pathways.clock.today", return_value=TODAY)
        patcher.start()
        self.addCleanup(patcher.stop)

    def route(self, url: str) -> str:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response.content.decode()

    def employee(self, contract: str, since: str = "2027-01-04") -> str:
        return self.route(
            f"{PATIENT}?werk=werknemer&sinds={since}&contract={contract}&doel=eigen"
            "&ziekenfonds=cm&plaats=9000"
        )

    def test_a_bediende_sends_the_certificate_by_day_28_with_its_date_and_local_address(self):
        html = self.employee("bediende")
        now = section(html, "nu-doen")
        self.assertIn("Getuigschrift bij je ziekenfonds uiterlijk zondag 31 januari", now)
        # The first thing to do carries the ziekenfonds's local phone and address.
        self.assertIn("CM Gent, kantoor Zuid Telefoon: 09 267 20 00 Martelaarslaan 17", now)
        timeline = section(html, "tijdlijn")
        self.assertIn("vandaag is dag 9", timeline)
        self.assertIn("10% minder uitkering voor elke dag", timeline)
        self.assertIn("ziekenhuis", timeline)

    def test_an_arbeider_sends_it_by_day_14(self):
        now = section(self.employee("arbeider"), "nu-doen")
        self.assertIn("uiterlijk zondag 17 januari", now)
        self.assertNotIn("31 januari", now)

    def test_an_interim_worker_has_two_days_and_is_promised_no_gewaarborgd_loon(self):
        html = self.employee("kort", since="2027-01-11")
        self.assertIn("uiterlijk dinsdag 12 januari", section(html, "nu-doen"))
        page = text_of(html)
        self.assertIn("meestal geen gewaarborgd loon", page)
        self.assertNotIn("De eerste weken betaalt je werkgever je loon verder", page)
        self.assertNotIn("Na het gewaarborgd loon", page)

    def test_not_knowing_the_contract_gives_the_earliest_deadline(self):
        html = self.employee("weet-niet", since="2027-01-11")
        self.assertIn("uiterlijk dinsdag 12 januari", section(html, "nu-doen"))

    def test_a_job_seeker_has_48_hours_and_tells_the_uitbetalingsinstelling(self):
        html = self.route(
            f"{PATIENT}?werk=werkzoekende&sinds=2027-01-11&ziekenfonds=cm&plaats=9000"
        )
        self.assertIn("uiterlijk dinsdag 12 januari", section(html, "nu-doen"))
        page = text_of(html)
        self.assertIn("binnen 2 dagen (48 uur)", page)
        self.assertIn("uitbetalingsinstelling (je vakbond of de HVW)", page)

    def test_a_self_employed_person_has_seven_days_sees_the_doctor_on_day_one(self):
        html = self.route(
            f"{PATIENT}?werk=zelfstandige&sinds=2027-01-08&doel=eigen&ziekenfonds=cm&plaats=9000"
        )
        self.assertIn("uiterlijk vrijdag 15 januari", section(html, "nu-doen"))
        page = text_of(html)
        self.assertIn("op de eerste dag naar je huisarts", page)
        self.assertIn("sociaal verzekeringsfonds", page)
        self.assertIn("binnen 7 kalenderdagen", page)

    def test_someone_in_week_nine_hears_the_questionnaire_is_coming(self):
        # Today is day 60; after the first month the contract is not asked (nor kept).
        html = self.route(
            f"{PATIENT}?werk=werknemer&sinds=2026-11-14&doel=eigen&ziekenfonds=cm&plaats=9000"
        )
        now = section(html, "nu-doen")
        self.assertIn("De vragenlijst 'Terug naar werk' rond zaterdag 16 januari", now)
        timeline = section(html, "tijdlijn")
        self.assertIn("Eerstvolgende: rond zaterdag 16 januari", timeline)
        self.assertIn("Voorbij:", timeline)  # the certificate and the week-4 contact
        self.assertIn("TNW-coördinator", step_titles(html))

    def test_an_employer_at_month_five_may_start_a_traject_but_not_invoke_force_majeure(self):
        html = self.route(
            "/route/werkgever/?sinds=2026-08-10&terugkeer=ja&preventiedienst=extern&plaats=9000"
        )
        timeline = section(html, "tijdlijn")
        self.assertIn(
            "Geldt al: vanaf dinsdag 10 november 2026 Jij mag een re-integratietraject starten",
            timeline,
        )
        self.assertIn(
            "Eerstvolgende: vanaf maandag 10 mei Medische overmacht: niet vóór deze dag", timeline
        )
        page = text_of(html)
        self.assertIn("Denk aan een re-integratietraject", page)
        self.assertIn("pas na 9 maanden", page)

    def test_a_job_seeker_in_brussels_gets_actiris_and_no_vop(self):
        html = self.route(
            f"{PATIENT}?werk=werkzoekende&sinds=2026-12-01&ziekenfonds=cm&plaats=1030"
        )
        titles = step_titles(html)
        self.assertIn("Actiris", titles)
        self.assertNotIn("GTB", titles)
        page = text_of(html)
        self.assertIn("VDAB Brussel", page)
        self.assertIn("Actiris Schaarbeek", page)
        self.assertNotIn("VOP", page)

    def test_an_employer_in_brussels_is_promised_no_vop(self):
        html = self.route(
            "/route/werkgever/?sinds=2026-08-10&terugkeer=ja&preventiedienst=extern&plaats=1030"
        )
        page = text_of(html)
        self.assertIn("De VOP (Vlaamse ondersteuningspremie) is een Vlaamse maatregel", page)
        self.assertNotIn("Heb ik recht op een VOP", page)

    def test_the_timeline_is_an_ordered_list_and_the_next_milestone_is_marked_in_words(self):
        html = self.employee("bediende")
        timeline = re.search(r'<ol class="timeline__list">.*?</ol>', html, re.S).group(0)
        dates = re.findall(r'<time datetime="([\d-]+)">', timeline)
        self.assertEqual(dates, sorted(dates))
        self.assertEqual(timeline.count('aria-current="step"'), 1)
        self.assertIn("Eerstvolgende:", text_of(timeline))
        self.assertNotIn("Voorbij", text_of(timeline).split("Eerstvolgende")[1])

    def test_the_print_view_keeps_the_deadline_and_its_date(self):
        html = self.route(
            f"{PATIENT}?werk=werknemer&sinds=2027-01-04&contract=bediende&doel=eigen"
            "&ziekenfonds=cm&plaats=9000&print=1"
        )
        timeline = section(html, "tijdlijn")
        self.assertIn("Eerstvolgende: uiterlijk zondag 31 januari Getuigschrift", timeline)
        # Paper keeps what is still to come; the first day is behind the person.
        self.assertNotIn("Voorbij", timeline)


class SinceQuestionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_reference()

    def setUp(self):
        patcher = mock.patch("pathways.clock.today", return_value=TODAY)
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_weeks_typed_become_the_first_day_in_the_address(self):
        response = self.client.get(PATIENT, {"werk": "werknemer", "sinds": "6 weken"})
        self.assertRedirects(
            response, f"{PATIENT}?werk=werknemer&sinds=2026-12-01", fetch_redirect_response=False
        )

    def test_a_belgian_date_is_read_day_first(self):
        response = self.client.get(PATIENT, {"werk": "werknemer", "sinds": "4/1/2027"})
        self.assertRedirects(
            response, f"{PATIENT}?werk=werknemer&sinds=2027-01-04", fetch_redirect_response=False
        )

    def test_the_contract_is_asked_in_the_first_month_with_a_dont_know_answer(self):
        response = self.client.get(f"{PATIENT}?werk=werknemer&sinds=2027-01-04")
        self.assertContains(response, "Wat voor contract heb je?")
        self.assertContains(response, "Dan tonen we de vroegste termijn")

    def test_a_date_in_the_future_or_unreadable_gets_a_clear_dutch_error(self):
        for typed in ("13/01/2027", "ergens vorig jaar", "31/02/2026"):
            response = self.client.get(PATIENT, {"werk": "werknemer", "sinds": typed})
            self.assertEqual(response.status_code, 400, typed)
            self.assertContains(response, "Typ bijvoorbeeld 3/11/2026", status_code=400)
            self.assertContains(response, f'value="{typed}"', status_code=400)

    def test_the_question_offers_shortcuts_for_whoever_does_not_know_the_date(self):
        response = self.client.get(f"{PATIENT}?werk=werknemer")
        self.assertContains(response, "Ik werk nog, maar het gaat moeilijk")
        self.assertContains(response, "?werk=werknemer&amp;sinds=1-3-maanden")

    def test_changing_the_date_shows_it_back_as_typed(self):
        response = self.client.get(
            f"{PATIENT}?werk=werknemer&sinds=2026-11-14&doel=eigen&ziekenfonds=cm&plaats=9000"
            "&wijzig=sinds"
        )
        self.assertContains(response, 'value="14/11/2026"')

    def test_old_addresses_with_a_duration_band_still_lead_to_the_route(self):
        old = f"{PATIENT}?werk=werknemer&duur=1-3-maanden&doel=eigen&ziekenfonds=cm&plaats=9000"
        response = self.client.get(old)
        new = f"{PATIENT}?werk=werknemer&sinds=1-3-maanden&doel=eigen&ziekenfonds=cm&plaats=9000"
        self.assertRedirects(response, new, fetch_redirect_response=False)
        page = self.client.get(new)
        self.assertEqual(page.status_code, 200)
        timeline = section(page.content.decode(), "tijdlijn")
        self.assertIn("Rond week 10", timeline)
        self.assertIn("Vul de eerste dag in om de data te zien", timeline)
        # Six weeks or more: the first month's deadlines are behind, said in words.
        self.assertIn("Voorbij: Bediende: dag 28. Arbeider: dag 14. Interim", timeline)

    def test_old_werkgever_addresses_still_work(self):
        old = "/route/werkgever/?duur=3-12-maanden&terugkeer=ja&preventiedienst=extern&plaats=9000"
        response = self.client.get(old, follow=True)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Jouw route als werkgever")


class TimelineTextsAndQueriesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        ref = make_reference()
        for n in range(3):
            make_fiche(
                name=f"CM Gent {n}", actor_type=ref["types"]["ziekenfonds"], zones=[ref["gent"]]
            )

    def setUp(self):
        patcher = mock.patch("pathways.clock.today", return_value=TODAY)
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_an_editor_changes_a_milestone_text_in_the_admin_catalogue(self):
        FlowText.objects.create(
            key="milestone.getuigschrift-dag-28.title", text="Je ziektebriefje naar het ziekenfonds"
        )
        response = self.client.get(
            f"{PATIENT}?werk=werknemer&sinds=2027-01-04&contract=bediende&doel=eigen"
            "&ziekenfonds=cm&plaats=9000"
        )
        now = section(response.content.decode(), "nu-doen")
        self.assertIn("Je ziektebriefje naar het ziekenfonds uiterlijk zondag 31 januari", now)

    def test_a_dated_route_costs_no_more_queries_than_one_without_a_date(self):
        tail = "&contract=bediende&doel=eigen&ziekenfonds=cm&plaats=9000"
        counts = []
        self.client.get(f"{PATIENT}?werk=werknemer&sinds=minder-1-maand{tail}")  # fills the cache
        for since in ("minder-1-maand", "2027-01-04"):
            with CaptureQueriesContext(connection) as captured:
                response = self.client.get(f"{PATIENT}?werk=werknemer&sinds={since}{tail}")
            self.assertEqual(response.status_code, 200)
            counts.append(len(captured))
        self.assertEqual(counts[0], counts[1])


class DoctorTimelineTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_reference()

    def setUp(self):
        patcher = mock.patch("pathways.clock.today", return_value=TODAY)
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_the_doctor_sees_the_patients_deadline_first_and_the_handout_keeps_the_date(self):
        query = (
            "werk=werknemer&sinds=2027-01-04&contract=arbeider&doel=eigen&ziekenfonds=cm"
            "&plaats=9000"
        )
        html = self.client.get(f"/route/zorgverlener/?{query}").content.decode()
        now = section(html, "nu-doen")
        self.assertIn("Nu belangrijk voor je patiënt", now)
        self.assertIn("Getuigschrift bij je ziekenfonds uiterlijk zondag 17 januari", now)
        handout = self.client.get(f"/route/zorgverlener/folder/?{query}").content.decode()
        self.assertIn("uiterlijk zondag 17 januari", section(handout, "tijdlijn"))
