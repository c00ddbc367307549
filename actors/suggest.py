""" "Bedoelde je …?": the known word closest to what was typed.

The known words are the actor type names and the search words editors keep (from the cache,
see actors.synonyms), then the place names (actors.places.suggest_places, which the place box
uses too). On PostgreSQL pg_trgm also picks the closest search word; the edit distance
(actors.text) decides on every database. Only asked when a query met no actor type and no
place; on SQLite it runs no query, on PostgreSQL at most two (the trigrams).
"""

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection

from actors.models import ActorType, SearchTerm
from actors.places import suggest_places, town_names
from actors.search import search_terms
from actors.text import closest, fold

# pg_trgm's own default for the % operator.
TRIGRAM_THRESHOLD = 0.3


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


def _trigram_closest_word(phrase: str) -> str | None:
    """PostgreSQL: the search word most similar by trigrams."""
    return (
        SearchTerm.objects.active()
        .annotate(similarity=TrigramSimilarity("key", phrase))
        .filter(similarity__gte=TRIGRAM_THRESHOLD)
        .order_by("-similarity", "word")
        .values_list("word", flat=True)
        .first()
    )


def _same_length(suggestion: str | None, terms: list[str]) -> str | None:
    # Trigrams of "werkhervating gent" are close to "werkhervatting" alone: a suggestion
    # that drops a word is no answer; word by word below does better.
    if suggestion and len(fold(suggestion).split()) == len(terms):
        return suggestion
    return None


def suggest_spelling(query: str, actor_types: list[ActorType]) -> str | None:
    """A better spelling of `query`, or None. `actor_types` come with their words
    (actors.synonyms.actor_types_with_words)."""
    terms = search_terms(query)
    if not terms:
        return None
    phrase = " ".join(terms)
    known = _vocabulary(actor_types)
    suggestion = closest(phrase, known)
    if suggestion is None and connection.vendor == "postgresql":
        suggestion = _same_length(_trigram_closest_word(phrase), terms)
    if suggestion is None:
        suggestion = _same_length(next(iter(suggest_places(phrase, limit=1)), None), terms)
    if suggestion is None and len(terms) > 1:
        suggestion = _word_by_word(terms, {**town_names(), **known})
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
