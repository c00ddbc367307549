"""Mail every ELZ editor what waits in their zones: open reports, drafts, stale fiches."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from actors.notifications import send_digest
from actors.upkeep import stale_after_months, upkeep_for


class Command(BaseCommand):
    help = (
        "Send each active ELZ editor with an e-mail address a digest of their zones: open "
        "error reports, fiches in draft and published fiches not checked for "
        "STALE_AFTER_MONTHS months (default 12), plus waiting access requests. Editors with "
        "nothing waiting get no mail. Run it weekly from cron. Mails are stored first and "
        "sent after the transaction commits; failures are retried by send_pending_mail."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Show who would get what; send nothing."
        )

    def handle(self, *args, dry_run: bool, **options):
        editors = (
            get_user_model()
            .objects.filter(is_active=True, zone_editor__isnull=False)
            .exclude(email="")
            .order_by("username")
        )
        sent = 0
        with transaction.atomic():
            for user in editors:
                upkeep = upkeep_for(user)
                if not upkeep.needs_attention:
                    continue
                self.stdout.write(
                    f"{user.get_username()} <{user.email}>: "
                    f"{upkeep.open_reports.count()} open report(s), "
                    f"{upkeep.drafts.count()} draft(s), "
                    f"{upkeep.stale.count()} not checked in {stale_after_months()} months, "
                    f"{upkeep.pending_requests.count()} access request(s)"
                )
                if not dry_run:
                    send_digest(user, upkeep)
                sent += 1
        verb = "would get" if dry_run else "got"
        self.stdout.write(f"{sent} editor(s) {verb} a digest.")
