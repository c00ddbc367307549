"""Words as data: the defaults in code, the one loader and the admin that content editors use."""

from io import StringIO

from django.core.management import call_command
from django.core.management.base import OutputWrapper
from django.test import TestCase

from pathways.engine import DEFAULTS
from pathways.models import FlowText
from pathways.reference_data import load_flow_texts
from tests.factories import make_user


def load(update: bool = False) -> str:
    out = StringIO()
    load_flow_texts(update, OutputWrapper(out))
    return out.getvalue()


def edit_as_a_person(key: str, text: str) -> None:
    """What a save in the admin does: the change is recorded with the editor as its author."""
    row = FlowText.objects.get(key=key)
    row.text = text
    row._history_user = make_user()
    row.save()


class TextLoadingTests(TestCase):
    def test_it_adds_every_default_text_and_can_run_twice(self):
        self.assertIn(f"FlowText: {len(DEFAULTS)} created, 0 updated, 0 kept", load())
        self.assertIn(f"FlowText: 0 created, 0 updated, {len(DEFAULTS)} kept", load())
        self.assertEqual(dict(FlowText.objects.values_list("key", "text")), dict(DEFAULTS.items()))

    def test_it_keeps_what_an_editor_changed_and_updates_what_nobody_touched(self):
        load()
        edit_as_a_person("patient.werk.title", "Wat doe je voor werk?")
        # An older default, written by the loader itself (no person in its history).
        FlowText.objects.filter(key="note.anders").update(text="Oude standaardtekst.")
        FlowText.objects.filter(key="step.gtb.why").delete()
        printed = load()
        self.assertIn("FlowText: 1 created, 1 updated,", printed)
        self.assertEqual(
            FlowText.objects.get(key="patient.werk.title").text, "Wat doe je voor werk?"
        )
        self.assertEqual(FlowText.objects.get(key="note.anders").text, DEFAULTS["note.anders"])
        self.assertEqual(FlowText.objects.get(key="step.gtb.why").text, DEFAULTS["step.gtb.why"])

    def test_update_puts_every_default_back_and_records_it(self):
        load()
        edit_as_a_person("patient.werk.title", "Wat doe je voor werk?")
        load(update=True)
        text = FlowText.objects.get(key="patient.werk.title")
        self.assertEqual(text.text, DEFAULTS["patient.werk.title"])
        self.assertEqual(text.history.count(), 3)  # created, the edit and the reset

    def test_the_page_texts_take_one_query_and_ignore_unknown_keys(self):
        FlowText.objects.create(key="patient.werk.title", text="Wat doe je voor werk?")
        FlowText.objects.create(key="een.oude.sleutel", text="Weg ermee")
        with self.assertNumQueries(1):
            texts = FlowText.objects.texts()
        from pathways.engine import FLOWS

        self.assertEqual(texts[FLOWS["patient"].questions[0].title], "Wat doe je voor werk?")
        self.assertEqual(
            texts[FLOWS["zorgverlener"].questions[0].title], DEFAULTS["zorgverlener.werk.title"]
        )


class FlowTextAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.superuser = make_user(is_staff=True, is_superuser=True)
        cls.staff = make_user(is_staff=True)
        load()

    def test_an_editor_can_change_a_text_and_sees_the_default(self):
        self.client.force_login(self.superuser)
        text = FlowText.objects.get(key="step.tnw-coordinator.why")
        url = f"/beheer/pathways/flowtext/{text.pk}/change/"
        page = self.client.get(url)
        self.assertContains(page, "Standaardtekst")
        response = self.client.post(url, {"text": "De TNW-coördinator helpt je."})
        self.assertEqual(response.status_code, 302)
        text.refresh_from_db()
        self.assertEqual(text.text, "De TNW-coördinator helpt je.")
        self.assertEqual(text.history.first().history_user, self.superuser)

    def test_a_new_text_needs_a_key_the_flows_use(self):
        self.client.force_login(self.superuser)
        FlowText.objects.filter(key="note.anders").delete()
        response = self.client.post(
            "/beheer/pathways/flowtext/add/", {"key": "note.bestaat-niet", "text": "Hallo"}
        )
        self.assertContains(response, "Deze sleutel wordt nergens gebruikt")
        response = self.client.post(
            "/beheer/pathways/flowtext/add/", {"key": "note.anders", "text": "Hallo"}
        )
        self.assertEqual(response.status_code, 302)

    def test_the_changelist_filters_by_kind_of_text(self):
        self.client.force_login(self.superuser)
        response = self.client.get("/beheer/pathways/flowtext/", {"soort": "note"})
        self.assertContains(response, "note.leefloon")
        self.assertNotContains(response, "step.gtb.why")
        self.assertContains(response, "Bekijk alle vragen en routes")

    def test_staff_see_every_flow_drawn(self):
        self.client.force_login(self.staff)
        response = self.client.get("/beheer/pathways/flowtext/stroomschema/")
        self.assertEqual(response.status_code, 200)
        for title in (
            "Wat is je situatie op het werk?",
            "Sinds wanneer is je medewerker afwezig door ziekte?",
        ):
            self.assertContains(response, title)
        self.assertContains(response, "flowchart TD")

    def test_the_drawing_uses_edited_texts(self):
        FlowText.objects.filter(key="werkgever.sinds.title").update(
            text="Sinds wanneer is je medewerker weg?"
        )
        self.client.force_login(self.staff)
        response = self.client.get("/beheer/pathways/flowtext/stroomschema/")
        self.assertContains(response, "Sinds wanneer is je medewerker weg?")

    def test_visitors_cannot_see_the_flow_drawing(self):
        response = self.client.get("/beheer/pathways/flowtext/stroomschema/")
        self.assertEqual(response.status_code, 302)
        self.assertIn("/beheer/login/", response["Location"])
        self.client.force_login(make_user())
        response = self.client.get("/beheer/pathways/flowtext/stroomschema/")
        self.assertEqual(response.status_code, 302)


class ReferenceDataTests(TestCase):
    def test_every_actor_type_the_flows_use_exists_and_agrees_on_the_ziekenfonds(self):
        from actors.models import ActorType
        from pathways.engine import ACTOR_NAMES, MUTUALITY_BOUND
        from pathways.engine.steps import ACTIONS, STEPS

        call_command("loaddata", "actor_types", verbosity=0)
        types = {a.slug: a for a in ActorType.objects.all()}
        used = {s.actor for s in STEPS.values()} | {a.actor for a in ACTIONS.values() if a.actor}
        self.assertLessEqual(used, set(types))
        self.assertEqual(set(ACTOR_NAMES), set(types))
        self.assertEqual(
            {slug for slug, a in types.items() if a.bound_to_mutuality}, set(MUTUALITY_BOUND)
        )
