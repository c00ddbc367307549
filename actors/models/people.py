"""Who may see and edit what: ELZ editors and approved professionals."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# Central staff who keep the fiches that serve all of Flanders and handle the error reports on
# them (a Django group; actors/roles.py gives it its permissions).
NATIONAL_EDITOR_GROUP = "Nationale redacteurs"


def is_national_editor(user) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_is_national_editor", None)
    if cached is None:
        cached = user.groups.filter(name=NATIONAL_EDITOR_GROUP).exists()
        user._is_national_editor = cached
    return cached


def can_see_professional(user) -> bool:
    """True for approved professionals, ELZ editors and superusers; False for everyone else.

    The one rule for professional-only data. Only the model layer asks it: the fiche door
    (Fiche.objects.visible_to() and .with_visible_contacts(), through professional_access()).
    Views, templates and other apps ask that door, never this rule; nothing else should make
    this decision.
    """
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_can_see_professional", None)
    if cached is None:
        cached = (
            ProfessionalProfile.objects.filter(
                user=user, status=ProfessionalProfile.Status.APPROVED
            ).exists()
            or ZoneEditor.objects.filter(user=user).exists()
        )
        user._can_see_professional = cached
    return cached


def professional_access(user) -> bool:
    """can_see_professional(), and when it opens the door, a note on the user that this
    request's response is built with professional data (see shown_professional_data())."""
    allowed = can_see_professional(user)
    if allowed:
        user._shown_professional_data = True
    return allowed


def shown_professional_data(user) -> bool:
    """Whether the door handed professional data to this user object: the user of one request,
    so PrivateProfessionalDataMiddleware can keep that response out of shared caches."""
    return getattr(user, "_shown_professional_data", False)


class ContactPersonQuerySet(models.QuerySet):
    def kept_by_staff(self, user):
        """Contact persons for the admin's own tools (spreadsheet export and import): only for
        active staff whose role may see them (the model permission); which fiches they are
        asked for is the admin's zone scope."""
        allowed = (
            getattr(user, "is_authenticated", False)
            and user.is_active
            and user.is_staff
            and user.has_perm("actors.view_contactperson")
        )
        return self if allowed else self.none()


class ZoneEditor(models.Model):
    """An ELZ staff member: may edit the fiches of these zones in the admin."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="zone_editor",
    )
    zones = models.ManyToManyField("actors.Zone", verbose_name=_("zones"), related_name="editors")

    class Meta:
        verbose_name = _("ELZ-redacteur")
        verbose_name_plural = _("ELZ-redacteurs")

    def __str__(self) -> str:
        return str(self.user)


class ProfessionalProfile(models.Model):
    """A huisarts or other professional who asked for access to professional-only fiches."""

    class Status(models.TextChoices):
        PENDING = "pending", _("wacht op goedkeuring")
        APPROVED = "approved", _("goedgekeurd")
        REJECTED = "rejected", _("geweigerd")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="professional",
    )
    profession = models.CharField(_("beroep"), max_length=100)
    organisation = models.CharField(_("organisatie of praktijk"), max_length=150, blank=True)
    zone = models.ForeignKey(
        "actors.Zone",
        verbose_name=_("zone"),
        on_delete=models.PROTECT,
        related_name="professionals",
    )
    riziv_number = models.CharField(_("RIZIV-nummer"), max_length=20, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.PENDING)
    email_confirmed = models.BooleanField(_("e-mailadres bevestigd"), default=False)
    requested_at = models.DateTimeField(_("aangevraagd op"), auto_now_add=True)
    decided_at = models.DateTimeField(_("beslist op"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beslist door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("professional")
        verbose_name_plural = _("professionals")
        ordering = ["-requested_at"]
        indexes = [models.Index(fields=["status"], name="professional_status")]

    def __str__(self) -> str:
        return f"{self.user.get_full_name() or self.user.get_username()} ({self.profession})"


def zones_editable_by(user):
    """Zones whose fiches this user may edit in the admin: all for a superuser."""
    from actors.models.geography import Zone

    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Zone.objects.none()
    if user.is_superuser:
        return Zone.objects.all()
    return Zone.objects.filter(editors__user=user)
