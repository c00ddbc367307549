"""The editor's start page in the admin: what waits in their zones, with links."""

from django import template
from django.urls import reverse
from django.utils.translation import ngettext

from actors.upkeep import stale_after_months, upkeep_for

register = template.Library()


def overview_items(user) -> list[dict]:
    """Count and link per kind of work; empty for staff who keep no fiches."""
    if not user.has_perm("actors.change_fiche"):
        return []
    upkeep = upkeep_for(user)
    counts = {
        "reports": upkeep.open_reports.count(),
        "drafts": upkeep.drafts.count(),
        "stale": upkeep.stale.count(),
        "unreachable": upkeep.unreachable.count(),
        "requests": upkeep.pending_requests.count(),
    }
    months = stale_after_months()
    fiches = reverse("admin:actors_fiche_changelist") + "?zone=mijn&"
    if user.is_superuser:
        fiches = reverse("admin:actors_fiche_changelist") + "?"
    items = [
        {
            "key": "reports",
            "count": counts["reports"],
            "label": ngettext("open foutmelding", "open foutmeldingen", counts["reports"]),
            "url": reverse("admin:actors_errorreport_changelist"),
        },
        {
            "key": "drafts",
            "count": counts["drafts"],
            "label": ngettext("fiche in klad", "fiches in klad", counts["drafts"]),
            "url": f"{fiches}status__exact=draft",
        },
        {
            "key": "stale",
            "count": counts["stale"],
            "label": ngettext(
                "gepubliceerde fiche niet nagekeken in %(months)d maanden",
                "gepubliceerde fiches niet nagekeken in %(months)d maanden",
                counts["stale"],
            )
            % {"months": months},
            "url": f"{fiches}nagekeken=verouderd&status__exact=published",
        },
        {
            "key": "unreachable",
            "count": counts["unreachable"],
            "label": ngettext(
                "gepubliceerde fiche zonder telefoon, e-mail, website of adres",
                "gepubliceerde fiches zonder telefoon, e-mail, website of adres",
                counts["unreachable"],
            ),
            "url": f"{fiches}bereikbaar=nee&status__exact=published",
        },
    ]
    if user.has_perm("actors.change_professionalprofile"):
        items.append(
            {
                "key": "requests",
                "count": counts["requests"],
                "label": ngettext(
                    "aanvraag voor toegang als professional",
                    "aanvragen voor toegang als professional",
                    counts["requests"],
                ),
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
