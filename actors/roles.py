"""The staff roles, as Django groups with exactly the permissions they need.

Created by `load_reference_data`, so production has them without clicking them together.
Each app declares its own part (this module the directory's, pathways.roles the question
texts'); the top-level loader adds them up. Zone scoping of ELZ editors is not a permission: it comes from their ZoneEditor row.
"""

from django.contrib.auth.models import Group, Permission

from actors.models import NATIONAL_EDITOR_GROUP

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
    # Central staff who handle the error reports on fiches that serve all of Flanders (a zone
    # editor does not read those reporters' addresses). Which reports: actors/admin/scoping.py.
    NATIONAL_EDITOR_GROUP: [
        ("actors", "view_fiche"),
        ("actors", "view_errorreport"),
        ("actors", "change_errorreport"),
    ],
    # Central content editors change the explanations (and, declared by pathways, the
    # question texts), not fiches.
    CONTENT_GROUP: [
        ("actors", "change_actortype"),
        ("actors", "view_actortype"),
        # The search words that lead to the actor types. No delete: switching a word off
        # ("in gebruik") is a change with history, a deletion could not be put back.
        ("actors", "add_searchterm"),
        ("actors", "change_searchterm"),
        ("actors", "view_searchterm"),
    ],
}


def combine(*parts: dict[str, list[tuple[str, str]]]) -> dict[str, list[tuple[str, str]]]:
    """The apps' declared parts of the staff roles, added up per group."""
    combined: dict[str, list[tuple[str, str]]] = {}
    for part in parts:
        for name, permissions in part.items():
            combined.setdefault(name, []).extend(permissions)
    return combined


def ensure_role_groups(
    declared: dict[str, list[tuple[str, str]]] | None = None,
) -> dict[str, Group]:
    """Create or correct the declared groups (by default the directory's own part) so each
    has exactly the declared permissions; returns them by name."""
    groups = {}
    for name, wanted in (ROLE_PERMISSIONS if declared is None else declared).items():
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
