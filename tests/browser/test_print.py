"""Long routes still print on one or two A4 pages, with the real texts and a few addresses
per step (the paper a patient takes to the doctor)."""

import re

import pytest

from tests.factories import make_fiche
from tests.world import make_reference


def pdf_page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


@pytest.fixture
def gent_with_real_texts(transactional_db):
    reference = make_reference()
    gent, cm = reference["gent"], reference["mutualities"]["cm"]
    for actor_type in reference["types"].values():
        for n in range(3):
            make_fiche(
                name=f"{actor_type.name} Gent {n}",
                actor_type=actor_type,
                zones=[gent],
                mutuality=cm if actor_type.bound_to_mutuality else None,
                phone="09 123 45 67",
                street="Voorbeeldstraat 1",
                postcode="9000",
                city="Gent",
            )
    return gent


@pytest.mark.parametrize(
    "route",
    [
        "/route/patient/?werk=werknemer&duur=meer-1-jaar&doel=ander&ziekenfonds=cm&plaats=9000",
        "/route/patient/?werk=werkzoekende&duur=meer-1-jaar&ziekenfonds=cm&plaats=9000",
        "/route/werkgever/?duur=3-12-maanden&terugkeer=ja&preventiedienst=extern&plaats=9000",
        "/route/zorgverlener/folder/?werk=werknemer&duur=1-3-maanden&doel=weet-niet"
        "&ziekenfonds=cm&plaats=9000",
    ],
)
def test_a_long_route_prints_on_at_most_two_a4_pages(
    page, live_server, gent_with_real_texts, route
):
    separator = "" if "folder" in route else "&print=1"
    response = page.goto(f"{live_server.url}{route}{separator}")
    assert response.status == 200
    assert page.locator(".route-step").count() >= 4
    # One address per step on paper; the others are online.
    assert page.get_by_text("zie de route online").count() >= 3
    page.emulate_media(media="print")
    pages = pdf_page_count(page.pdf(format="A4"))
    assert 1 <= pages <= 2, f"{route} prints on {pages} pages"
