"""The directory's search ranks a bounded set: a broad word shows its best matches first and
says there are more than the page ranks; a word in no fiche is answered without reading
fiches; and the directory order comes from the fiche's own copy of its actor type's order."""

from unittest import mock

from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse

from actors import search
from actors.models import Fiche
from actors.search import best_matches
from tests.factories import make_actor_type, make_fiche

DIRECTORY = reverse("actors:fiche_list")


class BroadSearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.jobcoach = make_actor_type(name="Jobcoach", slug="jobcoach", order=10)
        for n in range(8):
            make_fiche(name=f"Dienst {n}", description="Hulp bij werkhervatting na ziekte.")
        # The best match by name sorts last by name: only the ranking puts it first.
        make_fiche(name="Werkhervatting Zuid", actor_type=cls.jobcoach)

    def test_a_broad_search_says_there_are_more_and_keeps_the_best_match_first(self):
        with mock.patch.object(search, "MAX_RESULTS", 3):
            response = self.client.get(DIRECTORY, {"q": "werkhervatting"})
            ids = best_matches(Fiche.objects.public(), "werkhervatting")
        page = response.content.decode()
        assert "Meer dan 3 adressen gevonden." in page
        assert "adressen gevonden." in page and "9 adressen gevonden" not in page
        # At most MAX_RESULTS + 1 matches anywhere, plus every name match, are ranked.
        assert 3 < len(ids) <= 3 + 1 + 1
        assert Fiche.objects.get(pk=ids[0]).name == "Werkhervatting Zuid"
        cards = response.context["page"].object_list
        assert cards[0].name == "Werkhervatting Zuid"

    def test_a_search_within_the_bound_counts_every_match(self):
        response = self.client.get(DIRECTORY, {"q": "werkhervatting"})
        assert "9 adressen gevonden." in response.content.decode()
        assert "Meer dan" not in response.content.decode()
        assert response.context["page"].object_list[0].name == "Werkhervatting Zuid"

    def test_every_page_of_a_search_shows_other_fiches_in_rank_order(self):
        with mock.patch("actors.views.helpers.PAGE_SIZE", 4):
            pages = [
                [f.name for f in self.client.get(DIRECTORY, {"q": "werkhervatting", "pagina": n})
                 .context["page"].object_list]
                for n in (1, 2, 3)
            ]  # fmt: skip
        seen = [name for page in pages for name in page]
        assert seen[0] == "Werkhervatting Zuid"
        assert sorted(seen[1:]) == seen[1:] == [f"Dienst {n}" for n in range(8)]

    def test_a_word_in_no_fiche_finds_nothing_and_a_short_word_is_still_searched(self):
        assert best_matches(Fiche.objects.public(), "werkhervatingx") == []
        make_fiche(name="CAW Oost", description="Onthaal.")
        assert [
            Fiche.objects.get(pk=pk).name for pk in best_matches(Fiche.objects.all(), "caw")
        ] == ["CAW Oost"]


class DirectoryOrderTests(TestCase):
    def test_the_directory_follows_a_changed_actor_type_order(self):
        first = make_actor_type(name="Huisarts", slug="huisarts", order=10)
        second = make_actor_type(name="VDAB", slug="vdab", order=20)
        make_fiche(name="Zeker eerst", actor_type=first)
        make_fiche(name="Altijd later", actor_type=second)

        def listed():
            return [f.name for f in self.client.get(DIRECTORY).context["page"].object_list]

        assert listed() == ["Zeker eerst", "Altijd later"]
        second.order = 5
        second.save()
        assert listed() == ["Altijd later", "Zeker eerst"]

    def test_a_fiche_that_moves_to_another_actor_type_takes_its_order(self):
        first = make_actor_type(name="Huisarts", slug="huisarts", order=10)
        second = make_actor_type(name="VDAB", slug="vdab", order=20)
        fiche = make_fiche(name="Verhuist", actor_type=first)
        fiche.actor_type = second
        fiche.save()
        fiche.refresh_from_db()
        assert fiche.type_order == 20

    def test_refresh_search_repairs_the_order_after_a_bulk_change(self):
        kind = make_actor_type(name="Huisarts", slug="huisarts", order=10)
        fiche = make_fiche(name="Bulk", actor_type=kind)
        Fiche.objects.filter(pk=fiche.pk).update(type_order=99)  # as a raw import might
        call_command("refresh_search", stdout=mock.MagicMock())
        fiche.refresh_from_db()
        assert fiche.type_order == 10


class UnsearchableQueryTests(TestCase):
    def test_a_query_of_only_punctuation_lists_everything_without_claiming_a_ranking(self):
        for n in range(3):
            make_fiche(name=f"Dienst {n}")
        with mock.patch.object(search, "MAX_RESULTS", 1):
            response = self.client.get(DIRECTORY, {"q": "?!"})
        assert response.status_code == 200
        assert "3 adressen gevonden." in response.content.decode()
        assert "Meer dan" not in response.content.decode()
