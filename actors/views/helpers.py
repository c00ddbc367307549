"""Small pieces every directory view shares."""

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest

PAGE_SIZE = 20
PAGE_PARAMETER = "pagina"


def paginate(request: HttpRequest, items: QuerySet) -> Page:
    # get_page() turns a missing, non-numeric or too-high page number into a real page.
    return Paginator(items, PAGE_SIZE).get_page(request.GET.get(PAGE_PARAMETER))


def paginate_ids(request: HttpRequest, ids: list[int], fiches: QuerySet) -> Page:
    """A page of a ranked list of ids, with only that page's rows read from `fiches`, in the
    list's order."""
    page = paginate(request, ids)
    position = {pk: n for n, pk in enumerate(page.object_list)}
    rows = fiches.filter(pk__in=list(position))
    page.object_list = sorted(rows, key=lambda fiche: position[fiche.pk])
    return page
