"""Every mail about access: confirm your address, you already have an account, and the
editor's decision on a request."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.tokens import CONFIRM_MAX_AGE, confirmation_token
from actors.mail import queue_mail
from actors.models import OutgoingMail, ProfessionalProfile

logger = logging.getLogger(__name__)

# status → (mail template, subject) for the mail after an editor decides on a request
DECISION_MAILS = {
    ProfessionalProfile.Status.APPROVED: (
        "registration/professional_approved.txt",
        gettext_lazy("Je toegang tot de Wegwijzer bij ziekte is goedgekeurd"),
    ),
    ProfessionalProfile.Status.REJECTED: (
        "registration/professional_rejected.txt",
        gettext_lazy("Je aanvraag voor de Wegwijzer bij ziekte"),
    ),
}


class MailNotSent(Exception):
    """The mail server did not take a mail that the visitor waits for (a link they need now)."""


# Said to the visitor when a link could not be mailed: nothing they typed is lost.
NOT_SENT = gettext_lazy(
    "We konden je nu geen e-mail sturen: onze mailserver antwoordt even niet. Je gegevens zijn "
    "niet verloren. Probeer het over een paar minuten opnieuw."
)


def _send(subject: str, template: str, context: dict, address: str) -> None:
    """Send a mail with a link the visitor needs now. Such a link is never stored for a retry
    (a stored login link would be readable in the admin), so a failure is raised as MailNotSent
    for the view to explain."""
    body = render_to_string(template, context)
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address])
    except Exception as error:  # SMTP, DNS, time-outs …
        logger.exception("Mail %r to a visitor not sent", subject)
        raise MailNotSent from error


def send_confirmation(request: HttpRequest, user) -> None:
    link = request.build_absolute_uri(reverse("account_confirm", args=[confirmation_token(user)]))
    _send(
        _("Bevestig je e-mailadres voor de Wegwijzer bij ziekte"),
        "registration/confirm_email.txt",
        {"user": user, "link": link, "days": CONFIRM_MAX_AGE // 86400},
        user.email,
    )


def send_account_exists(request: HttpRequest, user) -> None:
    _send(
        _("Je hebt al een account bij de Wegwijzer bij ziekte"),
        "registration/account_exists_email.txt",
        {
            "user": user,
            "login": request.build_absolute_uri(reverse("login")),
            "reset": request.build_absolute_uri(reverse("password_reset")),
        },
        user.email,
    )


def send_decision(request: HttpRequest, profile: ProfessionalProfile) -> OutgoingMail | None:
    """Tell the person that their request was approved or rejected. Stored and sent after the
    decision is saved: a mail server outage never undoes or hides the decision, and
    `send_pending_mail` sends it later."""
    if not profile.user.email:
        return None
    template, subject = DECISION_MAILS[profile.status]
    context = {"user": profile.user, "login_url": request.build_absolute_uri(reverse("login"))}
    return queue_mail([profile.user.email], str(subject), render_to_string(template, context))
