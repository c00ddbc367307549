"""Admin for ELZ staff and content editors, one module per concept."""

from actors.admin import directory, editors, geography, professionals, reports  # noqa: F401
