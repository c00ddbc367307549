"""HSDS pagination: ?page= and ?per_page=, answered as the spec's Page object."""

import math

from django.utils.translation import gettext as _

from actors.opendata.queries import BadParameter

PER_PAGE = 50
MAX_PER_PAGE = 500
# ?minimal=true is meant to list every id in one call (HSDS); it is two columns per row.
MINIMAL_MAX_PER_PAGE = 100_000


def _positive_int(params, name: str, default: int) -> int:
    raw = params.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise BadParameter(_("%(name)s moet een geheel getal vanaf 1 zijn.") % {"name": name})
    return int(raw)


def page_of(queryset, params, present, *, max_per_page=MAX_PER_PAGE, prepare=None) -> dict:
    """One page of `queryset`, each item shown by `present`; `prepare` gets the page's
    items first as a list (to fetch what they link to in a few queries)."""
    page = _positive_int(params, "page", 1)
    per_page = min(_positive_int(params, "per_page", min(PER_PAGE, max_per_page)), max_per_page)
    if max_per_page == MINIMAL_MAX_PER_PAGE and not params.get("per_page"):
        per_page = max_per_page
    total = queryset.count()
    start = (page - 1) * per_page
    items = _rows(queryset, start, start + per_page) if total else []
    if prepare and items:
        items = prepare(items)
    contents = [present(item) for item in items]
    total_pages = max(1, math.ceil(total / per_page))
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not contents,
        "contents": contents,
    }


def _rows(queryset, start: int, stop: int) -> list:
    """The rows of one page. A database page first takes just the ids (cheap, from an index,
    even far into the list), then the full rows with their joins for those ids only."""
    if isinstance(queryset, list):
        return queryset[start:stop]
    ids = list(queryset.values_list("pk", flat=True)[start:stop])
    found = queryset.order_by().in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]
