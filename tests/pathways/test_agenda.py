"""'Zet in je agenda': the route's coming deadlines and milestones as an .ics file (RFC 5545),
made from the answers in the address, with the dates the timeline gives for a fixed today."""

import re
from datetime import date, datetime
from unittest import mock
from urllib.parse import urlencode

from django.test import TestCase
from icalendar import Calendar

from pathways.engine.timeline import WERKGEVER, from_answers
from tests.test_bad_input_fuzz import ODD_VALUES
from tests.world import make_reference

TODAY = date(2026, 12, 1)
BEDIENDE = {
    "werk": "werknemer",
    "sinds": "2026-11-02",
    "contract": "bediende",
    "doel": "eigen",
    "ziekenfonds": "cm",
    "plaats": "9000",
}


def agenda_link(response) -> str | None:
    match = re.search(r'href="([^"]*agenda\.ics[^"]*)"', response.content.decode())
    return match.group(1).replace("&amp;", "&") if match else None


def events(response) -> list:
    return Calendar.from_ical(response.content).walk("VEVENT")


class AgendaTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.ref = make_reference()

    def setUp(self):
        self.enterContext(mock.patch("pathways.clock.today", return_value=TODAY))

    def route(self, answers: dict):
        response = self.client.get(f"/route/patient/?{urlencode(answers)}", follow=True)
        self.assertEqual(response.status_code, 200)
        return response

    def agenda(self, answers: dict):
        link = agenda_link(self.route(answers))
        self.assertIsNotNone(link, "the route offers no agenda file")
        response = self.client.get(link)
        self.assertEqual(response.status_code, 200)
        return response

    def test_the_route_offers_the_agenda_file_when_the_start_is_known(self):
        response = self.route(BEDIENDE)
        self.assertContains(response, "Zet in je agenda")
        self.assertTrue(
            agenda_link(response).startswith("/route/patient/agenda.ics?werk=werknemer")
        )

    def test_it_downloads_a_calendar_file(self):
        response = self.agenda(BEDIENDE)
        self.assertEqual(response["Content-Type"], "text/calendar; charset=utf-8")
        self.assertIn("attachment;", response["Content-Disposition"])
        self.assertIn('filename="wegwijzer-route.ics"', response["Content-Disposition"])
        calendar = Calendar.from_ical(response.content)
        self.assertEqual(str(calendar["VERSION"]), "2.0")
        self.assertTrue(str(calendar["PRODID"]))

    def test_one_event_per_coming_milestone_on_the_timelines_dates(self):
        expected = from_answers(BEDIENDE, TODAY).coming
        found = events(self.agenda(BEDIENDE))
        self.assertEqual([e.decoded("DTSTART") for e in found], [entry.date for entry in expected])
        # Day 28 of a bediende off since Monday 2 November: Sunday 29 November is past, so
        # the certificate is not in the file; the questionnaire (day 64) is.
        self.assertEqual(found[0].decoded("DTSTART"), date(2027, 1, 4))
        self.assertIn("De vragenlijst 'Terug naar werk'", str(found[0]["SUMMARY"]))
        self.assertTrue(all(e.decoded("DTSTART") >= TODAY for e in found))

    def test_the_file_holds_the_dates_the_page_shows_as_coming(self):
        page = self.route(BEDIENDE).content.decode()
        shown = re.findall(
            r'<li class="timeline__item timeline__item--(?:next|coming)".*?'
            r'<time datetime="([\d-]+)">',
            page,
            re.S,
        )
        self.assertTrue(shown)
        found = events(self.agenda(BEDIENDE))
        self.assertEqual([e.decoded("DTSTART").isoformat() for e in found], shown)

    def test_milestones_already_past_are_left_out(self):
        found = events(self.agenda({**BEDIENDE, "sinds": "2026-06-01"}))
        self.assertEqual(
            [(str(e["UID"]).split("-2026")[0], e.decoded("DTSTART")) for e in found],
            [("maand-9-overmacht", date(2027, 3, 1)), ("maand-12-invaliditeit", date(2027, 6, 1))],
        )

    def test_a_deadline_still_to_come_is_in_the_file_with_its_date(self):
        # An arbeider off since 30 November: the certificate must be in by day 14.
        found = events(self.agenda({**BEDIENDE, "sinds": "2026-11-30", "contract": "arbeider"}))
        first = found[0]
        self.assertEqual(first.decoded("DTSTART"), date(2026, 12, 13))
        self.assertEqual(
            str(first["SUMMARY"]), "Uiterlijk vandaag: Getuigschrift bij je ziekenfonds"
        )
        self.assertIn("10%", str(first["DESCRIPTION"]))

    def test_a_start_given_in_weeks_counts_back_from_today(self):
        found = events(self.agenda({**BEDIENDE, "sinds": "6-weken"}))
        expected = from_answers({**BEDIENDE, "sinds": "6-weken"}, TODAY)
        self.assertEqual(expected.start, date(2026, 10, 20))
        self.assertEqual([e.decoded("DTSTART") for e in found], [x.date for x in expected.coming])

    def test_each_event_is_all_day_with_a_one_line_reminder_and_the_routes_link(self):
        route_url = (
            "http://testserver/route/patient/?" + agenda_link(self.route(BEDIENDE)).split("?", 1)[1]
        )
        for event in events(self.agenda(BEDIENDE)):
            start, end = event.decoded("DTSTART"), event.decoded("DTEND")
            self.assertNotIsInstance(start, datetime)
            self.assertEqual((end - start).days, 1)
            self.assertEqual(str(event["URL"]), route_url)
            self.assertIn(route_url, str(event["DESCRIPTION"]))
            (alarm,) = event.walk("VALARM")
            self.assertEqual(str(alarm["ACTION"]), "DISPLAY")
            self.assertLess(alarm.decoded("TRIGGER").total_seconds(), 0)
            self.assertNotIn("\n", str(alarm["DESCRIPTION"]))
            self.assertIn(str(event["SUMMARY"]).split(": ", 1)[-1], str(alarm["DESCRIPTION"]))

    def test_the_employer_gets_the_employers_milestones(self):
        answers = {
            "sinds": "2026-08-10",
            "terugkeer": "ja",
            "preventiedienst": "extern",
            "plaats": "9000",
        }
        route = self.client.get(f"/route/werkgever/?{urlencode(answers)}", follow=True)
        link = agenda_link(route)
        self.assertTrue(link.startswith("/route/werkgever/agenda.ics?"))
        found = events(self.client.get(link))
        expected = from_answers(answers, TODAY, status=WERKGEVER).coming
        self.assertTrue(expected)
        self.assertEqual(
            [(str(e["UID"]).split("-2026")[0], e.decoded("DTSTART")) for e in found],
            [(x.milestone.id, x.date) for x in expected],
        )

    def test_importing_the_file_again_updates_rather_than_doubles(self):
        first = [str(e["UID"]) for e in events(self.agenda(BEDIENDE))]
        again = [str(e["UID"]) for e in events(self.agenda(BEDIENDE))]
        self.assertEqual(first, again)
        self.assertEqual(len(set(first)), len(first))


class AgendaBadInputTests(TestCase):
    """A tampered or half-finished address leads back to the route, never to an error."""

    @classmethod
    def setUpTestData(cls):
        cls.ref = make_reference()

    def setUp(self):
        self.enterContext(mock.patch("pathways.clock.today", return_value=TODAY))

    def test_without_a_start_date_there_is_no_agenda_link_and_the_file_leads_to_the_route(self):
        # "1 tot 3 maanden, ik weet de datum niet": a route, but no dates.
        answers = {**BEDIENDE, "sinds": "1-3-maanden"}
        route = self.client.get(f"/route/patient/?{urlencode(answers)}", follow=True)
        self.assertContains(route, 'class="route-step"')
        self.assertNotContains(route, "Zet in je agenda")
        self.assertIsNone(agenda_link(route))
        response = self.client.get(f"/route/patient/agenda.ics?{urlencode(answers)}", follow=True)
        self.assertEqual(response.redirect_chain[0][1], 302)
        self.assertTrue(response.redirect_chain[-1][0].startswith("/route/patient/?werk="))
        self.assertContains(response, 'class="route-step"')

    def test_someone_not_off_work_yet_gets_no_agenda(self):
        answers = {**BEDIENDE, "sinds": "nog-niet"}
        route = self.client.get(f"/route/patient/?{urlencode(answers)}", follow=True)
        self.assertIsNone(agenda_link(route))

    def test_an_unfinished_route_leads_to_its_open_question(self):
        response = self.client.get("/route/patient/agenda.ics?werk=werknemer", follow=True)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'class="question"')

    def test_a_tampered_date_leads_to_its_question_with_a_dutch_error(self):
        response = self.client.get(
            f"/route/patient/agenda.ics?{urlencode({**BEDIENDE, 'sinds': '2026-02-30'})}",
            follow=True,
        )
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "We kunnen dit niet lezen als een datum", status_code=400)

    def test_answers_in_another_order_are_redirected_to_the_one_address(self):
        shuffled = urlencode(list(reversed(BEDIENDE.items())) + [("utm", "x")])
        response = self.client.get(f"/route/patient/agenda.ics?{shuffled}")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith("/route/patient/agenda.ics?werk="))

    def test_an_unknown_flow_is_not_found(self):
        self.assertEqual(self.client.get("/route/bestaat-niet/agenda.ics").status_code, 404)

    def test_only_get_is_allowed(self):
        self.assertEqual(self.client.post("/route/patient/agenda.ics").status_code, 405)

    def test_odd_dates_and_contracts_never_give_a_server_error(self):
        self.client.raise_request_exception = False
        failures = []
        for value in ODD_VALUES:
            for key in ("sinds", "contract"):
                query = urlencode({**BEDIENDE, key: value})
                for path in ("/route/patient/", "/route/patient/agenda.ics"):
                    response = self.client.get(f"{path}?{query}", follow=True)
                    if response.status_code >= 500:
                        failures.append(f"{path}?{query}")
        self.assertEqual(failures, [])
