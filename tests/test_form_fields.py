"""Every form and every flow question speaks the same field markup: the hint is `<id>-uitleg`,
the error `<id>-fout`, the input (or the fieldset of radios) is described by both, and the
error summary links to the field."""

from django.test import TestCase
from django.urls import reverse

from tests.actors.directory_world import build_world
from tests.pathways.data import make_reference

PATIENT = "/route/patient/"


class DirectoryFormFieldTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_world()

    def test_an_unknown_place_is_linked_to_its_hint_error_and_summary(self):
        response = self.client.get(reverse("actors:fiche_list"), {"plaats": "Kruib", "pagina": "2"})
        self.assertContains(response, 'id="id_plaats-uitleg"', status_code=400)
        self.assertContains(response, 'id="id_plaats-fout"', status_code=400)
        self.assertContains(
            response, 'aria-describedby="id_plaats-uitleg id_plaats-fout"', status_code=400
        )
        self.assertContains(response, 'aria-invalid="true"', status_code=400)
        self.assertContains(response, '<a href="#id_plaats">We vinden geen', status_code=400)
        # The suggestion answers again from the first page of results.
        self.assertContains(response, 'href="?plaats=Kruibeke"', status_code=400)


class QuestionFieldTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_reference()

    def test_a_question_without_answer_describes_its_fieldset_by_the_error(self):
        response = self.client.get(f"{PATIENT}?werk=")
        self.assertContains(response, 'id="werk-fout"', status_code=400)
        self.assertContains(response, 'aria-describedby="werk-uitleg werk-fout"', status_code=400)
        self.assertContains(response, '<legend class="question__title"><h1>', status_code=400)

    def test_an_unknown_place_uses_the_same_ids_and_suggestion_list(self):
        response = self.client.get(f"{PATIENT}?werk=leefloon&plaats=Gen")
        self.assertContains(response, 'id="plaats-fout"', status_code=400)
        self.assertContains(
            response, 'aria-describedby="plaats-uitleg plaats-fout"', status_code=400
        )
        self.assertContains(response, '<a href="#plaats">', status_code=400)
        self.assertContains(response, "Bedoelde je een van deze gemeenten?", status_code=400)
