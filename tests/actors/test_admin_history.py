"""History in the admin: who changed what and when, and putting a former version back."""

from django.utils import timezone

from actors.models import Fiche
from tests.actors.test_admin_scoping import ElzAdminCase, admin_url, form_data


class HistoryTests(ElzAdminCase):
    def change_as(self, user, fiche, **changes):
        page = self.as_user(user).get(admin_url("fiche_change", fiche.pk))
        response = self.client.post(admin_url("fiche_change", fiche.pk), form_data(page, **changes))
        self.assertEqual(response.status_code, 302, getattr(response, "context", None))
        return response

    def revert_as(self, user, fiche, version):
        url = admin_url("fiche_simple_history", fiche.pk, version.history_id)
        page = self.as_user(user).get(url)
        self.assertEqual(page.status_code, 200)
        return self.client.post(url, form_data(page))

    def test_a_change_by_the_gent_editor_shows_who_when_and_what(self):
        before = self.gent_fiche.history.count()
        self.change_as(self.gent_editor, self.gent_fiche, phone="09 765 43 21")

        self.assertEqual(self.gent_fiche.history.count(), before + 1)
        latest = self.gent_fiche.history.latest()
        self.assertEqual(latest.history_user, self.gent_editor)
        response = self.client.get(admin_url("fiche_history", self.gent_fiche.pk))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Geschiedenis van Onthaal Gent")
        self.assertContains(response, "Griet")  # who
        self.assertContains(response, timezone.localtime(latest.history_date).strftime("%Y"))
        self.assertContains(response, "<strong>Telefoon:</strong> 09 123 45 67 &rarr; 09 765 43 21")

    def test_the_gent_editor_reverts_their_change(self):
        version_before = self.gent_fiche.history.latest()
        self.change_as(self.gent_editor, self.gent_fiche, phone="09 765 43 21")

        response = self.revert_as(self.gent_editor, self.gent_fiche, version_before)

        self.assertEqual(response.status_code, 302)
        fiche = Fiche.objects.get(pk=self.gent_fiche.pk)
        self.assertEqual(fiche.phone, "09 123 45 67")
        self.assertEqual(list(fiche.zones.all()), [self.gent])
        revert = fiche.history.latest()
        self.assertEqual(revert.history_user, self.gent_editor)
        self.assertEqual(revert.phone, "09 123 45 67")
        history = self.client.get(admin_url("fiche_history", self.gent_fiche.pk))
        self.assertContains(history, "Teruggezet naar de versie van")

    def test_reverting_does_not_change_who_checked_the_fiche(self):
        version_before = self.gent_fiche.history.latest()
        self.gent_fiche.mark_checked(self.leuven_editor)

        self.revert_as(self.gent_editor, self.gent_fiche, version_before)

        fiche = Fiche.objects.get(pk=self.gent_fiche.pk)
        self.assertEqual(fiche.verified_by, self.leuven_editor)
        self.assertEqual(fiche.verified_on, timezone.localdate())

    def test_another_zones_editor_cannot_revert(self):
        version = self.gent_fiche.history.latest()
        url = admin_url("fiche_simple_history", self.gent_fiche.pk, version.history_id)

        response = self.as_user(self.leuven_editor).post(url, {"name": "Gekaapt", "phone": ""})

        self.assertEqual(response.status_code, 404)
        self.assertEqual(Fiche.objects.get(pk=self.gent_fiche.pk).name, "Onthaal Gent")

    def test_an_editor_cannot_revert_a_fiche_for_all_of_flanders(self):
        version = self.flanders_fiche.history.latest()
        url = admin_url("fiche_simple_history", self.flanders_fiche.pk, version.history_id)
        client = self.as_user(self.gent_editor)

        page = client.get(url)
        response = client.post(url, form_data(page, name="Gewijzigd"))

        self.assertNotContains(page, "Deze versie terugzetten")
        self.assertEqual(response.status_code, 403)
        self.assertEqual(
            Fiche.objects.get(pk=self.flanders_fiche.pk).name, "Lijn voor heel Vlaanderen"
        )


class ZoneHistoryTests(ElzAdminCase):
    """The superuser moves the Leuven fiche to Gent; zones are part of the history."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.in_leuven = cls.leuven_fiche.history.latest()

    def move_to_gent(self):
        page = self.as_user(self.superuser).get(admin_url("fiche_change", self.leuven_fiche.pk))
        self.client.post(
            admin_url("fiche_change", self.leuven_fiche.pk),
            form_data(page, zones=[str(self.gent.pk)], phone="09 222 22 22"),
        )

    def test_a_zone_change_is_one_version_showing_old_and_new_zones(self):
        before = self.leuven_fiche.history.count()

        self.move_to_gent()

        self.assertEqual(self.leuven_fiche.history.count(), before + 1)
        latest = self.leuven_fiche.history.latest()
        self.assertEqual([row.zone for row in latest.zones.all()], [self.gent])
        self.assertEqual([row.zone for row in self.in_leuven.zones.all()], [self.leuven])
        page = self.client.get(admin_url("fiche_history", self.leuven_fiche.pk))
        self.assertContains(page, "<strong>Zones:</strong> [Leuven] &rarr; [Gent]")
        self.assertContains(page, "<strong>Telefoon:</strong>")

    def test_the_superuser_reverts_a_zone_change(self):
        self.move_to_gent()

        response = self.as_user(self.superuser).post(
            admin_url("fiche_simple_history", self.leuven_fiche.pk, self.in_leuven.history_id),
            form_data(
                self.client.get(
                    admin_url(
                        "fiche_simple_history", self.leuven_fiche.pk, self.in_leuven.history_id
                    )
                )
            ),
        )

        self.assertEqual(response.status_code, 302)
        fiche = Fiche.objects.get(pk=self.leuven_fiche.pk)
        self.assertEqual(list(fiche.zones.all()), [self.leuven])
        self.assertEqual(fiche.phone, "016 12 34 56")

    def test_an_editor_cannot_revert_a_fiche_into_a_zone_they_do_not_edit(self):
        self.move_to_gent()
        url = admin_url("fiche_simple_history", self.leuven_fiche.pk, self.in_leuven.history_id)
        client = self.as_user(self.gent_editor)

        page = client.get(url)
        data = form_data(page, zones=[str(self.gent.pk)])
        refused = client.post(url, data)
        crafted = client.post(url, {**data, "zones": [str(self.leuven.pk)]})

        self.assertContains(refused, "Deze versie hoort bij een zone die je niet beheert (Leuven)")
        self.assertContains(crafted, "alleen bewaren in een zone die je beheert")
        fiche = Fiche.objects.get(pk=self.leuven_fiche.pk)
        self.assertEqual(list(fiche.zones.all()), [self.gent])
        self.assertEqual(fiche.phone, "09 222 22 22")

    def test_the_former_zone_editor_no_longer_sees_the_history(self):
        self.move_to_gent()

        response = self.as_user(self.leuven_editor).get(
            admin_url("fiche_history", self.leuven_fiche.pk)
        )

        self.assertEqual(response.status_code, 404)


class OtherHistoriesTests(ElzAdminCase):
    def test_contact_person_changes_made_inline_are_recorded(self):
        page = self.as_user(self.gent_editor).get(admin_url("fiche_change", self.gent_fiche.pk))
        self.client.post(
            admin_url("fiche_change", self.gent_fiche.pk),
            form_data(page, **{"contact_persons-0-role": "Teamleider"}),
        )

        response = self.client.get(admin_url("contactperson_history", self.gent_contact.pk))

        self.assertContains(response, "<strong>Functie:</strong> Coördinator &rarr; Teamleider")
        self.assertContains(response, "Griet")

    def test_actor_type_history_is_shown_to_the_superuser(self):
        actor_type = self.gent_fiche.actor_type
        page = self.as_user(self.superuser).get(admin_url("actortype_change", actor_type.pk))
        self.client.post(
            admin_url("actortype_change", actor_type.pk),
            form_data(page, summary="Je eerste aanspreekpunt."),
        )

        response = self.client.get(admin_url("actortype_history", actor_type.pk))

        self.assertContains(response, "Je eerste aanspreekpunt.")
        self.assertContains(response, "beheerder")

    def test_a_hand_typed_history_address_is_a_404_not_an_error(self):
        client = self.as_user(self.superuser)
        pk = self.gent_fiche.pk

        for url in ["/beheer/actors/fiche/x/history/", f"/beheer/actors/fiche/{pk}/history/x/"]:
            with self.subTest(url=url):
                self.assertEqual(client.get(url).status_code, 404)
