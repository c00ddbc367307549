"""Admin: geography."""
