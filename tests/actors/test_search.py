"""Search forgives case, accents and partial words on every database, and typos on PostgreSQL."""

import unittest

from django.db import connection
from django.test import TestCase

from actors.models import Fiche
from actors.search import MAX_QUERY_LENGTH, MAX_TERMS, search
from tests.factories import make_actor_type, make_fiche, make_organisation, make_zone


def names(queryset) -> list[str]:
    return [fiche.name for fiche in queryset]


class SearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tnw = make_actor_type(name="TNW-coördinator", slug="tnw-coordinator")
        cls.gent = make_zone(name="Gent", slug="gent")
        cls.helan = make_organisation(name="Helan Ziekenfonds", slug="helan")
        cls.werk = make_fiche(
            name="Begeleiding werkhervatting",
            description="Samen bekijken we hoe je weer aan de slag gaat.",
        )
        cls.coordinator = make_fiche(
            name="Coördinator terug naar werk",
            actor_type=cls.tnw,
            organisation=cls.helan,
            city="Sint-Niklaas",
            zones=[cls.gent],
        )
        cls.jobcoach = make_fiche(name="Jobcoach Émino", description="Op de werkvloer.")

    def find(self, query: str) -> list[str]:
        return names(search(Fiche.objects.all(), query))

    def test_it_ignores_case(self):
        assert self.find("BEGELEIDING") == ["Begeleiding werkhervatting"]

    def test_it_ignores_accents_in_the_query_and_in_the_text(self):
        assert self.find("coordinator terug") == ["Coördinator terug naar werk"]
        assert self.find("emino") == ["Jobcoach Émino"]
        assert self.find("Émïno") == ["Jobcoach Émino"]

    def test_it_finds_partial_words(self):
        assert self.find("werkherv") == ["Begeleiding werkhervatting"]

    def test_every_word_must_match(self):
        assert self.find("werkhervatting jobcoach") == []

    def test_it_searches_the_description(self):
        assert self.find("de slag") == ["Begeleiding werkhervatting"]

    def test_it_searches_the_organisation_actor_type_city_and_zone(self):
        assert self.find("helan") == ["Coördinator terug naar werk"]
        assert self.find("tnw") == ["Coördinator terug naar werk"]
        assert self.find("sint niklaas") == ["Coördinator terug naar werk"]
        assert self.find("gent") == ["Coördinator terug naar werk"]

    def test_an_exact_name_comes_before_a_mention_elsewhere(self):
        make_fiche(name="Werkvloer", description="Niets bijzonders.")
        make_fiche(name="Werkvloer coaching")
        # "Jobcoach Émino" mentions the word only in its description.
        assert self.find("werkvloer") == ["Werkvloer", "Werkvloer coaching", "Jobcoach Émino"]

    def test_an_empty_query_changes_nothing(self):
        assert len(self.find("  ")) == 3

    def test_it_follows_a_renamed_organisation(self):
        self.helan.name = "Partena Ziekenfonds"
        self.helan.save()
        assert self.find("partena") == ["Coördinator terug naar werk"]
        assert self.find("helan") == []

    def test_it_follows_zones_added_after_the_fiche_was_made(self):
        leuven = make_zone(name="Leuven", slug="leuven-zoek")
        self.werk.zones.add(leuven)
        assert self.find("leuven") == ["Begeleiding werkhervatting"]
        self.werk.zones.remove(leuven)
        assert self.find("leuven") == []

    def test_a_very_long_query_is_cut_not_refused(self):
        assert self.find("werkherv " + "x" * 5000) == []

    def test_only_the_first_200_characters_of_a_query_count(self):
        # A word that matches nothing, typed after the first 200 characters, is ignored.
        padded = "werkherv".ljust(MAX_QUERY_LENGTH)
        assert self.find(padded + "onvindbaar") == ["Begeleiding werkhervatting"]
        assert self.find(padded[:-20] + "onvindbaar") == []

    def test_only_the_first_eight_words_of_a_query_count(self):
        eight = " ".join(["werkherv"] * MAX_TERMS)
        assert MAX_TERMS == 8
        assert self.find(f"{eight} onvindbaar") == ["Begeleiding werkhervatting"]
        assert self.find(f"{' '.join(['werk'] * (MAX_TERMS - 1))} onvindbaar") == []

    @unittest.skipUnless(connection.vendor == "postgresql", "typo tolerance needs pg_trgm")
    def test_it_forgives_typos_on_postgresql(self):
        def forgiving(query):
            return names(search(Fiche.objects.all(), query, forgiving=True))

        assert forgiving("werkhervating") == ["Begeleiding werkhervatting"]
        assert forgiving("begeleidng") == ["Begeleiding werkhervatting"]
        assert forgiving("coordinater") == ["Coördinator terug naar werk"]
        # The directory asks for that when the plain search finds too little.
        page = self.client.get("/zoeken/?q=werkhervating")
        self.assertContains(page, "Begeleiding werkhervatting")

    @unittest.skipUnless(connection.vendor == "postgresql", "pg_trgm indexes exist on PostgreSQL")
    def test_the_trigram_indexes_exist_on_postgresql(self):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'actors_fiche' "
                "AND indexdef LIKE '%%gin_trgm_ops%%'"
            )
            indexes = {row[0] for row in cursor.fetchall()}
        assert indexes == {"fiche_search_text_trgm", "fiche_search_name_trgm"}
