"""Mails around access requests never break the editor's work: a confirmed request tells the
zone's editors, and a mail server outage during approval leaves a consistent state, tells the
editor in Dutch, and is sent later by send_pending_mail."""

import io

from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client, TestCase, TransactionTestCase
from django.urls import reverse

from actors.models import OutgoingMail, ProfessionalProfile
from tests.accounts.test_professional_access import (
    REGISTER,
    choose_password,
    link_in,
    request_data,
)
from tests.factories import make_professional, make_user, make_zone
from tests.mail_outage import mail_server_down
from tests.world import build_world, make_elz_editor

PROFILES = reverse("admin:actors_professionalprofile_changelist")


class AccessRequestMailTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world(standing_users=False)
        cls.gent_editor = make_elz_editor([cls.world.gent], email="griet@gent.example")
        cls.leuven_editor = make_elz_editor([cls.world.leuven], email="lucas@leuven.example")

    def setUp(self):
        cache.clear()

    def test_a_confirmed_request_mails_the_editors_of_its_zone_only(self):
        client = Client()
        client.post(REGISTER, request_data(self.world))
        link = link_in(mail.outbox[-1])
        mail.outbox.clear()

        with self.captureOnCommitCallbacks(execute=True):
            choose_password(client, link)

        self.assertEqual([m.to for m in mail.outbox], [["griet@gent.example"]])
        message = mail.outbox[0]
        self.assertIn("toegang als professional", message.subject)
        profile = ProfessionalProfile.objects.get(user__username="lies.peeters@voorbeeld.be")
        self.assertIn(
            reverse("admin:actors_professionalprofile_change", args=[profile.pk]), message.body
        )
        self.assertNotIn("Peeters", message.body)  # the editor reads who in the admin

    def test_an_unconfirmed_request_mails_no_editor(self):
        Client().post(REGISTER, request_data(self.world))

        self.assertEqual([m.to for m in mail.outbox], [["lies.peeters@voorbeeld.be"]])


class ApprovalDuringMailOutageTests(TransactionTestCase):
    """Real commits (not one test transaction): the mail leaves when the decision commits,
    before the editor's page is built, as in production."""

    def setUp(self):
        cache.clear()
        cls = self
        cls.gent = make_zone(slug="gent-o", name="Gent")
        cls.leuven = make_zone(slug="leuven-o", name="Leuven")
        cls.gent_editor = make_elz_editor([cls.gent], first_name="Griet")
        cls.leuven_editor = make_elz_editor([cls.leuven])
        cls.superuser = make_user(is_staff=True, is_superuser=True)
        cls.profile = make_professional(
            cls.gent,
            status=ProfessionalProfile.Status.PENDING,
            first_name="An",
            last_name="Arts",
            email="an.arts@voorbeeld.be",
        ).professional

    def approve(self, user):
        client = Client()
        client.force_login(user)
        data = {"action": "approve", "_selected_action": [self.profile.pk]}
        return client.post(PROFILES, data, follow=True)

    def test_approval_is_kept_the_editor_is_told_in_dutch_and_the_mail_goes_later(self):
        with mail_server_down(), self.assertLogs("actors.mail", "ERROR"):
            response = self.approve(self.gent_editor)

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "1 aanvraag goedgekeurd.")
        self.assertContains(response, "De beslissing is bewaard, maar de e-mail aan An Arts")
        self.assertContains(response, "Hij wordt later automatisch opnieuw verstuurd")
        self.profile.refresh_from_db()
        self.assertEqual(self.profile.status, ProfessionalProfile.Status.APPROVED)
        self.assertEqual(self.profile.decided_by, self.gent_editor)
        waiting = OutgoingMail.objects.get()
        self.assertEqual(waiting.recipient_list, ["an.arts@voorbeeld.be"])
        self.assertIsNone(waiting.sent_at)
        self.assertEqual(mail.outbox, [])

        out = io.StringIO()
        call_command("send_pending_mail", stdout=out)

        self.assertEqual([m.to for m in mail.outbox], [["an.arts@voorbeeld.be"]])
        self.assertIn("goedgekeurd", mail.outbox[0].subject)
        self.assertIsNotNone(OutgoingMail.objects.get().sent_at)
        call_command("send_pending_mail", stdout=io.StringIO())
        self.assertEqual(len(mail.outbox), 1)  # sent once, not again

    def test_with_a_working_mail_server_there_is_no_warning(self):
        response = self.approve(self.superuser)

        self.assertContains(response, "1 aanvraag goedgekeurd.")
        self.assertNotContains(response, "kon nu niet vertrekken")
        self.assertEqual([m.to for m in mail.outbox], [["an.arts@voorbeeld.be"]])

    def test_the_leuven_editor_decides_nothing_in_gent(self):
        self.approve(self.leuven_editor)

        self.profile.refresh_from_db()
        self.assertEqual(self.profile.status, ProfessionalProfile.Status.PENDING)
        self.assertFalse(OutgoingMail.objects.exists())

    def test_an_outsider_decides_nothing(self):
        outsider = make_professional(self.gent)
        response = self.approve(outsider)

        self.assertIn("/beheer/login/", response.redirect_chain[0][0])
        self.profile.refresh_from_db()
        self.assertEqual(self.profile.status, ProfessionalProfile.Status.PENDING)


class VisitorMailOutageTests(TestCase):
    """A link the visitor waits for cannot be stored for later (it would be readable in the
    admin), so an outage is said plainly and nothing typed is lost."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_world(standing_users=False)

    def setUp(self):
        cache.clear()

    def test_a_registration_during_an_outage_is_told_in_dutch_and_keeps_the_form(self):
        with mail_server_down(), self.assertLogs("accounts.mails", "ERROR"):
            response = self.client.post(REGISTER, request_data(self.world))

        self.assertEqual(response.status_code, 503)
        self.assertContains(response, "onze mailserver antwoordt even niet", status_code=503)
        self.assertContains(response, 'value="Groepspraktijk De Linde"', status_code=503)

        response = self.client.post(REGISTER, request_data(self.world))  # the server is back
        self.assertRedirects(response, reverse("account_register_done"))
        self.assertEqual(len(mail.outbox), 1)
        self.client.get(link_in(mail.outbox[0]))
        choose_password(self.client, link_in(mail.outbox[0]))
        profile = ProfessionalProfile.objects.get(user__email="lies.peeters@voorbeeld.be")
        self.assertTrue(profile.email_confirmed)

    def test_a_password_reset_during_an_outage_answers_as_always(self):
        # Django logs the failure itself; saying "not sent" would tell a stranger that this
        # address has an account, so the page is the usual "bekijk je mailbox".
        make_user(email="an@voorbeeld.be")
        with mail_server_down(), self.assertLogs("django.contrib.auth", "ERROR"):
            response = self.client.post(reverse("password_reset"), {"email": "an@voorbeeld.be"})

        self.assertRedirects(response, reverse("password_reset_done"))
