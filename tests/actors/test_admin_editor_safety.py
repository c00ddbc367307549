"""Safety findings in the admin: shared fiches, "view on site", preview and checking a fiche,
for an editor of one zone, an editor of another, a superuser and an outsider."""

from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.utils import timezone

from actors.models import Fiche
from tests.actors.test_admin_scoping import ElzAdminCase, admin_url, form_data
from tests.factories import make_contact_person, make_fiche, make_professional


def view_on_site_url(obj) -> str:
    return f"/beheer/r/{ContentType.objects.get_for_model(obj).pk}/{obj.pk}/"


class SharedFicheTests(ElzAdminCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.shared = make_fiche(zones=[cls.gent, cls.leuven], name="Gedeelde dienst")

    def test_an_editor_of_one_zone_cannot_delete_a_shared_fiche(self):
        client = self.as_user(self.gent_editor)

        response = client.post(admin_url("fiche_delete", self.shared.pk), {"post": "yes"})

        self.assertEqual(response.status_code, 403)
        self.assertContains(response, "Dit mag je niet", status_code=403)  # Dutch, not bare
        self.assertTrue(Fiche.objects.filter(pk=self.shared.pk).exists())

    def test_bulk_delete_by_an_editor_of_one_zone_keeps_a_shared_fiche(self):
        client = self.as_user(self.gent_editor)
        data = {
            "action": "delete_selected",
            "_selected_action": [self.shared.pk, self.gent_fiche.pk],
            "post": "yes",
        }

        client.post(admin_url("fiche_changelist"), data)

        self.assertTrue(Fiche.objects.filter(pk=self.shared.pk).exists())

    def test_an_editor_of_one_zone_cannot_archive_a_shared_fiche(self):
        client = self.as_user(self.gent_editor)
        url = admin_url("fiche_change", self.shared.pk)

        response = client.post(url, form_data(client.get(url), status="archived"))

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Deze fiche hoort ook bij Leuven")
        self.assertEqual(Fiche.objects.get(pk=self.shared.pk).status, "published")

    def test_an_editor_of_one_zone_takes_their_own_zone_off_a_shared_fiche(self):
        client = self.as_user(self.gent_editor)
        url = admin_url("fiche_change", self.shared.pk)
        data = form_data(client.get(url))
        data.pop("zones", None)  # Gent unticked; Leuven is not shown to this editor

        response = client.post(url, data)

        self.assertEqual(response.status_code, 302)
        fiche = Fiche.objects.get(pk=self.shared.pk)
        self.assertEqual(list(fiche.zones.all()), [self.leuven])
        self.assertEqual(fiche.status, "published")

    def test_an_editor_of_every_zone_and_the_superuser_may_archive_and_delete(self):
        both = self.gent_editor.zone_editor
        both.zones.add(self.leuven)
        client = self.as_user(self.gent_editor)
        url = admin_url("fiche_change", self.shared.pk)

        client.post(url, form_data(client.get(url), status="archived"))
        self.assertEqual(Fiche.objects.get(pk=self.shared.pk).status, "archived")

        superuser = self.as_user(self.superuser)
        superuser.post(admin_url("fiche_delete", self.shared.pk), {"post": "yes"})
        self.assertFalse(Fiche.objects.filter(pk=self.shared.pk).exists())

    def test_an_editor_deletes_a_fiche_of_their_zone_alone(self):
        client = self.as_user(self.gent_editor)

        client.post(admin_url("fiche_delete", self.gent_fiche.pk), {"post": "yes"})

        self.assertFalse(Fiche.objects.filter(pk=self.gent_fiche.pk).exists())


class ViewOnSiteTests(ElzAdminCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.leuven_draft = make_fiche(
            zones=[cls.leuven], name="Klad Leuven", slug="geheime-klad", status="draft"
        )

    def test_an_editor_is_not_sent_to_another_zones_draft(self):
        response = self.as_user(self.gent_editor).get(view_on_site_url(self.leuven_draft))

        self.assertEqual(response.status_code, 404)
        self.assertNotIn("geheime-klad", response.get("Location", ""))
        self.assertNotContains(response, "geheime-klad", status_code=404)

    def test_an_editor_is_sent_to_the_preview_of_their_own_draft(self):
        response = self.as_user(self.leuven_editor).get(view_on_site_url(self.leuven_draft))

        self.assertRedirects(
            response,
            admin_url("fiche_preview", self.leuven_draft.pk) + "?als=bezoeker",
        )

    def test_a_published_fiche_goes_to_its_public_page(self):
        response = self.as_user(self.gent_editor).get(view_on_site_url(self.gent_fiche))

        self.assertRedirects(response, self.gent_fiche.get_absolute_url())

    def test_the_superuser_reaches_every_draft(self):
        response = self.as_user(self.superuser).get(view_on_site_url(self.leuven_draft))

        self.assertEqual(response.status_code, 302)

    def test_an_outsider_is_sent_to_the_login(self):
        outsider = make_professional(self.gent)
        client = Client()
        client.force_login(outsider)

        response = client.get(view_on_site_url(self.leuven_draft))

        self.assertEqual(response.status_code, 302)
        self.assertIn("/beheer/login/", response["Location"])
        self.assertNotIn("geheime-klad", response["Location"])

    def test_a_hand_typed_id_is_a_404(self):
        client = self.as_user(self.superuser)
        ct = ContentType.objects.get_for_model(Fiche).pk
        for url in [f"/beheer/r/{ct}/abc/", f"/beheer/r/{ct}/999999/", "/beheer/r/99999/1/"]:
            with self.subTest(url=url):
                self.assertEqual(client.get(url).status_code, 404)


class PreviewTests(ElzAdminCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.draft = make_fiche(
            zones=[cls.gent], name="Nieuwe dienst", status="draft", visibility="professional"
        )
        make_contact_person(cls.draft, name="Petra Privé")

    def preview(self, user, audience):
        url = admin_url("fiche_preview", self.draft.pk) + f"?als={audience}"
        return self.as_user(user).get(url)

    def test_the_gent_editor_previews_a_draft_as_visitor_and_as_professional(self):
        visitor = self.preview(self.gent_editor, "bezoeker")
        professional = self.preview(self.gent_editor, "professional")

        self.assertContains(visitor, "Nieuwe dienst")
        self.assertContains(visitor, "zo ziet een bezoeker zonder account")
        self.assertContains(visitor, "Dit is een klad")
        self.assertNotContains(visitor, "Petra Privé")
        self.assertContains(professional, "Petra Privé")
        self.assertIn("no-store", professional["Cache-Control"])

    def test_the_leuven_editor_cannot_preview_a_gent_draft(self):
        self.assertEqual(self.preview(self.leuven_editor, "professional").status_code, 404)

    def test_the_superuser_previews_any_draft(self):
        self.assertContains(self.preview(self.superuser, "professional"), "Petra Privé")

    def test_an_outsider_cannot_preview(self):
        client = Client()
        client.force_login(make_professional(self.gent))
        response = client.get(admin_url("fiche_preview", self.draft.pk))
        self.assertEqual(response.status_code, 302)
        self.assertNotIn("Petra", response.content.decode())

    def test_the_public_page_of_the_draft_stays_404(self):
        self.assertEqual(self.client.get(self.draft.get_absolute_url()).status_code, 404)


class CheckedFromTheFormTests(ElzAdminCase):
    def test_ticking_checked_now_records_the_editor_and_today_in_the_history(self):
        client = self.as_user(self.gent_editor)
        url = admin_url("fiche_change", self.gent_fiche.pk)

        response = client.post(url, form_data(client.get(url), checked_now="on"))

        self.assertEqual(response.status_code, 302)
        fiche = Fiche.objects.get(pk=self.gent_fiche.pk)
        self.assertEqual(fiche.verified_on, timezone.localdate())
        self.assertEqual(fiche.verified_by, self.gent_editor)
        history = client.get(admin_url("fiche_history", fiche.pk))
        self.assertContains(history, "Nagekeken door Griet.")
        self.assertNotContains(history, "geen zichtbare wijziging")

    def test_saving_without_the_box_leaves_the_check_alone(self):
        client = self.as_user(self.gent_editor)
        url = admin_url("fiche_change", self.gent_fiche.pk)

        client.post(url, form_data(client.get(url), phone="09 111 22 33"))

        self.assertIsNone(Fiche.objects.get(pk=self.gent_fiche.pk).verified_on)

    def test_the_list_action_shows_as_a_check_by_that_person(self):
        client = self.as_user(self.leuven_editor)
        client.post(
            admin_url("fiche_changelist"),
            {"action": "mark_checked", "_selected_action": [self.leuven_fiche.pk]},
        )

        history = client.get(admin_url("fiche_history", self.leuven_fiche.pk))
        self.assertContains(history, "Nagekeken door Lucas.")


class EditorFormTests(ElzAdminCase):
    def test_an_editor_does_not_see_the_demo_flag_and_cannot_change_the_slug(self):
        page = self.as_user(self.gent_editor).get(admin_url("fiche_change", self.gent_fiche.pk))

        self.assertNotContains(page, 'name="is_demo"')
        self.assertNotContains(page, 'name="slug"')

    def test_the_superuser_sees_both_with_a_dutch_explanation(self):
        page = self.as_user(self.superuser).get(admin_url("fiche_change", self.gent_fiche.pk))

        self.assertContains(page, 'name="is_demo"')
        self.assertContains(page, 'name="slug"')
        self.assertContains(page, "webadres")
