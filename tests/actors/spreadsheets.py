"""Import and export through the admin as a person does it: upload, preview, confirm."""

import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

CSV_FORMAT, XLSX_FORMAT = "0", "1"  # the order of FicheAdmin.formats

IMPORT_URL = reverse("admin:actors_fiche_import")
CONFIRM_URL = reverse("admin:actors_fiche_process_import")
EXPORT_URL = reverse("admin:actors_fiche_export")


def xlsx_bytes(rows: list[dict]) -> bytes:
    book = Workbook()
    sheet = book.active
    headers = list(rows[0])
    sheet.append(headers)
    for row in rows:
        sheet.append([row.get(header) for header in headers])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_bytes(rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def upload(client, content: bytes, fmt: str = XLSX_FORMAT, name="fiches.xlsx"):
    """The preview step; returns the response (nothing saved yet)."""
    return client.post(
        IMPORT_URL,
        {"format": fmt, "import_file": SimpleUploadedFile(name, content)},
    )


def confirm(client, preview):
    form = preview.context["confirm_form"]
    data = {name: form[name].value() for name in form.fields}
    return client.post(CONFIRM_URL, data)


def export(client, fmt: str = XLSX_FORMAT):
    return client.post(EXPORT_URL, {"format": fmt})


def read_xlsx(content: bytes) -> list[dict]:
    sheet = load_workbook(io.BytesIO(content)).active
    rows = list(sheet.iter_rows(values_only=True))
    headers = rows[0]
    return [dict(zip(headers, row, strict=True)) for row in rows[1:]]
