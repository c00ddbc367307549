"""The two staff roles, as Django groups with exactly the permissions they need.

Created by `load_reference_data`, so production has them without clicking them together.
Zone scoping of ELZ editors is not a permission: it comes from their ZoneEditor row.
"""

from django.contrib.auth.models import Group, Permission

EDITOR_GROUP = "ELZ-redacteurs"
CONTENT_GROUP = "Inhoudsredacteurs"

ROLE_PERMISSIONS: dict[str, list[tuple[str, str]]] = {
    # ELZ staff keep their zone's fiches right and handle error reports and access requests.
    # Organisations are shared across zones: editors may add one, not rename another zone's.
    EDITOR_GROUP: [
        ("actors", "add_fiche"),
        ("actors", "change_fiche"),
        ("actors", "view_fiche"),
        ("actors", "delete_fiche"),
        ("actors", "add_contactperson"),
        ("actors", "change_contactperson"),
        ("actors", "delete_contactperson"),
        ("actors", "view_contactperson"),
        ("actors", "add_organisation"),
        ("actors", "view_organisation"),
        ("actors", "change_errorreport"),
        ("actors", "view_errorreport"),
        ("actors", "change_professionalprofile"),
        ("actors", "view_professionalprofile"),
    ],
    # Central content editors change the explanations and the question texts, not fiches.
    CONTENT_GROUP: [
        ("actors", "change_actortype"),
        ("actors", "view_actortype"),
        ("pathways", "change_flowtext"),
        ("pathways", "view_flowtext"),
    ],
}


def ensure_role_groups() -> dict[str, Group]:
    """Create or correct the role groups; returns them by name."""
    groups = {}
    for name, wanted in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = [
            permission
            for permission in Permission.objects.filter(
                content_type__app_label__in={app for app, _ in wanted}
            ).select_related("content_type")
            if (permission.content_type.app_label, permission.codename) in wanted
        ]
        group.permissions.set(permissions)
        groups[name] = group
    return groups
