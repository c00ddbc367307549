"""The open-data test world: the directory world (public fiches plus hidden ones carrying
markers), made realistic for HSDS (a fiche with every field) and with demo rows."""

from datetime import date

from actors.models import Fiche
from tests.factories import make_fiche, make_organisation, make_user
from tests.world import MARKERS, build_world

DEMO_MARKER = "Zqxdemo Voorbeeld"
DEMO_ORG_MARKER = "Zqxdemoorg Voorbeeldorganisatie"
PRO_ORG_MARKER = "Zqxproorg Alleenprof"
OPEN_DATA_MARKERS = [*MARKERS, DEMO_MARKER, "zqxdemo", DEMO_ORG_MARKER, PRO_ORG_MARKER]


def build_open_world():
    w = build_world()
    w.checker = make_user("nakijker", email="nakijker-zqxmail@voorbeeld.be")
    w.full = make_fiche(
        name="Werkhervattingscoach Gent",
        slug="werkhervattingscoach-gent",
        organisation=w.cm_org,
        actor_type=w.tnw,
        mutuality=w.cm,
        description="Begeleidt je stap voor stap terug naar werk.",
        street="Zuidstationstraat 4",
        postcode="9000",
        city="Gent",
        phone="09 233 44 55",
        email="coach@voorbeeld.be",
        website="https://www.voorbeeld.be/coach",
        opening_hours="Ma–vr 9–12 u, op afspraak.",
        cost="Gratis voor leden.",
        referral_needed=True,
        zones=[w.gent, w.waasland],
        languages=[w.nl, w.fr],
        target_groups=[w.werknemer, w.zelfstandige],
    )
    Fiche.objects.filter(pk=w.full.pk).update(verified_on=date(2026, 3, 2), verified_by=w.checker)
    w.full.refresh_from_db()
    w.antwerp_centre = make_fiche(
        name="Arbeidsarts Antwerpen Centrum",
        slug="arbeidsarts-antwerpen-centrum",
        actor_type=w.arbeidsarts,
        street="Meir 1",
        postcode="2000",
        city="Antwerpen",
        zones=[w.antwerpen_centrum],
    )
    # Demo rows: a demo fiche of a real organisation, a real-looking fiche of a demo one.
    w.demo = make_fiche(
        name=DEMO_MARKER, slug="zqxdemo", actor_type=w.vdab, is_demo=True, zones=[w.gent]
    )
    w.demo_org = make_organisation(name=DEMO_ORG_MARKER, slug="zqxdemoorg", is_demo=True)
    w.demo_org_fiche = make_fiche(
        name="Fiche van een demo-organisatie zqxdemo",
        slug="zqxdemo-org-fiche",
        organisation=w.demo_org,
        actor_type=w.vdab,
        zones=[w.gent],
    )
    # An organisation whose only fiche is for professionals: it has nothing to publish.
    w.pro_org = make_organisation(name=PRO_ORG_MARKER, slug="zqxproorg")
    Fiche.objects.filter(pk=w.pro_fiche.pk).update(organisation=w.pro_org)
    w.hidden = [w.pro_fiche, w.draft, w.archived, w.demo, w.demo_org_fiche]
    w.public = [w.tnw_gent, w.tnw_leuven, w.idewe, w.vdab_fiche, w.vdab_gent, w.full]
    w.public.append(w.antwerp_centre)
    return w
