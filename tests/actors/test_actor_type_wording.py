"""The words about actor types: correct Dutch whatever the type, and the facts right."""

from django.core.management import call_command
from django.test import TestCase

from actors.models import ActorType
from tests.factories import make_fiche
from tests.world import load_reference_fixtures


class WhatDoesLinkTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_reference_fixtures("actor_types")

    def link_on_fiche_of(self, slug: str) -> str:
        fiche = make_fiche(actor_type=ActorType.objects.get(slug=slug))
        response = self.client.get(fiche.get_absolute_url())
        self.assertEqual(response.status_code, 200)
        href = ActorType.objects.get(slug=slug).get_absolute_url()
        body = response.content.decode()
        start = body.rindex(f'<a href="{href}">') + len(f'<a href="{href}">')
        return body[start : body.index("</a>", start)]

    def test_each_actor_type_gets_its_own_article(self):
        expected = {
            "vdab": "Wat doet de VDAB?",
            "ocmw": "Wat doet het OCMW?",
            "gtb": "Wat doet GTB?",
            "caw": "Wat doet een CAW?",
            "gob": "Wat doet een GOB?",
            "huisarts": "Wat doet een huisarts?",
            "tnw-coordinator": "Wat doet een TNW-coördinator?",
            "loopbaanbegeleiding": "Wat is loopbaanbegeleiding?",
        }
        self.assertEqual({slug: self.link_on_fiche_of(slug) for slug in expected}, expected)


class TrajectRequestWordingTests(TestCase):
    """A treating doctor asks the arbeidsarts for a re-integratietraject; the employer does not
    receive the request (DOMAIN.md)."""

    def test_the_doctors_explanations_send_the_request_to_the_arbeidsarts(self):
        load_reference_fixtures("actor_types")
        for slug in ("huisarts", "behandelend-specialist"):
            text = ActorType.objects.get(slug=slug).explanation
            self.assertNotIn("traject bij je werkgever", text)
            self.assertIn("arbeidsarts", text.split("re-integratietraject")[1][:80])

    def test_an_existing_site_with_the_old_text_gets_the_new_one(self):
        call_command("load_reference_data", verbosity=0, stdout=_Sink())
        huisarts = ActorType.objects.get(slug="huisarts")
        new_text = huisarts.explanation
        # As the loader of an earlier release left it (no person edited it).
        huisarts.explanation = new_text.replace(
            "re-integratietraject voor je vragen bij de arbeidsarts",
            "re-integratietraject bij je werkgever starten",
        )
        huisarts.save()
        call_command("load_reference_data", verbosity=0, stdout=_Sink())
        self.assertEqual(ActorType.objects.get(slug="huisarts").explanation, new_text)


class _Sink:
    def write(self, *args, **kwargs):
        pass

    def flush(self):
        pass
