"""The fiche card, built in plain Python: `{% load directory %}{% fiche_card fiche %}`.

One fiche in a list, a zone page or a route step: enough to act on without opening it (phone,
address or website, opening hours). Only what the fiche itself holds, which is public for a
public fiche; contact persons come only through `fiche.visible_contacts` (the fiche door,
Fiche.objects.with_visible_contacts), which only exists for people who may see them.

A zone page shows well over a hundred cards; as an included template each cost about 0.7 ms,
in Python it is a few dozen microseconds. The markup is that of the former template
includes/fiche_card.html (with its compact list of contact persons), byte for byte:

    <article class="fiche-card[ fiche-card--pro]">
      <h3 class="fiche-card__title"><a href="URL">NAME</a></h3>
      <p class="fiche-card__org">BYLINE</p>
      [<p class="notice notice--pro">Alleen voor professionals</p>]
      [<p class="notice notice--warning">Voorbeeld: geen echte gegevens</p>]
      <dl class="fiche-card__details">
        [Telefoon, else E-mail]
        [Adres: "street, postcode city"]
        [Website (no street only): the fiche's, else its organisation's]
        [Openingsuren: the first line]
        <dt>Voor inwoners van</dt><dd>heel Vlaanderen en Brussel | the zones</dd>
      </dl>
      [<section class="contact-persons" …>…</section>]
    </article>

Every value from the database goes through `esc` (Django's conditional_escape, as a template
variable would); the texts are translated with gettext, once per language.
"""

import re
import unicodedata
from functools import lru_cache
from html import escape
from urllib.parse import urlsplit

from django.core.signals import setting_changed
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext, gettext_noop

from actors.text import fold

# The card's helpers, also template filters (actors/templatetags/directory.py).


def tel_href(phone: str) -> str:
    """A phone number as typed ("09 123 45 67") → the number a tel: link needs."""
    return re.sub(r"[^0-9+]", "", phone or "")


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


TEXTS = {
    "pro": gettext_noop("Alleen voor professionals"),
    "demo": gettext_noop("Voorbeeld: geen echte gegevens"),
    "phone": gettext_noop("Telefoon"),
    "email": gettext_noop("E-mail"),
    "address": gettext_noop("Adres"),
    "website": gettext_noop("Website"),
    "hours": gettext_noop("Openingsuren"),
    "for": gettext_noop("Voor inwoners van"),
    "flanders": gettext_noop("heel Vlaanderen en Brussel"),
    "contacts": gettext_noop("Contactpersonen"),
    "contacts_notice": gettext_noop(
        "Alleen voor professionals. Geef deze gegevens niet door aan patiënten."
    ),
    "direct": gettext_noop("Rechtstreeks nummer"),
}

# Per language: the texts above, translated and escaped (gettext costs ~10 µs a call).
_labels_by_language: dict[str | None, dict[str, str]] = {}


def _labels() -> dict[str, str]:
    language = get_language()
    labels = _labels_by_language.get(language)
    if labels is None:
        labels = {key: esc(gettext(text)) for key, text in TEXTS.items()}
        _labels_by_language[language] = labels
    return labels


def _forget_labels(*, setting, **kwargs) -> None:
    if setting in {"LANGUAGES", "LANGUAGE_CODE", "LOCALE_PATHS"}:
        _labels_by_language.clear()


setting_changed.connect(_forget_labels)


def esc(value) -> str:
    """django.utils.html.conditional_escape without its lazy-text wrappers (a few µs a call,
    a dozen calls a card): safe HTML as it is, anything else escaped."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return escape(str(value))


def _zones(fiche):
    """The zones the card lists: those fetched with the card (Fiche.objects.for_cards), else
    fiche.zones.all()."""
    zones = getattr(fiche, "card_zones", None)
    return fiche.zones.all() if zones is None else zones


def _details(fiche, t: dict[str, str]) -> str:
    """The lines of the card's <dl>, each on its own line as the template had them."""
    if fiche.phone:
        reach = (
            f'<dt>{t["phone"]}</dt><dd><a href="tel:{esc(tel_href(fiche.phone))}">'
            f"{esc(fiche.phone)}</a></dd>"
        )
    elif fiche.email:
        email = esc(fiche.email)
        reach = f'<dt>{t["email"]}</dt><dd><a href="mailto:{email}">{email}</a></dd>'
    else:
        reach = ""
    address = ""
    if fiche.street or fiche.city:
        street = f"{esc(fiche.street)}, " if fiche.street else ""
        address = f"<dt>{t['address']}</dt><dd>{street}{esc(fiche.postcode)} {esc(fiche.city)}</dd>"
    website = "" if fiche.street else card_website(fiche)
    if website:
        website = (
            f'<dt>{t["website"]}</dt><dd><a href="{esc(website)}" rel="noopener">'
            f"{esc(web_host(website))}</a></dd>"
        )
    hours = ""
    if fiche.opening_hours:
        hours = f"<dt>{t['hours']}</dt><dd>{esc(first_line(fiche.opening_hours))}</dd>"
    if fiche.serves_all_flanders:
        where = t["flanders"]
    else:
        where = esc(", ").join(esc(zone) for zone in _zones(fiche))
    return (
        f"    {reach}\n    {address}\n    {website}\n    {hours}\n"
        f"    <dt>{t['for']}</dt><dd>{where}</dd>\n"
    )


def _contact_person(person, t: dict[str, str]) -> str:
    role = f', <span class="contact-person__role">{esc(person.role)}</span>' if person.role else ""
    phone = (
        f'<br>{t["direct"]}: <a href="tel:{esc(tel_href(person.phone))}">{esc(person.phone)}</a>'
        if person.phone
        else ""
    )
    email = esc(person.email)
    email = f'<br>{t["email"]}: <a href="mailto:{email}">{email}</a>' if person.email else ""
    return (
        '\n    <li class="contact-person">\n'
        f'      <span class="contact-person__name">{esc(person.name)}</span>{role}\n'
        f"      {phone}\n      {email}\n      \n    </li>"
    )


def _compact_contacts(contacts, t: dict[str, str]) -> str:
    """The contact persons as a card lists them: the fiche page's list without the notes."""
    people = "".join(_contact_person(person, t) for person in contacts)
    return (
        f'<section class="contact-persons" aria-label="{t["contacts"]}">\n'
        f'  <p class="contact-persons__title">{t["contacts"]}</p>\n'
        f'  <p class="notice notice--pro">{t["contacts_notice"]}</p>\n'
        f'  <ul class="contact-persons__list">{people}\n  </ul>\n</section>\n'
    )


# A fiche's address is its slug between these two parts (see card_setup).
_PLACEHOLDER = "0slug0"
_URL_SLUG = re.compile(r"[-a-zA-Z0-9_]+\Z")  # the <slug:> converter; quote() leaves it as is


def card_setup() -> dict:
    """What every card of one page shares: the translated texts and the fiche address around
    its slug (reverse() costs ~20 µs a card). Made once per template render by the tag."""
    before, _, after = reverse("actors:fiche_detail", args=[_PLACEHOLDER]).partition(_PLACEHOLDER)
    return {"labels": _labels(), "url": (before, after)}


def _fiche_url(fiche, setup: dict) -> str:
    if _URL_SLUG.match(fiche.slug):
        before, after = setup["url"]
        return f"{before}{fiche.slug}{after}"
    return fiche.get_absolute_url()


def fiche_card(fiche, setup: dict | None = None) -> SafeString:
    """One fiche card (see the module docstring), ending in a newline as the include did."""
    setup = setup or card_setup()
    t = setup["labels"]
    pro = fiche.is_professional_only
    # Only the door's attribute: absent for anyone who may not see contact persons.
    contacts = getattr(fiche, "visible_contacts", None)
    pro_notice = f'<p class="notice notice--pro">{t["pro"]}</p>' if pro else ""
    demo_notice = f'<p class="notice notice--warning">{t["demo"]}</p>' if fiche.is_demo else ""
    return mark_safe(
        f'<article class="fiche-card{" fiche-card--pro" if pro else ""}">\n'
        f'  <h3 class="fiche-card__title"><a href="{esc(_fiche_url(fiche, setup))}">'
        f"{esc(fiche.name)}</a></h3>\n"
        f'  <p class="fiche-card__org">{esc(byline(fiche))}</p>\n'
        f"  {pro_notice}\n"
        f"  {demo_notice}\n"
        '  <dl class="fiche-card__details">\n'
        f"{_details(fiche, t)}"
        "  </dl>\n"
        f"  {_compact_contacts(contacts, t) if contacts else ''}\n"
        "</article>\n"
    )
