"""Fill a throwaway database with a Flanders-sized directory for `make bench`.

Realistic in shape, not in content: every zone gets fiches in proportion to its number of
places, every actor type is present, 10% of the fiches are professional-only, about one in
five has a named contact person (about 11,000 at 50,000 fiches), a few serve all of Flanders.
Rows are written with bulk inserts (no history entries), with their search columns filled.
"""

import contextlib
import random

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection, transaction
from django.utils.text import slugify

from actors.models import (
    ActorType,
    ContactPerson,
    Fiche,
    Language,
    Mutuality,
    Organisation,
    PostalCode,
    TargetGroup,
    Zone,
    remember_words,
)
from actors.search import search_document
from actors.text import fold

PREFIX = "bench-"
BATCH = 2000
SENTENCES = [
    "Begeleiding bij werkhervatting na ziekte of een ongeval.",
    "Je kan hier terecht met vragen over re-integratie en aangepast werk.",
    "We bekijken samen met jou wat haalbaar is, stap voor stap.",
    "Een eerste gesprek is gratis en vrijblijvend.",
    "Afspraak op het kantoor, aan huis of online.",
    "We werken samen met je huisarts, je werkgever en je ziekenfonds.",
    "Ook voor mensen met een langdurige aandoening of een burn-out.",
    "Informatie over uitkeringen, progressieve tewerkstelling en opleidingen.",
    "Ondersteuning bij het zoeken naar ander werk dat past bij je gezondheid.",
    "Voor werknemers, zelfstandigen en werkzoekenden.",
    "Bel vooraf om een afspraak te maken; de wachttijd is meestal kort.",
    "Psychologische ondersteuning en coaching bij stress op het werk.",
]
FIRST = ["An", "Bram", "Chloé", "Dries", "Eline", "Fatma", "Gert", "Hanne", "Ilias", "Joke"]
LAST = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens"]


class Command(BaseCommand):
    help = (
        "Add N published fiches spread over every zone, for the benchmark (make bench). "
        "Refuses a database that holds other fiches: use a throwaway database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--fiches", type=int, default=50_000)
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--dry-run", action="store_true", help="build, count, roll back")

    def handle(self, *args, fiches: int, seed: int, dry_run: bool, **options):
        if Fiche.objects.exclude(organisation__slug__startswith=PREFIX).exists():
            raise CommandError("This database holds real fiches; use a throwaway database.")
        zones = list(Zone.objects.real())
        types = list(ActorType.objects.all())
        if not zones or not types:
            raise CommandError("Load the reference data first: manage.py load_reference_data")
        with transaction.atomic():
            counts = self._build(random.Random(seed), fiches, zones, types)
            self.stdout.write(
                "{fiches} fiches ({professional} professional-only), {contacts} contact "
                "persons, {organisations} organisations.".format(**counts)
            )
            if dry_run:
                transaction.set_rollback(True)
                self.stdout.write("Dry run: rolled back.")
        if not dry_run and connection.vendor == "postgresql":
            # What autovacuum does soon after a real import: statistics, the visibility map
            # and the GIN indexes' pending entries merged. (Outside the transaction.)
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
                # The bulk load's dirty pages written out now, not by the background
                # checkpointer while the pages are being timed. Needs a superuser.
                with contextlib.suppress(DatabaseError):
                    cursor.execute("CHECKPOINT")

    def _build(self, rng, count, zones, types) -> dict:
        places = {zone.pk: [] for zone in zones}
        for postcode in PostalCode.objects.select_related("municipality"):
            zone_id = postcode.zone_id or postcode.municipality.zone_id
            if zone_id in places:
                places[zone_id].append((postcode.code, postcode.place))
        weights = [len(places[zone.pk]) + 1 for zone in zones]
        mutualities = list(Mutuality.objects.all())
        languages = {language.code: language for language in Language.objects.all()}
        groups = list(TargetGroup.objects.all())
        organisations = Organisation.objects.bulk_create(
            Organisation(name=f"Organisatie {n}", slug=f"{PREFIX}org-{n}")
            for n in range(max(1, count // 10))
        )

        rows, zone_links = [], []
        for n in range(count):
            actor_type = rng.choice(types)
            zone = rng.choices(zones, weights)[0]
            served = [zone] + (rng.sample(zones, 2) if rng.random() < 0.1 else [])
            served = list({z.pk: z for z in served}.values())
            code, place = rng.choice(places[zone.pk] or [("1000", "Brussel")])
            organisation = rng.choice(organisations)
            name = f"{actor_type.name} {organisation.name} {place}"
            fiche = Fiche(
                organisation=organisation,
                actor_type=actor_type,
                name=name,
                slug=f"{slugify(name)[:150]}-{n}",
                description=" ".join(rng.sample(SENTENCES, rng.randint(2, 5))),
                street=f"{rng.choice(LAST)}straat {rng.randint(1, 200)}",
                postcode=code,
                city=place,
                phone=f"0{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} 00",
                email=f"info{n}@voorbeeld.be",
                opening_hours="ma–vr 9–12 u en 13–16 u",
                status=Fiche.Status.PUBLISHED,
                visibility=(
                    Fiche.Visibility.PROFESSIONAL if rng.random() < 0.1 else Fiche.Visibility.PUBLIC
                ),
                serves_all_flanders=rng.random() < 0.005,
                mutuality=rng.choice(mutualities) if actor_type.bound_to_mutuality else None,
            )
            fiche.type_order = actor_type.order
            fiche.search_name = fold(fiche.name)[:200]
            fiche.search_text = search_document(fiche, zones=served)
            rows.append(fiche)
            zone_links.append(served)
        for start in range(0, len(rows), BATCH):
            Fiche.objects.bulk_create(rows[start : start + BATCH])
        remember_words(*(fiche.search_text for fiche in rows))

        Zones, Languages, Groups = (
            Fiche.zones.through,
            Fiche.languages.through,
            Fiche.target_groups.through,
        )
        zone_rows, language_rows, group_rows, contacts = [], [], [], []
        for fiche, served in zip(rows, zone_links, strict=True):
            zone_rows += [Zones(fiche_id=fiche.pk, zone_id=zone.pk) for zone in served]
            spoken = ["nl"] + rng.sample(["fr", "en", "ar", "tr"], rng.randint(0, 2))
            language_rows += [
                Languages(fiche_id=fiche.pk, language_id=languages[code].pk)
                for code in spoken
                if code in languages
            ]
            group_rows += [
                Groups(fiche_id=fiche.pk, targetgroup_id=group.pk)
                for group in rng.sample(groups, rng.randint(1, min(3, len(groups))))
            ]
            for _ in range((rng.random() < 0.2) + (rng.random() < 0.02)):
                contacts.append(
                    ContactPerson(
                        fiche=fiche,
                        name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                        role="Coördinator",
                        phone=f"0{rng.randint(470, 499)} {rng.randint(10, 99)} 00 00",
                    )
                )
        for model, batch in (
            (Zones, zone_rows),
            (Languages, language_rows),
            (Groups, group_rows),
            (ContactPerson, contacts),
        ):
            model.objects.bulk_create(batch, batch_size=BATCH)
        return {
            "fiches": len(rows),
            "professional": sum(f.visibility == Fiche.Visibility.PROFESSIONAL for f in rows),
            "contacts": len(contacts),
            "organisations": len(organisations),
        }
