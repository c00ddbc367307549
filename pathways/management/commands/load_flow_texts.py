"""Add the default texts that are missing, without touching what editors changed."""

from django.core.management.base import BaseCommand
from django.db import transaction
from simple_history.utils import bulk_create_with_history

from pathways.engine import DEFAULTS
from pathways.models import FlowText


class Command(BaseCommand):
    help = (
        "Add missing flow texts from the defaults (the same as fixtures/pathways_texts.json). "
        "Edited texts stay as they are unless --reset is given. "
        "(`loaddata pathways_texts` instead overwrites every text with its default.)"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Put every text back to its default."
        )
        parser.add_argument("--dry-run", action="store_true", help="Only say what would change.")

    @transaction.atomic
    def handle(self, *args, reset, dry_run, **options):
        existing = dict(FlowText.objects.values_list("key", "text"))
        missing = [key for key in DEFAULTS if key not in existing]
        changed = [k for k, text in existing.items() if k in DEFAULTS and text != DEFAULTS[k]]
        if not dry_run:
            bulk_create_with_history([FlowText(key=k, text=DEFAULTS[k]) for k in missing], FlowText)
            if reset:
                for key in changed:
                    text = FlowText.objects.get(key=key)
                    text.text = DEFAULTS[key]
                    text.save()  # one by one, so the history records the reset
        verb = "Would add" if dry_run else "Added"
        self.stdout.write(f"{verb} {len(missing)} text(s).")
        if reset:
            verb = "Would reset" if dry_run else "Reset"
            self.stdout.write(f"{verb} {len(changed)} edited text(s) to the default.")
        elif changed:
            self.stdout.write(f"Kept {len(changed)} edited text(s).")
