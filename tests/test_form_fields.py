"""Every form and every flow question speaks the same field markup: the hint is `<id>-uitleg`,
the error `<id>-fout`, the input (or the fieldset of radios) is described by both, and the
error summary links to the field."""

from django.test import TestCase
from django.urls import reverse

from tests.world import build_world, make_reference

PATIENT = "/route/patient/"


class FieldMarkupTests(TestCase):
    def assert_bad_request_shows(self, response, *fragments: str) -> None:
        for fragment in fragments:
            with self.subTest(fragment):
                self.assertContains(response, fragment, status_code=400)


class DirectoryFormFieldTests(FieldMarkupTests):
    @classmethod
    def setUpTestData(cls):
        build_world()

    def test_an_unknown_place_is_linked_to_its_hint_error_and_summary(self):
        response = self.client.get(reverse("actors:fiche_list"), {"plaats": "Kruib", "pagina": "2"})
        self.assert_bad_request_shows(
            response,
            '<p class="field__hint" id="id_plaats-uitleg">',
            '<p class="field__error" id="id_plaats-fout">',
            'aria-describedby="id_plaats-uitleg id_plaats-fout" aria-invalid="true"',
            '<a href="#id_plaats">We vinden geen',
            # The suggestion answers again, from the first page of results.
            'href="?plaats=Kruibeke"',
        )


class QuestionFieldTests(FieldMarkupTests):
    @classmethod
    def setUpTestData(cls):
        make_reference()

    def test_a_question_without_answer_describes_its_fieldset_by_hint_and_error(self):
        self.assert_bad_request_shows(
            self.client.get(f"{PATIENT}?werk="),
            '<fieldset aria-describedby="werk-uitleg werk-fout">',
            '<legend class="question__title"><h1>',
            '<p class="field__error" id="werk-fout">',
            '<a href="#werk-werknemer">',
            'aria-describedby="werk-werknemer-uitleg"',
        )

    def test_an_unknown_place_uses_the_same_ids_and_suggestion_list(self):
        self.assert_bad_request_shows(
            self.client.get(f"{PATIENT}?werk=leefloon&plaats=Gen"),
            '<label for="plaats">',
            'aria-describedby="plaats-uitleg plaats-fout" aria-invalid="true"',
            '<p class="field__error" id="plaats-fout">',
            '<a href="#plaats">',
            "Bedoelde je een van deze gemeenten?",
        )
