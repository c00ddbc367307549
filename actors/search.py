"""Forgiving search over fiches.

Every fiche keeps two folded copies of its text (lower case, no accents, see actors.text.fold,
built by actors.search_text):
`search_name` (its own name) and `search_text` (name, organisation, actor type, description,
city, postcode, zones). A query is folded the same way, so case and accents never matter and
a plain LIKE '%term%' finds partial words ("werkherv" → "werkhervatting") on every database.
On PostgreSQL the same LIKE is served by a pg_trgm GIN index; when it finds too little, a
mistyped term is looked up among the known words (actors.models.search_words) so small typos
are forgiven ("coordinater" → "coördinator").
"""

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connections
from django.db.models import Case, Exists, IntegerField, Q, QuerySet, Value, When
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from actors.models import (
    ActorType,
    Fiche,
    Mutuality,
    Organisation,
    SearchWord,
    Zone,
    could_be_in_a_word,
    remember_words,
)
from actors.search_text import search_document
from actors.text import fold

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
# Shorter terms give too many accidental trigram matches to be worth the fuzziness.
MIN_TYPO_TERM_LENGTH = 4
# Fewer plain matches than this and the directory searches again, forgiving typos …
ENOUGH = 5
# … with, for each term, this many known words that look like it, at least this much
# ("werkhervating" → "werkhervatting" 0.81, "coordinater" → "coordinator" 0.6; "werkvloer"
# → "werk" 0.36 is another word, not a typo).
SIMILAR_WORDS = 5
TYPO_SIMILARITY = 0.5
# The directory ranks at most about this many matches (see best_matches).
MAX_RESULTS = 1000


def refresh_search_fields(fiches: QuerySet) -> int:
    """Recompute the folded text (and the copied actor type order) of these fiches, after a
    rename of what they point to, a change of zones, or a bulk import that bypassed save().
    Returns how many changed."""
    changed, texts = 0, []
    rows = fiches.select_related("organisation", "actor_type", "mutuality").prefetch_related(
        "zones"
    )
    for fiche in rows:
        name = fold(fiche.name)[:200]
        text = search_document(fiche, zones=list(fiche.zones.all()))
        order = fiche.actor_type.order
        if (name, text, order) != (fiche.search_name, fiche.search_text, fiche.type_order):
            # update() rather than save(): no history entry for a derived column.
            Fiche.objects.filter(pk=fiche.pk).update(
                search_name=name, search_text=text, type_order=order
            )
            changed += 1
            texts.append(text)
    remember_words(*texts)
    return changed


def search_terms(query: str) -> list[str]:
    return fold((query or "")[:MAX_QUERY_LENGTH]).split()[:MAX_TERMS]


def _all_terms(field: str, terms: list[str]) -> Q:
    condition = Q()
    for term in terms:
        condition &= Q(**{f"{field}__contains": term})
    return condition


def _resembling(terms: list[str]) -> dict[str, list[str]]:
    """For each long term, the known words that look like it (trigram similarity, served by
    the index on the short word list), best first: one query for all terms."""
    lookups = [
        SearchWord.objects.filter(word__trigram_similar=term)
        .annotate(term=Value(term), similarity=TrigramSimilarity("word", term))
        .filter(similarity__gte=TYPO_SIMILARITY)
        .order_by("-similarity", "word")
        .values_list("term", "word")[:SIMILAR_WORDS]
        for term in terms
        if len(term) >= MIN_TYPO_TERM_LENGTH
    ]
    found: dict[str, list[str]] = {term: [] for term in terms}
    if lookups:
        for term, word in lookups[0].union(*lookups[1:], all=True):
            found[term].append(word)
    return found


def _typo_tolerant(terms: list[str]) -> Q:
    """Every term as one of the known words it resembles (itself included when it is one),
    or as typed when it resembles none. A typo itself is left out: it shares most trigrams
    with the word it misspells, so the index would hand thousands of fiches to recheck."""
    resembling = _resembling(terms)
    condition = Q()
    for term in terms:
        match = Q()
        for word in resembling[term] or [term]:
            match |= Q(search_text__contains=word)
        condition &= match
    return condition


def can_forgive_typos(queryset: QuerySet, query: str) -> bool:
    """Whether search(..., forgiving=True) could find more than the plain search: PostgreSQL
    (trigrams) and a term long enough to have typos worth forgiving."""
    return connections[queryset.db].vendor == "postgresql" and any(
        len(term) >= MIN_TYPO_TERM_LENGTH for term in search_terms(query)
    )


def _rank(terms: list[str]) -> Case:
    """0 for the exact name, 1 for a name starting with the query, 2 for a name holding
    every term, 3 for a match elsewhere in the text."""
    phrase = " ".join(terms)
    return Case(
        When(search_name=phrase, then=Value(0)),
        When(search_name__startswith=phrase, then=Value(1)),
        When(_all_terms("search_name", terms), then=Value(2)),
        default=Value(3),
        output_field=IntegerField(),
    )


def _matching(terms: list[str], forgiving: bool) -> Q:
    return _typo_tolerant(terms) if forgiving else _all_terms("search_text", terms)


def search(queryset: QuerySet, query: str, *, forgiving: bool = False) -> QuerySet:
    """Narrow `queryset` to fiches matching every term of `query`, best matches first:
    the exact name, then names starting with the query, then names holding every term.
    Every match, however many (the open-data API pages through them); the directory uses
    best_matches, which ranks a bounded set.

    The plain search keeps to the index: every term a substring of the folded text, served by
    the trigram GIN index. When it finds fewer than ENOUGH, the directory asks again with
    `forgiving` (see can_forgive_typos): each term may then also be one of the known words it
    resembles, looked up in the short word list (one query) and searched the same plain way.
    Comparing a typo with every fiche's whole text instead would cost seconds at 50,000."""
    terms = search_terms(query)
    if not terms:
        return queryset
    return (
        queryset.filter(_matching(terms, forgiving))
        .annotate(search_rank=_rank(terms))
        .order_by("search_rank", "name", "pk")
    )


def best_matches_query(queryset: QuerySet, query: str, *, forgiving: bool = False) -> QuerySet:
    """The ids of the matches in search() order, from a bounded set of candidates: every
    match when there are at most MAX_RESULTS, and for a word found in more (say
    "werkhervatting" in 15,000 of 50,000 fiches) the first MAX_RESULTS + 1 the index hands
    over plus up to MAX_RESULTS whose *name* holds every term, so the best still come first.
    Sorting 15,000 full rows to show twenty took 100 ms; this sorts a couple of thousand ids.
    More than MAX_RESULTS ids back means there were more matches (capped_at)."""
    terms = search_terms(query)
    matches = queryset.filter(_matching(terms, forgiving)).order_by()
    if not forgiving:
        # A term inside no known word is in no fiche: say so without rechecking the many
        # fiches whose trigrams look like it (a typo shares most of them with the word).
        for term in filter(could_be_in_a_word, terms):
            matches = matches.filter(Exists(SearchWord.objects.filter(word__contains=term)))
    by_name = matches.filter(_all_terms("search_name", terms))
    first = matches.values("pk")[: MAX_RESULTS + 1]
    named = by_name.values("pk")[:MAX_RESULTS]
    if connections[queryset.db].features.supports_slicing_ordering_in_compound:
        # One UNION: PostgreSQL then looks up the candidates by primary key. (An OR of two
        # IN lists makes it test every row of the table against both.)
        candidates = Q(pk__in=first.union(named))
    else:
        candidates = Q(pk__in=first) | Q(pk__in=named)
    return (
        queryset.filter(candidates)
        .annotate(search_rank=_rank(terms))
        .order_by("search_rank", "name", "pk")
        .values_list("pk", flat=True)
    )


def best_matches(queryset: QuerySet, query: str, *, forgiving: bool = False) -> list[int]:
    """See best_matches_query: one query, a list of ids the directory pages through."""
    return list(best_matches_query(queryset, query, forgiving=forgiving))


def capped_at(count: int) -> int | None:
    """MAX_RESULTS when best_matches found more matches than it ranks, else None."""
    return MAX_RESULTS if count > MAX_RESULTS else None


# Keep search_text right when what it copies changes elsewhere.


@receiver(post_save, sender=Fiche)
def _fiche_loaded(sender, instance, raw, **kwargs):
    # loaddata saves with raw=True, skipping Fiche.save(); fill the columns afterwards.
    if raw:
        refresh_search_fields(Fiche.objects.filter(pk=instance.pk))


@receiver(m2m_changed, sender=Fiche.zones.through)
def _fiche_zones_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    # From the zone side (zone.fiches.add/remove) pk_set holds the fiches. A clear() from
    # the zone side is not supported by simple-history's m2m tracking anyway.
    pks = (pk_set or []) if reverse else [instance.pk]
    refresh_search_fields(Fiche.objects.filter(pk__in=pks))


@receiver(post_save, sender=Organisation)
@receiver(post_save, sender=ActorType)
@receiver(post_save, sender=Mutuality)
def _related_saved(sender, instance, created, raw, **kwargs):
    if not created and not raw:
        refresh_search_fields(instance.fiches.all())


@receiver(post_save, sender=Zone)
def _zone_saved(sender, instance, created, raw, **kwargs):
    if not created and not raw:
        refresh_search_fields(instance.fiches.all())
