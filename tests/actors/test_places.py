"""Place lookup with the real geography: former and French names, the zone a place belongs
to, Antwerp postcodes spread over several zones, and typo suggestions ("Gnet" → Gent).
Runs on SQLite and PostgreSQL alike (on PostgreSQL the suggestions also use pg_trgm)."""

import csv
import re

import pytest
from django.db import connection
from django.urls import reverse

from actors.management.geography import DATA_DIR, FRENCH_NAMES
from actors.models import Municipality, Zone
from actors.places import find_place, suggest_places
from actors.text import edit_distance

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("real_geography")]

LIST = reverse("actors:fiche_list")


def brussels_names() -> list[tuple[str, str]]:
    with open(DATA_DIR / FRENCH_NAMES, encoding="utf-8") as handle:
        return [(row["gemeente"], row["gemeente_fr"]) for row in csv.DictReader(handle)]


def zone_names(place) -> list[str]:
    return [zone.name for zone in place.zones]


# Former names say what they are called now --------------------------------------------------


def test_a_former_name_names_its_current_municipality_and_zone():
    place = find_place("Wachtebeke")
    assert place.label == "Wachtebeke (nu Lochristi)"
    assert place.municipality.name == "Lochristi"
    assert zone_names(place) == ["Scheldekracht"]


def test_a_postcode_of_a_former_municipality_says_what_it_is_called_now():
    assert find_place("3900").label == "3900 Overpelt (nu Pelt)"
    assert find_place("Overpelt").label == "3900 Overpelt (nu Pelt)"
    assert zone_names(find_place("3900")) == ["Noord-Limburg"]


def test_a_postcode_named_after_its_municipality_needs_no_explanation():
    assert find_place("3000").label == "3000 Leuven"
    assert find_place("9170").label == "9170 De Klinge, Meerdonk, Sint-Gillis-Waas, Sint-Pauwels"


# Brussels in Dutch and in French ---------------------------------------------------------------


def test_the_french_table_holds_the_nineteen_brussels_municipalities():
    names = brussels_names()
    assert len(names) == 19
    bruzel = set(Municipality.objects.filter(zone__code="elz7").values_list("name", flat=True))
    assert {dutch for dutch, _ in names} == bruzel


@pytest.mark.parametrize(("dutch", "french"), brussels_names())
def test_every_brussels_municipality_is_found_by_both_names(dutch, french):
    for name in (dutch, french, french.upper()):
        place = find_place(name)
        assert place is not None, name
        assert place.municipality.name == dutch
        assert zone_names(place) == ["Bruzel"]


def test_a_french_name_is_shown_with_the_dutch_one():
    assert find_place("Schaerbeek").label == "Schaerbeek (Schaarbeek)"
    assert find_place("Schaarbeek").label == "Schaarbeek"
    assert find_place("Ixelles").label == "Ixelles (Elsene)"


def test_saint_gilles_is_not_sint_gillis_waas():
    assert find_place("Saint-Gilles").municipality.name == "Sint-Gillis"
    assert zone_names(find_place("Sint-Gillis-Waas")) == ["Waasland NO"]


@pytest.mark.parametrize("query", ["Schaerbeek", "Schaarbeek", "Bruxelles", "1000"])
def test_a_brussels_place_search_leads_to_bruzel(client, query):
    response = client.get(LIST, {"plaats": query})
    assert response.status_code == 200
    bruzel = Zone.objects.get(code="elz7")
    html = response.content.decode()
    assert f'hoort bij de eerstelijnszone <a href="{bruzel.get_absolute_url()}">Bruzel</a>' in html


@pytest.mark.parametrize("query", ["Schaerbeek", "Schaarbeek", "schaerbeek"])
def test_the_search_box_answers_a_brussels_name_with_bruzel(client, query):
    html = client.get(LIST, {"q": query}).content.decode()
    places = re.search(r'search-group--places".*?</section>', html, flags=re.S).group()
    bruzel = Zone.objects.get(code="elz7")
    assert f'hoort bij de eerstelijnszone <a href="{bruzel.get_absolute_url()}">Bruzel</a>' in (
        places
    )
    assert "Bedoelde je" not in html


def test_the_search_box_answers_a_former_name_and_an_antwerp_postcode_like_the_place_box(client):
    html = client.get(LIST, {"q": "Wachtebeke"}).content.decode()
    assert "Hulp in de buurt van Wachtebeke (nu Lochristi)</a>" in html
    assert '<a href="/zoeken/?plaats=Wachtebeke">' in html
    assert ">Scheldekracht</a>" in html
    html = client.get(LIST, {"q": "2000"}).content.decode()
    assert "2000 Antwerpen hoort bij 4 eerstelijnszones: welke, hangt af van je straat." in html
    # The search lists no addresses by zone, so it does not say it does.
    assert "We tonen de adressen van al die zones" not in html
    for zone in Zone.objects.get(code="elz2").children.all():
        assert f'<a href="{zone.get_absolute_url()}">{zone.name}</a>' in html


def test_the_search_box_suggests_gent_for_gnet(client):
    html = client.get(LIST, {"q": "Gnet"}).content.decode()
    assert re.search(r'Bedoelde je <a href="[^"]*q=Gent[^"]*">Gent</a>\?', html)


# The zone, named and linked, wherever a place is typed ------------------------------------


def test_a_place_search_names_its_zone_and_links_to_it(client):
    response = client.get(LIST, {"plaats": "Wachtebeke"})
    scheldekracht = Zone.objects.get(name="Scheldekracht")
    assert "Hulp in de buurt van Wachtebeke (nu Lochristi)" in response.content.decode()
    assert f'<a href="{scheldekracht.get_absolute_url()}">Scheldekracht</a>' in (
        response.content.decode()
    )


def test_an_actor_type_page_near_a_place_names_its_zone(client):
    from tests.factories import make_actor_type

    make_actor_type(slug="huisarts", name="Huisarts")
    response = client.get(reverse("actors:actortype_detail", args=["huisarts"]), {"plaats": "3900"})
    noord_limburg = Zone.objects.get(name="Noord-Limburg")
    assert f'<a href="{noord_limburg.get_absolute_url()}">Noord-Limburg</a>' in (
        response.content.decode()
    )


def test_an_antwerp_postcode_spread_over_zones_says_so_and_offers_each_zone(client):
    response = client.get(LIST, {"plaats": "2000", "q": "arts"})
    html = response.content.decode()
    assert "2000 Antwerpen hoort bij 4 eerstelijnszones: welke, hangt af van je straat." in html
    for zone in Zone.objects.get(code="elz2").children.all():
        assert f'<a href="{zone.get_absolute_url()}">{zone.name}</a>' in html
        # A link that keeps the search and narrows it to that zone.
        narrow = f"?plaats=2000&amp;q=arts&amp;zone={zone.slug}"
        assert f'<a href="{narrow}">toon alleen de adressen in {zone.name}</a>' in html


def test_a_chosen_antwerp_zone_is_said_and_can_be_undone(client):
    response = client.get(LIST, {"plaats": "2000", "zone": "antwerpen-zuid", "pagina": "1"})
    html = response.content.decode()
    assert "Je ziet alleen de adressen van de zone Antwerpen Zuid." in html
    assert '<a href="?plaats=2000">Toon de adressen van alle zones</a>' in html
    assert "toon alleen de adressen in" not in html


def test_a_zone_page_lists_former_and_french_names_plainly(client):
    scheldekracht = Zone.objects.get(name="Scheldekracht")
    html = client.get(scheldekracht.get_absolute_url()).content.decode()
    assert "Lochristi <span" in html
    assert "(met de vroegere gemeente Wachtebeke)" in html
    assert "→" not in html
    bruzel = client.get(Zone.objects.get(code="elz7").get_absolute_url()).content.decode()
    assert 'Schaarbeek / <span lang="fr">Schaerbeek</span>' in bruzel
    # A name that is the same in both languages is said once.
    assert "Jette / " not in bruzel


def test_several_former_names_are_listed_as_one_sentence(client):
    zone = Municipality.objects.get(name="Pajottegem").zone
    html = client.get(zone.get_absolute_url()).content.decode()
    assert "(met de vroegere gemeenten Galmaarden, Gooik en Herne)" in html


# Typo suggestions -------------------------------------------------------------------------


def test_gnet_suggests_gent():
    assert suggest_places("Gnet")[0] == "Gent"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Leuvn", "Leuven"),
        ("Kortrjik", "Kortrijk"),
        ("Schaarbeck", "Schaarbeek"),
        ("Ixeles", "Ixelles"),
        ("Wachtebeek", "Wachtebeke"),
        ("Overpel", "Overpelt"),
    ],
)
def test_a_typo_in_a_place_name_gets_the_right_suggestion(typed, meant):
    assert find_place(typed) is None
    suggestions = suggest_places(typed)
    assert meant in suggestions
    assert find_place(meant) is not None  # following the suggestion finds the place


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_trgm is PostgreSQL's")
def test_on_postgresql_names_in_another_order_are_suggested_by_their_trigrams():
    # Too far apart for an edit distance; most trigrams are shared.
    assert find_place("Zwijndrecht Kruibeke Beveren") is None
    assert suggest_places("Zwijndrecht Kruibeke Beveren")[0] == "Beveren-Kruibeke-Zwijndrecht"


def test_a_suggestion_prefers_names_that_start_the_same():
    assert suggest_places("Sint-Nik")[0] == "Sint-Niklaas"


def test_nonsense_gets_no_suggestion():
    assert suggest_places("Xqzwy") == []
    assert suggest_places("a") == []


def test_the_place_box_offers_the_suggestion_as_a_link(client):
    response = client.get(LIST, {"plaats": "Gnet", "q": "werk"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "We vinden geen gemeente met de naam ‘Gnet’" in html
    assert re.search(r'<a href="\?plaats=Gent&amp;q=werk">Gent</a>', html)


def test_the_flow_postcode_question_suggests_the_same_names(client):
    url = reverse("pathways:flow", args=["patient"])
    response = client.get(url, {"werk": "leefloon", "plaats": "Gnet"})
    assert response.status_code == 400
    assert f'href="{url}?werk=leefloon&amp;plaats=Gent">Gent</a>' in response.content.decode()


# The edit distance itself ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("gent", "gent", 0),
        ("gnet", "gent", 1),  # two neighbours swapped
        ("leuvn", "leuven", 1),
        ("gnet", "genk", 2),
        ("kortrjik", "kortrijk", 1),
        ("abc", "xyz", 3),
    ],
)
def test_edit_distance_counts_typing_mistakes(a, b, distance):
    assert edit_distance(a, b, limit=5) == distance


def test_edit_distance_stops_at_the_limit():
    assert edit_distance("antwerpen", "gent", limit=2) == 3
    assert edit_distance("abcdef", "badcfe", limit=2) == 3


def test_the_route_links_the_zones_of_its_place(client):
    url = reverse("pathways:flow", args=["patient"])
    response = client.get(url, {"werk": "leefloon", "plaats": "2000"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Adressen in de buurt van <strong>2000 Antwerpen</strong>" in html
    for zone in Zone.objects.get(code="elz2").children.all():
        assert f'<a href="{zone.get_absolute_url()}">{zone.name}</a>' in html
    assert "Welke zone de jouwe is, hangt af van je straat" in html
