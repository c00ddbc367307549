"""Reference rows the flow pages need, built with the real slugs and codes.

Once the reference fixtures are on main this can become call_command("loaddata", ...); until
then the few rows the tests use are made here.
"""

from actors.models import Mutuality
from pathways.engine import ACTOR_NAMES, MUTUALITY_BOUND
from tests.factories import make_actor_type, make_municipality, make_postcode, make_zone


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
    types = {
        slug: make_actor_type(
            slug=slug,
            name=name,
            cost="Gratis." if slug != "huisarts" else "Je betaalt een deel.",
            bound_to_mutuality=slug in MUTUALITY_BOUND,
            order=order,
        )
        for order, (slug, name) in enumerate(ACTOR_NAMES.items())
    }
    mutualities = {
        code: Mutuality.objects.create(code=code, name=name, short_name=name)
        for code, name in [("cm", "CM"), ("solidaris", "Solidaris"), ("helan", "Helan")]
    }
    return {
        "gent": gent,
        "leuven": leuven,
        "noord_limburg": noord_limburg,
        "antwerpen_centrum": centrum,
        "antwerpen_zuid": zuid,
        "types": types,
        "mutualities": mutualities,
    }
