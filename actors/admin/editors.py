"""Admin: editors."""
