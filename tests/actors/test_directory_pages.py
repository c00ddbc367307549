"""The public directory as a visitor meets it: home, zones, actor types and the filtered list."""

import re

from django.test import TestCase
from django.urls import reverse

from actors.views.directory import ZONE_CARDS_PER_TYPE
from tests.factories import make_fiche
from tests.world import build_world

LIST = reverse("actors:fiche_list")


def result_names(response) -> list[str]:
    """Fiche names in the order the cards show them."""
    html = response.content.decode()
    return re.findall(r'class="fiche-card__title"><a href="[^"]+">([^<]+)</a>', html)


class HomePageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()

    def test_it_shows_three_doors_to_the_guided_routes(self):
        response = self.client.get("/")
        for flow in ("patient", "zorgverlener", "werkgever"):
            self.assertContains(response, f'href="{reverse("pathways:flow", args=[flow])}"')
        self.assertContains(response, "Ik ben ziek / arbeidsongeschikt")
        self.assertContains(response, "Ik ben huisarts of zorgverlener")
        self.assertContains(response, "Ik ben werkgever")

    def test_the_place_box_and_search_box_send_a_plain_get_to_the_directory(self):
        response = self.client.get("/")
        self.assertContains(response, "Vind hulp in jouw buurt")
        html = response.content.decode()
        forms = re.findall(r'<form[^>]*method="get" action="([^"]+)"', html)
        assert forms == [LIST, LIST]
        assert 'name="plaats"' in html and 'name="q"' in html

    def test_a_postcode_from_the_home_box_narrows_the_directory_to_that_zone(self):
        response = self.client.get(LIST, {"plaats": "3000"})
        assert response.status_code == 200
        self.assertContains(response, "Hulp in de buurt van 3000 Leuven")
        assert result_names(response) == ["TNW-coördinator Solidaris Leuven", "VDAB"]

    def test_an_unknown_place_gets_a_clear_message_and_suggestions(self):
        response = self.client.get(LIST, {"plaats": "Kruib"})
        assert response.status_code == 400
        self.assertContains(
            response, "We vinden geen gemeente met de naam ‘Kruib’", status_code=400
        )
        self.assertContains(response, "Bedoelde je", status_code=400)
        self.assertContains(response, "?plaats=Kruibeke", status_code=400)
        # What the visitor typed stays in the box.
        self.assertContains(response, 'value="Kruib"', status_code=400)


class ZonePageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()

    def test_the_index_lists_group_zones_with_their_children(self):
        response = self.client.get(reverse("actors:zone_list"))
        html = response.content.decode()
        group = html.index(">Antwerpen en rand</a>")
        assert html.index(">Antwerpen Centrum</a>") > group
        self.assertContains(response, reverse("actors:zone_detail", args=["antwerpen-zuid"]))
        self.assertContains(response, "Oost-Vlaanderen")

    def test_a_zone_page_shows_its_municipalities_and_fiches_grouped_by_type(self):
        response = self.client.get(reverse("actors:zone_detail", args=["gent"]))
        self.assertContains(response, "<h1>Eerstelijnszone Gent</h1>", html=True)
        self.assertContains(response, "<li>Gent</li>", html=True)
        html = response.content.decode()
        # TNW before VDAB (actor type order), the Flanders-wide VDAB fiche included.
        assert result_names(response) == [
            "TNW-coördinator CM Gent",
            "VDAB",
            "VDAB Werkwinkel Gent",
        ]
        assert html.index('id="soort-tnw-coordinator"') < html.index('id="soort-vdab"')

    def test_a_busy_zone_shows_a_few_cards_per_type_and_links_to_all_of_them(self):
        for n in range(8):
            make_fiche(
                zones=[self.world.gent], actor_type=self.world.arbeidsarts, name=f"Dienst {n}"
            )
        response = self.client.get(reverse("actors:zone_detail", args=["gent"]))
        shown = [name for name in result_names(response) if name.startswith("Dienst ")]
        assert shown == [f"Dienst {n}" for n in range(ZONE_CARDS_PER_TYPE)]
        self.assertContains(response, "Toon alle 8 adressen van “Arbeidsarts” in deze zone")
        self.assertContains(response, f"{LIST}?zone=gent&amp;soort=arbeidsarts")
        # A type with few fiches gets no such link.
        self.assertNotContains(response, "Toon alle 2 adressen")

    def test_a_zone_page_names_former_municipalities(self):
        response = self.client.get(reverse("actors:zone_detail", args=["waasland"]))
        self.assertContains(response, "Beveren-Kruibeke-Zwijndrecht")
        self.assertContains(response, "(met de vroegere gemeente Kruibeke)")
        self.assertNotContains(response, "→")

    def test_a_group_zone_shows_the_fiches_of_its_children(self):
        response = self.client.get(reverse("actors:zone_detail", args=["antwerpen"]))
        self.assertContains(response, "Antwerpen Centrum")
        assert "Arbeidsarts IDEWE Antwerpen" in result_names(response)

    def test_an_unknown_zone_is_a_404(self):
        response = self.client.get(reverse("actors:zone_detail", args=["nergens"]))
        assert response.status_code == 404


class ActorTypePageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()

    def url(self, slug="tnw-coordinator"):
        return reverse("actors:actortype_detail", args=[slug])

    def test_it_explains_the_actor_type_and_lists_its_fiches(self):
        response = self.client.get(self.url())
        self.assertContains(response, "<h1>TNW-coördinator</h1>", html=True)
        self.assertContains(response, "begeleidt je naar werkhervatting")
        assert result_names(response) == [
            "TNW-coördinator CM Gent",
            "TNW-coördinator Solidaris Leuven",
        ]

    def test_a_postcode_narrows_the_fiches_to_the_visitors_zone(self):
        response = self.client.get(self.url(), {"plaats": "9000"})
        assert result_names(response) == ["TNW-coördinator CM Gent"]
        self.assertContains(response, "TNW-coördinatoren voor 9000 Gent")

    def test_a_former_municipality_name_finds_the_new_zone(self):
        response = self.client.get(self.url("arbeidsarts"), {"plaats": "kruibeke"})
        assert response.status_code == 200
        self.assertContains(response, "Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)")

    def test_a_postcode_spanning_zones_shows_all_of_them(self):
        response = self.client.get(self.url("arbeidsarts"), {"plaats": "2020"})
        assert result_names(response) == ["Arbeidsarts IDEWE Antwerpen"]

    def test_an_unknown_postcode_is_explained_not_an_error_page(self):
        response = self.client.get(self.url(), {"plaats": "9999"})
        assert response.status_code == 400
        self.assertContains(response, "We kennen de postcode 9999 niet", status_code=400)
        assert result_names(response) == []

    def test_the_index_lists_every_actor_type(self):
        response = self.client.get(reverse("actors:actortype_list"))
        for name in ("TNW-coördinator", "Arbeidsarts", "VDAB"):
            self.assertContains(response, name)


class DirectoryListTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()

    def names_for(self, **params) -> list[str]:
        response = self.client.get(LIST, params)
        assert response.status_code == 200, response.content.decode()[:2000]
        return result_names(response)

    def test_without_filters_it_lists_every_public_fiche(self):
        assert len(self.names_for()) == 5

    def test_it_filters_by_zone(self):
        assert self.names_for(zone="leuven") == ["TNW-coördinator Solidaris Leuven", "VDAB"]

    def test_a_group_zone_means_its_children(self):
        assert self.names_for(zone="antwerpen", soort="arbeidsarts") == [
            "Arbeidsarts IDEWE Antwerpen"
        ]

    def test_it_filters_by_postcode_municipality_and_former_name(self):
        assert self.names_for(plaats="9000", soort="tnw-coordinator") == ["TNW-coördinator CM Gent"]
        assert self.names_for(plaats="Leuven", soort="tnw-coordinator") == [
            "TNW-coördinator Solidaris Leuven"
        ]
        assert self.names_for(plaats="KRUIBEKE") == ["VDAB"]
        assert self.names_for(plaats="3000 Leuven", soort="tnw-coordinator") == [
            "TNW-coördinator Solidaris Leuven"
        ]

    def test_it_filters_by_actor_type_target_group_language_and_mutuality(self):
        assert self.names_for(soort="vdab") == ["VDAB", "VDAB Werkwinkel Gent"]
        assert self.names_for(doelgroep="zelfstandige") == ["TNW-coördinator Solidaris Leuven"]
        assert self.names_for(taal="fr") == ["TNW-coördinator CM Gent"]
        # A mutuality keeps the services for everyone and drops the other mutualities.
        names = self.names_for(ziekenfonds="cm")
        assert "TNW-coördinator CM Gent" in names and "VDAB" in names
        assert "TNW-coördinator Solidaris Leuven" not in names

    def test_free_text_ranks_the_exact_name_first(self):
        assert self.names_for(q="vdab") == ["VDAB", "VDAB Werkwinkel Gent"]

    def test_filters_combine(self):
        assert self.names_for(q="werkherv", plaats="9000") == ["TNW-coördinator CM Gent"]

    def test_what_was_chosen_stays_in_the_form(self):
        response = self.client.get(LIST, {"q": "coach", "soort": "vdab"})
        self.assertContains(response, 'value="coach"')
        self.assertContains(response, '<option value="vdab" selected>VDAB</option>', html=True)

    def test_it_pages_through_long_lists(self):
        from tests.factories import make_fiche

        for n in range(25):
            make_fiche(name=f"Extra {n:02}", actor_type=self.world.vdab, serves_all_flanders=True)
        first = self.client.get(LIST, {"soort": "vdab"})
        self.assertContains(first, "27 adressen gevonden")
        self.assertContains(first, "Pagina 1 van 2")
        self.assertContains(first, "?soort=vdab&amp;pagina=2")
        second = self.client.get(LIST, {"soort": "vdab", "pagina": "2"})
        assert len(result_names(second)) == 7
