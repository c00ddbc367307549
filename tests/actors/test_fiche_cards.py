"""Fiche cards a person can act on (phone, address or website, opening hours), without saying a
name twice, and the published fiches nobody can reach, listed for their editors."""

import re

from django.test import TestCase
from django.urls import reverse

from actors.models import Fiche
from actors.templatetags.directory import byline, first_line
from tests.actors.test_admin_scoping import ElzAdminCase, admin_url
from tests.factories import make_actor_type, make_fiche, make_organisation
from tests.world import CONTACT_PHONE, build_world

LIST = reverse("actors:fiche_list")


def card_of(response, name: str) -> str:
    """The HTML of the card titled `name`."""
    html = response.content.decode()
    cards = re.findall(r'<article class="fiche-card.*?</article>', html, flags=re.S)
    matching = [card for card in cards if f">{name}</a></h3>" in card]
    assert len(matching) == 1, name
    return matching[0]


class CardTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()
        w = cls.world
        cls.hours = make_fiche(
            name="Onthaal met uren",
            zones=[w.gent],
            phone="09 111 22 33",
            street="Kouter 1",
            postcode="9000",
            city="Gent",
            website="https://onthaal.example.org/contact",
            opening_hours="Maandag tot vrijdag van 9 tot 12 uur\nWoensdag ook van 13 tot 16 uur",
        )
        cls.website_only = make_fiche(
            name="Alleen online",
            zones=[w.gent],
            email="vraag@example.org",
            organisation=make_organisation(
                name="Online Dienst", website="https://dienst.example.org"
            ),
        )

    def test_a_card_shows_the_phone_as_a_link_the_address_and_the_opening_hours(self):
        card = card_of(self.client.get(LIST, {"zone": "gent"}), "Onthaal met uren")
        assert '<a href="tel:091112233">09 111 22 33</a>' in card
        assert "Kouter 1, 9000 Gent" in card
        assert "Maandag tot vrijdag van 9 tot 12 uur" in card
        assert "Woensdag" not in card  # one line; the rest is on the fiche page
        # With a street address the card leaves the website to the fiche page.
        assert "onthaal.example.org" not in card

    def test_a_card_without_address_or_phone_shows_the_website_and_email(self):
        card = card_of(self.client.get(LIST, {"zone": "gent"}), "Alleen online")
        # The organisation's website stands in when the fiche has none.
        assert '<a href="https://dienst.example.org" rel="noopener">dienst.example.org</a>' in card
        assert '<a href="mailto:vraag@example.org">vraag@example.org</a>' in card

    def test_cards_never_repeat_the_organisation_name(self):
        response = self.client.get(LIST)
        assert "VDAB · VDAB" not in response.content.decode()
        card = card_of(response, "VDAB")
        assert '<p class="fiche-card__org">VDAB</p>' in card
        fiche_page = self.client.get(self.world.vdab_fiche.get_absolute_url())
        assert "VDAB · VDAB" not in fiche_page.content.decode()

    def test_cards_show_a_contact_persons_phone_only_to_professionals(self):
        anonymous = card_of(self.client.get(LIST, {"zone": "gent"}), "TNW-coördinator CM Gent")
        assert CONTACT_PHONE not in anonymous
        self.client.force_login(self.world.professional)
        professional = card_of(self.client.get(LIST, {"zone": "gent"}), "TNW-coördinator CM Gent")
        assert CONTACT_PHONE in professional

    def test_a_fiche_without_phone_does_not_ask_to_call(self):
        html = self.client.get(self.website_only.get_absolute_url()).content.decode()
        assert "Bel even" not in html
        assert "Neem even contact op om zeker te zijn." in html
        html = self.client.get(self.world.tnw_gent.get_absolute_url()).content.decode()
        assert "Bel even om zeker te zijn." in html


class BylineTests(TestCase):
    def byline_for(self, name, kind, organisation):
        fiche = Fiche(
            name=name,
            actor_type=make_actor_type(name=kind),
            organisation=make_organisation(name=organisation),
        )
        return byline(fiche)

    def test_it_says_the_kind_and_the_organisation(self):
        assert self.byline_for("TNW CM Gent", "TNW-coördinator", "CM") == "TNW-coördinator · CM"

    def test_it_drops_an_organisation_named_like_the_kind_or_the_fiche(self):
        assert self.byline_for("VDAB – infolijn", "VDAB", "VDAB") == "VDAB"
        assert self.byline_for("OCMW Gent", "OCMW", "OCMW gent") == "OCMW"

    def test_first_line_keeps_one_line(self):
        assert first_line("Ma 9-12\nDi 13-16") == "Ma 9-12"
        assert first_line("") == ""
        assert len(first_line("x" * 200)) <= 80


class UnreachableTests(ElzAdminCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.nowhere = make_fiche(zones=[cls.gent], name="Nergens bereikbaar")
        cls.org_site = make_fiche(
            zones=[cls.gent],
            name="Via de organisatie",
            organisation=make_organisation(website="https://org.example.org"),
        )
        cls.draft = make_fiche(zones=[cls.gent], name="Klad zonder gegevens", status="draft")

    def test_unreachable_lists_published_fiches_with_no_way_to_reach_them(self):
        unreachable = set(Fiche.objects.unreachable())
        assert self.nowhere in unreachable
        assert self.flanders_fiche in unreachable  # no phone, e-mail, website or address
        assert self.gent_fiche not in unreachable  # has a phone
        assert self.org_site not in unreachable  # its organisation has a website
        assert self.draft not in unreachable  # not on the site yet

    def test_every_way_to_reach_counts(self):
        for field, value in [
            ("phone", "09 123 45 67"),
            ("email", "a@example.org"),
            ("website", "https://a.example.org"),
            ("street", "Kerkstraat 1"),
        ]:
            Fiche.objects.filter(pk=self.nowhere.pk).update(**{field: value})
            assert not Fiche.objects.unreachable().filter(pk=self.nowhere.pk).exists(), field
            Fiche.objects.filter(pk=self.nowhere.pk).update(**{field: ""})

    def test_editors_filter_them_in_the_admin_within_their_own_zones(self):
        url = admin_url("fiche_changelist") + "?bereikbaar=nee"
        response = self.as_user(self.gent_editor).get(url)
        assert response.status_code == 200
        listed = set(response.context["cl"].result_list)
        assert listed == {self.nowhere, self.flanders_fiche}
        self.assertContains(response, "gepubliceerd zonder telefoon, e-mail, website of adres")
        response = self.as_user(self.leuven_editor).get(url)
        assert set(response.context["cl"].result_list) == {self.flanders_fiche}
