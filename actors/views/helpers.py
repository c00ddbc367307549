"""Small pieces every directory view shares."""

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest

PAGE_SIZE = 20
PAGE_PARAMETER = "pagina"


def paginate(request: HttpRequest, items: QuerySet) -> Page:
    # get_page() turns a missing, non-numeric or too-high page number into a real page.
    return Paginator(items, PAGE_SIZE).get_page(request.GET.get(PAGE_PARAMETER))
