"""The order of the addresses on a route step decides what reaches paper: the print view and
the handout show only the first address of each step. The visitor's own ziekenfonds comes
before a fiche bound to no ziekenfonds, and local fiches before those for all of Flanders."""

from django.test import TestCase

from tests.factories import make_fiche
from tests.world import build_world

GENT_WERKNEMER = "werk=werknemer&sinds=3-12-maanden&doel=eigen&ziekenfonds=cm&plaats=9000"
ROUTE = f"/route/patient/?{GENT_WERKNEMER}"
PRINT = f"{ROUTE}&print=1"
HANDOUT = "/route/zorgverlener/folder/?werk=werknemer&sinds=1-3-maanden&doel=eigen&ziekenfonds=cm&plaats=9000"


class RouteStepOrderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        w = cls.world = build_world()
        # Named to come first alphabetically, so only the route's own ordering keeps them back.
        cls.unbound = make_fiche(
            name="Aaa TNW-punt Gent voor iedereen", actor_type=w.tnw, zones=[w.gent]
        )
        cls.flanders = make_fiche(
            name="Aaa Arbeidsartsenlijn Vlaanderen",
            actor_type=w.arbeidsarts,
            serves_all_flanders=True,
        )
        cls.local = make_fiche(name="Arbeidsarts Gent", actor_type=w.arbeidsarts, zones=[w.gent])

    def test_on_screen_the_own_ziekenfonds_comes_before_a_fiche_bound_to_none(self):
        html = self.client.get(ROUTE).content.decode()
        own = self.world.tnw_gent.name
        assert own in html and self.unbound.name in html
        assert html.index(own) < html.index(self.unbound.name)

    def test_on_paper_the_own_ziekenfonds_is_the_address_shown(self):
        for url in (PRINT, HANDOUT):
            response = self.client.get(url)
            self.assertContains(response, self.world.tnw_gent.name, msg_prefix=url)
            self.assertNotContains(response, self.unbound.name, msg_prefix=url)

    def test_on_screen_local_fiches_come_before_those_for_all_of_flanders(self):
        html = self.client.get(ROUTE).content.decode()
        assert self.local.name in html and self.flanders.name in html
        assert html.index(self.local.name) < html.index(self.flanders.name)

    def test_on_paper_the_local_fiche_is_the_address_shown(self):
        for url in (PRINT, HANDOUT):
            response = self.client.get(url)
            self.assertContains(response, self.local.name, msg_prefix=url)
            self.assertNotContains(response, self.flanders.name, msg_prefix=url)
