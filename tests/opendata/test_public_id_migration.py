"""The migration that adds the public ids gives every existing row its own, different id."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("actors", "0005_search_terms")]
AFTER = [("actors", "0006_hsds_open_data")]


@pytest.mark.django_db(transaction=True)
def test_existing_rows_get_distinct_public_ids():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    zone = old.get_model("actors", "Zone").objects.create(
        code="t1", name="Z", slug="z", province="P"
    )
    kind = old.get_model("actors", "ActorType").objects.create(slug="k", name="K")
    Organisation = old.get_model("actors", "Organisation")
    orgs = [Organisation.objects.create(name=f"O{i}", slug=f"o{i}") for i in range(3)]
    Fiche = old.get_model("actors", "Fiche")
    for i in range(5):
        fiche = Fiche.objects.create(
            organisation=orgs[i % 3], actor_type=kind, name=f"F{i}", slug=f"f{i}"
        )
        fiche.zones.add(zone)

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    for name in ["Fiche", "Organisation", "Zone", "ActorType"]:
        ids = list(new.get_model("actors", name).objects.values_list("public_id", flat=True))
        assert ids and None not in ids, name
        assert len(set(ids)) == len(ids), name

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
