"""Print each flow as an indented outline or a Mermaid flowchart, for editors and reviewers."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from pathways.engine import FLOWS, Texts
from pathways.engine.explore import mermaid, outline


class Command(BaseCommand):
    help = (
        "Draw the question flows: every question, answer and the route each path ends in. "
        "Uses the texts as edited in the admin (or the defaults with --defaults)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "flows",
            nargs="*",
            metavar="flow",
            help=f"Flows to draw ({', '.join(FLOWS)}); all by default.",
        )
        parser.add_argument("--format", choices=["outline", "mermaid"], default="outline")
        parser.add_argument(
            "--defaults", action="store_true", help="Use the default texts, not the database."
        )

    def handle(self, *args, flows, format, defaults, **options):
        unknown = [slug for slug in flows if slug not in FLOWS]
        if unknown:
            raise CommandError(
                f"Unknown flow: {', '.join(unknown)}. Choose from {', '.join(FLOWS)}."
            )
        texts = Texts()
        if not defaults:
            from pathways.models import FlowText

            try:
                texts = FlowText.objects.texts()
            except DatabaseError as error:
                raise CommandError(
                    f"Could not read the texts ({error}). Run migrate, or use --defaults."
                ) from error
        draw = mermaid if format == "mermaid" else outline
        for slug in flows or FLOWS:
            self.stdout.write(draw(FLOWS[slug], texts.__getitem__))
