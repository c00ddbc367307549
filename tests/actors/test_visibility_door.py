"""The one door to professional-only data, in the model layer: Fiche.objects.visible_to(user)
for fiches and .with_visible_contacts(user) for contact persons. Nothing else decides it."""

import re
from pathlib import Path

from django.contrib.auth.models import AnonymousUser
from django.test import TestCase

from actors.models import Fiche, ProfessionalProfile, shown_professional_data
from tests.factories import (
    make_contact_person,
    make_editor,
    make_fiche,
    make_professional,
    make_user,
    make_zone,
)

ROOT = Path(__file__).resolve().parents[2]
APPS = ("actors", "pathways", "wegwijzer", "accounts")


class ContactPersonDoorTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.zone = make_zone()
        cls.fiche = make_fiche(zones=[cls.zone])
        make_contact_person(cls.fiche, name="Zqxdeur Peeters")

    def cards_for(self, user) -> list[Fiche]:
        return list(Fiche.objects.visible_to(user).for_cards().with_visible_contacts(user))

    def test_only_an_approved_professional_or_an_editor_gets_the_contact_persons(self):
        Status = ProfessionalProfile.Status
        allowed = {
            "approved professional": make_professional(self.zone),
            "ELZ editor": make_editor([self.zone]),
            "superuser": make_user(is_superuser=True),
        }
        refused = {
            "anonymous": AnonymousUser(),
            "plain account": make_user(),
            "waiting professional": make_professional(self.zone, status=Status.PENDING),
            "rejected professional": make_professional(self.zone, status=Status.REJECTED),
            "deactivated professional": make_professional(self.zone, is_active=False),
        }
        for who, user in allowed.items():
            [card] = self.cards_for(user)
            assert [p.name for p in card.visible_contacts] == ["Zqxdeur Peeters"], who
        for who, user in refused.items():
            [card] = self.cards_for(user)
            assert not hasattr(card, "visible_contacts"), who

    def test_a_fiche_fetched_without_the_door_carries_no_contact_persons(self):
        [card] = Fiche.objects.for_cards()
        assert not hasattr(card, "visible_contacts")

    def test_the_contact_persons_cost_one_query_and_only_for_a_professional(self):
        professional = make_professional(self.zone)
        self.cards_for(professional)  # the access check itself is cached on the user
        with self.assertNumQueries(3):  # fiches, zones, contact persons
            self.cards_for(professional)
        with self.assertNumQueries(2):  # fiches, zones
            self.cards_for(AnonymousUser())

    def test_the_door_notes_on_the_user_that_it_handed_out_professional_data(self):
        professional = make_professional(self.zone)
        waiting = make_professional(self.zone, status=ProfessionalProfile.Status.PENDING)
        assert not shown_professional_data(professional)
        Fiche.objects.visible_to(professional)
        Fiche.objects.visible_to(waiting).with_visible_contacts(waiting)
        assert shown_professional_data(professional)
        assert not shown_professional_data(waiting)
        assert not shown_professional_data(AnonymousUser())


def _project_modules():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" not in relative:
                yield relative, path.read_text(encoding="utf-8")


def test_only_the_model_layer_asks_who_may_see_professional_data():
    offenders = [
        relative
        for relative, source in _project_modules()
        if not relative.startswith("actors/models/")
        and re.search(r"can_see_professional|professional_access|contact_persons", source)
    ]
    assert offenders == []


def test_only_the_middleware_marks_a_response_private_for_professional_data():
    offenders = [
        relative
        for relative, source in _project_modules()
        if relative != "actors/middleware.py"
        and re.search(r"shown_professional_data|patch_cache_control", source)
        and not relative.startswith("actors/models/")
    ]
    assert offenders == []
