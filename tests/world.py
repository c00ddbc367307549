"""The test world: a small directory every test module can build in one call, with the
standing users access rules are tested against (like healthchecks' owner/member/outsider).

`build_world()` returns a namespace with
- zones `gent`, `leuven`, `waasland`, `antwerpen` (a group) with `antwerpen_centrum` and
  `antwerpen_zuid`; places 9000 Gent, 3000 Leuven, 3010 Kessel-Lo, 9150 Kruibeke (a former
  municipality name), 2000 and 2020 Antwerpen;
- actor types `tnw` (bound to a ziekenfonds), `arbeidsarts`, `vdab`; target groups
  `werknemer`, `zelfstandige`; languages `nl`, `fr`; ziekenfondsen `cm`, `solidaris`;
- public fiches `tnw_gent` (CM, with the professional-only contact person `contact`),
  `tnw_leuven` (Solidaris), `idewe` (Antwerpen Zuid), `vdab_fiche` (all of Flanders),
  `vdab_gent`; hidden fiches `pro_fiche` (professional-only, with the contact person
  `pro_contact`), `draft`, `archived`, each
  carrying a marker string that must never reach anyone but an approved professional;
- the standing users: `anonymous`, `plain_user` (an account without a profile),
  `pending`, `rejected` and `professional` (huisarts in Gent, approved), `gent_editor`,
  `leuven_editor` (ELZ editors in the real editor role) and `superuser`.
  Every account has the password `PASSWORD`.

Reference data too large to build by hand (the real actor types, ziekenfondsen and
geography) comes from the fixtures production loads: see `load_reference_fixtures()`."""

from types import SimpleNamespace

from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command

from actors.models import (
    ActorType,
    Fiche,
    Language,
    MunicipalityAlias,
    Mutuality,
    ProfessionalProfile,
    TargetGroup,
)
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
    make_user,
    make_zone,
)

PASSWORD = "wachtwoord-123"

# Markers: unusual strings that only the hidden data carries.
PRO_FICHE_MARKER = "Zqxpro Geheimlijn"
PRO_FICHE_SLUG = "zqxpro-geheimlijn"
CONTACT_MARKER = "Zqxcontact Janssens"
CONTACT_PHONE = "09 999 77 66"
CONTACT_EMAIL = "zqxcontact@voorbeeld.be"
PRO_CONTACT_MARKER = "Zqxcontact Peeters"
DRAFT_MARKER = "Zqxklad Ontwerp"
DRAFT_SLUG = "zqxklad-ontwerp"
ARCHIVED_MARKER = "Zqxarchief Oud"
ARCHIVED_SLUG = "zqxarchief-oud"

MARKERS = [
    PRO_FICHE_MARKER,
    PRO_FICHE_SLUG,
    "zqxpro",
    CONTACT_MARKER,
    PRO_CONTACT_MARKER,
    "zqxcontact",
    CONTACT_PHONE,
    DRAFT_MARKER,
    DRAFT_SLUG,
    ARCHIVED_MARKER,
    ARCHIVED_SLUG,
]
HIDDEN_SLUGS = [PRO_FICHE_SLUG, DRAFT_SLUG, ARCHIVED_SLUG]


def make_elz_editor(zones, **overrides):
    """An ELZ editor as production has them: a ZoneEditor row plus the editors' group."""
    user = make_editor(zones, **overrides)
    user.groups.add(ensure_role_groups()[EDITOR_GROUP])
    return user


def build_world(*, standing_users: bool = True) -> SimpleNamespace:
    """The directory and, unless a test counts accounts itself, the standing users."""
    w = SimpleNamespace()
    w.gent = make_zone(code="elz13", name="Gent", slug="gent", province="Oost-Vlaanderen")
    w.leuven = make_zone(code="elz19", name="Leuven", slug="leuven", province="Vlaams-Brabant")
    w.waasland = make_zone(
        code="elz31", name="Waasland", slug="waasland", province="Oost-Vlaanderen"
    )
    w.antwerpen = make_zone(
        code="elz2", name="Antwerpen en rand", slug="antwerpen", province="Antwerpen", is_group=True
    )
    w.antwerpen_centrum = make_zone(
        code="elz2-1",
        name="Antwerpen Centrum",
        slug="antwerpen-centrum",
        province="Antwerpen",
        parent=w.antwerpen,
    )
    w.antwerpen_zuid = make_zone(
        code="elz2-3",
        name="Antwerpen Zuid",
        slug="antwerpen-zuid",
        province="Antwerpen",
        parent=w.antwerpen,
    )

    w.gent_town = make_municipality(w.gent, nis_code="44021", name="Gent")
    make_postcode("9000", w.gent_town, place="Gent")
    w.leuven_town = make_municipality(w.leuven, nis_code="24062", name="Leuven")
    make_postcode("3000", w.leuven_town, place="Leuven")
    make_postcode("3010", w.leuven_town, place="Kessel-Lo")
    w.beveren = make_municipality(w.waasland, nis_code="46030", name="Beveren-Kruibeke-Zwijndrecht")
    MunicipalityAlias.objects.create(name="Kruibeke", municipality=w.beveren)
    make_postcode("9150", w.beveren, place="Kruibeke")
    w.antwerp_town = make_municipality(w.antwerpen, nis_code="11002", name="Antwerpen")
    make_postcode("2000", w.antwerp_town, place="Antwerpen", zone=w.antwerpen_centrum)
    make_postcode("2020", w.antwerp_town, place="Antwerpen", zone=w.antwerpen_zuid)

    w.tnw = make_actor_type(
        slug="tnw-coordinator",
        name="TNW-coördinator",
        name_plural="TNW-coördinatoren",
        summary="Helpt je terug naar werk, vanuit je ziekenfonds.",
        explanation="De TNW-coördinator begeleidt je naar werkhervatting.",
        bound_to_mutuality=True,
        order=1,
    )
    w.arbeidsarts = make_actor_type(slug="arbeidsarts", name="Arbeidsarts", order=2)
    w.vdab = make_actor_type(slug="vdab", name="VDAB", order=3)

    w.werknemer = TargetGroup.objects.create(slug="werknemer", name="Werknemer")
    w.zelfstandige = TargetGroup.objects.create(slug="zelfstandige", name="Zelfstandige")
    w.nl = Language.objects.create(code="nl", name="Nederlands")
    w.fr = Language.objects.create(code="fr", name="Frans")
    w.cm = Mutuality.objects.create(code="cm", name="Christelijke Mutualiteit", short_name="CM")
    w.solidaris = Mutuality.objects.create(
        code="solidaris", name="Solidaris", short_name="Solidaris"
    )

    w.cm_org = make_organisation(name="CM Midden-Vlaanderen", slug="cm-midden-vlaanderen")
    w.tnw_gent = make_fiche(
        name="TNW-coördinator CM Gent",
        slug="tnw-cm-gent",
        organisation=w.cm_org,
        actor_type=w.tnw,
        mutuality=w.cm,
        description="Begeleiding bij werkhervatting na ziekte.",
        street="Martelaarslaan 17",
        postcode="9000",
        city="Gent",
        phone="09 267 00 00",
        zones=[w.gent],
        languages=[w.nl, w.fr],
        target_groups=[w.werknemer],
    )
    w.tnw_leuven = make_fiche(
        name="TNW-coördinator Solidaris Leuven",
        slug="tnw-solidaris-leuven",
        actor_type=w.tnw,
        mutuality=w.solidaris,
        city="Leuven",
        postcode="3000",
        zones=[w.leuven],
        languages=[w.nl],
        target_groups=[w.zelfstandige],
    )
    w.idewe = make_fiche(
        name="Arbeidsarts IDEWE Antwerpen",
        slug="idewe-antwerpen",
        actor_type=w.arbeidsarts,
        city="Antwerpen",
        zones=[w.antwerpen_zuid],
    )
    w.vdab_fiche = make_fiche(
        name="VDAB",
        slug="vdab",
        actor_type=w.vdab,
        organisation=make_organisation(name="VDAB", slug="vdab-org"),
        description="Opleiding en begeleiding naar werk. Gratis nummer 0800 30 700.",
        serves_all_flanders=True,
        languages=[w.nl],
    )
    w.vdab_gent = make_fiche(
        name="VDAB Werkwinkel Gent",
        slug="vdab-werkwinkel-gent",
        actor_type=w.vdab,
        city="Gent",
        zones=[w.gent],
    )

    # The hidden data, each with its own marker.
    w.pro_fiche = make_fiche(
        name=PRO_FICHE_MARKER,
        slug=PRO_FICHE_SLUG,
        actor_type=w.tnw,
        mutuality=w.cm,
        visibility=Fiche.Visibility.PROFESSIONAL,
        description="Rechtstreekse lijn zqxpro voor huisartsen.",
        phone="09 888 11 22",
        city="Gent",
        zones=[w.gent],
        languages=[w.nl],
        target_groups=[w.werknemer],
    )
    w.contact = make_contact_person(
        w.tnw_gent,
        name=CONTACT_MARKER,
        phone=CONTACT_PHONE,
        email=CONTACT_EMAIL,
        note="Bereikbaar op dinsdag zqxcontact.",
    )
    w.pro_contact = make_contact_person(w.pro_fiche, name=PRO_CONTACT_MARKER)
    w.draft = make_fiche(
        name=DRAFT_MARKER,
        slug=DRAFT_SLUG,
        actor_type=w.tnw,
        status=Fiche.Status.DRAFT,
        zones=[w.gent],
        languages=[w.nl],
    )
    w.archived = make_fiche(
        name=ARCHIVED_MARKER,
        slug=ARCHIVED_SLUG,
        actor_type=w.arbeidsarts,
        status=Fiche.Status.ARCHIVED,
        zones=[w.leuven],
    )
    if standing_users:
        add_standing_users(w)
    return w


def add_standing_users(w: SimpleNamespace) -> None:
    """The accounts every access rule is tested against, all in Gent unless named otherwise."""
    w.anonymous = AnonymousUser()
    w.plain_user = make_user(password=PASSWORD)
    w.pending = make_professional(
        w.gent, status=ProfessionalProfile.Status.PENDING, password=PASSWORD
    )
    w.rejected = make_professional(
        w.gent, status=ProfessionalProfile.Status.REJECTED, password=PASSWORD
    )
    w.professional = make_professional(w.gent, password=PASSWORD)
    w.gent_editor = make_elz_editor([w.gent], password=PASSWORD)
    w.leuven_editor = make_elz_editor([w.leuven], password=PASSWORD)
    w.superuser = make_user(password=PASSWORD, is_staff=True, is_superuser=True)


def load_reference_fixtures(*names: str) -> None:
    """Load reference fixtures production loads (default: the real actor types and
    ziekenfondsen). Use instead of `build_world()` when a test needs the real rows."""
    call_command("loaddata", *(names or ("actor_types", "mutualities")), verbosity=0)


def make_reference() -> dict:
    """What the flow pages need instead of the directory: the real actor types and
    ziekenfondsen from the fixtures, and a few zones and postcodes built in code (the full
    geography fixture is large and the pages only need these)."""
    gent = make_zone(code="elz13", name="Gent", slug="gent")
    leuven = make_zone(code="elz19", name="Leuven", slug="leuven")
    noord_limburg = make_zone(code="elz28", name="Noord-Limburg", slug="noord-limburg")
    antwerpen = make_zone(code="elz2", name="Antwerpen en rand", slug="antwerpen", is_group=True)
    centrum = make_zone(
        code="elz2-1", name="Antwerpen Centrum", slug="antwerpen-centrum", parent=antwerpen
    )
    zuid = make_zone(code="elz2-3", name="Antwerpen Zuid", slug="antwerpen-zuid", parent=antwerpen)
    make_postcode("9000", make_municipality(gent, name="Gent"), place="Gent")
    make_postcode("3000", make_municipality(leuven, name="Leuven"), place="Leuven")
    make_postcode("3900", make_municipality(noord_limburg, name="Pelt"), place="Overpelt")
    make_postcode("2000", make_municipality(antwerpen, name="Antwerpen"), place="Antwerpen")
    bruzel = make_zone(
        code="elz7", name="Bruzel", slug="bruzel", province="Brussels Hoofdstedelijk Gewest"
    )
    make_postcode("1030", make_municipality(bruzel, name="Schaerbeek"), place="Schaarbeek")
    load_reference_fixtures()
    return {
        "gent": gent,
        "bruzel": bruzel,
        "leuven": leuven,
        "noord_limburg": noord_limburg,
        "antwerpen_centrum": centrum,
        "antwerpen_zuid": zuid,
        "types": {a.slug: a for a in ActorType.objects.all()},
        "mutualities": {m.code: m for m in Mutuality.objects.all()},
    }


def fill_gent(reference: dict, per_type: int = 3):
    """`per_type` reachable fiches of every actor type in Gent (with the CM's own on bound
    steps): a route as long and full as a real zone's, for the print and phone tests."""
    gent, cm = reference["gent"], reference["mutualities"]["cm"]
    for actor_type in reference["types"].values():
        for n in range(per_type):
            make_fiche(
                name=f"{actor_type.name} Gent {n}",
                actor_type=actor_type,
                zones=[gent],
                mutuality=cm if actor_type.bound_to_mutuality else None,
                phone="09 123 45 67",
                street="Voorbeeldstraat 1",
                postcode="9000",
                city="Gent",
            )
    return gent
