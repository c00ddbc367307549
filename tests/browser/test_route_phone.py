"""The route on a phone (320 px): "Nu doen" first, so the first thing to do and its local
address are on the first two screens; axe finds nothing on the route with its timeline."""

from datetime import date
from unittest import mock

import pytest

from tests.browser.helpers import NARROW, assert_accessible, assert_no_sideways_scroll
from tests.world import fill_gent, make_reference

TODAY = date(2027, 1, 12)
FIRST_SCREENS = 1300  # px: about two screens of a phone
ROUTES = [
    "/route/patient/?werk=werknemer&sinds=2027-01-04&contract=bediende&doel=eigen"
    "&ziekenfonds=cm&plaats=9000",
    "/route/patient/?werk=werkzoekende&sinds=2026-11-14&ziekenfonds=cm&plaats=9000",
    "/route/werkgever/?sinds=2026-08-10&terugkeer=ja&preventiedienst=extern&plaats=9000",
]


@pytest.fixture
def gent(transactional_db):
    gent = fill_gent(make_reference())
    with mock.patch("pathways.clock.today", return_value=TODAY):
        yield gent


@pytest.mark.parametrize("route", ROUTES)
def test_the_first_action_and_its_local_contact_are_on_the_first_two_screens(page, gent, route):
    page.set_viewport_size(NARROW)
    assert page.goto(route).status == 200
    first = page.locator(".now__item").first
    assert first.is_visible()
    contact = first.locator(".now__contact")
    assert "09 123 45 67" in contact.inner_text()
    bottom = page.evaluate(
        "el => el.getBoundingClientRect().bottom + window.scrollY", contact.element_handle()
    )
    assert bottom <= FIRST_SCREENS, f"{route}: the first contact ends at {bottom:.0f} px"
    assert_no_sideways_scroll(page)


@pytest.mark.parametrize("route", [ROUTES[0], f"{ROUTES[0]}&print=1"])
def test_the_route_with_its_timeline_passes_axe(page, gent, route):
    assert page.goto(route).status == 200
    assert page.locator(".timeline__item").count() >= 5
    assert_accessible(page)
