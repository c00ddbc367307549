"""Admin: directory."""
