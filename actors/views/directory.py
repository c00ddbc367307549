"""The public directory: zones, actor types and the filtered list of fiches."""

from django.db.models import F, Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from actors.answers import search_answers
from actors.filters import FicheFilter
from actors.forms import PlaceForm
from actors.models import ActorType, Fiche, Zone
from actors.places import zone_places
from actors.search import ENOUGH, capped_at
from actors.views.helpers import paginate, paginate_ids

# Fiches grouped under their actor type: regroup needs the type's rows side by side.
BY_ACTOR_TYPE = ("actor_type__order", "actor_type__name", "name")
# Three addresses per kind of help, each with a link to all of them: enough to choose from,
# short enough to scan (about 70 cards for a busy zone, not 140).
ZONE_CARDS_PER_TYPE = 3
FEW_RESULTS = ENOUGH


def zone_list(request: HttpRequest) -> HttpResponse:
    zones = (
        Zone.objects.filter(parent__isnull=True)
        .prefetch_related(Prefetch("children", queryset=Zone.objects.order_by("name")))
        .order_by("province", "name")
    )
    return render(request, "actors/zone_list.html", {"zones": zones})


def zone_detail(request: HttpRequest, slug: str) -> HttpResponse:
    places = zone_places(slug)
    if places is None:
        raise Http404
    zone = places.zone
    # A busy zone holds a thousand fiches: one query picks the few cards per type to show
    # (and counts the rest, which is one link away), whatever the size of the zone.
    fiches = (
        Fiche.objects.visible_to(request.user)
        .in_zone(zone)
        .first_of_each(ZONE_CARDS_PER_TYPE, [F("actor_type_id")], [F("name"), F("pk")])
        .order_by(*BY_ACTOR_TYPE)
        .for_cards()
        .with_visible_contacts(request.user)
    )
    return render(
        request, "actors/zone_detail.html", {"zone": zone, "places": places, "fiches": fiches}
    )


def actortype_list(request: HttpRequest) -> HttpResponse:
    return render(request, "actors/actortype_list.html", {"actor_types": ActorType.objects.all()})


def actortype_detail(request: HttpRequest, slug: str) -> HttpResponse:
    actor_type = get_object_or_404(ActorType, slug=slug)
    form = PlaceForm(request.GET if "plaats" in request.GET else None)
    context = {"actor_type": actor_type, "form": form, "place": None, "page": None}
    if form.is_bound and not form.is_valid():
        return render(request, "actors/actortype_detail.html", context, status=400)
    # By name (one actor type), which the (actor_type, status, visibility, name) index serves.
    fiches = (
        Fiche.objects.visible_to(request.user).filter(actor_type=actor_type).order_by("name", "pk")
    )
    place = form.cleaned_data["plaats"] if form.is_bound else None
    if place:
        fiches = fiches.serving(place.zones)
    context["place"] = place
    context["page"] = paginate(request, fiches.for_cards().with_visible_contacts(request.user))
    return render(request, "actors/actortype_detail.html", context)


def fiche_list(request: HttpRequest) -> HttpResponse:
    """The directory and the search results: one list, narrowed by plain GET filters."""
    filterset = FicheFilter(
        request.GET or None, queryset=Fiche.objects.visible_to(request.user), request=request
    )
    context = {"filterset": filterset, "form": filterset.form, "page": None}
    if filterset.is_bound and not filterset.is_valid():
        return render(request, "actors/fiche_list.html", context, status=400)
    # Every filter keeps a fiche at most once (zones through an id subquery, the other
    # relations through one join each), so no DISTINCT over every column is needed.
    ids = filterset.best_matches()
    if ids is None:  # no words to search: the filters' results, in directory order
        page = paginate(request, filterset.qs.for_cards().with_visible_contacts(request.user))
    else:
        # Few plain matches: search again forgiving typos (one query to look the words up).
        forgiving = filterset.best_matches(forgiving=True) if len(ids) < FEW_RESULTS else None
        ids = ids if forgiving is None else forgiving
        cards = Fiche.objects.visible_to(request.user).for_cards()
        page = paginate_ids(request, ids, cards.with_visible_contacts(request.user))
    query = filterset.form.cleaned_data.get("q", "") if filterset.is_bound else ""
    place = filterset.place
    context.update(
        page=page,
        place=place,
        query=query,
        # A broad search ranks its best matches only; the page says so and how to narrow it.
        capped_at=capped_at(page.paginator.count) if ids is not None else None,
        is_filtered=filterset.is_bound
        and any(value for value in filterset.form.cleaned_data.values()),
        answers=search_answers(
            request.GET, query, page.paginator.count, request.GET.get("plaats", "") if place else ""
        ),
    )
    return render(request, "actors/fiche_list.html", context)
