"""End-to-end journeys in headless Chromium: what the three kinds of visitor come to do."""

import re

import pytest
from django.urls import reverse

from tests.browser.flow import is_route, start_from_home, walk_to_route
from tests.browser.helpers import (
    ARTIFACTS,
    assert_accessible,
    assert_no_sideways_scroll,
    save_screenshots,
)
from tests.factories import make_professional
from tests.world import PASSWORD, build_world


@pytest.fixture
def world(transactional_db):
    return build_world()


def pdf_page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def test_a_patient_goes_from_the_home_page_to_a_route_and_prints_it(page, world):
    start_from_home(page, "patient")

    def judge_question(page, number):
        # Every question page passes axe and fits a phone; the first one is photographed.
        assert page.locator("h1").count() == 1
        assert_accessible(page)
        assert_no_sideways_scroll(page)
        if number == 0:
            save_screenshots(page, "vraag")

    asked = walk_to_route(page, on_question=judge_question)
    assert asked >= 2, "the patient flow asks at least the work status and the place"

    assert is_route(page)
    assert page.locator("h1").count() == 1
    assert page.get_by_text(re.compile("huisarts", re.IGNORECASE)).first.is_visible()
    assert page.locator(".answer-summary a").count() >= 1, "each answer has a 'wijzig' link"
    assert_accessible(page)
    assert_no_sideways_scroll(page)
    save_screenshots(page, "route")

    # The route is a stable address: opening it again shows the same steps.
    steps = page.locator(".route-step").all_inner_texts()
    page.goto(page.url)
    assert page.locator(".route-step").all_inner_texts() == steps

    # The print view (or the route itself, printed): no navigation or forms, the steps stay,
    # on one or two A4 pages.
    print_link = page.locator("main a", has_text=re.compile("afdrukken", re.IGNORECASE))
    if print_link.count():
        print_link.first.click()
        page.wait_for_load_state()
        assert page.locator("h1").count() == 1
        assert_accessible(page)
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator(".site-footer").is_visible()
    assert page.locator(".route-step").first.is_visible()
    # The paper says where to find the route again: a QR code and a short address to type.
    assert page.locator("svg.qr-code").is_visible()
    assert "/r/p/werknemer/" in page.locator("body").inner_text()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf = page.pdf(path=str(ARTIFACTS / "route.pdf"), format="A4")
    assert 1 <= pdf_page_count(pdf) <= 2, f"the route prints on {pdf_page_count(pdf)} pages"
    page.screenshot(path=str(ARTIFACTS / "route-print.png"), full_page=True)


def test_a_professional_logs_in_and_sees_a_professional_only_fiche(page, world):
    email = "huisarts@voorbeeld.be"
    make_professional(world.gent, username=email, password=PASSWORD)
    hidden_url = world.pro_fiche.get_absolute_url()

    # Not logged in: the fiche does not exist for this visitor.
    assert page.goto(hidden_url).status == 404

    page.goto(reverse("login"))
    page.locator("input[name=username]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()

    response = page.goto(hidden_url)
    assert response.status == 200
    assert page.locator("h1").inner_text() == world.pro_fiche.name
    assert page.get_by_text(
        re.compile("alleen voor professionals", re.IGNORECASE)
    ).first.is_visible()
    assert page.get_by_text(world.pro_contact.name).is_visible()
    assert_accessible(page)
    save_screenshots(page, "fiche-professional")

    # The zone page lists it too, marked as professional-only.
    page.goto(world.gent.get_absolute_url())
    card = page.locator(".fiche-card", has_text=world.pro_fiche.name)
    assert card.locator(".notice--pro").first.is_visible()


def test_an_elz_editor_changes_a_fiche_in_the_admin_and_the_public_page_shows_it(page, world):
    editor = world.gent_editor
    fiche = world.tnw_gent
    new_text = "Nieuw: ook op woensdagnamiddag kan je langskomen."

    page.goto("/beheer/login/")
    page.locator("input[name=username]").fill(editor.username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[type=submit], button[type=submit]").first.click()
    page.wait_for_load_state()

    page.goto(reverse("admin:actors_fiche_change", args=[fiche.pk]))
    page.locator("#id_description").fill(new_text)
    page.locator("input[name=_save], button[name=_save]").first.click()
    page.wait_for_load_state()
    assert page.locator(".messagelist .success, .messagelist li").first.is_visible()

    # A visitor (a fresh browser context, not logged in) sees the new text.
    visitor = page.context.browser.new_page(base_url=page.url.split("/beheer/")[0])
    try:
        visitor.goto(fiche.get_absolute_url())
        assert visitor.get_by_text(new_text).is_visible()
    finally:
        visitor.close()
