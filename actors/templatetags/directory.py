"""Template helpers for the directory pages (thin wrappers over plain functions)."""

from django import template
from django.http import QueryDict
from django.utils.translation import gettext as _

from actors import cards
from actors.cards import byline, card_website, first_line, tel_href, web_host

register = template.Library()

# The fiche card's helpers (actors/cards.py), for the fiche page and the route's "now" list.
register.filter("tel_href", tel_href)
register.filter("byline", byline)
register.filter("card_website", card_website)
register.filter("web_host", web_host)
register.filter("first_line", first_line)


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


@register.simple_tag(takes_context=True)
def fiche_card(context, fiche):
    """`{% fiche_card fiche %}`: one fiche card, built in Python (actors/cards.py). What the
    cards of one page share is worked out once per template render."""
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
