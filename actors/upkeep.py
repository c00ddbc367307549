"""What needs an editor's attention in their zones: the start page and the digest mail."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import QuerySet

from actors.admin.scoping import fiches_changeable_by, reports_handled_by
from actors.models import ErrorReport, Fiche, ProfessionalProfile, zones_editable_by


def stale_after_months() -> int:
    return settings.STALE_AFTER_MONTHS


@dataclass
class Upkeep:
    stale: QuerySet  # published, not checked for STALE_AFTER_MONTHS
    drafts: QuerySet
    open_reports: QuerySet
    pending_requests: QuerySet
    unreachable: QuerySet  # published without phone, e-mail, website or address

    @property
    def needs_attention(self) -> bool:
        return any(
            queryset.exists()
            for queryset in (self.stale, self.drafts, self.open_reports, self.pending_requests)
        )


def upkeep_for(user) -> Upkeep:
    fiches = fiches_changeable_by(user)
    published = fiches.filter(status=Fiche.Status.PUBLISHED)
    requests = ProfessionalProfile.objects.filter(
        status=ProfessionalProfile.Status.PENDING, email_confirmed=True
    )
    if not (user.is_active and user.is_superuser):
        requests = requests.filter(zone__in=zones_editable_by(user))
    return Upkeep(
        stale=published.stale(months=stale_after_months()).order_by("verified_on", "name"),
        drafts=fiches.filter(status=Fiche.Status.DRAFT).order_by("-updated_at"),
        open_reports=reports_handled_by(user)
        .filter(status=ErrorReport.Status.NEW)
        .select_related("fiche"),
        pending_requests=requests,
        unreachable=fiches.unreachable().order_by("name"),
    )
