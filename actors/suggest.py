""" "Bedoelde je …?": the known word closest to what was typed.

The known words are the actor type names, the search words editors keep and the municipality
names. On PostgreSQL pg_trgm picks the closest search word or municipality in the database;
a plain edit distance (letters added, dropped, changed or swapped) decides otherwise, on SQLite
always, and on PostgreSQL for short words that share too few trigrams ("gnet" and "gent" share
one). Only asked when a query met no actor type and no place, so a page runs these few bounded
queries at most once.
"""

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection

from actors.models import ActorType, Municipality, SearchTerm
from actors.search import search_terms
from actors.text import fold

# pg_trgm's own default for the % operator.
TRIGRAM_THRESHOLD = 0.3
# Municipalities are reference data (about 300 rows); the bound only guards a bad import.
MAX_MUNICIPALITIES = 2000


def allowed_edits(word: str) -> int:
    """How many typos a word may carry and still be recognised: none under four letters."""
    if len(word) < 4:
        return 0
    if len(word) <= 5:
        return 1
    return 2 if len(word) <= 10 else 3


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap of two neighbours is one edit); anything over
    `limit` is returned as limit + 1, without finishing the table."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def closest(typed: str, words: dict[str, str]) -> str | None:
    """The word (by its folded key in `words`, key → shown word) nearest to `typed`."""
    limit = allowed_edits(typed)
    if not limit:
        return None
    best, best_distance = None, limit + 1
    for key in sorted(words):
        if key == typed:
            return None  # already a known word: nothing to correct
        distance = edit_distance(typed, key, limit)
        if distance < best_distance:
            best, best_distance = key, distance
    return words[best] if best is not None else None


def _vocabulary(actor_types: list[ActorType]) -> dict[str, str]:
    """Actor type names and their search words, already in memory: folded key → shown word."""
    words: dict[str, str] = {}
    for actor_type in actor_types:
        for shown in (actor_type.name, actor_type.name_plural):
            if fold(shown):
                words.setdefault(fold(shown), shown)
        for term in getattr(actor_type, "words", []):
            words.setdefault(term.key, term.word)
    return words


def _trigram_closest(phrase: str) -> str | None:
    """PostgreSQL: the search word or municipality name most similar by trigrams."""
    found = []
    for queryset, shown in (
        (SearchTerm.objects.active(), "word"),
        (Municipality.objects.all(), "name"),
    ):
        row = (
            queryset.annotate(similarity=TrigramSimilarity("key", phrase))
            .filter(similarity__gte=TRIGRAM_THRESHOLD)
            .order_by("-similarity", shown)
            .values_list(shown, "similarity")
            .first()
        )
        if row:
            found.append(row)
    if not found:
        return None
    return max(found, key=lambda row: row[1])[0]


def _municipalities() -> dict[str, str]:
    rows = Municipality.objects.order_by("key").values_list("key", "name")[:MAX_MUNICIPALITIES]
    return dict(rows)


def suggest_spelling(query: str, actor_types: list[ActorType]) -> str | None:
    """A better spelling of `query`, or None. `actor_types` come with their words
    (actors.synonyms.actor_types_with_words), so only the municipalities cost a query."""
    terms = search_terms(query)
    if not terms:
        return None
    phrase = " ".join(terms)
    known = _vocabulary(actor_types)
    suggestion = closest(phrase, known)
    if suggestion is None and connection.vendor == "postgresql":
        suggestion = _trigram_closest(phrase)
        # Trigrams of "werkhervating gent" are close to "werkhervatting" alone: a suggestion
        # that drops a word is no answer; word by word below does better.
        if suggestion and len(fold(suggestion).split()) != len(terms):
            suggestion = None
    if suggestion is None:
        towns = _municipalities()
        suggestion = closest(phrase, towns)
        if suggestion is None and len(terms) > 1:
            suggestion = _word_by_word(terms, {**towns, **known})
    if suggestion is None or fold(suggestion) == phrase:
        return None
    return suggestion


def _word_by_word(terms: list[str], known: dict[str, str]) -> str | None:
    """Several words, one of them misspelt ("werkhervating gent"): correct each word that is
    not a known word or the start of one, keep the others."""
    single: dict[str, str] = {}
    for key, shown in known.items():
        if " " in key:
            for part in key.split():
                single.setdefault(part, part)
        else:
            single[key] = shown
    corrected, changed = [], False
    for term in terms:
        fix = None
        if not any(word.startswith(term) for word in single):
            fix = closest(term, single)
        corrected.append(fix or single.get(term, term))
        changed = changed or fix is not None
    return " ".join(corrected) if changed else None
