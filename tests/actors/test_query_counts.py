"""Every public page type runs a fixed number of queries, however many fiches there are:
the same page and the same bound with 3 and with 300 fiches."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.urls import reverse

from actors.models import (
    ActorType,
    ContactPerson,
    Fiche,
    Language,
    Mutuality,
    SearchTerm,
    TargetGroup,
)
from actors.search import refresh_search_fields
from tests.factories import (
    make_actor_type,
    make_municipality,
    make_organisation,
    make_postcode,
    make_professional,
    make_zone,
)

LIST = reverse("actors:fiche_list")
# On PostgreSQL a search with fewer than five plain matches is run again forgiving typos
# (actors.search): the known words it resembles are looked up and the results counted again.
TYPO_RETRY = 2 if connection.vendor == "postgresql" else 0
# On PostgreSQL a spelling suggestion looks the known words up (pg_trgm); SQLite has none.
SUGGESTION = 2 if connection.vendor == "postgresql" else 0

# page → the most queries it may run, for an anonymous visitor and an approved professional
# (who adds the session, the user, the professional check and the contact persons).
PAGES = {
    "home": ("/", 0),
    "zone list": (reverse("actors:zone_list"), 2),
    # The zone with its places comes from the cache (actors.places.zone_places): the cards
    # and the links to their zones.
    "zone page": (reverse("actors:zone_detail", args=["telzone"]), 2),
    "actor type list": (reverse("actors:actortype_list"), 1),
    "actor type page": (reverse("actors:actortype_detail", args=["telsoort"]), 4),
    "actor type page near a place": (
        reverse("actors:actortype_detail", args=["telsoort"]) + "?plaats=3000",
        5,
    ),
    # The count, the cards and their zones; the filter's choice lists come from the cache
    # (actors.cached_choices).
    "directory": (LIST, 3),
    # A search adds its groups. Actor types with their words and the place names come from
    # the cache (actors.reference_cache); a named place costs 1 or 2 queries. A typo still
    # finds the fiches on PostgreSQL (TYPO_RETRY).
    "directory, every filter": (
        f"{LIST}?q=fiche&plaats=3000&zone=telzone&soort=telsoort&doelgroep=werknemer"
        "&taal=nl&ziekenfonds=cm&toegang=step-free&kosten=gratis&pagina=2",
        4 + SUGGESTION + TYPO_RETRY,
    ),
    "search naming an actor type": (f"{LIST}?q=telsoort", 3 + TYPO_RETRY),
    "search by a search word": (f"{LIST}?q=telwoord", 1 + TYPO_RETRY),
    "search naming a place": (f"{LIST}?q=teldorp", 4 + TYPO_RETRY),
    "search with a typo": (f"{LIST}?q=telsort", 1 + SUGGESTION + TYPO_RETRY),
    "search finding nothing near a place": (
        f"{LIST}?q=xqzvw&plaats=3000",
        2 + SUGGESTION + TYPO_RETRY,
    ),
    "fiche page": (reverse("actors:fiche_detail", args=["telfiche-1"]), 4),
    "vcard": (reverse("actors:fiche_vcard", args=["telfiche-1"]), 4),
    "sitemap": ("/sitemap.xml", 6),
    "robots": ("/robots.txt", 0),
}
# Logged in: session and user, the professional check, contact persons with the fiches.
PROFESSIONAL_EXTRA = 4
# The first page after a change of the reference tables rebuilds their cached copies: actor
# types with their search words (2), place names, postcodes and zones (6), and the actor
# types, ziekenfondsen and zones the cards name (3, actors.models.card_rows).
CACHE_REBUILD = 11
# ... and on a zone page the zones with their parents, municipalities, former names and
# postcodes (actors.places.zone_places).
ZONE_PLACES = 4
# ... and on the directory the filter's choice lists: zones, actor types, target groups,
# languages and ziekenfondsen (actors.cached_choices).
CHOICE_LISTS = 5


def build_directory(count: int):
    zone = make_zone(slug="telzone", name="Telzone")
    town = make_municipality(zone, name="Teldorp")
    make_postcode("3000", town, place="Teldorp")
    actor_type = make_actor_type(slug="telsoort", name="Telsoort")
    organisation = make_organisation()
    language = Language.objects.create(code="nl", name="Nederlands")
    group = TargetGroup.objects.create(slug="werknemer", name="Werknemer")
    mutuality = Mutuality.objects.create(code="cm", name="CM", short_name="CM")
    fiches = Fiche.objects.bulk_create(
        Fiche(
            name=f"Telfiche {n}",
            slug=f"telfiche-{n}",
            organisation=organisation,
            actor_type=actor_type,
            mutuality=mutuality if n % 2 else None,
            city="Teldorp",
            phone="09 123 45 67",
            physical_access=Fiche.Access.STEP_FREE,
            cost_class=Fiche.CostClass.FREE,
            opening_hours="Maandag tot vrijdag 9 tot 17 uur",
            status=Fiche.Status.PUBLISHED,
            visibility=Fiche.Visibility.PROFESSIONAL if n % 3 == 0 else Fiche.Visibility.PUBLIC,
        )
        for n in range(1, count + 1)
    )
    Fiche.zones.through.objects.bulk_create(
        Fiche.zones.through(fiche=fiche, zone=zone) for fiche in fiches
    )
    Fiche.languages.through.objects.bulk_create(
        Fiche.languages.through(fiche=fiche, language=language) for fiche in fiches
    )
    Fiche.target_groups.through.objects.bulk_create(
        Fiche.target_groups.through(fiche=fiche, targetgroup=group) for fiche in fiches
    )
    ContactPerson.objects.bulk_create(
        ContactPerson(fiche=fiche, name=f"Contact {fiche.pk}") for fiche in fiches
    )
    refresh_search_fields(Fiche.objects.all())
    SearchTerm.objects.create(word="Telwoord").actor_types.set([actor_type])
    return zone


def check_page(client, assert_max_queries, name: str, url: str, bound: int) -> None:
    """At most `bound` queries once the reference tables are cached, and at most
    CACHE_REBUILD more (and the choice lists on the directory) for the page that finds the
    cache empty."""
    rebuild = CACHE_REBUILD + (CHOICE_LISTS if url.startswith(LIST) else 0)
    rebuild += ZONE_PLACES if url.startswith("/zones/") else 0
    cache.clear()
    with assert_max_queries(bound + rebuild, info=f"{name} (empty cache)"):
        client.get(url)
    with assert_max_queries(bound, info=name):
        response = client.get(url)
    assert response.status_code == 200, name


@pytest.mark.parametrize("count", [3, 300])
@pytest.mark.django_db
def test_public_pages_run_a_fixed_number_of_queries(client, django_assert_max_num_queries, count):
    zone = build_directory(count)
    for name, (url, bound) in PAGES.items():
        check_page(client, django_assert_max_num_queries, name, url, bound)

    client.force_login(make_professional(zone))
    for name, (url, bound) in PAGES.items():
        check_page(
            client, django_assert_max_num_queries, f"{name} (pro)", url, bound + PROFESSIONAL_EXTRA
        )


@pytest.mark.django_db
def test_the_directory_really_lists_the_many_fiches(client):
    # Guards the test above: with 300 fiches the pages hold many cards, not an empty list.
    build_directory(300)
    response = client.get(LIST)
    assert b"200 adressen gevonden" in response.content
    assert response.content.count(b'<article class="fiche-card') == 20


@pytest.mark.django_db
def test_the_search_pages_really_show_their_groups(client):
    # Guards the bounds above: each search page shows what its name says, with many fiches.
    build_directory(300)
    assert b"/hulpverleners/telsoort/" in client.get(f"{LIST}?q=telwoord").content
    assert b"/zones/telzone/" in client.get(f"{LIST}?q=teldorp").content
    assert b"Bedoelde je" in client.get(f"{LIST}?q=telsort").content
    assert b"Zoek in heel Vlaanderen" in client.get(f"{LIST}?q=xqzvw&plaats=3000").content


@pytest.mark.django_db
def test_a_changed_search_word_is_answered_on_the_next_page(client):
    # The cached copy of the reference tables must not outlive an editor's change.
    build_directory(3)
    assert b"search-group--types" in client.get(f"{LIST}?q=telwoord").content
    term = SearchTerm.objects.get()
    term.active = False
    term.save()
    assert b"search-group--types" not in client.get(f"{LIST}?q=telwoord").content
    make_municipality(make_zone(slug="nieuwzone", name="Nieuwzone"), name="Nieuwdorp")
    assert b"/zones/nieuwzone/" in client.get(f"{LIST}?q=nieuwdorp").content


@pytest.mark.django_db
def test_a_renamed_zone_or_actor_type_shows_in_the_filter_on_the_next_page(client):
    # The filter's choice lists come from the cache: an editor's change must not wait for it.
    zone = build_directory(3)
    assert b">Telzone</option>" in client.get(LIST).content
    zone.name = "Hernoemde zone"
    zone.save()
    actor_type = ActorType.objects.get(slug="telsoort")
    actor_type.name = "Hernoemde soort"
    actor_type.save()
    content = client.get(LIST).content
    assert b">Hernoemde zone</option>" in content
    assert b">Hernoemde soort</option>" in content
    assert b">Telzone</option>" not in content
    assert client.get(f"{LIST}?taal=nl").status_code == 200
    Language.objects.get(code="nl").delete()
    response = client.get(f"{LIST}?taal=nl")
    assert response.status_code == 400
    assert "Kies een taal uit de lijst." in response.content.decode()


@pytest.mark.django_db
def test_a_new_target_group_can_be_chosen_on_the_next_page(client):
    build_directory(3)
    assert client.get(f"{LIST}?doelgroep=mantelzorger").status_code == 400
    TargetGroup.objects.create(slug="mantelzorger", name="Mantelzorger")
    response = client.get(f"{LIST}?doelgroep=mantelzorger")
    assert response.status_code == 200
    assert b'<option value="mantelzorger" selected>Mantelzorger</option>' in response.content
