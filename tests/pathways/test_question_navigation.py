"""Moving through the questions with the site's own links: back one question at a time, all the
way to the first, and each question saying how far along the person is."""

import html
import re

from django.test import TestCase

from tests.world import make_reference

PATIENT = "/route/patient/"
LAST_QUESTION = f"{PATIENT}?werk=werknemer&sinds=1-3-maanden&doel=eigen&ziekenfonds=cm"


def h1(response) -> str:
    match = re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S)
    return re.sub(r"<[^>]+>", "", match.group(1)).strip()


def back_link(response) -> tuple[str, str]:
    """(label, href) of the page's back link."""
    match = re.search(r'<a class="back-link" href="([^"]*)">([^<]*)</a>', response.content.decode())
    return match.group(2), html.unescape(match.group(1))


def step_indicator(response) -> str:
    match = re.search(r'<p class="step-indicator">(.*?)</p>', response.content.decode(), re.S)
    return " ".join(html.unescape(match.group(1)).split())


class BackLinkTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.ref = make_reference()

    def follow_back(self, url: str) -> list[tuple[str, str]]:
        """Follow only the back links from `url`: the (h1, link label) of each question page."""
        seen = []
        for _ in range(10):
            response = self.client.get(url, follow=True)
            self.assertEqual(response.status_code, 200)
            if 'class="question"' not in response.content.decode():
                break
            label, url = back_link(response)
            seen.append((h1(response), label))
        return seen

    def test_from_the_last_question_the_back_links_reach_the_first_one_by_one(self):
        pages = self.follow_back(LAST_QUESTION)
        self.assertEqual(
            pages,
            [
                ("Waar woon je?", "Vorige vraag"),
                ("Bij welk ziekenfonds ben je aangesloten?", "Vorige vraag"),
                ("Wil je later terug naar je eigen werk?", "Vorige vraag"),
                ("Sinds wanneer kun je niet werken door je ziekte?", "Vorige vraag"),
                ("Wat is je situatie op het werk?", "Terug"),
            ],
        )

    def test_the_first_questions_back_link_leads_to_the_start_page(self):
        response = self.client.get(f"{PATIENT}?werk=werknemer&wijzig=werk")
        self.assertEqual(back_link(response), ("Terug", "/route/"))

    def test_going_back_keeps_every_answer_given(self):
        response = self.client.get(LAST_QUESTION)
        _label, url = back_link(response)
        previous = self.client.get(url)
        self.assertContains(previous, 'value="cm" checked')
        for key, value in [("werk", "werknemer"), ("sinds", "1-3-maanden"), ("doel", "eigen")]:
            self.assertContains(previous, f'<input type="hidden" name="{key}" value="{value}">')

    def test_a_question_skipped_by_the_answers_is_skipped_going_back_too(self):
        # On a leefloon only the place is asked after the work situation.
        pages = self.follow_back(f"{PATIENT}?werk=leefloon")
        self.assertEqual(
            [title for title, _ in pages], ["Waar woon je?", "Wat is je situatie op het werk?"]
        )

    def test_changing_an_answer_of_a_finished_route_goes_back_to_the_route(self):
        finished = f"{LAST_QUESTION}&plaats=9000"
        response = self.client.get(f"{finished}&wijzig=sinds")
        self.assertEqual(back_link(response), ("Terug", finished))


class ProgressTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.ref = make_reference()

    def test_the_first_question_says_how_many_may_follow(self):
        # A werknemer in the first month gets 6 questions, someone on a leefloon 2.
        self.assertEqual(
            step_indicator(self.client.get(PATIENT)),
            "Ik ben ziek of het werk lukt moeilijk · Vraag 1, daarna nog 1 tot 5 vragen",
        )

    def test_an_answer_that_adds_a_question_counts_it(self):
        # In the first month the kind of contract is asked too.
        response = self.client.get(f"{PATIENT}?werk=werknemer")
        self.assertIn("Vraag 2, daarna nog 2 tot 4 vragen", step_indicator(response))
        response = self.client.get(f"{PATIENT}?werk=werknemer&sinds=minder-1-maand")
        self.assertIn("Vraag 3 van 6", step_indicator(response))

    def test_once_the_answers_decide_the_count_it_is_exact(self):
        self.assertIn("Vraag 5 van 5", step_indicator(self.client.get(LAST_QUESTION)))
        self.assertIn("Vraag 2 van 2", step_indicator(self.client.get(f"{PATIENT}?werk=leefloon")))
        self.assertIn(
            "Vraag 3 van 4",
            step_indicator(self.client.get(f"{PATIENT}?werk=werknemer&sinds=nog-niet")),
        )

    def test_the_count_follows_the_questions_really_asked(self):
        # Every question on the way to the route, by its own numbers: 1, 2, 3 … and one total.
        url, numbers = PATIENT, []
        answers = [
            ("werk", "werkzoekende"),
            ("sinds", "1-3-maanden"),
            ("ziekenfonds", "cm"),
            ("plaats", "9000"),
        ]
        for key, value in answers:
            response = self.client.get(url)
            numbers.append(re.search(r"Vraag (\d+)", step_indicator(response)).group(1))
            url = f"{url}{'&' if '?' in url else '?'}{key}={value}"
        self.assertEqual(numbers, ["1", "2", "3", "4"])
        self.assertIn("Vraag 4 van 4", step_indicator(self.client.get(url.rsplit("&", 1)[0])))
