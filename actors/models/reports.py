"""Error reports ("Meld een fout") sent in by visitors about a fiche."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ErrorReport(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("nieuw")
        HANDLED = "handled", _("afgehandeld")

    fiche = models.ForeignKey(
        "actors.Fiche", verbose_name=_("fiche"), on_delete=models.CASCADE, related_name="reports"
    )
    message = models.TextField(_("wat is er fout?"), max_length=2000)
    email = models.EmailField(_("e-mail (niet verplicht)"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.NEW)
    created_at = models.DateTimeField(_("ontvangen op"), auto_now_add=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("afgehandeld door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("afgehandeld op"), null=True, blank=True)
    handler_note = models.TextField(
        _("notitie"),
        blank=True,
        help_text=_("Wat heb je gedaan? Alleen voor de redacteurs, de melder ziet dit niet."),
    )
    reply = models.TextField(
        _("antwoord aan de melder"),
        blank=True,
        max_length=2000,
        help_text=_(
            "Niet verplicht. Heeft de melder een e-mailadres gegeven, dan krijgt die dit "
            "antwoord één keer per e-mail bij het bewaren."
        ),
    )
    replied_at = models.DateTimeField(_("antwoord verstuurd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("foutmelding")
        verbose_name_plural = _("foutmeldingen")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"], name="report_inbox")]

    def __str__(self) -> str:
        return f"{self.fiche} — {self.created_at:%d/%m/%Y}"

    def mark_handled(self, user) -> None:
        self.status = self.Status.HANDLED
        self.handled_by = user
        self.handled_at = timezone.now()
