"""The search page's answers around the addresses: who does that (actor types), which places
the words name (with their zone), and, when nothing was found, the next best thing.

The addresses themselves come from the directory filters (actors.filters, actors.search); this
presenter adds the other groups and never a dead end: a spelling suggestion, the actor types of
that suggestion and a wider search (a zone or place → all of Flanders, or without the other
filters); the templates add the guided route (a URL of the pathways app, which this layer does
not know). Actor types, their words and the place names come from the cache
(actors.reference_cache): a named place costs one or two queries, a suggestion on PostgreSQL up
to two (pg_trgm), the rest none.
"""

from dataclasses import dataclass, field

from django.http import QueryDict
from django.urls import reverse

from actors.models import ActorType, Zone
from actors.places import Place, find_place, zones_named
from actors.search import search_terms
from actors.suggest import suggest_spelling
from actors.synonyms import TypeMatch, actor_types_with_words, match_actor_types, types_for_word
from actors.text import fold

# A page number belongs to the old answers; the other filters stay unless named here.
PAGE_PARAMETER = "pagina"
PLACE_PARAMETERS = ("plaats", "zone")
OTHER_FILTERS = ("soort", "doelgroep", "taal", "ziekenfonds")


@dataclass(frozen=True)
class TypeLink:
    match: TypeMatch
    url: str  # the type's page, near the visitor's place when one was given


@dataclass
class Answers:
    query: str
    fiche_count: int
    actor_types: list[TypeLink] = field(default_factory=list)
    place: Place | None = None  # the place the query names, with its zone(s)
    place_url: str = ""  # the addresses serving that place
    zones: list[Zone] = field(default_factory=list)  # zones whose name starts with the query
    suggestion: tuple[str, str] | None = None  # (word, url)
    suggested_types: list[TypeLink] = field(default_factory=list)
    wider: tuple[str, str] | None = None  # ("vlaanderen" or "filters", url): see the template


def _url(params: QueryDict, **changes) -> str:
    query = params.copy()
    query.pop(PAGE_PARAMETER, None)
    for name, value in changes.items():
        if value is None:
            query.pop(name, None)
        else:
            query[name] = value
    return reverse("actors:fiche_list") + "?" + query.urlencode()


def _type_links(matches: list[TypeMatch], place: str) -> list[TypeLink]:
    links = []
    for match in matches:
        url = match.actor_type.get_absolute_url()
        if place:
            url += "?" + QueryDict.fromkeys(["plaats"], place).urlencode()
        links.append(TypeLink(match, url))
    return links


def _wider(params: QueryDict, fiche_count: int) -> tuple[str, str] | None:
    if fiche_count:
        return None
    if any(params.get(name) for name in PLACE_PARAMETERS):
        return ("vlaanderen", _url(params, plaats=None, zone=None))
    if any(params.get(name) for name in OTHER_FILTERS):
        return ("filters", _url(params, **dict.fromkeys(OTHER_FILTERS)))
    return None


def search_answers(params: QueryDict, query: str, fiche_count: int, place: str = "") -> Answers:
    """Everything the search page shows beside the addresses. `params` is the request's GET,
    `query` the checked q, `fiche_count` how many addresses the filters found, `place` the
    place the visitor gave (so type links stay near it)."""
    answers = Answers(query=query, fiche_count=fiche_count)
    answers.wider = _wider(params, fiche_count)
    if not search_terms(query):
        return answers
    actor_types: list[ActorType] = actor_types_with_words()
    answers.actor_types = _type_links(match_actor_types(query, actor_types), place)
    answers.place = find_place(query)
    if answers.place:
        answers.place_url = _url(QueryDict(), plaats=answers.place.name)
    answers.zones = [
        zone for zone in zones_named(query) if not answers.place or zone not in answers.place.zones
    ]
    if answers.actor_types or answers.place or answers.zones:
        return answers
    word = suggest_spelling(query, actor_types)
    if word:
        answers.suggestion = (word, _url(params, q=word))
        suggested = [TypeMatch(t, 0) for t in types_for_word(fold(word), actor_types)]
        answers.suggested_types = _type_links(suggested, place)
    return answers
