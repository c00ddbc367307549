"""The "Meld een fout" inbox in the admin: each editor sees the reports of their own zones."""

from django.test import TestCase
from django.urls import reverse

from actors.models import ErrorReport
from tests.factories import make_fiche, make_user, make_zone
from tests.world import make_elz_editor

INBOX = reverse("admin:actors_errorreport_changelist")


class ReportInboxTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        gent, leuven = make_zone(slug="gent-r"), make_zone(slug="leuven-r")
        cls.editor = make_elz_editor([gent])
        cls.mine = ErrorReport.objects.create(
            fiche=make_fiche(zones=[gent]), message="Nummer van Gent klopt niet"
        )
        cls.theirs = ErrorReport.objects.create(
            fiche=make_fiche(zones=[leuven]), message="Adres in Leuven is oud"
        )

    def test_an_editor_sees_only_reports_about_fiches_of_their_zones(self):
        self.client.force_login(self.editor)
        response = self.client.get(INBOX)
        self.assertContains(response, "Nummer van Gent klopt niet")
        self.assertNotContains(response, "Adres in Leuven is oud")

    def test_an_editor_marks_a_report_as_handled(self):
        self.client.force_login(self.editor)
        self.client.post(
            INBOX,
            {"action": "mark_handled", "_selected_action": [self.mine.pk, self.theirs.pk]},
        )
        self.mine.refresh_from_db()
        self.theirs.refresh_from_db()
        assert (self.mine.status, self.mine.handled_by) == ("handled", self.editor)
        assert self.theirs.status == "new"

    def test_a_superuser_sees_every_report(self):
        self.client.force_login(make_user(is_staff=True, is_superuser=True))
        response = self.client.get(INBOX)
        self.assertContains(response, "Nummer van Gent klopt niet")
        self.assertContains(response, "Adres in Leuven is oud")

    def test_an_editor_neither_sees_nor_closes_reports_on_flanders_wide_fiches(self):
        # The reporter's address on a fiche shared by every zone is not every editor's to read.
        shared = ErrorReport.objects.create(
            fiche=make_fiche(serves_all_flanders=True),
            message="Gratis nummer veranderd",
            email="melder@example.be",
        )
        self.client.force_login(self.editor)
        self.assertNotContains(self.client.get(INBOX), "Gratis nummer veranderd")
        change = reverse("admin:actors_errorreport_change", args=[shared.pk])
        self.assertEqual(self.client.get(change).status_code, 404)
        self.client.post(INBOX, {"action": "mark_handled", "_selected_action": [shared.pk]})
        shared.refresh_from_db()
        assert shared.status == "new"
