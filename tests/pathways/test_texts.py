"""Words as data: the fixture, the loader and the admin that content editors use."""

import json
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase

from pathways.engine import DEFAULTS
from pathways.engine.texts import fixture_json
from pathways.models import FlowText
from tests.factories import make_user

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "pathways_texts.json"


def test_the_fixture_holds_exactly_the_engines_default_texts():
    # Regenerate with: .venv/bin/python -m pathways.engine > fixtures/pathways_texts.json
    assert FIXTURE.read_text(encoding="utf-8") == fixture_json()
    keys = [row["fields"]["key"] for row in json.loads(FIXTURE.read_text(encoding="utf-8"))]
    assert sorted(keys) == sorted(DEFAULTS)


class TextLoadingTests(TestCase):
    def test_loaddata_loads_every_text_and_can_run_twice(self):
        call_command("loaddata", "pathways_texts", verbosity=0)
        call_command("loaddata", "pathways_texts", verbosity=0)
        self.assertEqual(FlowText.objects.count(), len(DEFAULTS))

    def test_load_flow_texts_adds_missing_texts_and_keeps_edited_ones(self):
        FlowText.objects.create(key="patient.werk.title", text="Wat doe je voor werk?")
        out = StringIO()
        call_command("load_flow_texts", stdout=out)
        self.assertEqual(FlowText.objects.count(), len(DEFAULTS))
        self.assertEqual(
            FlowText.objects.get(key="patient.werk.title").text, "Wat doe je voor werk?"
        )
        self.assertIn("Kept 1 edited text(s).", out.getvalue())

    def test_load_flow_texts_can_reset_and_dry_run(self):
        FlowText.objects.create(key="patient.werk.title", text="Wat doe je voor werk?")
        call_command("load_flow_texts", "--reset", "--dry-run", stdout=StringIO())
        self.assertEqual(FlowText.objects.count(), 1)
        call_command("load_flow_texts", "--reset", stdout=StringIO())
        text = FlowText.objects.get(key="patient.werk.title")
        self.assertEqual(text.text, DEFAULTS["patient.werk.title"])
        self.assertEqual(text.history.count(), 2)  # the edit and the reset, both recorded

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
        call_command("load_flow_texts", stdout=StringIO())

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
            "Hoe lang is je medewerker al afwezig door ziekte?",
        ):
            self.assertContains(response, title)
        self.assertContains(response, "flowchart TD")

    def test_the_drawing_uses_edited_texts(self):
        FlowText.objects.filter(key="werkgever.duur.title").update(
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
