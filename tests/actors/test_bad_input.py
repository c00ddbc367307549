"""Whatever a visitor (or a robot) puts in the address bar: a Dutch message, a 4xx, no 500."""

from django.test import TestCase
from django.urls import reverse

from tests.world import build_world

LIST = reverse("actors:fiche_list")


class BadInputTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()

    def test_unknown_filter_values_get_a_friendly_message(self):
        cases = {
            "zone": "nergens",
            "soort": "astronaut",
            "doelgroep": "<script>",
            "taal": "klingon",
            "ziekenfonds": "999",
        }
        for name, value in cases.items():
            response = self.client.get(LIST, {name: value})
            assert response.status_code == 400, name
            self.assertContains(response, "uit de lijst", status_code=400)
            self.assertContains(response, 'class="error-summary"', status_code=400)
        self.assertNotContains(
            self.client.get(LIST, {"doelgroep": "<script>"}), "<script>", status_code=400
        )

    def test_unknown_parameters_are_ignored(self):
        assert self.client.get(LIST, {"kleur": "blauw", "utm_source": "x"}).status_code == 200

    def test_oversized_inputs_are_refused_with_a_message(self):
        response = self.client.get(LIST, {"q": "werk " * 500})
        self.assertContains(response, "Je zoekopdracht is te lang", status_code=400)
        response = self.client.get(LIST, {"plaats": "x" * 5000})
        self.assertContains(response, "maximaal 100 tekens", status_code=400)
        url = reverse("actors:actortype_detail", args=["vdab"])
        self.assertContains(
            self.client.get(url, {"plaats": "9" * 300}), "maximaal 100 tekens", status_code=400
        )

    def test_a_postcode_that_does_not_exist_is_explained(self):
        for value in ("9999", "0000", "12"):
            response = self.client.get(LIST, {"plaats": value})
            self.assertContains(response, f"We kennen de postcode {value} niet", status_code=400)

    def test_null_bytes_and_odd_characters_do_not_break_anything(self):
        for params in ({"q": "werk\x00"}, {"plaats": "\x00"}, {"q": "%%%___''\"\\"}, {"q": "😀 ß"}):
            response = self.client.get(LIST, params)
            assert response.status_code in (200, 400), params

    def test_a_null_byte_in_a_choice_is_named(self):
        for name in ("zone", "soort", "doelgroep", "taal", "ziekenfonds"):
            response = self.client.get(LIST, {name: "a\x00"})
            self.assertContains(response, "Null-tekens zijn niet toegestaan.", status_code=400)

    def test_odd_page_numbers_show_a_real_page(self):
        for page in ("abc", "-1", "0", "99999", "1e9"):
            assert self.client.get(LIST, {"pagina": page}).status_code == 200, page

    def test_repeated_parameters_use_the_last_value(self):
        response = self.client.get(f"{LIST}?soort=vdab&soort=arbeidsarts")
        assert response.status_code == 200
