"""One fiche: its page, its vCard and the "Meld een fout" form."""

from datetime import date

from django.core.cache import cache
from django.test import TestCase
from django.urls import reverse

from actors.models import ErrorReport, Fiche
from actors.views.fiches import REPORT_LIMIT
from tests.factories import make_fiche, make_professional, make_user
from tests.world import CONTACT_MARKER, build_world


class FichePageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()
        cls.fiche = cls.world.tnw_gent
        cls.url = cls.fiche.get_absolute_url()

    def test_it_shows_the_public_details(self):
        Fiche.objects.filter(pk=self.fiche.pk).update(
            opening_hours="ma–vr 9–12 u", cost="Gratis", referral_needed=False
        )
        response = self.client.get(self.url)
        self.assertContains(
            response, '<h1 class="fiche__title">TNW-coördinator CM Gent</h1>', html=True
        )
        for text in [
            "CM Midden-Vlaanderen",
            "Martelaarslaan 17",
            'href="tel:092670000"',
            "ma–vr 9–12 u",
            "Gratis",
            "Nederlands",
            "Frans",
            "Werknemer",
            "Voor leden van Christelijke Mutualiteit",
            "je mag zelf contact opnemen",
            reverse("actors:zone_detail", args=["gent"]),
        ]:
            self.assertContains(response, text)

    def test_demo_fiches_say_they_hold_no_real_data(self):
        self.assertNotContains(self.client.get(self.url), "geen echte gegevens")
        self.fiche.is_demo = True
        self.fiche.save()
        self.assertContains(self.client.get(self.url), "deze fiche bevat geen echte gegevens")
        zone_page = self.client.get(reverse("actors:zone_detail", args=["gent"]))
        self.assertContains(zone_page, "Voorbeeld: geen echte gegevens", count=1)

    def test_it_says_when_the_fiche_was_not_checked_yet(self):
        self.assertContains(self.client.get(self.url), "Nog niet nagekeken")

    def test_it_says_when_the_fiche_was_last_checked(self):
        Fiche.objects.filter(pk=self.fiche.pk).update(
            verified_on=date(2026, 3, 3), verified_by=make_user()
        )
        self.assertContains(self.client.get(self.url), "Laatst nagekeken op 3 maart 2026")

    def test_contact_persons_stay_hidden_from_visitors(self):
        response = self.client.get(self.url)
        self.assertNotContains(response, CONTACT_MARKER)
        self.assertNotContains(response, "Contactpersonen")

    def test_an_approved_professional_sees_contact_persons_marked_as_such(self):
        self.client.force_login(make_professional(self.world.gent))
        response = self.client.get(self.url)
        self.assertContains(response, CONTACT_MARKER)
        self.assertContains(response, "Alleen voor professionals")
        assert "private" in response["Cache-Control"]

    def test_it_links_to_the_vcard_and_the_report_form(self):
        response = self.client.get(self.url)
        self.assertContains(response, reverse("actors:fiche_vcard", args=[self.fiche.slug]))
        self.assertContains(response, "Meld een fout")


class VCardTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()
        cls.url = reverse("actors:fiche_vcard", args=[cls.world.tnw_gent.slug])

    def test_it_downloads_a_vcard_of_the_fiche(self):
        response = self.client.get(self.url)
        assert response["Content-Type"].startswith("text/vcard")
        assert 'filename="tnw-cm-gent.vcf"' in response["Content-Disposition"]
        text = response.content.decode()
        assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
        assert "FN:TNW-coördinator CM Gent\r\n" in text
        assert "TEL;TYPE=WORK,VOICE:09 267 00 00\r\n" in text
        assert "ADR;TYPE=WORK:;;Martelaarslaan 17;Gent;;9000;België\r\n" in text
        assert text.count("BEGIN:VCARD") == 1
        assert CONTACT_MARKER not in text

    def test_a_professional_also_gets_the_contact_persons(self):
        self.client.force_login(make_professional(self.world.gent))
        text = self.client.get(self.url).content.decode()
        assert text.count("BEGIN:VCARD") == 2
        assert f"FN:{CONTACT_MARKER}\r\n" in text

    def test_special_characters_are_escaped_and_long_lines_folded(self):
        fiche = make_fiche(name="Hulp; advies, en meer", description="x", opening_hours="a" * 200)
        text = self.client.get(reverse("actors:fiche_vcard", args=[fiche.slug])).content.decode()
        assert "FN:Hulp\\; advies\\, en meer\r\n" in text
        assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))

    def test_a_line_break_in_a_field_cannot_add_a_line_to_the_card(self):
        # A lone carriage return (pasted from an old Mac text) ends a line for some readers.
        fiche = make_fiche(name="Hulp", description="x", opening_hours="9-12u\rTEL:0900 00 00")
        text = self.client.get(reverse("actors:fiche_vcard", args=[fiche.slug])).content.decode()
        assert "\rTEL:0900" not in text
        assert [line for line in text.split("\r\n") if line.startswith("TEL")] == []


class ErrorReportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()
        cls.fiche = cls.world.tnw_gent
        cls.url = reverse("actors:fiche_report", args=[cls.fiche.slug])

    def setUp(self):
        cache.clear()

    def test_a_report_lands_in_the_inbox_and_the_visitor_gets_thanks(self):
        response = self.client.post(
            self.url, {"message": "Het nummer klopt niet.", "email": "an@voorbeeld.be"}, follow=True
        )
        self.assertContains(response, "Bedankt. Je melding is verstuurd")
        report = ErrorReport.objects.get()
        assert (report.fiche, report.message, report.email) == (
            self.fiche,
            "Het nummer klopt niet.",
            "an@voorbeeld.be",
        )
        assert report.status == ErrorReport.Status.NEW

    def test_the_email_address_is_optional(self):
        self.client.post(self.url, {"message": "Verhuisd."})
        assert ErrorReport.objects.get().email == ""

    def test_an_empty_message_is_refused_with_a_clear_message(self):
        response = self.client.post(self.url, {"message": "  ", "email": "an@voorbeeld.be"})
        self.assertContains(response, "Schrijf kort wat er fout is.", status_code=400)
        # The address the visitor typed is still there.
        self.assertContains(response, 'value="an@voorbeeld.be"', status_code=400)
        assert not ErrorReport.objects.exists()

    def test_a_too_long_message_or_bad_email_is_refused(self):
        response = self.client.post(self.url, {"message": "x" * 2001, "email": "geen-adres"})
        self.assertContains(response, "Je bericht is te lang", status_code=400)
        self.assertContains(response, "Geef een geldig e-mailadres", status_code=400)
        assert not ErrorReport.objects.exists()

    def test_a_flood_is_stopped_with_429_and_nothing_more_is_stored(self):
        for n in range(REPORT_LIMIT):
            assert self.client.post(self.url, {"message": f"Melding {n}"}).status_code == 302
        response = self.client.post(self.url, {"message": "Nog een melding"})
        self.assertContains(response, "Wacht een uur", status_code=429)
        self.assertContains(response, "Nog een melding", status_code=429)
        assert ErrorReport.objects.count() == REPORT_LIMIT

    def test_the_limit_is_per_address(self):
        for n in range(REPORT_LIMIT):
            self.client.post(self.url, {"message": f"Melding {n}"})
        other = self.client.post(self.url, {"message": "Van elders"}, REMOTE_ADDR="192.0.2.77")
        assert other.status_code == 302

    def test_the_fiche_page_links_to_the_report_form_on_its_own_page(self):
        # The fiche page itself holds no form token, so it can be served from the shared cache.
        page = self.client.get(self.fiche.get_absolute_url())
        self.assertContains(page, f'href="{self.url}"')
        assert "csrfmiddlewaretoken" not in page.content.decode()
        form = self.client.get(self.url)
        self.assertContains(form, "csrfmiddlewaretoken")
        self.assertContains(form, f"Meld een fout over {self.fiche.name}")

    def test_a_report_cannot_be_deleted_or_changed_by_other_methods(self):
        assert self.client.put(self.url).status_code == 405
