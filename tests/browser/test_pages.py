"""axe-core, 320 px reflow and screenshots on every page type that exists."""

import pytest

from tests.browser.helpers import (
    assert_accessible,
    assert_focus_visible,
    assert_no_sideways_scroll,
    save_screenshots,
)
from tests.factories import make_fiche, make_zone


@pytest.fixture
def zone(transactional_db):
    zone = make_zone(name="Gent", slug="gent", code="elz13")
    make_fiche(zones=[zone], name="TNW-coördinator CM Gent", phone="09 123 45 67")
    return zone


def check_page(page, path: str, screenshot: str | None = None, status: int = 200):
    response = page.goto(path)
    assert response.status == status, f"{path} answered {response.status}"
    assert_accessible(page)
    assert_no_sideways_scroll(page)
    if screenshot:
        save_screenshots(page, screenshot)


def test_home_page(page, transactional_db):
    check_page(page, "/", "home")


def test_zone_list(page, zone):
    check_page(page, "/zones/", "zones")


def test_zone_page(page, zone):
    check_page(page, zone.get_absolute_url(), "zone")


def test_not_found_page(page, transactional_db):
    check_page(page, "/bestaat-niet/", "404", status=404)


def test_admin_login(page, transactional_db):
    check_page(page, "/beheer/login/", "beheer-login")


def test_the_skip_link_appears_on_first_tab_and_jumps_to_the_content(page, transactional_db):
    page.goto("/")
    page.keyboard.press("Tab")
    info = assert_focus_visible(page)
    assert info["text"] == "Ga naar de inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "inhoud"
