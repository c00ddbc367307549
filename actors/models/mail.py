"""Mail that must not be lost: kept in the database until it is sent.

A request never sends mail itself: it stores an OutgoingMail, and after its transaction
commits a first attempt is made. When the mail server is down the row stays unsent, the
failure is logged, and `manage.py send_pending_mail` (run by cron) tries again.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingMailQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(sent_at__isnull=True)


class OutgoingMail(models.Model):
    recipients = models.TextField(_("aan"), help_text=_("Eén adres per regel."))
    subject = models.CharField(_("onderwerp"), max_length=200)
    body = models.TextField(_("tekst"))
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    sent_at = models.DateTimeField(_("verstuurd op"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    last_error = models.TextField(_("laatste fout"), blank=True)

    objects = OutgoingMailQuerySet.as_manager()

    class Meta:
        verbose_name = _("uitgaande e-mail")
        verbose_name_plural = _("uitgaande e-mails")
        ordering = ["-created_at"]
        indexes = [
            # send_pending_mail: the unsent ones, oldest first.
            models.Index(fields=["sent_at", "created_at"], name="outgoing_mail_pending"),
        ]

    def __str__(self) -> str:
        return self.subject

    @property
    def recipient_list(self) -> list[str]:
        return [line.strip() for line in self.recipients.splitlines() if line.strip()]
