"""Admin: requests for professional access, approved or rejected by the zone's editors.

The model lives in actors (visibility reads it); the review and its mails belong to accounts."""

from django.contrib import admin, messages
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from accounts.mails import send_decision
from actors.admin.scoping import ReviewAdminMixin
from actors.mail import failed_now
from actors.models import ProfessionalProfile


@admin.register(ProfessionalProfile)
class ProfessionalProfileAdmin(ReviewAdminMixin, admin.ModelAdmin):
    # Editors see and decide the requests of their own zones (actors/admin/scoping.py).
    zone_lookup = "zone"
    list_display = [
        "person",
        "email",
        "profession",
        "organisation",
        "zone",
        "status",
        "email_confirmed",
        "requested_at",
    ]
    list_filter = ["status", "email_confirmed", "zone"]
    list_select_related = ["user", "zone"]
    search_fields = [
        "user__first_name",
        "user__last_name",
        "user__email",
        "profession",
        "organisation",
        "riziv_number",
    ]
    readonly_fields = [
        "user",
        "profession",
        "organisation",
        "zone",
        "riziv_number",
        "status",
        "email_confirmed",
        "requested_at",
        "decided_at",
        "decided_by",
    ]
    fields = readonly_fields
    actions = ["approve", "reject"]
    date_hierarchy = "requested_at"

    @admin.display(description=gettext_lazy("naam"), ordering="user__last_name")
    def person(self, profile):
        return profile.user.get_full_name() or profile.user.get_username()

    @admin.display(description=gettext_lazy("e-mail"), ordering="user__email")
    def email(self, profile):
        return profile.user.email

    def _decide(self, request, queryset, status):
        decided = []
        for profile in queryset.select_related("user"):
            if status == ProfessionalProfile.Status.APPROVED and not profile.email_confirmed:
                self.message_user(
                    request,
                    _("%(name)s heeft het e-mailadres nog niet bevestigd; nog niet goedgekeurd.")
                    % {"name": self.person(profile)},
                    messages.WARNING,
                )
                continue
            with transaction.atomic():
                profile.status = status
                profile.decided_at = timezone.now()
                profile.decided_by = request.user
                profile.save(update_fields=["status", "decided_at", "decided_by"])
            decided.append(profile)
        return decided

    def _decide_and_tell(self, request, queryset, status, done) -> None:
        """Record the decision, e-mail each person, and say how many were decided. The mails
        leave after the decisions are saved; one that cannot leave now is said, and retried."""
        decided = self._decide(request, queryset, status)
        unsent = [
            self.person(profile)
            for profile in decided
            if failed_now(send_decision(request, profile))
        ]
        if decided:
            self.message_user(request, done(len(decided)), messages.SUCCESS)
        if unsent:
            self.message_user(
                request,
                _(
                    "De beslissing is bewaard, maar de e-mail aan %(names)s kon nu niet "
                    "vertrekken: de mailserver antwoordt niet. Hij wordt later automatisch "
                    "opnieuw verstuurd; je hoeft niets te doen."
                )
                % {"names": ", ".join(unsent)},
                messages.WARNING,
            )

    @admin.action(description=gettext_lazy("Goedkeuren en de persoon verwittigen"))
    def approve(self, request, queryset):
        self._decide_and_tell(
            request,
            queryset,
            ProfessionalProfile.Status.APPROVED,
            lambda n: (
                ngettext("%(count)d aanvraag goedgekeurd.", "%(count)d aanvragen goedgekeurd.", n)
                % {"count": n}
            ),
        )

    @admin.action(description=gettext_lazy("Weigeren en de persoon verwittigen"))
    def reject(self, request, queryset):
        self._decide_and_tell(
            request,
            queryset,
            ProfessionalProfile.Status.REJECTED,
            lambda n: (
                ngettext("%(count)d aanvraag geweigerd.", "%(count)d aanvragen geweigerd.", n)
                % {"count": n}
            ),
        )
