"""Admin for ELZ staff and content editors, one module per concept. Access requests are
reviewed in accounts/admin.py."""

from actors.admin import directory, editors, geography, reports, synonyms  # noqa: F401
