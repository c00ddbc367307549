"""The editor's start page in the admin: what waits in their zones, with links."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from actors.upkeep import stale_after_months, upkeep_for

register = template.Library()


def overview_items(user) -> list[dict]:
    """Count and link per kind of work; empty for staff who keep no fiches."""
    if not user.has_perm("actors.change_fiche"):
        return []
    upkeep = upkeep_for(user)
    fiches = reverse("admin:actors_fiche_changelist") + "?zone=mijn&"
    if user.is_superuser:
        fiches = reverse("admin:actors_fiche_changelist") + "?"
    items = [
        {
            "key": "reports",
            "count": upkeep.open_reports.count(),
            "label": _("open foutmeldingen"),
            "url": reverse("admin:actors_errorreport_changelist"),
        },
        {
            "key": "drafts",
            "count": upkeep.drafts.count(),
            "label": _("fiches in klad"),
            "url": f"{fiches}status__exact=draft",
        },
        {
            "key": "stale",
            "count": upkeep.stale.count(),
            "label": _("gepubliceerde fiches niet nagekeken in %(months)d maanden")
            % {"months": stale_after_months()},
            "url": f"{fiches}nagekeken=verouderd&status__exact=published",
        },
        {
            "key": "unreachable",
            "count": upkeep.unreachable.count(),
            "label": _("gepubliceerde fiches zonder telefoon, e-mail, website of adres"),
            "url": f"{fiches}bereikbaar=nee&status__exact=published",
        },
    ]
    if user.has_perm("actors.change_professionalprofile"):
        items.append(
            {
                "key": "requests",
                "count": upkeep.pending_requests.count(),
                "label": _("aanvragen voor toegang als professional"),
                "url": reverse("admin:actors_professionalprofile_changelist")
                + "?status__exact=pending&email_confirmed__exact=1",
            }
        )
    return items


@register.inclusion_tag("admin/includes/editor_overview.html", takes_context=True)
def editor_overview(context):
    user = context["request"].user
    return {
        "items": overview_items(user),
        "fiches_url": reverse("admin:actors_fiche_changelist"),
        "import_url": reverse("admin:actors_fiche_import"),
        "bin_url": reverse("admin:actors_fiche_recycle_bin"),
    }
