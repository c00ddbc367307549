"""The components of the design system, judged together on the gallery page."""

import pytest

from tests.browser.helpers import (
    NARROW,
    assert_accessible,
    assert_focus_visible,
    assert_no_sideways_scroll,
    axe_violations,
    save_screenshots,
)
from tests.browser.styleguide import make_example_fiches

pytestmark = pytest.mark.urls("tests.browser.urls")


@pytest.fixture
def gallery(page, transactional_db):
    make_example_fiches()
    page.goto("/__stijlgids__/")
    return page


def test_every_component_passes_axe_at_wcag_22_aa(gallery):
    assert_accessible(gallery)


def test_the_components_fit_a_320_px_screen(gallery):
    assert_no_sideways_scroll(gallery)
    save_screenshots(gallery, "stijlgids")


def test_body_text_is_at_least_18_px_on_a_phone(gallery):
    gallery.set_viewport_size(NARROW)
    sizes = gallery.evaluate(
        "() => ['body', 'main p', '.radios__label', 'input[type=search]']"
        ".map(s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize))"
    )
    assert min(sizes) >= 18


def test_the_error_summary_takes_focus_and_links_to_the_field(gallery):
    summary = gallery.locator(".error-summary")
    assert summary.evaluate("el => el === document.activeElement")
    gallery.keyboard.press("Tab")
    assert_focus_visible(gallery)
    gallery.keyboard.press("Enter")
    assert gallery.evaluate("() => document.activeElement.id") == "fout_work_status_0"


def test_a_field_with_an_error_is_described_by_its_hint_and_error_and_suggests_places(gallery):
    described = gallery.locator("#fout_postcode").get_attribute("aria-describedby").split()
    assert described == ["fout_postcode-uitleg", "fout_postcode-fout"]
    texts = [gallery.locator(f"#{id_}").inner_text() for id_ in described]
    assert texts[0] == "Bijvoorbeeld 9000 of Gent."
    assert "We vinden geen gemeente met de naam ‘Gen’" in texts[1]
    group = gallery.locator("fieldset:has(#fout_work_status_0)").get_attribute("aria-describedby")
    assert group == "fout_work_status-uitleg fout_work_status-fout"
    suggestions = gallery.locator(".suggestions a")
    assert sorted(suggestions.all_inner_texts()) == ["Genk", "Gent"]
    assert suggestions.get_by_text("Gent").get_attribute("href").endswith("postcode=Gent")


def test_a_radio_shows_its_choice_and_its_focus(gallery):
    option = gallery.locator("#id_work_status_1")
    gallery.locator("label[for=id_work_status_1]").click()
    assert option.is_checked()
    dot = gallery.evaluate(
        "() => getComputedStyle(document.querySelector('label[for=id_work_status_1]'), '::after').opacity"
    )
    assert dot == "1"
    gallery.keyboard.press("ArrowDown")
    assert gallery.locator("#id_work_status_2").is_checked()
    assert_focus_visible(gallery)


def test_the_print_button_appears_only_with_javascript(gallery):
    assert gallery.locator("[data-print-button]").is_visible()


def test_the_axe_check_catches_a_violation(page):
    # The helper must be able to fail: an image without alt text and an unlabelled field.
    page.set_content(
        '<html lang="nl-BE"><title>x</title><main><h1>x</h1><img src="x.png"><input></main>'
    )
    ids = {violation["id"] for violation in axe_violations(page)}
    assert {"image-alt", "label"} <= ids


def test_the_sideways_check_catches_a_wide_element(page):
    page.set_content(
        '<html lang="nl-BE"><title>x</title><body><main><h1>x</h1><p class="wide">x</p></main></body></html>'
    )
    page.add_style_tag(content=".wide { width: 500px }")
    with pytest.raises(AssertionError, match="scrolls sideways"):
        assert_no_sideways_scroll(page)


def test_the_sideways_check_catches_a_long_word_sticking_out_of_a_flex_title(page):
    page.set_content(
        '<html lang="nl-BE"><title>x</title><body><main><h1 class="t">'
        "Arbeidsongeschiktheidsuitkeringsaanvraagformulier</h1></main></body></html>"
    )
    page.add_style_tag(content=".t { display: flex; font-size: 40px }")
    with pytest.raises(AssertionError, match="text overflows"):
        assert_no_sideways_scroll(page)


def test_a_zone_on_the_map_opens_its_page_by_mouse_and_by_keyboard(gallery):
    frame = gallery.frame_locator(".zone-map__frame")
    gent = frame.locator('a[href="/zones/gent/"]')
    gent.wait_for()

    # Keyboard: Tab from the figure's frame into the map; the focused zone turns focus-yellow.
    gallery.locator(".zone-map__frame").focus()
    gallery.keyboard.press("Tab")
    fill = frame.locator("a:focus path").evaluate("path => getComputedStyle(path).fill")
    assert fill == "rgb(255, 221, 0)"

    # Mouse: the link opens the zone page in the whole window, not inside the frame.
    with gallery.expect_navigation():
        gent.click()
    assert gallery.url.endswith("/zones/gent/")
