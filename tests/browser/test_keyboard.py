"""Keyboard only: the whole patient flow with Tab, Space and Enter, focus always visible."""

import pytest

from tests.browser.flow import is_route, start_from_home, walk_to_route
from tests.browser.helpers import assert_focus_visible, tab_to
from tests.world import build_world


@pytest.fixture
def world(transactional_db):
    return build_world()


def test_the_patient_flow_works_with_the_keyboard_alone(page, world):
    start_from_home(page, "patient", keyboard=True)
    walk_to_route(page, keyboard=True)
    assert is_route(page)

    # On the route, every link and button can be reached and shows its focus: Tab through all
    # of them (tab_to checks focus after every key) until we are back in the browser chrome.
    links = page.locator("main a[href], main button").count()
    for _ in range(links):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement === document.body"):
            break
        assert_focus_visible(page)


def test_the_home_page_doors_are_reached_by_tab_with_visible_focus(page, world):
    page.goto("/")
    info = tab_to(page, lambda info: "ik ben ziek" in info["text"].lower())
    assert info["tag"] == "a"
