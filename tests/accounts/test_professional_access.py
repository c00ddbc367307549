"""Professional access: request → e-mail confirmation → approval in the admin → login → the
professional-only fiche. Plus login lockout and password reset."""

import re
from unittest import mock

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import TestCase
from django.urls import reverse

from actors.models import ProfessionalProfile
from tests.factories import make_professional, make_user, make_zone
from tests.world import (
    PRO_FICHE_MARKER,
    PRO_FICHE_SLUG,
    build_world,
    make_elz_editor,
)

REGISTER = reverse("account_register")
LOGIN = reverse("login")
PROFILES = reverse("admin:actors_professionalprofile_changelist")
PASSWORD = "Lange-zin-met-koffie-42"


def request_data(world, **overrides) -> dict:
    data = {
        "first_name": "Lies",
        "last_name": "Peeters",
        "profession": "huisarts",
        "organisation": "Groepspraktijk De Linde",
        "zone": world.gent.pk,
        "riziv_number": "1-23456-78-901",
        "email": "Lies.Peeters@Voorbeeld.be",
    }
    data.update(overrides)
    return data


def link_in(message) -> str:
    return re.search(r"https?://testserver(/\S+)", message.body).group(1)


def choose_password(client, link: str, password: str = PASSWORD):
    return client.post(link, {"new_password1": password, "new_password2": password})


class RegistrationToAccessTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        # These tests find the one account they registered, so no standing users.
        cls.world = build_world(standing_users=False)
        cls.editor = make_elz_editor([cls.world.gent])

    def setUp(self):
        cache.clear()

    def test_request_confirm_approve_login_and_see_the_professional_fiche(self):
        pro_url = reverse("actors:fiche_detail", args=[PRO_FICHE_SLUG])

        # 1. The request: stored as pending, the account not active yet, a link is mailed.
        response = self.client.post(REGISTER, request_data(self.world))
        self.assertRedirects(response, reverse("account_register_done"))
        user = get_user_model().objects.get(username="lies.peeters@voorbeeld.be")
        profile = user.professional
        assert not user.is_active
        assert (profile.status, profile.email_confirmed) == ("pending", False)
        assert (profile.zone, profile.riziv_number) == (self.world.gent, "1-23456-78-901")
        assert mail.outbox[-1].to == ["lies.peeters@voorbeeld.be"]

        # 2. The link asks for a password; choosing one confirms the address and activates
        # the account. The fiche stays hidden.
        link = link_in(mail.outbox[-1])
        self.assertContains(self.client.get(link), "Kies je wachtwoord")
        response = choose_password(self.client, link)
        self.assertContains(response, "Je e-mailadres is bevestigd")
        response = self.client.post(
            LOGIN, {"username": "lies.peeters@voorbeeld.be", "password": PASSWORD}
        )
        assert response.status_code == 302
        assert self.client.get(pro_url).status_code == 404
        self.client.logout()

        # 3. The zone's editor approves it in the admin; the person gets an e-mail.
        self.client.force_login(self.editor)
        with self.captureOnCommitCallbacks(execute=True):  # the mail leaves after commit
            response = self.client.post(
                PROFILES, {"action": "approve", "_selected_action": [profile.pk]}, follow=True
            )
        self.assertContains(response, "1 aanvraag goedgekeurd")
        profile.refresh_from_db()
        assert profile.status == ProfessionalProfile.Status.APPROVED
        assert profile.decided_by == self.editor
        assert "goedgekeurd" in mail.outbox[-1].subject
        assert mail.outbox[-1].to == ["lies.peeters@voorbeeld.be"]
        self.client.logout()

        # 4. Logging in (any case in the address) now shows the professional-only fiche.
        response = self.client.post(
            LOGIN, {"username": "LIES.PEETERS@voorbeeld.be", "password": PASSWORD}
        )
        self.assertRedirects(response, reverse("home"), fetch_redirect_response=False)
        response = self.client.get(pro_url)
        self.assertContains(response, PRO_FICHE_MARKER)
        self.assertContains(response, "Alleen voor professionals")

    def test_the_request_form_explains_what_is_missing_and_keeps_what_was_typed(self):
        response = self.client.post(
            REGISTER,
            request_data(
                self.world,
                first_name="",
                zone="999999",
                riziv_number="12",
                email="geen-adres",
            ),
        )
        assert response.status_code == 400
        for message in [
            "Vul dit veld in.",
            "Kies een zone uit de lijst.",
            "Een RIZIV-nummer heeft 11 cijfers",
            "Geef een geldig e-mailadres",
        ]:
            self.assertContains(response, message, status_code=400)
        self.assertContains(response, 'value="Peeters"', status_code=400)
        assert not get_user_model().objects.filter(last_name="Peeters").exists()

    def test_a_weak_or_mistyped_password_is_refused_and_nothing_is_confirmed(self):
        self.client.post(REGISTER, request_data(self.world))
        link = link_in(mail.outbox[-1])
        response = choose_password(self.client, link, "12345678")
        assert response.status_code == 400
        response = self.client.post(
            link, {"new_password1": PASSWORD, "new_password2": "iets anders"}
        )
        assert response.status_code == 400
        profile = ProfessionalProfile.objects.get()
        assert not profile.email_confirmed and not profile.user.is_active

    def test_opening_the_link_without_choosing_a_password_changes_nothing(self):
        # Mail scanners open links: a GET must not confirm or activate anything.
        self.client.post(REGISTER, request_data(self.world))
        self.client.get(link_in(mail.outbox[-1]))
        profile = ProfessionalProfile.objects.get()
        assert not profile.email_confirmed and not profile.user.is_active

    def test_a_used_link_cannot_set_the_password_again(self):
        self.client.post(REGISTER, request_data(self.world))
        link = link_in(mail.outbox[-1])
        choose_password(self.client, link)
        response = choose_password(self.client, link, "Een-ander-wachtwoord-77")
        self.assertContains(response, "Je e-mailadres is bevestigd")
        user = get_user_model().objects.get(username="lies.peeters@voorbeeld.be")
        assert user.check_password(PASSWORD)

    def test_a_stranger_who_asks_again_for_someone_elses_address_cannot_log_in(self):
        # The owner asks; a stranger asks again for the same address. Only the mailbox owner
        # ever chooses the password, so the stranger's request gives them nothing.
        self.client.post(REGISTER, request_data(self.world))
        self.client.post(REGISTER, request_data(self.world, profession="stranger"))
        user = get_user_model().objects.get(username="lies.peeters@voorbeeld.be")
        assert not user.has_usable_password()
        choose_password(self.client, link_in(mail.outbox[-1]))
        user.refresh_from_db()
        assert user.is_active and user.check_password(PASSWORD)

    def test_an_address_with_an_account_gets_a_mail_and_the_page_gives_nothing_away(self):
        owner = make_user("lies.peeters@voorbeeld.be", email="lies.peeters@voorbeeld.be")
        response = self.client.post(REGISTER, request_data(self.world))
        # The same answer as for a new address, so nobody learns who has an account…
        self.assertRedirects(response, reverse("account_register_done"))
        # …while the owner is told by mail, and nothing about the account changed.
        assert len(mail.outbox) == 1
        assert "al een account" in mail.outbox[0].subject
        assert reverse("password_reset") in mail.outbox[0].body
        owner.refresh_from_db()
        assert owner.is_active and owner.check_password("wachtwoord-123")
        assert not ProfessionalProfile.objects.exists()

    def test_asking_again_before_confirming_sends_a_new_link(self):
        self.client.post(REGISTER, request_data(self.world))
        response = self.client.post(REGISTER, request_data(self.world, profession="arbeidsarts"))
        assert response.status_code == 302
        assert ProfessionalProfile.objects.get().profession == "arbeidsarts"
        assert len(mail.outbox) == 2

    def test_a_name_cannot_carry_a_link_into_the_mail_to_someone_elses_address(self):
        # The confirmation mail greets the person by the name typed here, and goes to any
        # address typed here: a name must not turn it into a message from a stranger.
        for name in (
            "Win! https://evil.example",
            "Bel www.evil.example",
            "mail x@evil.be",
            # Look-alikes: NFKC turns them into "." and "@" before the check.
            "Bel evil\uff0eexample",
            "Bel evil\u2024example",
            "mail x\uff20evil\uff0ebe",
            "Bel evil\u3002example",
            "Bel ｗｗｗ.evil",
        ):
            cache.clear()  # the request form's rate limit
            response = self.client.post(REGISTER, request_data(self.world, first_name=name))
            self.assertContains(response, "Typ alleen je naam", status_code=400)
        assert mail.outbox == []
        for name in ("Anne-Marie", "D'Hondt", "Van den Broeck", "J.P.", "Çelik Müller", "Gal·la"):
            cache.clear()
            response = self.client.post(
                REGISTER, request_data(self.world, first_name=name, email=f"{len(name)}@x.be")
            )
            assert response.status_code == 302, name

    def test_a_tampered_link_is_refused(self):
        self.client.post(REGISTER, request_data(self.world))
        link = link_in(mail.outbox[-1])
        response = self.client.get(link[:-4] + "xyz/")
        self.assertContains(response, "Deze link werkt niet", status_code=400)
        assert not get_user_model().objects.get(username="lies.peeters@voorbeeld.be").is_active

    def test_an_expired_link_says_how_to_get_a_new_one(self):
        self.client.post(REGISTER, request_data(self.world))
        with mock.patch("accounts.tokens.CONFIRM_MAX_AGE", -1):
            response = self.client.get(link_in(mail.outbox[-1]))
        self.assertContains(response, "De link is verlopen", status_code=400)
        assert not get_user_model().objects.get(username="lies.peeters@voorbeeld.be").is_active

    def test_request_floods_are_stopped(self):
        for n in range(5):
            self.client.post(REGISTER, request_data(self.world, email=f"p{n}@voorbeeld.be"))
        response = self.client.post(REGISTER, request_data(self.world, email="p9@voorbeeld.be"))
        self.assertContains(response, "Wacht een uur", status_code=429)
        assert not get_user_model().objects.filter(username="p9@voorbeeld.be").exists()


class ApprovalAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.gent = make_zone(slug="gent-a", name="Gent")
        cls.leuven = make_zone(slug="leuven-a", name="Leuven")
        cls.gent_editor = make_elz_editor([cls.gent])
        cls.in_gent = make_professional(
            cls.gent, status=ProfessionalProfile.Status.PENDING, first_name="Gentse"
        ).professional
        cls.in_leuven = make_professional(
            cls.leuven,
            status=ProfessionalProfile.Status.PENDING,
            first_name="Leuvense",
            email="leuvense@voorbeeld.be",
        ).professional

    def test_an_editor_sees_only_requests_of_their_zone(self):
        self.client.force_login(self.gent_editor)
        response = self.client.get(PROFILES)
        self.assertContains(response, "Gentse")
        self.assertNotContains(response, "Leuvense")
        other = reverse("admin:actors_professionalprofile_change", args=[self.in_leuven.pk])
        assert self.client.get(other).status_code in (302, 404)

    def test_an_editor_cannot_approve_another_zones_request(self):
        self.client.force_login(self.gent_editor)
        self.client.post(PROFILES, {"action": "approve", "_selected_action": [self.in_leuven.pk]})
        self.in_leuven.refresh_from_db()
        assert self.in_leuven.status == ProfessionalProfile.Status.PENDING

    def test_a_superuser_may_reject_any_request_and_the_person_is_told(self):
        admin_user = make_user(is_staff=True, is_superuser=True)
        self.client.force_login(admin_user)
        with self.captureOnCommitCallbacks(execute=True):  # the mail leaves after commit
            self.client.post(
                PROFILES, {"action": "reject", "_selected_action": [self.in_leuven.pk]}
            )
        self.in_leuven.refresh_from_db()
        assert self.in_leuven.status == ProfessionalProfile.Status.REJECTED
        assert [message.to for message in mail.outbox] == [["leuvense@voorbeeld.be"]]
        assert mail.outbox[0].subject == "Je aanvraag voor de Wegwijzer bij ziekte"
        assert "We konden je aanvraag niet goedkeuren" in mail.outbox[0].body

    def test_an_unconfirmed_address_is_not_approved(self):
        ProfessionalProfile.objects.filter(pk=self.in_gent.pk).update(email_confirmed=False)
        self.client.force_login(self.gent_editor)
        response = self.client.post(
            PROFILES, {"action": "approve", "_selected_action": [self.in_gent.pk]}, follow=True
        )
        self.assertContains(response, "nog niet bevestigd")
        self.in_gent.refresh_from_db()
        assert self.in_gent.status == ProfessionalProfile.Status.PENDING

    def test_a_professional_without_editor_rights_cannot_open_the_admin_list(self):
        self.client.force_login(self.in_gent.user)
        response = self.client.get(PROFILES)
        assert response.status_code == 302


class LoginTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = make_user("an@voorbeeld.be", password=PASSWORD, email="an@voorbeeld.be")

    def test_a_wrong_password_gets_a_plain_dutch_message(self):
        response = self.client.post(LOGIN, {"username": "an@voorbeeld.be", "password": "fout"})
        self.assertContains(response, "passen niet bij elkaar")

    def test_repeated_failures_lock_the_login_with_a_dutch_page(self):
        for _ in range(5):
            self.client.post(LOGIN, {"username": "an@voorbeeld.be", "password": "fout"})
        response = self.client.post(LOGIN, {"username": "an@voorbeeld.be", "password": PASSWORD})
        assert response.status_code == 429
        self.assertContains(response, "Inloggen is even geblokkeerd", status_code=429)
        assert "_auth_user_id" not in self.client.session

    def test_logout_is_a_post_from_the_account_page(self):
        self.client.force_login(self.user)
        self.assertContains(self.client.get(reverse("account")), reverse("logout"))
        response = self.client.post(reverse("logout"))
        self.assertRedirects(response, reverse("home"), fetch_redirect_response=False)
        assert "_auth_user_id" not in self.client.session

    def test_the_account_page_needs_a_login(self):
        response = self.client.get(reverse("account"))
        assert response.status_code == 302 and response["Location"].startswith(LOGIN)


class PasswordResetTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = make_user("an@voorbeeld.be", password=PASSWORD, email="an@voorbeeld.be")

    def setUp(self):
        cache.clear()

    def test_a_reset_link_is_mailed_in_dutch_and_sets_a_new_password(self):
        response = self.client.post(reverse("password_reset"), {"email": "an@voorbeeld.be"})
        self.assertRedirects(response, reverse("password_reset_done"))
        message = mail.outbox[-1]
        assert message.subject == "Een nieuw wachtwoord voor de Wegwijzer bij ziekte"
        response = self.client.get(link_in(message), follow=True)
        self.assertContains(response, "Kies een nieuw wachtwoord")
        new = "Nog-een-lange-zin-77"
        response = self.client.post(
            response.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
        )
        self.assertRedirects(response, reverse("password_reset_complete"))
        self.user.refresh_from_db()
        assert self.user.check_password(new)

    def test_reset_floods_are_stopped(self):
        for _ in range(5):
            self.client.post(reverse("password_reset"), {"email": "an@voorbeeld.be"})
        response = self.client.post(reverse("password_reset"), {"email": "an@voorbeeld.be"})
        assert response.status_code == 429
        assert len(mail.outbox) == 5
