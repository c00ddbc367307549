"""A small directory for the browser tests, built with the project's factories: one real zone
(Gent, postcode 9000) with public and professional-only fiches of the reference actor types."""

from dataclasses import dataclass

from actors.models import ContactPerson, Fiche, Zone
from actors.roles import EDITOR_GROUP, ensure_role_groups
from tests.factories import (
    make_actor_type,
    make_contact_person,
    make_editor,
    make_fiche,
    make_municipality,
    make_organisation,
    make_postcode,
    make_professional,
    make_zone,
)

PASSWORD = "wachtwoord-123"


@dataclass
class Directory:
    gent: Zone
    public: Fiche
    hidden: Fiche
    contact: ContactPerson


def build_directory() -> Directory:
    gent = make_zone(code="elz13", name="Gent", slug="gent", province="Oost-Vlaanderen")
    town = make_municipality(zone=gent, name="Gent", nis_code="44021")
    make_postcode("9000", town, place="Gent")
    types = {
        slug: make_actor_type(slug=slug, name=name, summary=summary, explanation=summary)
        for slug, name, summary in [
            ("huisarts", "Huisarts", "Je eigen dokter, de eerste om over werk te praten."),
            ("tnw-coordinator", "TNW-coördinator", "Helpt je stap voor stap terug naar werk."),
            ("arbeidsarts", "Arbeidsarts", "De dokter van je werk."),
            ("adviserend-arts", "Adviserend arts", "De dokter van je ziekenfonds."),
            ("vdab", "VDAB", "Hulp bij werk zoeken en opleiding."),
        ]
    }
    cm = make_organisation(name="Christelijke Mutualiteit", slug="cm-org")
    public = make_fiche(
        zones=[gent],
        actor_type=types["tnw-coordinator"],
        organisation=cm,
        name="TNW-coördinator CM Gent",
        slug="tnw-coordinator-cm-gent",
        description="Voor leden van CM die weer aan het werk willen.",
        street="Voorbeeldstraat 1",
        postcode="9000",
        city="Gent",
        phone="09 123 45 67",
        opening_hours="Maandag tot vrijdag, 9 tot 12 uur",
    )
    make_fiche(
        zones=[gent],
        actor_type=types["huisarts"],
        name="Huisartsenkring Gent",
        slug="huisartsenkring-gent",
        phone="09 222 33 44",
    )
    make_fiche(
        serves_all_flanders=True,
        actor_type=types["vdab"],
        name="VDAB",
        slug="vdab",
        phone="0800 30 700",
    )
    hidden = make_fiche(
        zones=[gent],
        actor_type=types["adviserend-arts"],
        organisation=cm,
        name="Rechtstreekse lijn adviserend artsen CM Gent",
        slug="rechtstreekse-lijn-cm-gent",
        visibility=Fiche.Visibility.PROFESSIONAL,
        phone="09 765 43 21",
    )
    contact = make_contact_person(hidden, name="Dr. An Voorbeeld", phone="09 765 43 22")
    return Directory(gent=gent, public=public, hidden=hidden, contact=contact)


def professional_in(zone: Zone, username: str = "huisarts"):
    return make_professional(zone, username=username, password=PASSWORD)


def editor_of(zone: Zone, username: str = "redacteur-gent"):
    """An ELZ editor in the real editor role, as production sets them up."""
    user = make_editor([zone], username=username, password=PASSWORD)
    user.groups.add(ensure_role_groups()[EDITOR_GROUP])
    return user
