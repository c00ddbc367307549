"""The geography fixture production loads: real counts and known mappings."""

import re

import pytest
from django.core.management import call_command

from actors.models import Municipality, MunicipalityAlias, PostalCode, Zone
from actors.places import find_place
from actors.text import fold

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("real_geography")]

BRUSSELS = "Brussels Hoofdstedelijk Gewest"


def zone_names(place) -> list[str]:
    return [zone.name for zone in place.zones]


# Zones ----------------------------------------------------------------------------------


def test_it_has_sixty_real_zones_plus_the_antwerp_group():
    assert Zone.objects.real().count() == 60
    group = Zone.objects.get(is_group=True)
    assert (group.code, group.name) == ("elz2", "Antwerpen en rand")


def test_the_antwerp_group_has_its_four_zones_as_children():
    children = Zone.objects.get(code="elz2").children.order_by("code")
    assert [(z.code, z.name) for z in children] == [
        ("elz2-1", "Antwerpen Centrum"),
        ("elz2-2", "Antwerpen Oost"),
        ("elz2-3", "Antwerpen Zuid"),
        ("elz2-4", "Noord Antwerpen"),
    ]
    assert {z.province for z in children} == {"Antwerpen"}


def test_statistical_buckets_are_not_zones():
    assert not Zone.objects.filter(code__regex=r"^elz9[0-9]$").exists()
    assert not Zone.objects.filter(name__icontains="niet te lokaliseren").exists()


def test_bruzel_is_the_zone_of_the_nineteen_brussels_municipalities():
    bruzel = Zone.objects.get(code="elz7")
    assert bruzel.name == "Bruzel"
    assert bruzel.province == BRUSSELS
    assert bruzel.municipalities.count() == 19


def test_zone_slugs_are_clean_and_unique():
    slugs = list(Zone.objects.values_list("slug", flat=True))
    assert len(slugs) == len(set(slugs)) == 61
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) for slug in slugs)
    assert Zone.objects.get(code="elz47").slug == "westkust-polder"  # "Westkust&Polder"
    assert Zone.objects.get(code="elz13").slug == "gent"
    assert Zone.objects.get(code="elz28").slug == "noord-limburg"


def test_provinces_are_named_without_the_table_suffix():
    provinces = set(Zone.objects.values_list("province", flat=True))
    assert provinces == {
        "Antwerpen",
        BRUSSELS,
        "Limburg",
        "Oost-Vlaanderen",
        "Vlaams-Brabant",
        "West-Vlaanderen",
    }


# Municipalities, former names, postcodes --------------------------------------------------


def test_it_has_the_municipalities_after_the_2025_mergers():
    assert Municipality.objects.count() == 304
    assert Municipality.objects.exclude(zone__province=BRUSSELS).count() == 285
    assert Municipality.objects.filter(zone__province=BRUSSELS).count() == 19


def test_municipalities_wholly_in_one_antwerp_zone_get_that_zone():
    zone_of = dict(
        Municipality.objects.filter(
            name__in=["Schoten", "Stabroek", "Wommelgem", "Antwerpen"]
        ).values_list("name", "zone__name")
    )
    assert zone_of == {
        "Schoten": "Noord Antwerpen",
        "Stabroek": "Noord Antwerpen",
        "Wommelgem": "Antwerpen Oost",
        # The city spreads over several zones: it stays on the group.
        "Antwerpen": "Antwerpen en rand",
    }


def test_former_municipality_names_point_to_their_2025_municipality():
    assert MunicipalityAlias.objects.count() == 22
    kruibeke = MunicipalityAlias.objects.get(name="Kruibeke")
    assert kruibeke.municipality.name == "Beveren-Kruibeke-Zwijndrecht"
    assert set(
        MunicipalityAlias.objects.filter(municipality__name="Pajottegem").values_list(
            "name", flat=True
        )
    ) == {"Galmaarden", "Gooik", "Herne"}
    # A municipality that kept its name needs no alias.
    assert not MunicipalityAlias.objects.filter(name="Gent").exists()


def test_it_keeps_every_place_of_every_postcode():
    assert PostalCode.objects.count() == 1176
    assert PostalCode.objects.values("code").distinct().count() == 541
    assert set(PostalCode.objects.filter(code="2040").values_list("place", flat=True)) == {
        "Antwerpen",
        "Berendrecht",
        "Lillo",
        "Zandvliet",
    }


def test_antwerp_districts_carry_their_own_zone_and_the_city_centre_does_not():
    zone_of = dict(
        PostalCode.objects.filter(municipality__name="Antwerpen").values_list("place", "zone__name")
    )
    assert zone_of["Berchem"] == "Antwerpen Centrum"
    assert zone_of["Deurne"] == "Antwerpen Oost"
    assert zone_of["Borsbeek"] == "Antwerpen Oost"
    assert zone_of["Hoboken"] == zone_of["Wilrijk"] == "Antwerpen Zuid"
    assert zone_of["Ekeren"] == zone_of["Merksem"] == zone_of["Lillo"] == "Noord Antwerpen"
    assert zone_of["Antwerpen"] is None
    # A Deurne elsewhere (Diest) keeps its municipality's zone.
    assert PostalCode.objects.get(code="3290", place="Deurne").zone is None


def test_fixture_rows_carry_the_search_key_that_save_would_set():
    for name, key in Municipality.objects.values_list("name", "key"):
        assert key == fold(name)
    for name, key in MunicipalityAlias.objects.values_list("name", "key"):
        assert key == fold(name)
    for place, key in PostalCode.objects.values_list("place", "key"):
        assert key == fold(place)


def test_loading_the_fixture_again_changes_nothing():
    before = [m.objects.count() for m in (Zone, Municipality, MunicipalityAlias, PostalCode)]
    call_command("loaddata", "geography", verbosity=0)
    after = [m.objects.count() for m in (Zone, Municipality, MunicipalityAlias, PostalCode)]
    assert after == before


# Known mappings, through the lookup every page uses ---------------------------------------


@pytest.mark.parametrize(
    ("query", "municipality", "zones"),
    [
        ("3000", "Leuven", ["Leuven"]),
        ("9000", "Gent", ["Gent"]),
        ("Pelt", "Pelt", ["Noord-Limburg"]),
        ("3900", "Pelt", ["Noord-Limburg"]),
        ("Kruibeke", "Beveren-Kruibeke-Zwijndrecht", ["Waasland NO"]),
        ("Berchem", "Antwerpen", ["Antwerpen Centrum"]),
        ("Hoevenen", "Stabroek", ["Noord Antwerpen"]),
        # A former municipality inside the city of Antwerp keeps its own district zone.
        ("Borsbeek", "Antwerpen", ["Antwerpen Oost"]),
        ("1000", "Brussel", ["Bruzel"]),
    ],
)
def test_find_place_gives_the_known_zone(query, municipality, zones):
    place = find_place(query)
    assert place is not None
    assert place.municipality.name == municipality
    assert zone_names(place) == zones


def test_an_old_municipality_name_says_what_it_is_called_now():
    place = find_place("Kruibeke")
    assert place.label == "Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)"
    assert place.zone.code == "elz29"


def test_an_antwerp_city_postcode_offers_the_four_antwerp_zones():
    place = find_place("2000")
    assert zone_names(place) == [
        "Antwerpen Centrum",
        "Antwerpen Oost",
        "Antwerpen Zuid",
        "Noord Antwerpen",
    ]
    assert place.zone is None  # the visitor has to choose


@pytest.mark.parametrize(
    "query", ["sint-niklaas", "SINT NIKLAAS", " Sint-Niklaas ", "sint niklaas"]
)
def test_find_place_ignores_case_hyphens_and_spaces(query):
    place = find_place(query)
    assert place.municipality.name == "Sint-Niklaas"
    assert zone_names(place) == ["Waasland ZW"]


def test_find_place_ignores_accents():
    assert find_place("Pélt").municipality.name == "Pelt"


def test_an_unknown_place_finds_nothing():
    assert find_place("Atlantis") is None
    assert find_place("9999") is None


@pytest.mark.parametrize(
    ("former", "now"),
    [
        ("Gooik", "Pajottegem"),
        ("Meulebeke", "Tielt"),
        ("Moerbeke", "Lokeren"),
        ("Kortessem", "Hasselt"),
        ("De Pinte", "Nazareth-De Pinte"),
        ("Wachtebeke", "Lochristi"),
    ],
)
def test_a_former_municipality_name_finds_the_2025_municipality_and_its_zone(former, now):
    place = find_place(former)
    assert place is not None, former
    assert place.municipality.name == now
    assert place.label == f"{former} (nu {now})"
    assert place.zone == Municipality.objects.get(name=now).zone
