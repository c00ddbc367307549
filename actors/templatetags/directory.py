"""Template helpers for the directory pages (thin wrappers over plain functions)."""

import re

from django import template
from django.utils.translation import gettext as _

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
