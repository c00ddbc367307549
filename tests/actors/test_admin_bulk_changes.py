"""Bulk changes from the fiche list: status, visibility and zones, each fiche one version."""

from django.test import Client

from actors.models import Fiche
from tests.actors.test_admin_scoping import ElzAdminCase, admin_url
from tests.factories import make_fiche, make_professional, make_zone

LIST = admin_url("fiche_changelist")


class BulkChangeTests(ElzAdminCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.drafts = [
            make_fiche(zones=[cls.gent], name=f"Klad {n}", status=Fiche.Status.DRAFT)
            for n in range(3)
        ]
        cls.shared = make_fiche(zones=[cls.gent, cls.leuven], name="Gedeeld")
        cls.oost = make_zone(code="t-oost", slug="t-oost", name="Oost", province="O-Vl")
        cls.gent_editor.zone_editor.zones.add(cls.oost)

    def act(self, user, action, fiches, **extra):
        client = self.as_user(user)
        data = {"action": action, "_selected_action": [f.pk for f in fiches], **extra}
        return client.post(LIST, data, follow=True)

    def test_the_gent_editor_publishes_three_drafts_each_with_a_version(self):
        response = self.act(self.gent_editor, "set_status_published", self.drafts)

        self.assertContains(response, "3 fiches gewijzigd.")
        for fiche in self.drafts:
            fiche.refresh_from_db()
            self.assertEqual(fiche.status, "published")
            latest = fiche.history.latest()
            self.assertEqual(latest.history_user, self.gent_editor)
            self.assertIn("Bulkwijziging", latest.history_change_reason)

    def test_a_shared_fiche_is_not_archived_by_an_editor_of_one_zone(self):
        response = self.act(self.gent_editor, "set_status_archived", [self.shared, self.gent_fiche])

        self.assertContains(response, "1 fiche niet gewijzigd")
        self.assertEqual(Fiche.objects.get(pk=self.shared.pk).status, "published")
        self.assertEqual(Fiche.objects.get(pk=self.gent_fiche.pk).status, "archived")

    def test_the_leuven_editor_changes_no_gent_fiche(self):
        self.act(self.leuven_editor, "set_visibility_professional", [self.gent_fiche])

        self.assertEqual(Fiche.objects.get(pk=self.gent_fiche.pk).visibility, "public")

    def test_the_superuser_archives_a_shared_fiche(self):
        self.act(self.superuser, "set_status_archived", [self.shared])

        self.assertEqual(Fiche.objects.get(pk=self.shared.pk).status, "archived")

    def test_zones_are_added_only_from_the_editors_own(self):
        self.act(self.gent_editor, "add_zone", [self.gent_fiche], zone=self.oost.pk)
        response = self.act(self.gent_editor, "add_zone", [self.gent_fiche], zone=self.leuven.pk)

        self.assertContains(response, "Kies eerst een van je zones")
        zones = set(Fiche.objects.get(pk=self.gent_fiche.pk).zones.all())
        self.assertEqual(zones, {self.gent, self.oost})

    def test_removing_a_zone_never_leaves_a_fiche_without_zone(self):
        response = self.act(
            self.gent_editor, "remove_zone", [self.gent_fiche, self.shared], zone=self.gent.pk
        )

        self.assertContains(response, "het is hun enige zone")
        self.assertEqual(list(Fiche.objects.get(pk=self.gent_fiche.pk).zones.all()), [self.gent])
        self.assertEqual(list(Fiche.objects.get(pk=self.shared.pk).zones.all()), [self.leuven])

    def test_the_action_bar_offers_only_the_editors_zones(self):
        response = self.as_user(self.gent_editor).get(LIST)

        offered = {z.name for z in response.context["action_form"].fields["zone"].queryset}
        self.assertEqual(offered, {"Gent", "Oost"})

    def test_an_outsider_changes_nothing(self):
        client = Client()
        client.force_login(make_professional(self.gent))
        client.post(
            LIST, {"action": "set_status_archived", "_selected_action": [self.gent_fiche.pk]}
        )
        self.assertEqual(Fiche.objects.get(pk=self.gent_fiche.pk).status, "published")
