"""Every API list answers in a fixed number of queries, however many fiches there are: the
same request counts the same queries with 3 and with 60 fiches (a page holds 50). The
queries: count, the page's ids, its rows, and one per link table with its terms (zones,
languages, target groups: queries.attach_links)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from actors.models import Fiche, Language, Mutuality, TargetGroup
from tests.factories import make_actor_type, make_fiche, make_organisation, make_zone

API = "/open-data/hsds/v3/"
URLS = {
    "services": ("services?per_page=50", 6),
    "full services": ("services?per_page=50&full=true", 6),
    "full services, filtered": (
        "services?per_page=50&full=true&zone=telzone&taxonomy_id=&search=telfiche"
        "&modified_after=2000-01-01",
        7,
    ),
    "minimal": ("services?minimal=true", 3),
    "service at locations": ("service_at_locations?per_page=50&full=true", 6),
    "organizations with services": ("organizations?full_service=true", 7),
    "taxonomy terms": ("taxonomy_terms?per_page=500", 4),
    "one full service": ("services/{id}", 4),
}


def reference() -> dict:
    return {
        "zones": [make_zone(slug="telzone"), make_zone()],
        "actor_type": make_actor_type(),
        "mutuality": Mutuality.objects.create(code="cm", name="CM", short_name="CM"),
        "languages": [
            Language.objects.create(code="nl", name="Nederlands"),
            Language.objects.create(code="fr", name="Frans"),
        ],
        "target_groups": [TargetGroup.objects.create(slug="werknemer", name="Werknemer")],
        "organisations": [make_organisation() for _ in range(3)],
    }


def add_fiches(ref: dict, start: int, count: int) -> None:
    for i in range(start, start + count):
        make_fiche(
            name=f"Telfiche {i}",
            organisation=ref["organisations"][i % 3],
            actor_type=ref["actor_type"],
            mutuality=ref["mutuality"],
            street=f"Straat {i}",
            postcode="9000",
            city="Gent",
            phone="09 123 45 67",
            opening_hours="Ma–vr",
            zones=ref["zones"],
            languages=ref["languages"],
            target_groups=ref["target_groups"],
        )
        if i % 10 == 0:
            make_fiche(name=f"Telfiche verborgen {i}", visibility=Fiche.Visibility.PROFESSIONAL)


def queries(client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(API + url)
    assert response.status_code == 200, (url, response.content[:200])
    return len(captured)


@pytest.mark.django_db
def test_queries_do_not_grow_with_the_number_of_fiches(client):
    ref = reference()
    add_fiches(ref, 0, 3)
    first = Fiche.objects.get(name="Telfiche 0").public_id
    urls = {name: url.format(id=first) for name, (url, _) in URLS.items()}
    small = {name: queries(client, url) for name, url in urls.items()}
    add_fiches(ref, 3, 57)
    large = {name: queries(client, url) for name, url in urls.items()}
    assert small == large, f"3 fiches: {small}; 60 fiches: {large}"
    for name, (_, bound) in URLS.items():
        assert large[name] <= bound, f"{name}: {large[name]} queries"
