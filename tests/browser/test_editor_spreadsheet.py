"""An ELZ editor keeps their zone's fiches in a spreadsheet, in a real browser: a real XLSX file
with one bad row is refused with the error at that row and nothing saved; fixed, it is saved
with the editor in the history; exported and read back in, it changes nothing."""

import pytest
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from actors.models import Fiche
from tests.browser.helpers import ARTIFACTS
from tests.world import PASSWORD, build_world


@pytest.fixture
def world(transactional_db):
    return build_world()


def write_xlsx(path, rows: list[dict]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(list(rows[0]))
    for row in rows:
        sheet.append(list(row.values()))
    book.save(path)


def log_in(page, user) -> None:
    page.goto("/beheer/login/")
    page.locator("input[name=username]").fill(user.username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[type=submit], button[type=submit]").first.click()
    page.wait_for_load_state()


def upload(page, path) -> None:
    page.goto(reverse("admin:actors_fiche_changelist"))
    page.locator(f"a[href='{reverse('admin:actors_fiche_import')}']").click()
    page.locator("select[name=format]").select_option(label="xlsx")
    page.locator("input[name=import_file]").set_input_files(str(path))
    page.locator("form[enctype='multipart/form-data'] input[type=submit]").click()
    page.wait_for_load_state()


def confirm(page) -> None:
    page.locator("input[name=confirm]").click()
    page.wait_for_load_state()


def row(world, **values) -> dict:
    base = {
        "nummer": None,
        "naam": "Werkpunt Gent",
        "organisatie": world.tnw_gent.organisation.name,
        "soort": world.tnw_gent.actor_type.name,
        "zones": "Gent",
        "straat": "Kouter 1",
        "postcode": 9000,
        "gemeente": "Gent",
        "telefoon": "09 111 22 33",
        "status": "gepubliceerd",
        "zichtbaarheid": "iedereen",
    }
    base.update(values)
    return base


def test_an_editor_imports_fixes_and_round_trips_a_spreadsheet(page, world, tmp_path):
    editor = world.gent_editor
    log_in(page, editor)
    before = Fiche.objects.count()

    # 1. One bad row: the preview points at it and nothing is saved.
    bad = tmp_path / "fiches.xlsx"
    rows = [row(world), row(world, naam="Tweede werkpunt", postcode="12")]
    write_xlsx(bad, rows)
    upload(page, bad)
    error_row = page.locator("#import-errors tr[data-row='3']")
    assert error_row.is_visible()
    assert "kolom ‘postcode’" in error_row.inner_text()
    assert page.locator("#import-errors tr.import-error-row").count() == 1
    assert page.locator("input[name=confirm]").count() == 0
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "admin-import-error.png"), full_page=True)
    assert Fiche.objects.count() == before

    # 2. Fixed: previewed, confirmed, saved, and the history names the editor.
    rows[1]["postcode"] = 9000
    write_xlsx(bad, rows)
    upload(page, bad)
    assert page.locator("#import-errors").count() == 0
    assert page.locator("tr.new").count() == 2
    confirm(page)
    assert Fiche.objects.count() == before + 2
    fiche = Fiche.objects.get(name="Tweede werkpunt")
    page.goto(reverse("admin:actors_fiche_history", args=[fiche.pk]))
    assert editor.username in page.locator("#change-history").inner_text()

    # 3. Export and import again: every row is left alone, no version is written.
    page.goto(reverse("admin:actors_fiche_export"))
    page.locator("select[name=format]").select_option(label="xlsx")
    with page.expect_download() as download:
        page.locator("input[type=submit]").click()
    exported = tmp_path / "export.xlsx"
    download.value.save_as(exported)
    names = [r[1] for r in load_workbook(exported).active.iter_rows(values_only=True)]
    assert "Tweede werkpunt" in names and world.tnw_gent.name in names
    versions = Fiche.history.count()
    upload(page, exported)
    assert page.locator("#import-errors").count() == 0
    assert page.locator("tr.new, tr.update").count() == 0
    assert page.locator("tr.skip").count() == len(names) - 1
    page.screenshot(path=str(ARTIFACTS / "admin-import-round-trip.png"), full_page=True)
    confirm(page)
    assert Fiche.history.count() == versions
    assert Fiche.objects.count() == before + 2


def test_the_columns_an_editor_acts_on_are_in_view_at_1366_pixels(page, world):
    log_in(page, world.gent_editor)
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(reverse("admin:actors_fiche_changelist"))

    for column in ("name", "status", "visibility", "verified_on"):
        box = page.locator(f"#result_list th.column-{column}").bounding_box()
        assert box is not None, column
        assert box["x"] >= 0 and box["x"] + box["width"] <= 1366, (column, box)
    page.screenshot(path=str(ARTIFACTS / "admin-fiche-list-1366.png"))


def test_the_editor_pages_pass_axe(page, world):
    from actors.models import ErrorReport
    from tests.browser.helpers import axe_violations, describe_violations

    editor = world.gent_editor
    ErrorReport.objects.create(fiche=world.tnw_gent, message="Nummer klopt niet")
    draft = world.draft
    assert world.gent in draft.zones.all()
    log_in(page, editor)
    for url in [
        reverse("admin:index"),
        reverse("admin:actors_fiche_recycle_bin"),
        reverse("admin:actors_fiche_preview", args=[draft.pk]) + "?als=professional",
    ]:
        page.goto(url)
        violations = axe_violations(page)
        assert not violations, f"{url}\n{describe_violations(violations)}"
    page.goto(reverse("admin:index"))
    assert "1 open foutmelding" in page.locator(".editor-overview").inner_text()
    page.screenshot(path=str(ARTIFACTS / "admin-start-page.png"))
