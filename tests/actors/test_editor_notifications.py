"""Notifications that never break the request: new error reports mail the right editors after
commit, a mail server outage is logged and retried, handling a report records who, when and a
note and can answer the reporter, and the weekly digest (with --dry-run)."""

import io
from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from actors.models import NATIONAL_EDITOR_GROUP, ErrorReport, Fiche, OutgoingMail
from actors.roles import ensure_role_groups
from tests.actors.test_admin_scoping import ElzAdminCase, admin_url, form_data
from tests.factories import make_fiche, make_professional, make_user
from tests.mail_outage import mail_server_down

INBOX = admin_url("errorreport_changelist")


class NewReportMailTests(ElzAdminCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for user, address in [
            (cls.gent_editor, "griet@gent.example"),
            (cls.leuven_editor, "lucas@leuven.example"),
        ]:
            user.email = address
            user.save()
        cls.national = make_user("nora", email="nora@vlaanderen.example", is_staff=True)
        # The group as load_reference_data makes it: its permissions alone must be enough.
        cls.national.groups.add(ensure_role_groups()[NATIONAL_EDITOR_GROUP])

    def report(self, fiche, **extra):
        url = reverse("actors:fiche_report", args=[fiche.slug])
        data = {"message": "Het telefoonnummer klopt niet meer.", **extra}
        with self.captureOnCommitCallbacks(execute=True):
            return Client().post(url, data)

    def test_a_report_on_a_gent_fiche_mails_the_gent_editor_only(self):
        response = self.report(self.gent_fiche)

        self.assertEqual(response.status_code, 302)
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(mail.outbox[0].to, ["griet@gent.example"])
        self.assertIn("Onthaal Gent", mail.outbox[0].subject)
        report = ErrorReport.objects.get()
        self.assertIn(admin_url("errorreport_change", report.pk), mail.outbox[0].body)
        self.assertIsNotNone(OutgoingMail.objects.get().sent_at)

    def test_a_report_on_a_flanders_wide_fiche_goes_to_the_national_editors(self):
        self.report(self.flanders_fiche, email="melder@example.be")

        self.assertEqual([m.to for m in mail.outbox], [["nora@vlaanderen.example"]])
        report = ErrorReport.objects.get()
        national = self.as_user(self.national)
        self.assertContains(national.get(INBOX), "telefoonnummer klopt niet")
        national.post(INBOX, {"action": "mark_handled", "_selected_action": [report.pk]})
        report.refresh_from_db()
        self.assertEqual(report.handled_by, self.national)
        gent = Client()
        gent.force_login(self.gent_editor)
        self.assertNotContains(gent.get(INBOX), "melder@example.be")

    def test_a_mail_server_outage_never_breaks_the_report_and_is_retried(self):
        with mail_server_down(), self.assertLogs("actors.mail", "ERROR") as logs:
            response = self.report(self.gent_fiche)

        self.assertEqual(response.status_code, 302)
        self.assertTrue(ErrorReport.objects.exists())
        waiting = OutgoingMail.objects.get()
        self.assertIsNone(waiting.sent_at)
        self.assertEqual(waiting.attempts, 1)
        self.assertIn("ConnectionRefusedError", waiting.last_error)
        self.assertIn("send_pending_mail will retry", logs.output[0])
        self.assertEqual(mail.outbox, [])

        out = io.StringIO()
        call_command("send_pending_mail", stdout=out)

        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(mail.outbox[0].to, ["griet@gent.example"])
        self.assertIsNotNone(OutgoingMail.objects.get().sent_at)
        self.assertIn("1 mail(s) sent", out.getvalue())

    def test_send_pending_mail_dry_run_sends_nothing(self):
        with mail_server_down(), self.assertLogs("actors.mail", "ERROR"):
            self.report(self.gent_fiche)
        out = io.StringIO()

        call_command("send_pending_mail", "--dry-run", stdout=out)

        self.assertEqual(mail.outbox, [])
        self.assertIn("1 mail(s) waiting", out.getvalue())

    def test_a_report_rolled_back_sends_nothing(self):
        from django.db import transaction

        from actors.notifications import notify_new_report

        with self.captureOnCommitCallbacks(execute=True):
            try:
                with transaction.atomic():
                    report = ErrorReport.objects.create(fiche=self.gent_fiche, message="x")
                    notify_new_report(report)
                    raise RuntimeError("rolled back")
            except RuntimeError:
                pass

        self.assertEqual(mail.outbox, [])
        self.assertFalse(OutgoingMail.objects.exists())


class HandlingTests(ElzAdminCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.report = ErrorReport.objects.create(
            fiche=cls.gent_fiche, message="Adres is verhuisd", email="melder@example.be"
        )
        cls.old = ErrorReport.objects.create(
            fiche=cls.gent_fiche, message="Oude melding", status=ErrorReport.Status.HANDLED
        )

    def test_the_inbox_opens_on_the_open_reports(self):
        response = self.as_user(self.gent_editor).get(INBOX)

        self.assertContains(response, "Adres is verhuisd")
        self.assertNotContains(response, "Oude melding")
        self.assertContains(self.client.get(INBOX + "?toon=alle"), "Oude melding")

    def test_handling_records_who_when_a_note_and_sends_the_reply_once(self):
        client = self.as_user(self.gent_editor)
        url = admin_url("errorreport_change", self.report.pk)
        page = client.get(url)
        self.assertContains(page, admin_url("fiche_change", self.gent_fiche.pk))

        with self.captureOnCommitCallbacks(execute=True):
            response = client.post(
                url,
                form_data(
                    page, handled="on", handler_note="Adres aangepast", reply="Dank, aangepast!"
                ),
            )

        self.assertEqual(response.status_code, 302)
        self.report.refresh_from_db()
        self.assertEqual(self.report.status, "handled")
        self.assertEqual(self.report.handled_by, self.gent_editor)
        self.assertAlmostEqual(self.report.handled_at, timezone.now(), delta=timedelta(minutes=1))
        self.assertEqual(self.report.handler_note, "Adres aangepast")
        self.assertEqual([m.to for m in mail.outbox], [["melder@example.be"]])
        self.assertIn("Dank, aangepast!", mail.outbox[0].body)
        page = client.get(url)
        self.assertNotContains(page, 'name="reply"')  # sent once; no second mail

    def test_the_leuven_editor_cannot_open_a_gent_report(self):
        client = self.as_user(self.leuven_editor)
        self.assertEqual(
            client.get(admin_url("errorreport_change", self.report.pk)).status_code, 404
        )

    def test_an_outsider_cannot_open_the_inbox(self):
        client = Client()
        client.force_login(make_professional(self.gent))
        response = client.get(INBOX)
        self.assertEqual(response.status_code, 302)


class DigestTests(ElzAdminCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.gent_editor.email = "griet@gent.example"
        cls.gent_editor.save()
        cls.leuven_editor.email = "lucas@leuven.example"
        cls.leuven_editor.save()
        make_fiche(zones=[cls.gent], name="Klad in Gent", status=Fiche.Status.DRAFT)
        ErrorReport.objects.create(fiche=cls.gent_fiche, message="Open in Gent")
        Fiche.objects.filter(pk=cls.leuven_fiche.pk).update(
            verified_on=timezone.localdate(), verified_by=cls.leuven_editor
        )
        cls.superuser.email = "admin@example.be"
        cls.superuser.save()

    def test_dry_run_lists_each_editor_and_sends_nothing(self):
        out = io.StringIO()

        call_command("send_editor_digest", "--dry-run", stdout=out)

        self.assertEqual(mail.outbox, [])
        self.assertFalse(OutgoingMail.objects.exists())
        self.assertIn("griet <griet@gent.example>: 1 open report(s), 1 draft(s)", out.getvalue())
        self.assertNotIn("lucas", out.getvalue())
        self.assertIn("1 editor(s) would get a digest", out.getvalue())

    def test_each_editor_gets_their_own_zones_only(self):
        with self.captureOnCommitCallbacks(execute=True):
            call_command("send_editor_digest", stdout=io.StringIO())

        self.assertEqual([m.to for m in mail.outbox], [["griet@gent.example"]])
        body = mail.outbox[0].body
        self.assertIn("Open in Gent", body)
        self.assertIn("Klad in Gent", body)
        self.assertIn("Onthaal Gent", body)  # never checked: stale
        self.assertNotIn("Leuven", body)

    def test_stale_follows_the_setting(self):
        Fiche.objects.filter(pk=self.leuven_fiche.pk).update(
            verified_on=timezone.localdate() - timedelta(days=100)
        )
        out = io.StringIO()
        with self.settings(STALE_AFTER_MONTHS=3):
            call_command("send_editor_digest", "--dry-run", stdout=out)
        self.assertIn("lucas", out.getvalue())
        out = io.StringIO()
        with self.settings(STALE_AFTER_MONTHS=12):
            call_command("send_editor_digest", "--dry-run", stdout=out)
        self.assertNotIn("lucas", out.getvalue())
