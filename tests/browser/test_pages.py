"""Every page type, judged in a real browser: axe-core at WCAG 2.2 A/AA (zero violations) at
1280 and 320 px, nothing scrolls sideways at 320 px, and screenshots for a person to look at."""

import pytest
from django.urls import reverse

from tests.browser.helpers import (
    assert_accessible,
    assert_focus_visible,
    assert_no_sideways_scroll,
    save_screenshots,
)
from tests.factories import make_postcode
from tests.world import build_world


@pytest.fixture
def world(transactional_db):
    return build_world()


def check_page(page, path: str, screenshot: str | None = None, status: int = 200, one_h1=True):
    response = page.goto(path)
    assert response.status == status, f"{path} answered {response.status}"
    if one_h1:
        assert page.locator("h1").count() == 1
    assert_accessible(page)
    assert_no_sideways_scroll(page)
    if screenshot:
        save_screenshots(page, screenshot)


def test_home_page(page, world):
    check_page(page, "/", "home")


def test_zone_list(page, world):
    check_page(page, reverse("actors:zone_list"))


def test_zone_page(page, world):
    check_page(page, world.gent.get_absolute_url())


def test_actor_type_page(page, world):
    check_page(page, world.tnw_gent.actor_type.get_absolute_url())


def test_fiche_page(page, world):
    check_page(page, world.tnw_gent.get_absolute_url(), "fiche")


def test_list_with_results(page, world):
    check_page(page, reverse("actors:fiche_list") + "?plaats=9000")
    assert page.locator(".fiche-card").count() >= 2


def test_list_for_a_place_spread_over_zones(page, world):
    make_postcode("2018", world.antwerp_town, place="Antwerpen")  # no zone of its own
    check_page(page, reverse("actors:fiche_list") + "?plaats=2018", "place-zones")
    assert page.locator(".place-zones__list a").count() == 4  # per zone: its page and a filter


def test_list_with_a_typo_in_the_place(page, world):
    check_page(page, reverse("actors:fiche_list") + "?plaats=Gnet", status=400)
    assert page.get_by_role("link", name="Gent", exact=True).count() == 1


def test_search_without_results(page, world):
    check_page(page, reverse("actors:fiche_list") + "?q=xylofoonreparatie&plaats=9000")
    assert page.locator(".fiche-card").count() == 0
    assert page.locator(".next-best a").count() >= 3


def test_search_answered_in_groups(page, world):
    check_page(page, reverse("actors:fiche_list") + "?q=tnw", "search-groups")
    assert page.locator(".search-group--types a").first.inner_text() == "TNW-coördinator"
    assert page.locator(".fiche-card").count() >= 1
    check_page(page, reverse("actors:fiche_list") + "?q=gent")
    assert page.locator(".search-group--places").count() == 1


def test_search_naming_a_place_spread_over_zones(page, world):
    make_postcode("2018", world.antwerp_town, place="Antwerpen")  # no zone of its own
    check_page(page, reverse("actors:fiche_list") + "?q=2018")
    places = page.locator(".search-group--places")
    zones = world.antwerp_town.zone.children.count()
    assert zones >= 2
    assert places.locator(".place-zones__list a").count() == zones  # each zone's page


def test_search_with_a_typo(page, world):
    check_page(page, reverse("actors:fiche_list") + "?q=arbeidsarst", "search-typo")
    page.get_by_role("link", name="Arbeidsarts").first.click()
    assert page.locator(".search-group--types").count() == 1


def test_list_with_a_place_that_does_not_exist(page, world):
    check_page(page, reverse("actors:fiche_list") + "?plaats=Atlantis", status=400)


def test_error_report_form_with_its_errors(page, world):
    check_page(page, reverse("actors:fiche_report", args=[world.tnw_gent.slug]))
    form = page.locator("form", has=page.locator("textarea"))
    form.locator("button[type=submit]").click()
    assert page.locator(".error-summary").is_visible()
    assert_accessible(page)
    assert_no_sideways_scroll(page)


def test_login_page(page, world):
    check_page(page, reverse("login"))


def test_registration_page_and_its_errors(page, world):
    check_page(page, reverse("account_register"))
    page.locator("main form button[type=submit]").click()
    assert page.locator(".error-summary").is_visible()
    assert_accessible(page)
    assert_no_sideways_scroll(page)


def test_not_found_page(page, world):
    check_page(page, "/bestaat-niet/", status=404)


def test_admin_login(page, world):
    # Django's own login template has no <h1>: see test_pages_guard for that rule.
    check_page(page, "/beheer/login/", one_h1=False)


def test_the_skip_link_appears_on_first_tab_and_jumps_to_the_content(page, world):
    page.goto("/")
    page.keyboard.press("Tab")
    info = assert_focus_visible(page)
    assert info["text"] == "Ga naar de inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "inhoud"


def test_a_fiche_prints_without_navigation_and_with_its_links_written_out(page, world):
    page.goto(world.tnw_gent.get_absolute_url())
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".site-footer").is_visible()
    assert page.locator("h1").is_visible()
    # The paper says once where it came from.
    assert page.locator("body").inner_text().count("Afgedrukt van") == 1
    assert not page.get_by_text("Meld een fout").first.is_visible()
    page.pdf(path=str(_artifact("fiche.pdf")), format="A4")


def _artifact(name):
    from tests.browser.helpers import ARTIFACTS

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / name


def test_open_data_guides(page, world):
    check_page(page, "/open-data/", "open-data")
    check_page(page, "/open-data/en/", "open-data-en")
