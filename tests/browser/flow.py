"""Walking a guided flow in the browser, by mouse or by keyboard only.

Written against the flow's markup contract rather than its exact questions: each question is
a <form> in <main> with radios (we take the first option), a text box (we type "6 weken" for
since when, otherwise the postcode 9000, Gent) or a select, and one submit button; the route page shows `.route-step` items.
"""

import re

from tests.browser.helpers import assert_focus_visible, tab_to

POSTCODE = "9000"
# What a text box is answered with, by its name; any other box gets the postcode.
TYPED = {"sinds": "6 weken"}
MAX_QUESTIONS = 12
DOORS = {
    "patient": re.compile(r"ik ben ziek", re.IGNORECASE),
    "zorgverlener": re.compile(r"huisarts", re.IGNORECASE),
    "werkgever": re.compile(r"ik ben werkgever", re.IGNORECASE),
}


def is_route(page) -> bool:
    return page.locator(".route-step").count() > 0


def question_form(page):
    form = page.locator("main form").filter(
        has=page.locator("button[type=submit], input[type=submit]")
    )
    assert form.count(), f"no question form on {page.url}"
    return form.first


def _submit_button(form):
    return form.locator("button[type=submit], input[type=submit]").first


def answer_with_mouse(page) -> None:
    form = question_form(page)
    radios = form.locator("input[type=radio]")
    if radios.count():
        radios.first.check()
    for box in form.locator("input[type=text], input[type=search], input:not([type])").all():
        if box.is_visible() and not box.input_value():
            box.fill(TYPED.get(box.get_attribute("name"), POSTCODE))
    for select in form.locator("select").all():
        select.select_option(index=1)
    _submit_button(form).click()


def answer_with_keyboard(page) -> None:
    """Tab to the first option and press Space, type the postcode, Tab to the button, Enter;
    focus must be visible after every key."""
    form = question_form(page)
    if form.locator("input[type=radio]").count():
        tab_to(page, lambda info: info["type"] == "radio")
        page.keyboard.press("Space")
        assert page.evaluate("() => document.activeElement.checked"), "Space did not choose"
    boxes = form.locator("input[type=text], input[type=search], input:not([type])")
    if boxes.count():
        tab_to(page, lambda info: info["type"] in ("text", "search"))
        page.keyboard.type(TYPED.get(boxes.first.get_attribute("name"), POSTCODE))
    tab_to(page, lambda info: info["type"] == "submit")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def start_from_home(page, flow: str = "patient", keyboard: bool = False) -> None:
    page.goto("/")
    door = DOORS[flow]
    if keyboard:
        tab_to(page, lambda info: bool(door.search(info["text"])))
        with page.expect_navigation():
            page.keyboard.press("Enter")
    else:
        page.get_by_role("link", name=door).first.click()


def walk_to_route(page, keyboard: bool = False, on_question=None) -> int:
    """Answer questions until the route shows; returns how many questions were asked."""
    for asked in range(MAX_QUESTIONS):
        if is_route(page):
            return asked
        if on_question:
            on_question(page, asked)
        if keyboard:
            answer_with_keyboard(page)
            assert_focus_visible_after_load(page)
        else:
            answer_with_mouse(page)
        page.wait_for_load_state()
    raise AssertionError(f"no route after {MAX_QUESTIONS} questions, at {page.url}")


def assert_focus_visible_after_load(page) -> None:
    # After a new page loads nothing has focus yet unless the page moved it (error summary);
    # if something does, it must show.
    if page.evaluate("() => document.activeElement && document.activeElement !== document.body"):
        if page.evaluate("() => document.activeElement.matches(':focus-visible')"):
            assert_focus_visible(page)
