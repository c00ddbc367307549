"""The search words content editors keep: the first list the loader seeds, their edits that
survive a re-run, the admin they use (with history, no deletion) and the matching rules."""

import json
import tempfile
from io import StringIO
from pathlib import Path
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core.management.base import CommandError, OutputWrapper
from django.test import SimpleTestCase, TestCase
from django.urls import reverse

from actors import reference_data
from actors.models import ActorType, SearchTerm
from actors.roles import CONTENT_GROUP, EDITOR_GROUP, ensure_role_groups
from actors.synonyms import hits
from actors.text import closest, edit_distance
from tests.factories import make_user
from tests.world import load_reference_fixtures


def load(update: bool = False) -> str:
    out = StringIO()
    reference_data.load_search_terms(update, OutputWrapper(out))
    return out.getvalue()


def types_of(word: str) -> set[str]:
    term = SearchTerm.objects.get(word=word)
    return set(term.actor_types.values_list("slug", flat=True))


def as_a_person(term: SearchTerm) -> SearchTerm:
    """What the admin does: the change is recorded with the editor as its author."""
    term._history_user = make_user()
    return term


class SeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_reference_fixtures()
        load()

    def test_the_first_list_maps_the_words_of_issue_10(self):
        assert types_of("preventiedienst") == {"arbeidsarts"}
        for service in ["IDPBW", "EDPBW", "IDEWE", "Mensura", "Liantis", "Cohezio", "Securex"]:
            assert types_of(service) == {"arbeidsarts"}, service
        assert types_of("Attentia") == types_of("Empreva") == {"arbeidsarts"}
        for word in ["re-integratie", "werkhervatting", "terug naar werk"]:
            assert {"arbeidsarts", "tnw-coordinator"} <= types_of(word), word
        for word in ["ziektebriefje", "getuigschrift"]:
            assert types_of(word) == {"huisarts", "adviserend-arts"}, word
        assert types_of("mutualiteit") == {"ziekenfonds"}

    def test_every_word_of_the_file_is_loaded_once_with_its_folded_key(self):
        path = reference_data.FIXTURE_DIR / reference_data.SEARCH_TERMS
        words = [row["word"] for row in json.loads(path.read_text(encoding="utf-8"))]
        assert SearchTerm.objects.count() == len(words) > 50
        assert SearchTerm.objects.get(word="re-integratie").key == "re integratie"

    def test_running_it_again_changes_nothing(self):
        history = SearchTerm.history.count()
        printed = load()
        assert f"0 created, 0 updated, {SearchTerm.objects.count()} kept" in printed
        assert SearchTerm.history.count() == history

    def test_words_nobody_edited_follow_the_first_list(self):
        term = SearchTerm.objects.get(word="mutualiteit")
        term.actor_types.set([ActorType.objects.get(slug="huisarts")])
        assert "1 updated" in load()
        assert types_of("mutualiteit") == {"ziekenfonds"}

    def test_what_an_editor_changed_switched_off_or_deleted_survives_a_rerun(self):
        changed = as_a_person(SearchTerm.objects.get(word="ziektebriefje"))
        changed.save()
        changed.actor_types.set([ActorType.objects.get(slug="huisarts")])
        off = as_a_person(SearchTerm.objects.get(word="vacatures"))
        off.active = False
        off.save()
        as_a_person(SearchTerm.objects.get(word="Partena")).delete()
        load()
        assert types_of("ziektebriefje") == {"huisarts"}
        assert not SearchTerm.objects.get(word="vacatures").active
        assert not SearchTerm.objects.filter(word="Partena").exists()
        # --update-content puts the first list back, on purpose.
        load(update=True)
        assert types_of("ziektebriefje") == {"huisarts", "adviserend-arts"}
        assert SearchTerm.objects.get(word="vacatures").active
        assert SearchTerm.objects.filter(word="Partena").exists()


class BadFileTests(TestCase):
    def test_an_unknown_actor_type_in_the_file_stops_the_loader_with_its_name(self):
        load_reference_fixtures()
        bad = [{"word": "stempel", "actor_types": ["bestaat-niet"]}]
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / reference_data.SEARCH_TERMS
            with mock.patch.object(reference_data, "FIXTURE_DIR", Path(folder)):
                path.write_text(json.dumps(bad), encoding="utf-8")
                with pytest.raises(CommandError, match="bestaat-niet"):
                    load()
                path.write_text("{kapot", encoding="utf-8")
                with pytest.raises(CommandError, match="Cannot read"):
                    load()
        assert not SearchTerm.objects.exists()


class AdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_reference_fixtures()
        groups = ensure_role_groups()
        cls.content_editor = make_user(is_staff=True)
        cls.content_editor.groups.add(groups[CONTENT_GROUP])
        cls.elz_editor = make_user(is_staff=True)
        cls.elz_editor.groups.add(groups[EDITOR_GROUP])
        cls.arbeidsarts = ActorType.objects.get(slug="arbeidsarts")

    def add(self, word: str):
        return self.client.post(
            reverse("admin:actors_searchterm_add"),
            {"word": word, "actor_types": [self.arbeidsarts.pk], "active": "on"},
        )

    def test_a_content_editor_adds_a_word_and_the_history_names_them(self):
        self.client.force_login(self.content_editor)
        response = self.add("Provikmo")
        assert response.status_code == 302
        term = SearchTerm.objects.get(word="Provikmo")
        assert term.key == "provikmo"
        assert list(term.actor_types.all()) == [self.arbeidsarts]
        assert term.history.get().history_user == self.content_editor
        history = reverse("admin:actors_searchterm_history", args=[term.pk])
        assert self.client.get(history).status_code == 200

    def test_the_same_word_in_other_letters_gets_a_dutch_error_not_an_error_page(self):
        self.client.force_login(self.content_editor)
        self.add("IDPBW")
        response = self.add("idpbw")
        assert response.status_code == 200
        self.assertContains(response, "staat al in de lijst")
        response = self.add("---")
        self.assertContains(response, "Typ een woord met letters of cijfers.")
        assert SearchTerm.objects.count() == 1

    def test_content_editors_switch_words_off_instead_of_deleting_them(self):
        term = SearchTerm.objects.create(word="Provikmo")
        self.client.force_login(self.content_editor)
        delete = reverse("admin:actors_searchterm_delete", args=[term.pk])
        assert self.client.post(delete, {"post": "yes"}).status_code == 403
        assert SearchTerm.objects.filter(pk=term.pk).exists()

    def test_elz_editors_do_not_keep_the_search_words(self):
        self.client.force_login(self.elz_editor)
        assert self.client.get(reverse("admin:actors_searchterm_changelist")).status_code == 403
        assert self.add("Provikmo").status_code == 403

    def test_the_groups_carry_exactly_these_permissions(self):
        content = set(
            Group.objects.get(name=CONTENT_GROUP).permissions.values_list("codename", flat=True)
        )
        assert {"add_searchterm", "change_searchterm", "view_searchterm"} <= content
        assert "delete_searchterm" not in content


class MatchingRulesTests(SimpleTestCase):
    def test_a_word_is_met_from_its_start_or_whole_inside_the_query(self):
        assert hits("werkherv", "werkhervatting")
        assert hits("naar werk", "terug naar werk")
        assert hits("mutualiteiten", "mutualiteit")
        assert hits("mijn ziektebriefje", "ziektebriefje")
        assert not hits("erkhervatting", "werkhervatting")
        assert not hits("we", "werkhervatting")  # too short to start a word
        assert not hits("mutu", "immutualiteit")

    def test_the_edit_distance_counts_a_swap_as_one_typo(self):
        assert edit_distance("gnet", "gent", 2) == 1
        assert edit_distance("werkhervating", "werkhervatting", 3) == 1
        assert edit_distance("abcdef", "uvwxyz", 2) == 3  # stops past the limit

    def test_the_closest_known_word_or_none(self):
        words = {"gent": "Gent", "genk": "Genk", "werkhervatting": "werkhervatting"}
        assert closest("gnet", words) == "Gent"
        assert closest("werkhervattnig", words) == "werkhervatting"
        assert closest("gent", words) is None  # nothing to correct
        assert closest("xyz", words) is None  # too short to guess
        assert closest("kwaliteit", words) is None
