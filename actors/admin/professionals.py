"""Admin: requests for professional access, approved or rejected by the zone's editors."""

from django.conf import settings
from django.contrib import admin, messages
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from actors.models import ProfessionalProfile, ZoneEditor, zones_editable_by


def is_reviewer(user) -> bool:
    """Superusers and ELZ editors may review; the zones decide which rows they see."""
    if not (user.is_active and user.is_staff):
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_is_reviewer"):
        user._is_reviewer = ZoneEditor.objects.filter(user=user).exists()
    return user._is_reviewer


class ReviewerAdminMixin:
    """Open to superusers and ELZ editors whatever their Group allows, limited to their zones.

    Minimal zone scoping written here because the shared scoping mixin (actors/admin/scoping.py,
    branch admin) was not on main yet; `zone_scope` is the path from the model to a Zone."""

    zone_scope = ""

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        in_scope = self.model._default_manager.filter(
            **{f"{self.zone_scope}__in": zones_editable_by(request.user)}
        )
        # A subquery, not a join: a row reachable through two zones is listed once.
        return queryset.filter(pk__in=in_scope.values("pk"))

    def has_module_permission(self, request):
        return is_reviewer(request.user) or super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return is_reviewer(request.user) or super().has_view_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return is_reviewer(request.user) or super().has_change_permission(request, obj)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser


def _email_person(request, profile: ProfessionalProfile, template: str, subject: str) -> None:
    if not profile.user.email:
        return
    context = {"user": profile.user, "login_url": request.build_absolute_uri(reverse("login"))}
    send_mail(
        subject,
        render_to_string(template, context),
        settings.DEFAULT_FROM_EMAIL,
        [profile.user.email],
    )


@admin.register(ProfessionalProfile)
class ProfessionalProfileAdmin(ReviewerAdminMixin, admin.ModelAdmin):
    zone_scope = "zone"
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

    @admin.action(description=gettext_lazy("Goedkeuren en de persoon verwittigen"))
    def approve(self, request, queryset):
        decided = self._decide(request, queryset, ProfessionalProfile.Status.APPROVED)
        for profile in decided:
            _email_person(
                request,
                profile,
                "registration/professional_approved.txt",
                _("Je toegang tot de Wegwijzer bij ziekte is goedgekeurd"),
            )
        if decided:
            self.message_user(
                request,
                ngettext(
                    "%(count)d aanvraag goedgekeurd.",
                    "%(count)d aanvragen goedgekeurd.",
                    len(decided),
                )
                % {"count": len(decided)},
                messages.SUCCESS,
            )

    @admin.action(description=gettext_lazy("Weigeren en de persoon verwittigen"))
    def reject(self, request, queryset):
        decided = self._decide(request, queryset, ProfessionalProfile.Status.REJECTED)
        for profile in decided:
            _email_person(
                request,
                profile,
                "registration/professional_rejected.txt",
                _("Je aanvraag voor de Wegwijzer bij ziekte"),
            )
        if decided:
            self.message_user(
                request,
                ngettext(
                    "%(count)d aanvraag geweigerd.",
                    "%(count)d aanvragen geweigerd.",
                    len(decided),
                )
                % {"count": len(decided)},
                messages.SUCCESS,
            )
