"""Load the reference data every site needs: one loader per app, in one transaction."""

from django.core.management.base import BaseCommand
from django.db import transaction

from actors import reference_data as directory
from actors import roles as directory_roles
from pathways import reference_data as pathways
from pathways import roles as pathways_roles


class Command(BaseCommand):
    help = (
        "Load the reference data every site needs: "
        + ", ".join(f"fixtures/{name}" for name in directory.FIXTURES)
        + ", the question texts (their defaults are in the code) and the staff groups. "
        "Geography follows the fixture exactly (postcodes and former municipality names are "
        "replaced, municipalities no longer listed are removed; zones are never removed, only "
        "reported). Languages, target groups and ziekenfondsen are created when missing and left "
        "alone when present; actor types and question texts nobody edited in the admin follow "
        "the defaults, so texts an editor changed survive a re-run; search words follow the "
        "first list unless an editor ever changed, switched off or deleted them; "
        "--update-content overwrites them all with the defaults. "
        "Everything runs in one transaction and is safe to re-run; production runs it after "
        "every migrate."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update-content",
            action="store_true",
            help="Overwrite existing languages, target groups, ziekenfondsen, actor types, "
            "search words and question texts with the defaults (edits made in the admin are lost). Without it, "
            "only the rows nobody edited in the admin follow the defaults.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Do everything, print what would change, then roll back.",
        )

    def handle(self, *args, update_content: bool, dry_run: bool, **options):
        with transaction.atomic():
            directory.load_geography(self.stdout, self.stderr)
            directory.load_content(update_content, self.stdout)
            directory.load_search_terms(update_content, self.stdout)
            directory.reset_sequences()
            pathways.load_flow_texts(update_content, self.stdout)
            groups = directory_roles.ensure_role_groups(
                directory_roles.combine(
                    directory_roles.ROLE_PERMISSIONS, pathways_roles.ROLE_PERMISSIONS
                )
            )
            self.stdout.write(f"Staff roles: {', '.join(groups)}.")
            if dry_run:
                transaction.set_rollback(True)
                self.stdout.write("Dry run: rolled back, nothing saved.")
            else:
                self.stdout.write(self.style.SUCCESS("Reference data loaded."))
