"""Forgiving search over fiches.

Every fiche keeps two folded copies of its text (lower case, no accents, see actors.text.fold,
built by actors.search_text):
`search_name` (its own name) and `search_text` (name, organisation, actor type, description,
city, postcode, zones). A query is folded the same way, so case and accents never matter and
a plain LIKE '%term%' finds partial words ("werkherv" → "werkhervatting") on every database.
On PostgreSQL the same LIKE is served by a pg_trgm GIN index, and a trigram word-similarity
match is added per term so small typos are forgiven ("coordinater" → "coördinator").
"""

from django.db import connections
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from actors.models import ActorType, Fiche, Mutuality, Organisation, Zone
from actors.search_text import search_document
from actors.text import fold

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
# Shorter terms give too many accidental trigram matches to be worth the fuzziness.
MIN_TYPO_TERM_LENGTH = 4


def refresh_search_fields(fiches: QuerySet) -> int:
    """Recompute the folded text of these fiches (after a rename of what they point to,
    a change of zones, or a bulk import that bypassed save()). Returns how many changed."""
    changed = 0
    rows = fiches.select_related("organisation", "actor_type", "mutuality").prefetch_related(
        "zones"
    )
    for fiche in rows:
        name = fold(fiche.name)[:200]
        text = search_document(fiche, zones=list(fiche.zones.all()))
        if (name, text) != (fiche.search_name, fiche.search_text):
            # update() rather than save(): no history entry for a derived column.
            Fiche.objects.filter(pk=fiche.pk).update(search_name=name, search_text=text)
            changed += 1
    return changed


def search_terms(query: str) -> list[str]:
    return fold((query or "")[:MAX_QUERY_LENGTH]).split()[:MAX_TERMS]


def search(queryset: QuerySet, query: str) -> QuerySet:
    """Narrow `queryset` to fiches matching every term of `query`, best matches first:
    the exact name, then names starting with the query, then names holding every term."""
    terms = search_terms(query)
    if not terms:
        return queryset
    fuzzy = connections[queryset.db].vendor == "postgresql"
    condition = Q()
    for term in terms:
        match = Q(search_text__contains=term)
        if fuzzy and len(term) >= MIN_TYPO_TERM_LENGTH:
            match |= Q(search_text__trigram_word_similar=term)
        condition &= match
    phrase = " ".join(terms)
    name_has_all = Q()
    for term in terms:
        name_has_all &= Q(search_name__contains=term)
    rank = Case(
        When(search_name=phrase, then=Value(0)),
        When(search_name__startswith=phrase, then=Value(1)),
        When(name_has_all, then=Value(2)),
        default=Value(3),
        output_field=IntegerField(),
    )
    return queryset.filter(condition).annotate(search_rank=rank).order_by("search_rank", "name")


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
