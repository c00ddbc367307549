"""Admin for ELZ staff. Split by concept; the foundation issue fills in the scoping."""
