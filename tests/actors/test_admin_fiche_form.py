"""Creating and changing fiches in the admin: an editor keeps a fiche inside their own zones."""

from actors.models import ContactPerson, Fiche
from tests.actors.test_admin_scoping import ElzAdminCase, admin_url, form_data
from tests.factories import make_actor_type, make_fiche, make_organisation


class ZoneFieldTests(ElzAdminCase):
    def change_page(self, user, fiche):
        return self.as_user(user).get(admin_url("fiche_change", fiche.pk))

    def test_the_zones_field_offers_only_the_editors_zones(self):
        response = self.change_page(self.gent_editor, self.gent_fiche)

        offered = list(response.context["adminform"].form.fields["zones"].queryset)
        self.assertEqual(offered, [self.gent])

    def test_the_superuser_is_offered_every_zone(self):
        response = self.change_page(self.superuser, self.gent_fiche)

        offered = set(response.context["adminform"].form.fields["zones"].queryset)
        self.assertEqual(offered, {self.gent, self.leuven})

    def test_an_editor_changes_a_fiche_of_their_zone(self):
        page = self.change_page(self.gent_editor, self.gent_fiche)

        response = self.client.post(
            admin_url("fiche_change", self.gent_fiche.pk),
            form_data(page, phone="09 765 43 21"),
        )

        self.assertRedirects(response, admin_url("fiche_changelist"))
        self.assertEqual(Fiche.objects.get(pk=self.gent_fiche.pk).phone, "09 765 43 21")

    def test_saving_a_fiche_into_a_zone_the_editor_does_not_edit_is_refused_in_dutch(self):
        page = self.change_page(self.gent_editor, self.gent_fiche)

        response = self.client.post(
            admin_url("fiche_change", self.gent_fiche.pk),
            form_data(page, zones=[str(self.leuven.pk)], phone="09 000 00 00"),
        )

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "alleen bewaren in een zone die je beheert")
        fiche = Fiche.objects.get(pk=self.gent_fiche.pk)
        self.assertEqual(list(fiche.zones.all()), [self.gent])
        self.assertEqual(fiche.phone, "09 123 45 67")

    def test_an_editor_cannot_create_a_fiche_in_another_zone(self):
        client = self.as_user(self.gent_editor)
        data = {
            "organisation": make_organisation().pk,
            "actor_type": make_actor_type().pk,
            "name": "Nieuwe fiche in Leuven",
            "slug": "nieuwe-fiche-in-leuven",
            "zones": [str(self.leuven.pk)],
            "status": "draft",
            "visibility": "public",
            "contact_persons-TOTAL_FORMS": "0",
            "contact_persons-INITIAL_FORMS": "0",
        }

        refused = client.post(admin_url("fiche_add"), data)
        accepted = client.post(admin_url("fiche_add"), {**data, "zones": [str(self.gent.pk)]})

        self.assertContains(refused, "alleen bewaren in een zone die je beheert")
        self.assertEqual(accepted.status_code, 302)
        created = Fiche.objects.get(slug="nieuwe-fiche-in-leuven")
        self.assertEqual(list(created.zones.all()), [self.gent])

    def test_a_fiche_needs_at_least_one_zone(self):
        page = self.change_page(self.gent_editor, self.gent_fiche)

        response = self.client.post(
            admin_url("fiche_change", self.gent_fiche.pk), form_data(page, zones=None)
        )

        self.assertContains(response, "Kies minstens één van je zones.")
        self.assertEqual(list(self.gent_fiche.zones.all()), [self.gent])

    def test_a_fiche_shared_with_another_zone_keeps_that_zone(self):
        shared = make_fiche(zones=[self.gent, self.leuven], name="Gedeelde fiche")
        page = self.change_page(self.gent_editor, shared)
        self.assertContains(page, "Deze fiche staat ook in Leuven.")

        response = self.client.post(
            admin_url("fiche_change", shared.pk), form_data(page, name="Gedeelde fiche (nieuw)")
        )

        self.assertEqual(response.status_code, 302)
        shared.refresh_from_db()
        self.assertEqual(shared.name, "Gedeelde fiche (nieuw)")
        self.assertEqual(set(shared.zones.all()), {self.gent, self.leuven})

    def test_only_the_superuser_makes_a_fiche_serve_all_of_flanders(self):
        editor_page = self.change_page(self.gent_editor, self.gent_fiche)
        self.client.post(
            admin_url("fiche_change", self.gent_fiche.pk),
            form_data(editor_page, serves_all_flanders="on"),
        )
        self.assertFalse(Fiche.objects.get(pk=self.gent_fiche.pk).serves_all_flanders)

        superuser_page = self.change_page(self.superuser, self.gent_fiche)
        self.client.post(
            admin_url("fiche_change", self.gent_fiche.pk),
            form_data(superuser_page, serves_all_flanders="on"),
        )
        self.assertTrue(Fiche.objects.get(pk=self.gent_fiche.pk).serves_all_flanders)

    def test_the_superuser_changes_a_fiche_for_all_of_flanders(self):
        page = self.change_page(self.superuser, self.flanders_fiche)

        response = self.client.post(
            admin_url("fiche_change", self.flanders_fiche.pk),
            form_data(page, name="Lijn voor heel Vlaanderen en Brussel"),
        )

        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            Fiche.objects.get(pk=self.flanders_fiche.pk).name,
            "Lijn voor heel Vlaanderen en Brussel",
        )


class ContactPersonInlineTests(ElzAdminCase):
    def test_an_editor_adds_a_contact_person_on_their_fiche(self):
        page = self.as_user(self.gent_editor).get(admin_url("fiche_change", self.gent_fiche.pk))
        data = form_data(page)
        data.update(
            {
                "contact_persons-TOTAL_FORMS": "2",
                "contact_persons-1-name": "Nieuwe collega",
                "contact_persons-1-role": "Maatschappelijk werker",
                "contact_persons-1-fiche": str(self.gent_fiche.pk),
            }
        )

        response = self.client.post(admin_url("fiche_change", self.gent_fiche.pk), data)

        self.assertEqual(response.status_code, 302)
        self.assertTrue(
            ContactPerson.objects.filter(fiche=self.gent_fiche, name="Nieuwe collega").exists()
        )

    def test_contact_persons_of_a_fiche_for_all_of_flanders_are_read_only_for_an_editor(self):
        make_contact = ContactPerson.objects.create(fiche=self.flanders_fiche, name="Vera Vlaams")

        page = self.as_user(self.gent_editor).get(admin_url("fiche_change", self.flanders_fiche.pk))

        self.assertContains(page, "Vera Vlaams")
        self.assertNotContains(page, 'name="contact_persons-0-name"')
        self.assertTrue(ContactPerson.objects.filter(pk=make_contact.pk).exists())

    def test_a_contact_person_cannot_be_moved_to_another_zones_fiche(self):
        page = self.as_user(self.gent_editor).get(
            admin_url("contactperson_change", self.gent_contact.pk)
        )

        offered = set(page.context["adminform"].form.fields["fiche"].queryset)

        self.assertEqual(offered, {self.gent_fiche})
