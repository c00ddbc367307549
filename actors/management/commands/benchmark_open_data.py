"""Measure the open-data API and download with many fiches: time and queries.

A benchmark, not a test: it prints numbers for a person to write down (README, "Open
data"). The fiches it adds are rolled back at the end, so it runs on any database.
"""

import logging
import os
import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client, override_settings

from actors.models import ActorType, Fiche, Language, Organisation, TargetGroup, Zone
from actors.opendata import download

API = "/open-data/hsds/v3/"


class Rollback(Exception):
    pass


class QueryCounter(list):
    """Counts the queries and adds up the time spent waiting for the database."""

    seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        self.append(sql)
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - start


class Command(BaseCommand):
    help = (
        "Add N fiches (rolled back afterwards), time the HSDS API pages (median and p95 of R "
        "requests, queries per request) and the download build."
    )

    def add_arguments(self, parser):
        parser.add_argument("--fiches", type=int, default=50_000, help="fiches (default 50000)")
        parser.add_argument("--repeat", type=int, default=30, help="requests per URL (default 30)")
        parser.add_argument(
            "--committed",
            action="store_true",
            help=(
                "commit the fiches and VACUUM ANALYZE (as autovacuum does in production, so "
                "index-only scans apply), measure, then delete them again"
            ),
        )

    def handle(self, *args, fiches: int, repeat: int, committed: bool, **options):
        if not Zone.objects.real().exists() or not ActorType.objects.exists():
            raise CommandError("Load the reference data first: manage.py load_reference_data")
        if "testserver" not in settings.ALLOWED_HOSTS:
            settings.ALLOWED_HOSTS.append("testserver")
        logging.getLogger("django.request").setLevel(logging.ERROR)
        self.stdout.write(f"Database: {connection.vendor}; adding {fiches} fiches.")
        with override_settings(OPEN_DATA_RATE="1000000/minute"):
            if committed:
                self._committed(fiches, repeat)
                return
            try:
                with transaction.atomic():
                    self._populate_and_report(fiches)
                    self._measure_api(repeat)
                    self._measure_download()
                    raise Rollback
            except Rollback:
                self.stdout.write("Rolled back: the database is as it was.")

    def _committed(self, fiches: int, repeat: int) -> None:
        try:
            with transaction.atomic():
                self._populate_and_report(fiches)
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("VACUUM ANALYZE actors_fiche")
            self._measure_api(repeat)
            self._measure_download()
        finally:
            self._delete_benchmark_rows()
            self.stdout.write("Deleted the benchmark fiches again.")

    def _delete_benchmark_rows(self) -> None:
        # Plain SQL: these rows were bulk-created without history, and a model delete() of
        # 50,000 fiches would write a history row for each.
        fiche = Fiche._meta.db_table
        benchmark = f"SELECT id FROM {fiche} WHERE slug LIKE 'benchmark-%%'"
        with transaction.atomic(), connection.cursor() as cursor:
            for field in ("zones", "languages", "target_groups"):
                through = Fiche._meta.get_field(field).remote_field.through._meta.db_table
                cursor.execute(f"DELETE FROM {through} WHERE fiche_id IN ({benchmark})")
            cursor.execute(f"DELETE FROM {fiche} WHERE slug LIKE 'benchmark-%%'")
            cursor.execute(
                f"DELETE FROM {Organisation._meta.db_table} WHERE slug LIKE 'benchmark-org-%%'"
            )

    def _populate_and_report(self, fiches: int) -> None:
        start = time.perf_counter()
        self._populate(fiches)
        total = Fiche.objects.count()
        self.stdout.write(f"{total} fiches in the database ({time.perf_counter() - start:.1f} s).")
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def _populate(self, count: int) -> None:
        zones = list(Zone.objects.real())
        types = list(ActorType.objects.all())
        languages, groups = list(Language.objects.all()), list(TargetGroup.objects.all())
        organisations = Organisation.objects.bulk_create(
            Organisation(name=f"Benchmark-organisatie {i}", slug=f"benchmark-org-{i}")
            for i in range(max(1, count // 25))
        )
        rows = []
        for i in range(count):
            fiche = Fiche(
                organisation=organisations[i % len(organisations)],
                actor_type=types[i % len(types)],
                type_order=types[i % len(types)].order,
                name=f"Benchmarkfiche {i} werkhervatting",
                slug=f"benchmark-{i}",
                description="Begeleiding bij werkhervatting na ziekte. " * 3,
                status=Fiche.Status.PUBLISHED,
                visibility=(
                    Fiche.Visibility.PROFESSIONAL if i % 5 == 0 else Fiche.Visibility.PUBLIC
                ),
                street=f"Kerkstraat {i % 300 + 1}",
                postcode="9000",
                city="Gent",
                phone="09 123 45 67",
                opening_hours="Maandag tot vrijdag 9 tot 12 uur.",
            )
            rows.append(fiche)
        rows = Fiche.objects.bulk_create(rows, batch_size=2000)
        Through = Fiche.zones.through
        Through.objects.bulk_create(
            (Through(fiche_id=f.pk, zone_id=zones[i % len(zones)].pk) for i, f in enumerate(rows)),
            batch_size=5000,
        )
        if languages:
            LT = Fiche.languages.through
            LT.objects.bulk_create(
                (
                    LT(fiche_id=f.pk, language_id=lang.pk)
                    for i, f in enumerate(rows)
                    for lang in languages[: 1 + i % 2]
                ),
                batch_size=5000,
            )
        if groups:
            GT = Fiche.target_groups.through
            GT.objects.bulk_create(
                (
                    GT(fiche_id=f.pk, targetgroup_id=group.pk)
                    for i, f in enumerate(rows)
                    for group in groups[: 1 + i % 3]
                ),
                batch_size=5000,
            )

    def _measure_api(self, repeat: int) -> None:
        client = Client()
        urls = [
            "services?per_page=50",
            "services?per_page=50&full=true",
            "services?per_page=50&full=true&page=400",
            "services?per_page=50&full=true&zone=gent",
            "services?per_page=50&full=true&postcode=9000",
            "services?per_page=50&modified_after=2000-01-01",
            "service_at_locations?per_page=50&full=true",
            "organizations?per_page=50&full_service=true",
            "services?minimal=true&per_page=1000",
        ]
        self.stdout.write(
            f"{'request':<56} {'status':>6} {'queries':>7} {'median':>8} {'p95':>8} {'cpu':>7}"
            f" {'sql':>7}"
        )
        for url in urls:
            client.get(API + url)  # warm-up
            queries = QueryCounter()
            with connection.execute_wrapper(queries):
                response = client.get(API + url)
            timings, cpu, sql = [], [], []
            for _ in range(repeat):
                start, start_cpu = time.perf_counter(), time.process_time()
                timer = QueryCounter()
                with connection.execute_wrapper(timer):
                    client.get(API + url)
                timings.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
                sql.append(timer.seconds * 1000)
            timings.sort()
            p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
            # cpu: this process's own time; sql: waiting for PostgreSQL (medians).
            self.stdout.write(
                f"{url:<56} {response.status_code:>6} {len(queries):>7} "
                f"{statistics.median(timings):>6.1f}ms {p95:>6.1f}ms "
                f"{statistics.median(cpu):>5.1f}ms {statistics.median(sql):>5.1f}ms"
            )

    def _measure_download(self) -> None:
        start, start_cpu = time.perf_counter(), time.process_time()
        files = download.build()
        seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        for item in files:
            self.stdout.write(
                f"{item.filename}: {item.services} services, {len(item.content):,} bytes"
            )
        self.stdout.write(f"Download built in {seconds:.1f} s ({cpu:.1f} s CPU in this process).")
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        self.stdout.write(f"Machine load average (1 min) at the end: {load:.1f}.")
