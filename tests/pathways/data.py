"""Reference rows the flow pages need: the real actor types and ziekenfondsen from the
fixtures production loads, and a few zones and postcodes built in code (the full geography
fixture is large and the pages only need these)."""

from django.core.management import call_command

from actors.models import ActorType, Mutuality
from tests.factories import make_municipality, make_postcode, make_zone


def make_reference() -> dict:
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
    call_command("loaddata", "actor_types", "mutualities", verbosity=0)
    types = {a.slug: a for a in ActorType.objects.all()}
    mutualities = {m.code: m for m in Mutuality.objects.all()}
    return {
        "gent": gent,
        "leuven": leuven,
        "noord_limburg": noord_limburg,
        "antwerpen_centrum": centrum,
        "antwerpen_zuid": zuid,
        "types": types,
        "mutualities": mutualities,
    }
