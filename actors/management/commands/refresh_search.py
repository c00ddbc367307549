"""Recompute the folded search text of every fiche (after a bulk import or raw SQL edit)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from actors.models import Fiche
from actors.search import refresh_search_fields


class Command(BaseCommand):
    help = (
        "Recompute Fiche.search_name and Fiche.search_text from the fiche, its organisation, "
        "actor type, mutuality and zones. Needed only after changes that bypass Fiche.save() "
        "(bulk_create, queryset.update(), raw SQL). Runs in one transaction."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would change, then roll back."
        )

    def handle(self, *args, dry_run: bool, **options):
        with transaction.atomic():
            changed = refresh_search_fields(Fiche.objects.all())
            if dry_run:
                transaction.set_rollback(True)
        verb = "would change" if dry_run else "changed"
        self.stdout.write(f"{changed} fiche(s) {verb}.")
