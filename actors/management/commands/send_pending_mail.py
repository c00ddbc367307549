"""Send the mail that could not be sent when it was made (mail server down)."""

from django.core.management.base import BaseCommand

from actors.mail import pending_mail, send_stored


class Command(BaseCommand):
    help = (
        "Try again to send every stored mail that is not sent yet (fewer than 10 failed "
        "attempts), oldest first. Run it from cron every few minutes. Each mail is marked "
        "sent right after it leaves, so a crash halfway never sends one twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be sent; send nothing."
        )

    def handle(self, *args, dry_run: bool, **options):
        waiting = list(pending_mail())
        if dry_run:
            for mail in waiting:
                self.stdout.write(
                    f"would send: {mail.subject} → {', '.join(mail.recipient_list)} "
                    f"({mail.attempts} earlier attempt(s))"
                )
            self.stdout.write(f"{len(waiting)} mail(s) waiting.")
            return
        # One mail at a time, each in its own short transaction (inside send_stored).
        sent = sum(1 for mail in waiting if send_stored(mail.pk))
        failed = len(waiting) - sent
        self.stdout.write(f"{sent} mail(s) sent, {failed} still waiting.")
