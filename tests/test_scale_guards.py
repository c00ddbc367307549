"""Pages read what they show, not every fiche of a zone: guards that fail when a page starts
fetching all matches to keep a few (the cost at 50,000 fiches is rows, not queries).

Two counts: fiches built from the database (everywhere), and on PostgreSQL the rows each
query returns."""

import contextlib
from unittest import mock

import pytest
from django.db import connection
from django.db.models.signals import post_init
from django.urls import reverse

from actors import search
from actors.models import Fiche
from actors.views.directory import ZONE_CARDS_PER_TYPE
from actors.views.helpers import PAGE_SIZE
from pathways.presenter import FICHES_ON_SCREEN
from tests.actors.test_query_counts import build_directory
from tests.factories import make_fiche
from tests.world import build_world

ROUTE = "/route/patient/?werk=werknemer&sinds=3-12-maanden&doel=eigen&ziekenfonds=cm&plaats=9000"


@contextlib.contextmanager
def reading():
    """Counts the Fiche objects built and the rows each query returned (PostgreSQL)."""
    seen = {"fiches": 0, "rows": []}

    def built(sender, **kwargs):
        seen["fiches"] += 1

    def returned(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        seen["rows"].append((context["cursor"].rowcount, sql[:120]))
        return result

    post_init.connect(built, sender=Fiche)
    try:
        with connection.execute_wrapper(returned):
            yield seen
    finally:
        post_init.disconnect(built, sender=Fiche)


def assert_rows_at_most(seen, bound):
    if connection.vendor != "postgresql":
        return  # SQLite does not say how many rows a SELECT returned.
    biggest = max(seen["rows"])
    assert biggest[0] <= bound, biggest


@pytest.mark.django_db
def test_the_zone_page_reads_only_the_cards_it_shows(client):
    build_directory(300)
    with reading() as seen:
        response = client.get(reverse("actors:zone_detail", args=["telzone"]))
    assert response.status_code == 200
    # 200 public fiches of one type: a few cards and a link to all of them.
    assert response.content.count(b'<article class="fiche-card') == ZONE_CARDS_PER_TYPE
    assert b"200" in response.content
    assert seen["fiches"] == ZONE_CARDS_PER_TYPE
    assert_rows_at_most(seen, 60)


@pytest.mark.django_db
def test_a_search_matching_every_fiche_reads_one_page_of_them(client):
    build_directory(300)
    # 200 fiches match; the search ranks at most 50 + 1 of them (plus name matches: none).
    with reading() as seen, mock.patch.object(search, "MAX_RESULTS", 50):
        response = client.get(reverse("actors:fiche_list") + "?q=telfiche&plaats=3000")
    assert response.status_code == 200
    assert response.content.count(b'<article class="fiche-card') == PAGE_SIZE
    assert "Meer dan 50 adressen gevonden." in response.content.decode()
    assert seen["fiches"] == PAGE_SIZE
    assert_rows_at_most(seen, 51)


@pytest.mark.django_db
def test_the_route_reads_only_the_addresses_it_shows(client):
    world = build_world(standing_users=False)
    for n in range(40):
        make_fiche(
            name=f"TNW extra {n:02}",
            zones=[world.gent],
            actor_type=world.tnw,
            mutuality=world.cm,
            organisation=world.cm_org,
        )
    with reading() as seen:
        response = client.get(ROUTE)
    assert response.status_code == 200
    assert b"TNW extra 00" in response.content
    assert b"TNW extra 39" not in response.content
    # A handful per step, not the 40 TNW fiches of Gent.
    assert seen["fiches"] <= 3 * FICHES_ON_SCREEN
    assert_rows_at_most(seen, 60)
