"""Who does that: the actor types a query points to, by their names, the search words editors
keep (SearchTerm: "preventiedienst" → arbeidsarts) and their explanations.

Actor types and their words are a short reference list (about twenty types, a few hundred
words), read whole from the cache (actors.reference_cache) and matched here in Python with the same folding as the
fiche search (actors.text.fold): case and accents never matter, and a word matches from its
start, so "werkherv" finds "werkhervatting".
"""

from dataclasses import dataclass

from django.db.models import Prefetch

from actors.models import ActorType, SearchTerm
from actors.reference_cache import cached
from actors.search import search_terms
from actors.text import fold

# A query this short would start half the words in the list.
MIN_PREFIX = 3
MAX_TYPES = 6

EXPLANATION_FIELDS = ("summary", "explanation", "when_to_go", "how_to_reach", "for_whom", "cost")


class Rank:
    NAME = 0  # "arbeidsarts", "tnw"
    WORD = 1  # a search word: "preventiedienst", "ziektebriefje"
    EXPLANATION = 2  # every term of the query is in what the type's page explains


@dataclass(frozen=True)
class TypeMatch:
    actor_type: ActorType
    rank: int
    words: tuple[str, ...] = ()  # the search words that led here, as editors wrote them


def _fetch_actor_types_with_words() -> list[ActorType]:
    words = Prefetch("search_terms", queryset=SearchTerm.objects.active(), to_attr="words")
    return list(ActorType.objects.prefetch_related(words))


def actor_types_with_words() -> list[ActorType]:
    """Every actor type with its active search words in `type.words`: two queries after a
    change of either, none otherwise."""
    return cached("actor-types-with-words", _fetch_actor_types_with_words)


def hits(phrase: str, key: str) -> bool:
    """Does the folded query `phrase` meet the folded word `key`? Either the query starts one
    of the key's words ("werkherv" → "werkhervatting", "naar werk" → "terug naar werk") or
    the key stands whole-word inside the query ("mutualiteiten", "mijn ziektebriefje")."""
    if not phrase or not key:
        return False
    if len(phrase) >= MIN_PREFIX and f" {phrase}" in f" {key}":
        return True
    return f" {key}" in f" {phrase}"


def _starts_a_word(term: str, text: str) -> bool:
    return f" {term}" in f" {text}"


def names_of(actor_type: ActorType) -> list[str]:
    names = getattr(actor_type, "_folded_names", None)
    if names is None:  # kept on the instance: the reference cache hands out the same ones
        names = [fold(actor_type.name), fold(actor_type.name_plural), fold(actor_type.slug)]
        actor_type._folded_names = names
    return names


def _explanation(actor_type: ActorType) -> str:
    text = getattr(actor_type, "_folded_explanation", None)
    if text is None:
        text = fold(" ".join(getattr(actor_type, f) for f in EXPLANATION_FIELDS))
        actor_type._folded_explanation = text
    return text


def match_actor_types(query: str, actor_types: list[ActorType]) -> list[TypeMatch]:
    """The types `query` points to, best first: by name, by search word, by explanation."""
    terms = search_terms(query)
    if not terms:
        return []
    phrase = " ".join(terms)
    # In the explanations, little words ("de", "op") would match anything: only longer ones count.
    long_terms = [term for term in terms if len(term) >= MIN_PREFIX]
    matches = []
    for actor_type in actor_types:
        words = tuple(w.word for w in getattr(actor_type, "words", []) if hits(phrase, w.key))
        if any(hits(phrase, name) for name in names_of(actor_type) if name):
            rank = Rank.NAME
        elif words:
            rank = Rank.WORD
        else:
            text = _explanation(actor_type)
            if not long_terms or not all(_starts_a_word(t, text) for t in long_terms):
                continue
            rank = Rank.EXPLANATION
        matches.append(TypeMatch(actor_type, rank, words))
    matches.sort(key=lambda m: (m.rank, m.actor_type.order, m.actor_type.name))
    return matches[:MAX_TYPES]


def types_for_word(key: str, actor_types: list[ActorType]) -> list[ActorType]:
    """The types a known word (a folded name or search word) stands for."""
    return [
        actor_type
        for actor_type in actor_types
        if key in names_of(actor_type)
        or any(w.key == key for w in getattr(actor_type, "words", []))
    ]
