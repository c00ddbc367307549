"""The fiche list in the admin: bulk actions, "mark as checked", filters, search, query count."""

import datetime

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.utils import timezone

from actors.models import Fiche
from tests.actors.test_admin_scoping import ElzAdminCase, admin_url, form_data, make_editor_group
from tests.factories import make_editor, make_fiche, make_zone


class BulkActionTests(ElzAdminCase):
    def run_action(self, user, action, fiches, **extra):
        return self.as_user(user).post(
            admin_url("fiche_changelist"),
            {"action": action, ACTION_CHECKBOX_NAME: [f.pk for f in fiches], **extra},
            follow=True,
        )

    def test_bulk_delete_removes_only_the_editors_own_fiches(self):
        everything = [self.gent_fiche, self.leuven_fiche, self.flanders_fiche]

        self.run_action(self.gent_editor, "delete_selected", everything, post="yes")

        self.assertFalse(Fiche.objects.filter(pk=self.gent_fiche.pk).exists())
        self.assertTrue(Fiche.objects.filter(pk=self.leuven_fiche.pk).exists())
        self.assertTrue(Fiche.objects.filter(pk=self.flanders_fiche.pk).exists())

    def test_mark_as_checked_marks_only_the_editors_own_fiches_and_says_how_many(self):
        everything = [self.gent_fiche, self.leuven_fiche, self.flanders_fiche]

        response = self.run_action(self.gent_editor, "mark_checked", everything)

        self.assertContains(response, "1 fiche gemarkeerd als nagekeken.")
        gent = Fiche.objects.get(pk=self.gent_fiche.pk)
        self.assertEqual(gent.verified_on, timezone.localdate())
        self.assertEqual(gent.verified_by, self.gent_editor)
        for other in (self.leuven_fiche, self.flanders_fiche):
            other = Fiche.objects.get(pk=other.pk)
            self.assertIsNone(other.verified_on)
            self.assertIsNone(other.verified_by)

    def test_the_superuser_marks_several_fiches_as_checked(self):
        response = self.run_action(
            self.superuser, "mark_checked", [self.leuven_fiche, self.flanders_fiche]
        )

        self.assertContains(response, "2 fiches gemarkeerd als nagekeken.")
        self.assertEqual(
            Fiche.objects.filter(verified_by=self.superuser).count(),
            2,
        )

    def test_marking_as_checked_is_recorded_in_the_history(self):
        self.run_action(self.gent_editor, "mark_checked", [self.gent_fiche])

        latest = self.gent_fiche.history.latest()
        self.assertEqual(latest.history_user, self.gent_editor)
        self.assertEqual(latest.verified_on, timezone.localdate())


class CheckedDateTests(ElzAdminCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.gent_fiche.mark_checked(cls.leuven_editor)
        cls.long_ago = timezone.localdate() - datetime.timedelta(days=400)
        Fiche.objects.filter(pk=cls.gent_fiche.pk).update(verified_on=cls.long_ago)

    def test_saving_a_fiche_in_the_admin_does_not_change_who_checked_it_and_when(self):
        page = self.as_user(self.gent_editor).get(admin_url("fiche_change", self.gent_fiche.pk))
        data = form_data(page, phone="09 111 11 11")
        data.update(verified_on=str(timezone.localdate()), verified_by=str(self.gent_editor.pk))

        self.client.post(admin_url("fiche_change", self.gent_fiche.pk), data)

        fiche = Fiche.objects.get(pk=self.gent_fiche.pk)
        self.assertEqual(fiche.phone, "09 111 11 11")
        self.assertEqual(fiche.verified_on, self.long_ago)
        self.assertEqual(fiche.verified_by, self.leuven_editor)

    def test_a_plain_save_does_not_change_who_checked_it_and_when(self):
        fiche = Fiche.objects.get(pk=self.gent_fiche.pk)
        fiche.name = "Onthaal Gent (nieuw adres)"
        fiche.save()

        fiche.refresh_from_db()
        self.assertEqual(fiche.verified_on, self.long_ago)
        self.assertEqual(fiche.verified_by, self.leuven_editor)

    def test_the_change_page_shows_who_checked_it_and_when_read_only(self):
        response = self.as_user(self.gent_editor).get(admin_url("fiche_change", self.gent_fiche.pk))

        self.assertContains(response, "Nagekeken op")
        self.assertContains(response, "lucas")
        self.assertNotContains(response, 'name="verified_on"')
        self.assertNotContains(response, 'name="verified_by"')

    def test_the_stale_filter_lists_fiches_not_checked_in_twelve_months(self):
        recent = make_fiche(zones=[self.gent], name="Pas nagekeken")
        recent.mark_checked(self.gent_editor)

        response = self.as_user(self.gent_editor).get(
            admin_url("fiche_changelist"), {"nagekeken": "niet-in-12-maanden"}
        )

        listed = set(response.context["cl"].result_list)
        self.assertIn(Fiche.objects.get(pk=self.gent_fiche.pk), listed)  # 400 days ago
        self.assertIn(self.flanders_fiche, listed)  # never checked
        self.assertNotIn(recent, listed)


class FilterAndSearchTests(ElzAdminCase):
    def test_search_finds_a_fiche_by_its_organisation_name(self):
        self.gent_fiche.organisation.name = "Centrum Algemeen Welzijnswerk"
        self.gent_fiche.organisation.save()

        response = self.as_user(self.gent_editor).get(
            admin_url("fiche_changelist"), {"q": "welzijnswerk"}
        )

        self.assertEqual(list(response.context["cl"].result_list), [self.gent_fiche])

    def test_search_never_reaches_another_zone(self):
        response = self.as_user(self.gent_editor).get(
            admin_url("fiche_changelist"), {"q": "Onthaal"}
        )

        self.assertEqual(list(response.context["cl"].result_list), [self.gent_fiche])

    def test_filters_on_zone_status_and_visibility(self):
        draft = make_fiche(
            zones=[self.gent], status=Fiche.Status.DRAFT, visibility=Fiche.Visibility.PROFESSIONAL
        )
        client = self.as_user(self.superuser)

        def listed(**params):
            response = client.get(admin_url("fiche_changelist"), params)
            return set(response.context["cl"].result_list)

        self.assertEqual(listed(zone=self.leuven.pk), {self.leuven_fiche})
        self.assertEqual(listed(zone="vlaanderen"), {self.flanders_fiche})
        self.assertEqual(listed(status__exact="draft"), {draft})
        self.assertEqual(listed(visibility__exact="professional"), {draft})


@pytest.mark.django_db
def test_the_fiche_list_needs_the_same_number_of_queries_for_few_or_many_fiches(
    client, django_assert_max_num_queries
):
    gent = make_zone(name="Gent")
    other = make_zone(name="Leuven")
    editor = make_editor([gent, other])
    editor.groups.add(make_editor_group())
    client.force_login(editor)
    url = admin_url("fiche_changelist")

    make_fiche(zones=[gent])
    with django_assert_max_num_queries(12) as few:
        assert client.get(url).status_code == 200

    for _ in range(25):
        make_fiche(zones=[gent, other])
    with django_assert_max_num_queries(12) as many:
        response = client.get(url)
    assert len(response.context["cl"].result_list) == 26
    assert len(many.captured_queries) == len(few.captured_queries), [
        q["sql"] for q in many.captured_queries
    ]


class BadFilterInputTests(ElzAdminCase):
    def test_a_garbled_zone_filter_is_not_an_error_page(self):
        response = self.as_user(self.gent_editor).get(admin_url("fiche_changelist"), {"zone": "x"})

        self.assertEqual(response.status_code, 200)
        self.assertEqual(list(response.context["cl"].result_list), [])
