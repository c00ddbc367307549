"""The question pages: one question per page, canonical addresses, errors that keep input."""

import re

from django.test import TestCase

from tests.world import make_reference

PATIENT = "/route/patient/"


def h1(response) -> str:
    match = re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S)
    return re.sub(r"<[^>]+>", "", match.group(1)).strip()


class QuestionPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.ref = make_reference()

    def test_it_asks_the_first_question_with_radios_in_a_fieldset(self):
        response = self.client.get(PATIENT)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(h1(response), "Wat is je situatie op het werk?")
        self.assertContains(response, '<legend class="question__title"><h1>', html=False)
        self.assertContains(response, 'type="radio" id="werk-werknemer" name="werk"')
        self.assertContains(response, "Volgende")
        self.assertContains(response, 'method="get"')
        self.assertEqual(response.content.decode().count("<h1"), 1)

    def test_each_flow_has_its_own_first_question(self):
        self.assertEqual(
            h1(self.client.get("/route/zorgverlener/")),
            "Wat is de situatie van je patiënt op het werk?",
        )
        self.assertEqual(
            h1(self.client.get("/route/werkgever/")),
            "Sinds wanneer is je medewerker afwezig door ziekte?",
        )

    def test_the_start_page_offers_the_three_doors(self):
        response = self.client.get("/route/")
        for slug in ("patient", "zorgverlener", "werkgever"):
            self.assertContains(response, f'href="/route/{slug}/"')

    def test_an_answer_is_redirected_to_the_canonical_address(self):
        response = self.client.get(PATIENT, {"werk": ["", "werknemer"], "fbclid": "abc"})
        self.assertRedirects(response, f"{PATIENT}?werk=werknemer", fetch_redirect_response=False)

    def test_answers_in_another_order_are_put_in_the_flow_order(self):
        response = self.client.get(f"{PATIENT}?plaats=9000&werk=leefloon")
        self.assertRedirects(
            response, f"{PATIENT}?werk=leefloon&plaats=9000", fetch_redirect_response=False
        )

    def test_the_next_question_carries_the_earlier_answers(self):
        response = self.client.get(f"{PATIENT}?werk=werknemer")
        self.assertEqual(h1(response), "Sinds wanneer kun je niet werken door je ziekte?")
        self.assertContains(response, '<input type="hidden" name="werk" value="werknemer">')
        self.assertContains(response, "Vraag 2")
        self.assertContains(response, f'href="{PATIENT}?werk=werknemer&amp;wijzig=werk"')

    def test_sending_a_question_without_answer_shows_a_linked_error(self):
        response = self.client.get(f"{PATIENT}?werk=")
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "Er is een probleem", status_code=400)
        self.assertContains(
            response, '<a href="#werk-werknemer">Kies je situatie op het werk.</a>', status_code=400
        )
        self.assertContains(response, 'class="field__error" id="werk-fout"', status_code=400)
        self.assertContains(
            response, "<title>Fout: Wat is je situatie op het werk?", status_code=400
        )

    def test_an_unknown_place_keeps_what_was_typed_and_suggests_places(self):
        response = self.client.get(f"{PATIENT}?werk=leefloon&plaats=Gen")
        self.assertEqual(response.status_code, 400)
        self.assertEqual(h1(response), "Waar woon je?")
        self.assertContains(response, 'value="Gen"', status_code=400)
        self.assertContains(response, 'aria-invalid="true"', status_code=400)
        self.assertContains(
            response, f'href="{PATIENT}?werk=leefloon&amp;plaats=Gent">Gent</a>', status_code=400
        )

    def test_the_place_accepts_a_municipality_name(self):
        response = self.client.get(f"{PATIENT}?werk=leefloon&plaats=gent")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Adressen in de buurt van <strong>Gent</strong>")

    def test_only_get_is_allowed(self):
        self.assertEqual(self.client.post(PATIENT, {"werk": "werknemer"}).status_code, 405)

    def test_an_unknown_flow_is_not_found(self):
        self.assertEqual(self.client.get("/route/student/").status_code, 404)


class TamperedAddressTests(TestCase):
    """Whatever is in the address: a clear page at the first open question, never a 500."""

    @classmethod
    def setUpTestData(cls):
        cls.ref = make_reference()

    def assert_resumes_at(self, query: str, question: str, *, status: int):
        response = self.client.get(f"{PATIENT}?{query}", follow=True)
        self.assertEqual(response.status_code, status, query)
        self.assertEqual(h1(response), question, query)
        return response

    def test_an_unknown_answer_value(self):
        response = self.assert_resumes_at(
            "werk=directeur&plaats=9000", "Wat is je situatie op het werk?", status=400
        )
        self.assertContains(response, "Dit antwoord kennen we niet", status_code=400)
        self.assertContains(
            response, '<input type="hidden" name="plaats" value="9000">', status_code=400
        )

    def test_answers_for_questions_that_do_not_apply(self):
        # A job seeker has no own job to go back to; "terugkeer" belongs to the employer flow.
        response = self.assert_resumes_at(
            "werk=werkzoekende&sinds=1-3-maanden&doel=eigen&terugkeer=ja",
            "Bij welk ziekenfonds ben je aangesloten?",
            status=200,
        )
        self.assertEqual(
            response.redirect_chain, [(f"{PATIENT}?werk=werkzoekende&sinds=1-3-maanden", 302)]
        )

    def test_missing_earlier_answers(self):
        response = self.assert_resumes_at(
            "ziekenfonds=cm&plaats=9000", "Wat is je situatie op het werk?", status=200
        )
        self.assertContains(response, '<input type="hidden" name="ziekenfonds" value="cm">')
        self.assertContains(response, '<input type="hidden" name="plaats" value="9000">')

    def test_huge_values(self):
        self.assert_resumes_at(
            f"werk={'x' * 20_000}", "Wat is je situatie op het werk?", status=400
        )
        response = self.assert_resumes_at(
            f"werk=leefloon&plaats={'9' * 20_000}", "Waar woon je?", status=400
        )
        self.assertContains(response, f'value="{"9" * 100}"', status_code=400)

    def test_control_characters_and_odd_keys(self):
        self.assert_resumes_at("werk=leefloon&plaats=%00", "Waar woon je?", status=400)
        self.assert_resumes_at(
            "%00=1&werk[]=x&wijzig=zzz&print=2", "Wat is je situatie op het werk?", status=200
        )

    def test_editing_a_question_that_was_not_answered(self):
        self.assert_resumes_at(
            "werk=werknemer&wijzig=plaats",
            "Sinds wanneer kun je niet werken door je ziekte?",
            status=200,
        )
