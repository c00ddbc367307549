"""A list of cards names each fiche's actor type and zones from the reference cache
(actors.models.card_rows) and a zone page its places (actors.places.zone_places): what a
visitor reads must still be right after any change, also one the cache was not told of."""

from django.test import TestCase
from django.urls import reverse

from actors.models import ActorType, Fiche, Zone
from tests.actors.test_fiche_cards import card_of
from tests.factories import make_fiche, make_organisation
from tests.world import build_world

LIST = reverse("actors:fiche_list")


class CardRowsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()
        w = cls.world
        cls.two_zones = make_fiche(
            name="Dienst in twee zones", zones=[w.leuven, w.gent], actor_type=w.arbeidsarts
        )

    def test_a_card_names_its_type_and_its_zones_in_name_order(self):
        card = card_of(self.client.get(LIST, {"zone": "gent"}), self.two_zones.name)
        assert "Arbeidsarts · " in card
        assert "<dt>Voor inwoners van</dt><dd>Gent, Leuven</dd>" in card

    def test_a_list_of_cards_costs_two_queries_however_many_zones_and_types(self):
        for n in range(5):
            make_fiche(name=f"Extra {n}", zones=[self.world.gent, self.world.waasland])
        list(Fiche.objects.for_cards())  # fills the reference cache
        with self.assertNumQueries(2):  # the fiches with their organisations, the zone links
            fiches = list(Fiche.objects.for_cards())
            names = {fiche.actor_type.name for fiche in fiches}
            zones = {zone.name for fiche in fiches for zone in fiche.card_zones}
        assert {"Arbeidsarts", "VDAB"} <= names
        assert {"Gent", "Leuven", "Waasland"} <= zones

    def test_a_renamed_type_or_zone_shows_on_the_next_page(self):
        self.client.get(LIST, {"zone": "gent"})  # the cached copy is filled
        self.world.arbeidsarts.name = "Arbeidsgeneesheer"
        self.world.arbeidsarts.save()
        self.world.leuven.name = "Leuven en omstreken"
        self.world.leuven.save()
        card = card_of(self.client.get(LIST, {"zone": "gent"}), self.two_zones.name)
        assert "Arbeidsgeneesheer · " in card
        assert "<dd>Gent, Leuven en omstreken</dd>" in card

    def test_rows_written_past_the_signals_still_show_right(self):
        # A bulk write sends no signal, so the cached copy does not know these rows: the card
        # fetches them from the database rather than show a wrong or missing name.
        organisation = make_organisation()
        self.client.get(LIST, {"zone": "gent"})  # the cached copy is filled
        [kind] = ActorType.objects.bulk_create([ActorType(slug="nieuw", name="Nieuwe soort")])
        [zone] = Zone.objects.bulk_create(
            [Zone(code="elz99", name="Nieuwe zone", slug="nieuwe-zone", province="Test")]
        )
        [fiche] = Fiche.objects.bulk_create(
            [
                Fiche(
                    name="Nieuwe dienst",
                    slug="nieuwe-dienst",
                    organisation=organisation,
                    actor_type=kind,
                    status=Fiche.Status.PUBLISHED,
                    visibility=Fiche.Visibility.PUBLIC,
                )
            ]
        )
        Fiche.zones.through.objects.bulk_create(
            [
                Fiche.zones.through(fiche=fiche, zone=zone),
                Fiche.zones.through(fiche=fiche, zone=self.world.gent),
            ]
        )
        card = card_of(self.client.get(LIST, {"zone": "gent"}), "Nieuwe dienst")
        assert "Nieuwe soort · " in card
        assert "<dd>Gent, Nieuwe zone</dd>" in card


class ZonePlacesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()

    def test_a_zone_page_costs_two_queries_with_its_places_cached(self):
        url = reverse("actors:zone_detail", args=["gent"])
        self.client.get(url)
        with self.assertNumQueries(2):  # the cards and the links to their zones
            response = self.client.get(url)
        self.assertContains(response, "<li>Gent</li>", html=True)
        assert "TNW-coördinator CM Gent" in response.content.decode()

    def test_a_renamed_municipality_or_zone_shows_on_the_next_page(self):
        url = reverse("actors:zone_detail", args=["gent"])
        self.assertContains(self.client.get(url), "<li>Gent</li>", html=True)
        self.world.gent_town.name = "Gent (stad)"
        self.world.gent_town.save()
        self.world.gent.name = "Regio Gent"
        self.world.gent.save()
        response = self.client.get(url)
        self.assertContains(response, "<li>Gent (stad)</li>", html=True)
        self.assertContains(response, "<h1>Eerstelijnszone Regio Gent</h1>", html=True)

    def test_a_group_zone_lists_its_member_zones_and_a_member_its_group(self):
        group = self.client.get(reverse("actors:zone_detail", args=["antwerpen"]))
        self.assertContains(group, "Deze zone bestaat uit:")
        self.assertContains(group, reverse("actors:zone_detail", args=["antwerpen-centrum"]))
        member = self.client.get(reverse("actors:zone_detail", args=["antwerpen-centrum"]))
        self.assertContains(member, "Deze zone hoort bij Antwerpen en rand.")
