"""The question texts' part of the staff roles; `load_reference_data` adds it to the rest."""

from actors.roles import CONTENT_GROUP

ROLE_PERMISSIONS: dict[str, list[tuple[str, str]]] = {
    # Central content editors change the question texts.
    CONTENT_GROUP: [
        ("pathways", "change_flowtext"),
        ("pathways", "view_flowtext"),
    ],
}
