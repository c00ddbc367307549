"""The route page's one presenter: engine state, texts, user and limit in; the page's data out.
The same function serves the route, its print view and the patient's handout."""

from django.contrib.auth.models import AnonymousUser
from django.test import TestCase

from actors.models import Fiche
from actors.places import find_place
from pathways import presenter
from pathways.engine import FLOWS, read_answers, resolve
from pathways.models import FlowText
from tests.factories import make_contact_person, make_fiche, make_professional
from tests.world import make_reference

ANSWERS = "werk=werknemer&sinds=3-12-maanden&doel=eigen&ziekenfonds=cm&plaats=9000"


def finished(flow: str):
    pairs = [tuple(pair.split("=")) for pair in ANSWERS.split("&")]
    return resolve(FLOWS[flow], read_answers((k, [v]) for k, v in pairs), find_place=find_place)


def absolute(path: str) -> str:
    return f"https://wegwijzer.test{path}"


class RoutePageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        ref = make_reference()
        huisarts = ref["types"]["huisarts"]
        cls.public = [
            make_fiche(name=f"Huisarts {n} Gent", actor_type=huisarts, zones=[ref["gent"]])
            for n in range(3)
        ]
        make_contact_person(cls.public[0], name="Zqxpresenter Claes")
        cls.pro_only = make_fiche(
            name="Huisarts Gent alleen pro",
            actor_type=huisarts,
            zones=[ref["gent"]],
            visibility=Fiche.Visibility.PROFESSIONAL,
        )
        cls.professional = make_professional(ref["gent"])

    def page(self, flow="patient", **kwargs):
        kwargs.setdefault("user", AnonymousUser())
        kwargs.setdefault("limit", presenter.FICHES_ON_SCREEN)
        state = finished(flow)
        assert state.complete
        return presenter.route_page(state, FlowText.objects.texts(), absolute=absolute, **kwargs)

    def huisarts_step(self, page):
        return next(card for card in page["steps"] if card.step.actor == "huisarts")

    def test_the_limit_cuts_the_cards_of_a_step_and_counts_the_rest(self):
        step = self.huisarts_step(self.page(limit=1))
        assert len(step.fiches) == 1
        assert step.more == 2

    def test_the_user_decides_through_the_door_which_fiches_and_contacts_come_along(self):
        anonymous = self.huisarts_step(self.page())
        assert self.pro_only not in anonymous.fiches
        assert not any(hasattr(f, "visible_contacts") for f in anonymous.fiches)
        professional = self.huisarts_step(self.page(user=self.professional))
        assert self.pro_only in professional.fiches
        contacts = {p.name for f in professional.fiches for p in f.visible_contacts}
        assert contacts == {"Zqxpresenter Claes"}

    def test_the_route_page_links_to_itself_its_print_view_and_the_answers(self):
        page = self.page(flow="zorgverlener")
        assert page["route_url"] == f"https://wegwijzer.test/route/zorgverlener/?{ANSWERS}"
        assert page["print_url"] == f"/route/zorgverlener/?{ANSWERS}&print=1"
        assert page["handout_url"] == f"/route/zorgverlener/folder/?{ANSWERS}"
        assert [row.question_id for row in page["summary"]] == [
            "werk",
            "sinds",
            "doel",
            "ziekenfonds",
            "plaats",
        ]

    def test_the_handout_leaves_out_the_answers_and_the_things_to_do(self):
        page = self.page(handout=True, limit=presenter.FICHES_ON_PAPER)
        assert page["handout"] is True
        assert page["summary"] == [] and page["actions"] == []
        assert page["route_url"] == f"https://wegwijzer.test/route/patient/?{ANSWERS}"
        assert len(self.huisarts_step(page).fiches) == 1
