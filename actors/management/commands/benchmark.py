"""Measure the public pages with many fiches: time and queries per page.

A benchmark, not a test: it prints numbers for a person to read and write down (README,
"Performance"). Everything it creates is rolled back at the end, so it can run against any
database, PostgreSQL included, without leaving a trace.
"""

import gc
import json as _json
import logging
import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client, override_settings

from actors.models import ActorType, Fiche, Language, Organisation, TargetGroup, Zone


class Rollback(Exception):
    pass


class QueryCounter(list):
    def __call__(self, execute, sql, params, many, context):
        self.append(sql)
        return execute(sql, params, many, context)


class Command(BaseCommand):
    help = (
        "Create N extra fiches (rolled back afterwards), request each public page R times and "
        "print median and 95th-percentile times and the number of queries."
    )

    def add_arguments(self, parser):
        parser.add_argument("--fiches", type=int, default=2000, help="extra fiches (default 2000)")
        parser.add_argument("--repeat", type=int, default=30, help="requests per page (default 30)")
        parser.add_argument("--json", help="also write the figures to this file (make bench)")

    def handle(self, *args, fiches: int, repeat: int, json: str | None = None, **options):
        if not Zone.objects.filter(slug="gent").exists() or not ActorType.objects.exists():
            raise CommandError("Load the reference data first: manage.py load_reference_data")
        # The in-process test client calls itself "testserver"; this never leaves the process.
        if "testserver" not in settings.ALLOWED_HOSTS:
            settings.ALLOWED_HOSTS.append("testserver")
        self.stdout.write(
            f"Database: {connection.vendor}; {fiches} extra fiches; {repeat} requests per page."
        )
        logging.getLogger("django.request").setLevel(logging.ERROR)
        try:
            with transaction.atomic():
                slug = self._populate(fiches) if fiches else self._existing_fiche()
                # Server time as built, not as served from the page cache. The loaded app
                # frozen for the garbage collector, as in a gunicorn worker
                # (deploy/gunicorn.conf.py freezes it before forking).
                gc.freeze()
                try:
                    with override_settings(PAGE_CACHE_SECONDS=0):
                        results = self._measure(self._urls(slug), repeat)
                finally:
                    gc.unfreeze()
                raise Rollback
        except Rollback:
            self.stdout.write("Rolled back: the database is as it was.")
        if json:
            with open(json, "w", encoding="utf-8") as out:
                out.write(_json.dumps(results, indent=1))

    def _existing_fiche(self) -> str:
        gent = Zone.objects.get(slug="gent")
        fiche = Fiche.objects.public().filter(zones=gent).order_by("pk").first()
        if fiche is None:
            raise CommandError("No public fiche in zone Gent: use --fiches N")
        return fiche.slug

    def _populate(self, count: int) -> str:
        zones = list(Zone.objects.real())
        types = list(ActorType.objects.all())
        organisation = Organisation.objects.create(name="Benchmark", slug="benchmark-org")
        rows = [
            Fiche(
                organisation=organisation,
                actor_type=types[i % len(types)],
                name=f"Benchmarkfiche {i} werkhervatting",
                slug=f"benchmark-{i}",
                description="Begeleiding bij werkhervatting na ziekte. " * 3,
                status=Fiche.Status.PUBLISHED,
                visibility=(
                    Fiche.Visibility.PROFESSIONAL if i % 5 == 0 else Fiche.Visibility.PUBLIC
                ),
                city="Gent",
                postcode="9000",
            )
            for i in range(count)
        ]
        # save() hooks (search keys) run for each row, as they would for real edits.
        for fiche in rows:
            fiche.save()
        languages, groups = list(Language.objects.all()), list(TargetGroup.objects.all())
        for i, fiche in enumerate(rows):
            fiche.zones.set([zones[i % len(zones)], *(z for z in zones if z.slug == "gent")])
            if languages:
                fiche.languages.set(languages[: 1 + i % 3])
            if groups:
                fiche.target_groups.set(groups[: 1 + i % 4])
        return rows[1].slug  # rows[0] is professional-only: a 404 for an anonymous visitor

    def _urls(self, fiche_slug: str) -> list[str]:
        return [
            "/",
            "/zones/",
            "/zones/gent/",
            "/hulpverleners/tnw-coordinator/",
            "/hulpverleners/tnw-coordinator/?plaats=9000",
            f"/fiches/{fiche_slug}/",
            "/zoeken/",
            "/zoeken/?plaats=9000",
            "/zoeken/?q=werkhervatting",
            "/zoeken/?q=werkhervating",
            "/zoeken/?q=werkherv&soort=vdab&taal=nl",
            "/zoeken/?plaats=9000&pagina=5",
            "/hulpverleners/",
            "/route/patient/?werk=werknemer&sinds=3-12-maanden&doel=eigen&ziekenfonds=cm&plaats=9000",
            "/sitemap.xml",
            "/sitemap-fiches.xml?p=2",
        ]

    def _measure(self, urls: list[str], repeat: int) -> list[dict]:
        # secure=True: as over HTTPS, so production settings do not redirect to https://.
        client, results = Client(), []
        self.stdout.write(f"{'page':<90} {'status':>6} {'queries':>7} {'median':>8} {'p95':>8}")
        for url in urls:
            client.get(url, secure=True)  # warm-up (templates, caches)
            timings = []
            # Count with an execute wrapper: the query log is reset at every request start.
            queries = QueryCounter()
            with connection.execute_wrapper(queries):
                response = client.get(url, secure=True)
            for _ in range(repeat):
                start = time.perf_counter()
                client.get(url, secure=True)
                timings.append((time.perf_counter() - start) * 1000)
            timings.sort()
            p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
            median = statistics.median(timings)
            self.stdout.write(
                f"{url:<90} {response.status_code:>6} {len(queries):>7} "
                f"{median:>6.1f}ms {p95:>6.1f}ms"
            )
            results.append(
                {
                    "url": url,
                    "status": response.status_code,
                    "queries": len(queries),
                    "median_ms": round(median, 2),
                    "p95_ms": round(p95, 2),
                }
            )
        return results
