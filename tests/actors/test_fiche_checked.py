""" "Nagekeken op" (verified_on) is set only when a person says they checked a fiche: saving a
fiche, new or edited, never claims a check nobody made."""

from django.test import TestCase
from django.utils import timezone

from actors.models import Fiche
from tests.actors.test_admin_scoping import admin_url, form_data
from tests.world import build_world


class NagekekenTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()

    def test_a_new_fiche_is_not_checked(self):
        fiche = Fiche.objects.create(
            name="Nieuwe fiche",
            slug="nieuwe-fiche",
            actor_type=self.world.vdab,
            organisation=self.world.cm_org,
        )
        fiche.refresh_from_db()
        assert fiche.verified_on is None
        assert fiche.verified_by is None

    def test_a_plain_save_of_an_unchecked_fiche_leaves_it_unchecked(self):
        fiche = self.world.vdab_gent
        assert fiche.verified_on is None
        fiche.description = "Nieuwe uitleg."
        fiche.save()
        fiche.refresh_from_db()
        assert fiche.verified_on is None
        assert fiche.verified_by is None

    def test_only_marking_it_checked_sets_today_and_the_person(self):
        fiche = self.world.vdab_gent
        fiche.mark_checked(self.world.gent_editor)
        fiche.refresh_from_db()
        assert fiche.verified_on == timezone.localdate()
        assert fiche.verified_by == self.world.gent_editor

    def test_saving_an_unchecked_fiche_in_the_admin_leaves_it_unchecked(self):
        fiche = self.world.vdab_gent
        self.client.force_login(self.world.superuser)
        page = self.client.get(admin_url("fiche_change", fiche.pk))
        response = self.client.post(
            admin_url("fiche_change", fiche.pk), form_data(page, phone="09 111 11 11")
        )
        assert response.status_code == 302
        fiche.refresh_from_db()
        assert fiche.phone == "09 111 11 11"
        assert fiche.verified_on is None
        assert fiche.verified_by is None
