"""Template helpers for the directory pages (thin wrappers over plain functions)."""

import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit

from django import template
from django.http import QueryDict
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from actors.text import fold

register = template.Library()


def tel_href(phone: str) -> str:
    """A phone number as typed ("09 123 45 67") → the number a tel: link needs."""
    return re.sub(r"[^0-9+]", "", phone or "")


register.filter("tel_href", tel_href)


# Bodies there is one of are named with "de" or "het" (de VDAB, het OCMW of your town) or, like a
# name, without an article (GTB); a service is not someone who does things (loopbaanbegeleiding);
# everything else is one of many ("een CAW", "een huisarts").
ARTICLES = {"vdab": "de", "ocmw": "het", "gtb": "", "loopbaanbegeleiding": "service"}


def what_does(actor_type) -> str:
    """The link to an actor type's explanation, in correct Dutch: "Wat doet de VDAB?",
    "Wat doet een CAW?", "Wat doet een huisarts?" (a common noun in lower case)."""
    name = actor_type.name
    if len(name) > 1 and name[1].islower():
        name = name[0].lower() + name[1:]
    article = ARTICLES.get(actor_type.slug, "een")
    if article == "de":
        return _("Wat doet de %(name)s?") % {"name": name}
    if article == "het":
        return _("Wat doet het %(name)s?") % {"name": name}
    if article == "service":
        return _("Wat is %(name)s?") % {"name": name}
    if article == "een":
        return _("Wat doet een %(name)s?") % {"name": name}
    return _("Wat doet %(name)s?") % {"name": name}


register.filter("what_does", what_does)


# A zone page shows over a hundred bylines with the same few kinds and organisations.
_fold = lru_cache(maxsize=4096)(fold)


def byline(fiche) -> str:
    """The line under a fiche's name, "soort · organisatie", without saying a name twice: no
    "VDAB · VDAB", and no organisation that is already the fiche's own name ("OCMW Gent")."""
    kind, organisation = fiche.actor_type.name, fiche.organisation.name
    if _fold(organisation) in {_fold(kind), _fold(fiche.name)}:
        return kind
    return f"{kind} · {organisation}"


def card_website(fiche) -> str:
    """The fiche's own website, else its organisation's (fetched with the card)."""
    return fiche.website or fiche.organisation.website


def web_host(url: str) -> str:
    """A website as a card shows it: "https://www.cm.be/contact" → "www.cm.be"."""
    return urlsplit(url).netloc or url


def first_line(text: str, length: int = 80) -> str:
    """The first line of a longer text (opening hours), at most `length` characters."""
    lines = (text or "").strip().splitlines()
    if not lines:
        return ""
    # What Truncator.chars returns for a line that needs no cutting, without its costs.
    line = unicodedata.normalize("NFC", lines[0])
    return line if 0 < length and len(line) <= length else Truncator(line).chars(length)


register.filter("byline", byline)
register.filter("card_website", card_website)
register.filter("web_host", web_host)
register.filter("first_line", first_line)


@register.simple_tag(takes_context=True)
def fiche_card(context, fiche):
    """`{% fiche_card fiche %}`: one fiche card, built in Python (actors/cards.py). What the
    cards of one page share is worked out once per template render."""
    from actors import cards  # cards.py uses the helpers above

    setup = context.render_context.get(cards)
    if setup is None:
        setup = context.render_context[cards] = cards.card_setup()
    return cards.fiche_card(fiche, setup)


# Dropped from a link that changes the zone: a page number belongs to the old results.
PAGE_PARAMETER = "pagina"


def _with_zone(query, slug: str) -> str:
    query = query.copy()
    query.pop(PAGE_PARAMETER, None)
    if slug:
        query["zone"] = slug
    else:
        query.pop("zone", None)
    return "?" + query.urlencode()


@register.inclusion_tag("includes/place_zones.html", takes_context=True)
def place_zones(context, place, narrow: bool = False, listing: bool = True) -> dict:
    """The zone(s) a place lies in, each linked to its page. With `narrow` (the directory,
    which has a zone filter) a place spread over several zones also offers a link per zone that
    shows only that zone's addresses, and a way back to all of them."""
    request = context.get("request")
    query = request.GET if request is not None else QueryDict()
    chosen_slug = query.get("zone", "") if narrow else ""
    several = len(place.zones) > 1
    zones = [
        {
            "zone": zone,
            "narrow_url": _with_zone(query, zone.slug) if narrow and several else "",
        }
        for zone in place.zones
    ]
    chosen = next((z for z in place.zones if several and z.slug == chosen_slug), None)
    return {
        "place": place,
        "listing": listing,
        "zones": zones,
        "chosen": chosen,
        "widen_url": _with_zone(query, "") if chosen else "",
    }
