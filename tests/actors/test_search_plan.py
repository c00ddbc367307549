"""The search's plan on PostgreSQL: the plain path is served by the trigram index, and a typo is looked up in the word list, then searched the plain
way (never a similarity computed against every fiche's text)."""

import pytest
from django.db import connection

from actors.models import Fiche, remember_words
from actors.search import MAX_RESULTS, best_matches, best_matches_query, search
from actors.search_text import search_document
from actors.text import fold
from tests.factories import make_actor_type, make_organisation

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
]
COUNT = 12_000
# Fiches hold a few sentences; with short rows the planner would rather read the small table.
FILLER = "Een gesprek op afspraak, aan huis of online, met wie je kiest. " * 6


@pytest.fixture
def directory():
    organisation, actor_type = make_organisation(), make_actor_type(name="Jobcoach")
    rows = []
    for n in range(COUNT):
        words = "werkhervatting na ziekte" if n % 3 == 0 else f"loopbaan advies {n}"
        if n == COUNT - 1:
            words = "een zeldzaamheid"
        fiche = Fiche(
            name=f"Dienst {n}",
            slug=f"dienst-{n}",
            description=f"Begeleiding bij {words}. " + FILLER,
            organisation=organisation,
            actor_type=actor_type,
            status=Fiche.Status.PUBLISHED,
        )
        fiche.search_name = fold(fiche.name)
        fiche.search_text = search_document(fiche, zones=[])
        rows.append(fiche)
    Fiche.objects.bulk_create(rows, batch_size=2000)
    remember_words(*(fiche.search_text for fiche in rows))
    with connection.cursor() as cursor:
        # As autovacuum does soon after a bulk import: statistics, and the GIN index's list
        # of pending entries merged (the planner shuns an index with a long pending list).
        cursor.execute("SELECT gin_clean_pending_list('fiche_search_text_trgm'::regclass)")
        cursor.execute("ANALYZE actors_fiche")


def plan(query: str, forgiving: bool = False) -> str:
    queryset = search(Fiche.objects.public(), query, forgiving=forgiving).values("pk")
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, COSTS OFF) " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_a_rare_word_is_found_through_the_trigram_index(directory):
    text = plan("zeldzaamheid")
    assert "Bitmap Index Scan on fiche_search_text_trgm" in text, text
    # No branch reads the whole table to test the text.
    assert "Rows Removed by Filter: 11" not in text, text


def test_a_typo_is_searched_as_the_known_words_it_resembles(directory):
    text = plan("werkhervating", forgiving=True)
    assert "werkhervatting" in text, text  # the known word, searched the plain way
    assert "%>" not in text and "word_similarity" not in text, text
    found = search(Fiche.objects.public(), "werkhervating", forgiving=True)
    assert found.exists()
    assert all("werkhervatting" in fiche.search_text for fiche in found)


def bounded_plan(query: str) -> str:
    sql, params = best_matches_query(Fiche.objects.public(), query).query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, COSTS OFF) " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_a_common_word_ranks_a_bounded_set_not_every_match(directory):
    # "werkhervatting" is in 4,000 of the 12,000 fiches.
    ids = best_matches(Fiche.objects.public(), "werkhervatting")
    assert len(ids) == MAX_RESULTS + 1  # "meer dan 1.000": no name holds the word
    text = bounded_plan("werkhervatting")
    assert "Limit" in text, text
    # The outer sort sorts the candidates, never all 4,000 matches.
    assert f"rows={MAX_RESULTS + 1} " in text.splitlines()[0], text


def test_a_word_in_no_known_word_reads_no_fiche(directory):
    text = bounded_plan("werkhervating")  # a typo: most of its trigrams are in the real word
    assert "One-Time Filter" in text, text
    assert "Rows Removed by Index Recheck" not in text, text
    assert best_matches(Fiche.objects.public(), "werkhervating") == []
