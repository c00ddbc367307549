"""Small pieces every directory view shares."""

from django.core.paginator import Page, Paginator
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control

from actors.models import ContactPerson, can_see_professional

PAGE_SIZE = 20
PAGE_PARAMETER = "pagina"


def fiche_cards(fiches: QuerySet, user) -> QuerySet:
    """What a fiche card or page shows, in a constant number of queries.

    Contact persons are fetched (into `fiche.visible_contacts`) only for people who may see
    them; for everyone else the attribute does not exist and templates show nothing."""
    fiches = fiches.for_cards()
    if can_see_professional(user):
        fiches = fiches.prefetch_related(
            Prefetch(
                "contact_persons", queryset=ContactPerson.objects.all(), to_attr="visible_contacts"
            )
        )
    return fiches


def paginate(request: HttpRequest, items: QuerySet) -> Page:
    # get_page() turns a missing, non-numeric or too-high page number into a real page.
    return Paginator(items, PAGE_SIZE).get_page(request.GET.get(PAGE_PARAMETER))


def render_for_audience(
    request: HttpRequest, template: str, context: dict, status: int = 200
) -> HttpResponse:
    """render(), plus: a page built for a professional is never stored by a shared cache
    (a proxy or CDN could otherwise hand it to the next, anonymous visitor)."""
    response = render(request, template, context, status=status)
    if can_see_professional(request.user):
        patch_cache_control(response, private=True, no_store=True)
    return response
