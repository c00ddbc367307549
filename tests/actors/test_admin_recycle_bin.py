"""Nothing lost: deleted fiches and contact persons come back from the recycle bin, and a
contact person is part of its fiche's version (history shows it, a revert restores it)."""

from django.test import Client

from actors.models import ContactPerson, Fiche
from tests.actors.test_admin_scoping import ElzAdminCase, admin_url, form_data
from tests.factories import make_contact_person, make_fiche, make_professional

BIN = admin_url("fiche_recycle_bin")


class RecycleBinTests(ElzAdminCase):
    def delete_as(self, user, fiche):
        client = self.as_user(user)
        response = client.post(admin_url("fiche_delete", fiche.pk), {"post": "yes"})
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Fiche.objects.filter(pk=fiche.pk).exists())

    def restore_url(self, fiche_id):
        version = Fiche.history.filter(id=fiche_id, history_type="-").latest()
        return admin_url("fiche_restore", version.history_id)

    def test_the_gent_editor_restores_a_deleted_fiche_with_zones_and_contacts(self):
        fiche_id = self.gent_fiche.pk
        self.delete_as(self.gent_editor, self.gent_fiche)

        page = self.client.get(BIN)
        self.assertContains(page, "Onthaal Gent")
        response = self.client.post(self.restore_url(fiche_id))

        self.assertRedirects(response, admin_url("fiche_change", fiche_id))
        fiche = Fiche.objects.get(pk=fiche_id)
        self.assertEqual(list(fiche.zones.all()), [self.gent])
        self.assertEqual([c.name for c in fiche.contact_persons.all()], ["Gerda Geheim"])
        restored = fiche.history.latest()
        self.assertEqual(restored.history_user, self.gent_editor)
        self.assertEqual(restored.history_change_reason, "Teruggezet uit de prullenbak.")
        history = self.client.get(admin_url("fiche_history", fiche_id))
        self.assertContains(history, "Teruggezet uit de prullenbak.")

    def test_the_leuven_editor_neither_sees_nor_restores_a_deleted_gent_fiche(self):
        fiche_id = self.gent_fiche.pk
        self.delete_as(self.gent_editor, self.gent_fiche)
        url = self.restore_url(fiche_id)

        client = Client()
        client.force_login(self.leuven_editor)
        page = client.get(BIN)
        response = client.post(url)

        self.assertNotContains(page, "Onthaal Gent")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(client.get(admin_url("fiche_history", fiche_id)).status_code, 404)
        self.assertFalse(Fiche.objects.filter(pk=fiche_id).exists())

    def test_the_superuser_reads_the_history_of_a_deleted_fiche_and_restores_it(self):
        fiche_id = self.leuven_fiche.pk
        self.delete_as(self.leuven_editor, self.leuven_fiche)

        client = self.as_user(self.superuser)
        history = client.get(admin_url("fiche_history", fiche_id))
        self.assertEqual(history.status_code, 200)
        self.assertContains(history, "verwijderd")
        client.post(self.restore_url(fiche_id))

        self.assertEqual(Fiche.objects.get(pk=fiche_id).name, "Onthaal Leuven")

    def test_the_gent_editor_reads_the_history_of_their_deleted_fiche(self):
        fiche_id = self.gent_fiche.pk
        self.delete_as(self.gent_editor, self.gent_fiche)

        history = self.client.get(admin_url("fiche_history", fiche_id))

        self.assertEqual(history.status_code, 200)
        self.assertContains(history, "Griet")

    def test_an_outsider_never_reaches_the_bin(self):
        self.delete_as(self.gent_editor, self.gent_fiche)
        outsider = make_professional(self.gent)

        client = self.as_user(outsider)
        page = client.get(BIN)

        self.assertEqual(page.status_code, 302)
        self.assertIn("/beheer/login/", page["Location"])

    def test_a_restore_whose_address_was_taken_says_so_in_dutch(self):
        fiche_id, slug = self.gent_fiche.pk, self.gent_fiche.slug
        self.delete_as(self.gent_editor, self.gent_fiche)
        make_fiche(zones=[self.gent], slug=slug, name="Nieuwe fiche")

        response = self.client.post(self.restore_url(fiche_id), follow=True)

        self.assertContains(response, "intussen gebruikt door een andere fiche")
        self.assertFalse(Fiche.objects.filter(pk=fiche_id).exists())

    def test_a_deleted_contact_person_comes_back(self):
        contact_id = self.gent_contact.pk
        client = self.as_user(self.gent_editor)
        client.post(admin_url("contactperson_delete", contact_id), {"post": "yes"})
        self.assertFalse(ContactPerson.objects.filter(pk=contact_id).exists())

        other = Client()
        other.force_login(self.leuven_editor)
        self.assertNotContains(other.get(BIN), "Gerda Geheim")
        page = self.as_user(self.gent_editor).get(BIN)
        self.assertContains(page, "Gerda Geheim")
        version = ContactPerson.history.filter(id=contact_id, history_type="-").latest()
        self.client.post(admin_url("contactperson_restore", version.history_id))

        self.assertEqual(ContactPerson.objects.get(pk=contact_id).fiche, self.gent_fiche)

    def test_a_restore_by_get_changes_nothing(self):
        fiche_id = self.gent_fiche.pk
        self.delete_as(self.gent_editor, self.gent_fiche)

        self.client.get(self.restore_url(fiche_id))

        self.assertFalse(Fiche.objects.filter(pk=fiche_id).exists())


class ContactPersonVersionTests(ElzAdminCase):
    def test_deleting_a_contact_person_in_the_fiche_form_shows_in_the_history(self):
        client = self.as_user(self.gent_editor)
        url = admin_url("fiche_change", self.gent_fiche.pk)
        page = client.get(url)
        data = form_data(page)
        data["contact_persons-0-DELETE"] = "on"

        response = client.post(url, data)

        self.assertEqual(response.status_code, 302)
        self.assertFalse(self.gent_fiche.contact_persons.exists())
        history = client.get(admin_url("fiche_history", self.gent_fiche.pk))
        self.assertContains(history, "Contactpersonen:")
        self.assertContains(history, "Gerda Geheim")
        self.assertNotContains(history, "geen zichtbare wijziging")

    def test_a_revert_brings_back_a_deleted_contact_person(self):
        before = self.gent_fiche.history.latest()
        ContactPerson.objects.get(pk=self.gent_contact.pk).delete()
        make_contact_person(self.gent_fiche, name="Nieuwe Naam")

        client = self.as_user(self.gent_editor)
        url = admin_url("fiche_simple_history", self.gent_fiche.pk, before.history_id)
        response = client.post(url, form_data(client.get(url)))

        self.assertEqual(response.status_code, 302)
        names = [c.name for c in self.gent_fiche.contact_persons.all()]
        self.assertEqual(names, ["Gerda Geheim"])
        self.assertEqual(
            self.gent_fiche.history.latest().contacts_snapshot[0]["name"], "Gerda Geheim"
        )
