"""Admin: professionals."""
