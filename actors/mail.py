"""Sending mail without ever breaking a request.

    queue_mail(["a@example.be"], "Onderwerp", "Tekst")

stores the mail (actors.models.OutgoingMail) and tries to send it once the current
transaction has committed, so a rolled-back change sends nothing and a mail server outage
never turns a saved change into an error page. A failed attempt is logged and left for
`manage.py send_pending_mail`.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from actors.models import OutgoingMail

logger = logging.getLogger(__name__)

# After this many failed attempts a mail is left alone (and stays visible in the admin).
MAX_ATTEMPTS = 10


def queue_mail(recipients: list[str], subject: str, body: str) -> OutgoingMail | None:
    """Store a mail and send it after the transaction commits. None when nobody to send to."""
    recipients = sorted({address.strip() for address in recipients if address and address.strip()})
    if not recipients:
        return None
    mail = OutgoingMail.objects.create(
        recipients="\n".join(recipients), subject=subject[:200], body=body
    )
    transaction.on_commit(lambda: send_stored(mail.pk))
    return mail


def send_stored(pk: int) -> bool:
    """One attempt to send a stored mail. Never raises: a failure is logged and recorded."""
    mail = OutgoingMail.objects.filter(pk=pk, sent_at__isnull=True).first()
    if mail is None:
        return False
    try:
        send_mail(
            mail.subject,
            mail.body,
            settings.DEFAULT_FROM_EMAIL,
            mail.recipient_list,
            fail_silently=False,
        )
    except Exception as error:  # any backend failure: SMTP, DNS, timeouts …
        logger.exception("Mail %s (%s) not sent; send_pending_mail will retry.", pk, mail.subject)
        OutgoingMail.objects.filter(pk=pk).update(
            attempts=mail.attempts + 1, last_error=f"{type(error).__name__}: {error}"[:2000]
        )
        return False
    OutgoingMail.objects.filter(pk=pk).update(
        sent_at=timezone.now(), attempts=mail.attempts + 1, last_error=""
    )
    return True


def failed_now(mail: OutgoingMail | None) -> bool:
    """Whether a first attempt was made and failed (the mail waits for send_pending_mail)."""
    if mail is None:
        return False
    return OutgoingMail.objects.filter(pk=mail.pk, sent_at__isnull=True, attempts__gt=0).exists()


def pending_mail():
    return OutgoingMail.objects.pending().filter(attempts__lt=MAX_ATTEMPTS).order_by("created_at")
