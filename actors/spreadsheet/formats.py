"""File formats offered for spreadsheet import and export."""

from import_export.formats.base_formats import CSV, XLSX


class SpreadsheetCSV(CSV):
    """CSV as spreadsheets write it: Excel in Dutch separates cells with ";", not ","."""

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes) and self.encoding:
            in_stream = in_stream.decode(self.encoding)
        header = in_stream.split("\n", 1)[0]
        if header.count(";") > header.count(","):
            kwargs.setdefault("delimiter", ";")
        return super().create_dataset(in_stream, **kwargs)


FORMATS = [SpreadsheetCSV, XLSX]
