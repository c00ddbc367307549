"""The doctor's screen and the patient's handout number the same steps the same way, so "go to
step 3" means the same door on both."""

import re

from django.test import TestCase

from tests.world import make_reference

ANSWERS = "werk=werknemer&sinds=1-3-maanden&doel=eigen&ziekenfonds=cm&plaats=9000"


def numbered_steps(response) -> dict[int, str]:
    """Step number (from its id and its hidden "Stap n:" label) → the door's name."""
    found = {}
    for number, label, name in re.findall(
        r'<li class="route-step" id="stap-(\d+)">\s*<h2 class="route-step__title">'
        r'<span class="visually-hidden">Stap (\d+): </span>([^<]+)</h2>',
        response.content.decode(),
    ):
        assert number == label
        found[int(number)] = name.strip()
    return found


class HandoutNumberTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.ref = make_reference()

    def test_the_doctors_steps_carry_the_handouts_numbers(self):
        screen = numbered_steps(self.client.get(f"/route/zorgverlener/?{ANSWERS}"))
        paper = numbered_steps(self.client.get(f"/route/zorgverlener/folder/?{ANSWERS}"))
        self.assertEqual(paper[1], "Huisarts")
        self.assertEqual(min(screen), 2)
        self.assertEqual(screen, {n: name for n, name in paper.items() if n != 1})

    def test_the_doctors_screen_says_the_handout_starts_with_the_huisarts(self):
        response = self.client.get(f"/route/zorgverlener/?{ANSWERS}")
        self.assertContains(response, "dezelfde stappen met dezelfde nummers")
        self.assertContains(response, "begint met stap 1: de huisarts")
        self.assertContains(response, '<ol class="route" start="2">')

    def test_the_doctors_print_view_is_numbered_the_same(self):
        screen = numbered_steps(self.client.get(f"/route/zorgverlener/?{ANSWERS}"))
        printed = numbered_steps(self.client.get(f"/route/zorgverlener/?{ANSWERS}&print=1"))
        self.assertEqual(printed, screen)

    def test_the_patients_own_route_starts_at_one(self):
        response = self.client.get(f"/route/patient/?{ANSWERS}")
        self.assertEqual(min(numbered_steps(response)), 1)
        self.assertContains(response, '<ol class="route">')
