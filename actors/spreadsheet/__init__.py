"""Spreadsheet import and export (django-import-export): fiches.py holds the resource,
widgets.py the cell formats."""
