"""Long routes still print on one or two A4 pages, with the real texts and a few addresses
per step (the paper a patient takes to the doctor)."""

import re
from datetime import date
from unittest import mock

import pytest

from tests.qr import decode_image, needs_zbarimg
from tests.world import fill_gent, make_reference


def pdf_page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


@pytest.fixture
def gent_with_real_texts(transactional_db):
    gent = fill_gent(make_reference())
    # Dated routes are read on a fixed day, so their timeline is the same on every run.
    with mock.patch("pathways.clock.today", return_value=date(2027, 1, 12)):
        yield gent


@pytest.mark.parametrize(
    "route",
    [
        "/route/patient/?werk=werknemer&sinds=meer-1-jaar&doel=ander&ziekenfonds=cm&plaats=9000",
        "/route/patient/?werk=werkzoekende&sinds=meer-1-jaar&ziekenfonds=cm&plaats=9000",
        "/route/werkgever/?sinds=3-12-maanden&terugkeer=ja&preventiedienst=extern&plaats=9000",
        "/route/zorgverlener/folder/?werk=werknemer&sinds=1-3-maanden&doel=weet-niet"
        "&ziekenfonds=cm&plaats=9000",
        # A date: the timeline's coming milestones are printed with their dates.
        "/route/patient/?werk=werknemer&sinds=2027-01-04&contract=bediende&doel=weet-niet"
        "&ziekenfonds=cm&plaats=9000",
        "/route/patient/?werk=werknemer&sinds=2026-09-01&doel=weet-niet&ziekenfonds=cm&plaats=9000",
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


@pytest.mark.parametrize(
    ("printed", "route"),
    [
        (
            "/route/patient/?werk=werknemer&sinds=1-3-maanden&doel=eigen&ziekenfonds=cm"
            "&plaats=9000&print=1",
            "/route/patient/?werk=werknemer&sinds=1-3-maanden&doel=eigen&ziekenfonds=cm&plaats=9000",
        ),
        (
            "/route/zorgverlener/folder/?werk=werkzoekende&sinds=1-3-maanden&ziekenfonds=cm"
            "&plaats=9000",
            "/route/patient/?werk=werkzoekende&sinds=1-3-maanden&ziekenfonds=cm&plaats=9000",
        ),
    ],
)
@needs_zbarimg
def test_the_qr_code_on_the_printed_route_opens_the_route(
    browser, live_server, gent_with_real_texts, tmp_path, printed, route
):
    # Drawn by Chromium as on paper (print styles, 3 pixels per CSS pixel like a phone
    # camera's view), then read back by zbarimg.
    context = browser.new_context(base_url=live_server.url, device_scale_factor=3)
    page = context.new_page()
    assert page.goto(printed).status == 200
    page.emulate_media(media="print")
    picture = tmp_path / "qr.png"
    page.locator("svg.qr-code").screenshot(path=str(picture))
    context.close()
    assert decode_image(picture) == [f"{live_server.url}{route}"]
