"""Placeholder directory views; the public directory issue fills these in."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from actors.models import ActorType, Fiche, Zone


def zone_list(request: HttpRequest) -> HttpResponse:
    zones = Zone.objects.filter(parent__isnull=True)
    return render(request, "actors/zone_list.html", {"zones": zones})


def zone_detail(request: HttpRequest, slug: str) -> HttpResponse:
    zone = get_object_or_404(Zone, slug=slug)
    fiches = Fiche.objects.visible_to(request.user).in_zone(zone).for_cards().distinct()
    return render(request, "actors/zone_detail.html", {"zone": zone, "fiches": fiches})


def actortype_detail(request: HttpRequest, slug: str) -> HttpResponse:
    actor_type = get_object_or_404(ActorType, slug=slug)
    fiches = Fiche.objects.visible_to(request.user).filter(actor_type=actor_type).for_cards()
    return render(
        request, "actors/actortype_detail.html", {"actor_type": actor_type, "fiches": fiches}
    )


def fiche_detail(request: HttpRequest, slug: str) -> HttpResponse:
    fiche = get_object_or_404(Fiche.objects.visible_to(request.user).for_cards(), slug=slug)
    return render(request, "actors/fiche_detail.html", {"fiche": fiche})
