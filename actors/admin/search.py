"""Search in the fiche list of the admin: forgiving, and over what editors look things up by.

Words are matched against the folded search text of a fiche (name, organisation, actor type,
municipality, postcode, zones: see actors.search), so "coordinator" finds "coördinator".
A number also finds phone numbers whatever their spacing ("091234567" finds "09 123 45 67"),
and a name finds the fiches of that contact person. Both look only within `fiches`, which is
already narrowed to what the user may see.
"""

import re

from django.db.models import Q, QuerySet

from actors.models import ContactPerson
from actors.text import fold

MIN_PHONE_DIGITS = 3
PHONE_LIKE = re.compile(r"[\d\s/.+()-]+")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def admin_search(fiches: QuerySet, term: str) -> QuerySet:
    words = fold(term).split()[:8]
    if not words:
        return fiches
    by_text = Q()
    for word in words:
        by_text &= Q(search_text__contains=word)
    matches = Q(by_text)
    digits = _digits(term) if PHONE_LIKE.fullmatch(term.strip()) else ""
    if len(digits) >= MIN_PHONE_DIGITS:
        phones = fiches.exclude(phone="").values_list("pk", "phone")
        matches |= Q(pk__in=[pk for pk, phone in phones if digits in _digits(phone)])
    wanted = " ".join(words)
    contacts = ContactPerson.objects.filter(fiche__in=fiches.values("pk")).values_list(
        "fiche_id", "name", "phone"
    )
    matches |= Q(
        pk__in={
            fiche_id
            for fiche_id, name, phone in contacts
            if wanted in fold(name)
            or (len(digits) >= MIN_PHONE_DIGITS and digits in _digits(phone))
        }
    )
    return fiches.filter(matches)
