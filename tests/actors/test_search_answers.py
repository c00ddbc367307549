"""The search box answers as a visitor needs: who does that, which addresses, which places, and
never a dead end. Run on SQLite and PostgreSQL alike (no test here is skipped on either).

The directory is built like the demo that failed in issue 10: the real actor types, ziekenfondsen
and first list of search words (the fixtures production loads), and arbeidsarts fiches that are
all professional-only, so an anonymous visitor can only be helped through the actor types."""

import re
import unittest
from html import unescape
from io import StringIO

from django.core.management.base import OutputWrapper
from django.db import connection
from django.test import TestCase
from django.urls import reverse

from actors.filters import SiteSearchForm
from actors.models import ActorType, Fiche, MunicipalityAlias, Mutuality, SearchTerm
from actors.reference_data import load_search_terms
from tests.factories import (
    make_contact_person,
    make_fiche,
    make_municipality,
    make_organisation,
    make_postcode,
    make_professional,
    make_zone,
)
from tests.world import CONTACT_MARKER, PRO_FICHE_MARKER, load_reference_fixtures

LIST = reverse("actors:fiche_list")
ROUTE = reverse("pathways:start")
ASKED_IN_ISSUE_10 = [
    "preventiedienst",
    "re-integratie",
    "werkherv",
    "werkhervatting",
    "ziektebriefje",
    "mutualiteit",
]


def home_examples() -> list[str]:
    """The examples the home page's search box gives ("Bijvoorbeeld: TNW-coördinator, VDAB of
    arbeidsarts."), read from the form so a new example is tested too."""
    hint = str(SiteSearchForm.base_fields["q"].help_text)
    listed = hint.split(":", 1)[1].strip().rstrip(".")
    return [word.strip() for word in re.split(r",| of ", listed) if word.strip()]


def load_directory():
    load_reference_fixtures()
    load_search_terms(update=False, stdout=OutputWrapper(StringIO()))
    types = {actor_type.slug: actor_type for actor_type in ActorType.objects.all()}
    gent = make_zone(code="elz13", name="Gent", slug="gent")
    leuven = make_zone(code="elz19", name="Leuven", slug="leuven")
    waasland = make_zone(code="elz31", name="Waasland", slug="waasland")
    make_postcode("9000", make_municipality(gent, name="Gent"), place="Gent")
    make_postcode("3000", make_municipality(leuven, name="Leuven"), place="Leuven")
    beveren = make_municipality(waasland, name="Beveren-Kruibeke-Zwijndrecht")
    MunicipalityAlias.objects.create(name="Kruibeke", municipality=beveren)
    cm = Mutuality.objects.get(code="cm")
    make_fiche(
        name="TNW-coördinator CM Gent",
        actor_type=types["tnw-coordinator"],
        mutuality=cm,
        organisation=make_organisation(name="CM Midden-Vlaanderen"),
        description="Begeleiding bij werkhervatting na ziekte.",
        zones=[gent],
    )
    make_fiche(name="VDAB", actor_type=types["vdab"], serves_all_flanders=True)
    make_fiche(
        name="Ziekenfonds CM Leuven", actor_type=types["ziekenfonds"], mutuality=cm, zones=[leuven]
    )
    # Every arbeidsarts fiche is for professionals, with a named contact person.
    pro = make_fiche(
        name=PRO_FICHE_MARKER,
        actor_type=types["arbeidsarts"],
        visibility=Fiche.Visibility.PROFESSIONAL,
        description="Preventiedienst IDEWE: re-integratie en werkhervatting, ziektebriefje.",
        zones=[gent],
    )
    make_contact_person(pro, name=CONTACT_MARKER)
    return types


def visible_text(html: str) -> str:
    """The page's words as a visitor reads them (no title, tags or input values)."""
    html = re.sub(r"<(title|script|style)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r'value="[^"]*"', "", html)
    html = re.sub(r"</?span[^>]*>", "", html)  # inline: part of the sentence around it
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


class AnonymousAnswersTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.types = load_directory()

    def answers(self, query: str, **params) -> str:
        response = self.client.get(LIST, {"q": query, **params})
        assert response.status_code == 200, query
        return response.content.decode()

    def type_links(self, html: str) -> list[str]:
        """The actor types listed under "Wie helpt je daarmee?", by slug."""
        group = re.search(r'search-group--types".*?</section>', html, flags=re.S)
        if not group:
            return []
        return re.findall(r'href="/hulpverleners/([^/"]+)/', group.group())

    def test_the_home_page_examples_each_give_a_relevant_answer(self):
        examples = home_examples()
        assert len(examples) >= 2, examples
        for example in examples:
            html = self.answers(example)
            found = self.type_links(html) or re.findall(r'class="fiche-card', html)
            assert found, f"no answer for the home page example {example!r}"

    def test_the_arbeidsarts_example_names_the_door_although_every_fiche_is_professional(self):
        html = self.answers("arbeidsarts")
        assert self.type_links(html)[0] == "arbeidsarts"
        assert PRO_FICHE_MARKER not in html

    def test_the_words_people_use_lead_to_the_right_doors(self):
        expected = {
            "preventiedienst": {"arbeidsarts"},
            "re-integratie": {"arbeidsarts", "tnw-coordinator"},
            "werkherv": {"arbeidsarts", "tnw-coordinator"},
            "werkhervatting": {"arbeidsarts", "tnw-coordinator"},
            "ziektebriefje": {"huisarts", "adviserend-arts"},
            "mutualiteit": {"ziekenfonds"},
            "IDEWE": {"arbeidsarts"},
            "Mensura": {"arbeidsarts"},
            "terug naar werk": {"arbeidsarts", "tnw-coordinator"},
            "getuigschrift": {"huisarts", "adviserend-arts"},
        }
        assert set(ASKED_IN_ISSUE_10) <= set(expected)
        for query, slugs in expected.items():
            shown = set(self.type_links(self.answers(query)))
            assert slugs <= shown, (query, shown)

    def test_case_accents_and_hyphens_do_not_matter(self):
        for query in ["PREVENTIEDIENST", "Ré-intégratie", "reintegratie", "Mutualiteiten"]:
            assert self.type_links(self.answers(query)), query
        assert "tnw-coordinator" in self.type_links(self.answers("coordinator"))

    def test_type_links_go_to_the_type_page_and_the_guided_route(self):
        html = self.answers("preventiedienst")
        assert 'href="/hulpverleners/arbeidsarts/"' in html
        assert f'href="{ROUTE}"' in html
        assert "je zocht ‘preventiedienst’" in html
        near = self.answers("preventiedienst", plaats="9000")
        assert 'href="/hulpverleners/arbeidsarts/?plaats=9000"' in near

    def test_addresses_are_still_found_by_their_text(self):
        html = self.answers("begeleiding")
        assert "TNW-coördinator CM Gent" in html
        assert "1 adres gevonden" in html

    def test_places_are_answered_with_their_zone(self):
        html = self.answers("gent")
        places = re.search(r'search-group--places".*?</section>', html, flags=re.S).group()
        assert 'href="/zones/gent/"' in places
        assert "?plaats=Gent" in places
        former = self.answers("kruibeke")
        assert "Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)" in former
        assert 'href="/zones/waasland/"' in former
        assert 'href="/zones/leuven/"' in self.answers("3000")

    def test_a_typo_gets_a_suggestion_that_answers(self):
        for typo, meant in [
            ("werkhervating", "werkhervatting"),
            ("mutualitiet", "mutualiteit"),
            ("preventiedinst", "preventiedienst"),
            ("arbeidsarst", "Arbeidsarts"),
            ("Gnet", "Gent"),
            # One misspelt word among others is corrected, the rest kept.
            ("werkhervating gent", "werkhervatting Gent"),
            # A long municipality name: pg_trgm on PostgreSQL, the edit distance on SQLite.
            ("beveren kruibke zwijndrect", "Beveren-Kruibeke-Zwijndrecht"),
        ]:
            html = self.answers(typo)
            link = re.search(r'Bedoelde je <a href="([^"]+)">([^<]+)</a>', html)
            assert link, typo
            assert link[2] == meant, (typo, link[2])
            followed = self.client.get(unescape(link[1])).content.decode()
            assert self.type_links(followed) or "search-group--places" in followed, typo

    @unittest.skipUnless(connection.vendor == "postgresql", "trigrams come with pg_trgm")
    def test_on_postgresql_trigrams_also_find_words_typed_in_another_order(self):
        html = self.answers("zwijndrecht beveren kruibeke")
        assert "Bedoelde je" in html and "Beveren-Kruibeke-Zwijndrecht</a>?" in html

    def test_a_typo_of_a_search_word_also_offers_its_doors(self):
        html = self.answers("ziektebriefej")
        next_best = re.search(r'class="next-best".*?</div>', html, flags=re.S).group()
        assert "/hulpverleners/huisarts/" in next_best
        assert "/hulpverleners/adviserend-arts/" in next_best

    def test_no_query_ever_gives_a_bare_zero(self):
        queries = [
            *ASKED_IN_ISSUE_10,
            *home_examples(),
            "xqzvw",
            "werkhervating",
            "zz",
            "a",
            "!!!",
            "ziektebriefje huisarts onbestaand",
        ]
        for query in queries:
            for params in [{}, {"plaats": "3000"}, {"soort": "caw"}, {"zone": "waasland"}]:
                html = self.answers(query, **params)
                text = visible_text(html)
                assert not re.search(r"\b0 adres", text), (query, params)
                assert (
                    self.type_links(html)
                    or "fiche-card" in html
                    or ("next-best" in html and f'href="{ROUTE}"' in html)
                ), (query, params)

    def test_nothing_found_offers_a_wider_search_the_types_and_the_route(self):
        html = self.answers("xqzvw", plaats="3000")
        next_best = re.search(r'class="next-best".*?</div>', html, flags=re.S).group()
        assert "We vonden geen adres voor ‘xqzvw’" in visible_text(html)
        assert "Zoek in heel Vlaanderen en Brussel" in next_best
        wider = re.search(r'href="([^"]+)">Zoek in heel Vlaanderen', next_best)[1]
        assert "plaats" not in wider and "q=xqzvw" in wider
        assert 'href="/hulpverleners/"' in next_best
        assert f'href="{ROUTE}"' in next_best
        filtered = self.answers("begeleiding", soort="caw")
        assert "Zoek zonder de andere filters" in filtered

    def test_a_word_an_editor_adds_leads_to_its_doors_until_it_is_switched_off(self):
        term = SearchTerm.objects.create(word="Zorgbrüg")
        term.actor_types.set([self.types["casemanager"]])
        assert self.type_links(self.answers("zorgbrug")) == ["casemanager"]
        term.active = False
        term.save()
        assert self.type_links(self.answers("zorgbrug")) == []


class ProfessionalAnswersTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.types = load_directory()

    def test_a_professional_also_gets_the_professional_fiche_by_its_words(self):
        self.client.force_login(make_professional(make_zone()))
        html = self.client.get(LIST, {"q": "preventiedienst"}).content.decode()
        assert PRO_FICHE_MARKER in html
        assert 'href="/hulpverleners/arbeidsarts/"' in html
