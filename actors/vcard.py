"""vCard 3.0 export of a fiche, so a visitor can save the door in their phone's contacts.

Contact persons are added only when the caller passes them: the ones the fiche door attached
(`fiche.visible_contacts`, for professionals only).
"""

from collections.abc import Iterable

from actors.models import ContactPerson, Fiche

CRLF = "\r\n"


def escape(value: str) -> str:
    """RFC 6350 §3.4: backslash, comma, semicolon and newlines are escaped in text values."""
    return (
        (value or "")
        .replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold_line(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 6350 §3.2)."""
    parts: list[str] = []
    current = ""
    for char in line:
        if len((current + char).encode("utf-8")) > 75:
            parts.append(current)
            current = " " + char
        else:
            current += char
    parts.append(current)
    return CRLF.join(parts)


def _card(lines: list[str]) -> str:
    body = ["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]
    return "".join(fold_line(line) + CRLF for line in body)


def fiche_card_lines(fiche: Fiche) -> list[str]:
    lines = [
        f"FN:{escape(fiche.name)}",
        f"N:{escape(fiche.name)};;;;",
        f"ORG:{escape(fiche.organisation.name)}",
        f"TITLE:{escape(fiche.actor_type.name)}",
    ]
    if fiche.street or fiche.city or fiche.postcode:
        address = ";".join(
            ["", "", escape(fiche.street), escape(fiche.city), "", escape(fiche.postcode), "België"]
        )
        lines.append(f"ADR;TYPE=WORK:{address}")
    if fiche.phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{escape(fiche.phone)}")
    if fiche.email:
        lines.append(f"EMAIL;TYPE=WORK:{escape(fiche.email)}")
    if fiche.website:
        lines.append(f"URL:{escape(fiche.website)}")
    if fiche.opening_hours:
        lines.append(f"NOTE:{escape('Openingsuren: ' + fiche.opening_hours)}")
    return lines


def contact_card_lines(person: ContactPerson, fiche: Fiche) -> list[str]:
    lines = [
        f"FN:{escape(person.name)}",
        f"ORG:{escape(fiche.organisation.name)};{escape(fiche.name)}",
    ]
    if person.role:
        lines.append(f"TITLE:{escape(person.role)}")
    if person.phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{escape(person.phone)}")
    if person.email:
        lines.append(f"EMAIL;TYPE=WORK:{escape(person.email)}")
    if person.note:
        lines.append(f"NOTE:{escape(person.note)}")
    return lines


def fiche_vcard(fiche: Fiche, contacts: Iterable[ContactPerson] = ()) -> str:
    """One vCard for the fiche, then one per contact person passed in."""
    cards = [_card(fiche_card_lines(fiche))]
    cards += [_card(contact_card_lines(person, fiche)) for person in contacts]
    return "".join(cards)
