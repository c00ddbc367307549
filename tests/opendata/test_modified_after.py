"""?modified_after= returns exactly the services whose published content changed: an edit of
the fiche, or of a published field of what it shows (organisation, actor type, zone, target
group, ziekenfonds, language), and nothing else."""

from datetime import timedelta

from django.core.cache import cache
from django.test import TestCase, override_settings
from django.utils import timezone

from actors.models import Fiche
from tests.factories import make_contact_person
from tests.opendata.world import build_open_world

API = "/open-data/hsds/v3/services"


@override_settings(OPEN_DATA_RATE="10000/minute")
class ModifiedAfterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_open_world()

    def setUp(self):
        cache.clear()
        # Everything was last changed a week ago; "since" is yesterday.
        Fiche.objects.update(open_data_changed_at=timezone.now() - timedelta(days=7))
        self.since = (timezone.now() - timedelta(days=1)).isoformat()

    def changed(self, since: str | None = None) -> set[str]:
        response = self.client.get(API, {"modified_after": since or self.since, "minimal": "1"})
        assert response.status_code == 200, response.content
        return {item["id"] for item in response.json()["contents"]}

    def ids(self, *fiches) -> set[str]:
        return {str(f.public_id) for f in fiches}

    def test_nothing_changed_means_an_empty_list(self):
        assert self.changed() == set()

    def test_an_edited_fiche_and_only_that_one(self):
        fiche = self.world.vdab_gent
        fiche.description = "Nieuwe tekst"
        fiche.save()
        assert self.changed() == self.ids(fiche)
        listed = self.client.get(API, {"modified_after": self.since, "full": "true"}).json()
        assert listed["contents"][0]["description"] == "Nieuwe tekst"

    def test_a_checked_fiche_changed_its_assured_date(self):
        self.world.idewe.mark_checked(self.world.checker)
        assert self.changed() == self.ids(self.world.idewe)

    def test_renaming_an_organisation_changes_all_its_public_services(self):
        org = self.world.cm_org
        org.name = "CM Oost-Vlaanderen"
        org.save()
        assert self.changed() == self.ids(self.world.tnw_gent, self.world.full)

    def test_renaming_a_zone_changes_the_services_in_it(self):
        zone = self.world.waasland
        zone.name = "Waasland en Schelde"
        zone.save()
        assert self.changed() == self.ids(self.world.full)

    def test_an_actor_type_target_group_mutuality_or_language_edit_reaches_its_services(self):
        w = self.world
        w.arbeidsarts.summary = "Nieuwe uitleg"
        w.arbeidsarts.save()
        assert self.changed() == self.ids(w.idewe, w.antwerp_centre)
        Fiche.objects.update(open_data_changed_at=timezone.now() - timedelta(days=7))
        w.zelfstandige.name = "Zelfstandige of meewerkende partner"
        w.zelfstandige.save()
        assert self.changed() == self.ids(w.tnw_leuven, w.full)
        Fiche.objects.update(open_data_changed_at=timezone.now() - timedelta(days=7))
        w.fr.name = "Français"
        w.fr.save()
        assert self.changed() == self.ids(w.tnw_gent, w.full)

    def test_saving_related_rows_without_a_change_touches_nothing(self):
        # What the reference-data loader does on every deploy.
        for row in [self.world.cm_org, self.world.gent, self.world.tnw, self.world.cm]:
            row.save()
        self.world.nl.save()
        assert self.changed() == set()

    def test_adding_or_removing_a_zone_language_or_target_group(self):
        w = self.world
        w.vdab_gent.zones.add(w.leuven)
        assert self.changed() == self.ids(w.vdab_gent)
        Fiche.objects.update(open_data_changed_at=timezone.now() - timedelta(days=7))
        w.idewe.languages.add(w.fr)
        w.tnw_leuven.zones.remove(w.leuven)
        assert self.changed() == self.ids(w.idewe, w.tnw_leuven)

    def test_deleting_a_target_group_changes_the_services_that_showed_it(self):
        self.world.zelfstandige.delete()
        assert self.changed() == self.ids(self.world.tnw_leuven, self.world.full)

    def test_saving_a_fiche_without_a_change_is_no_change(self):
        self.world.tnw_gent.save()
        self.world.contact.role = "Andere functie"
        self.world.contact.save()
        assert self.changed() == set()

    def test_unpublished_changes_do_not_count(self):
        # A contact person is never published; a hidden fiche is never listed.
        make_contact_person(self.world.tnw_gent, name="Nieuwe collega")
        self.world.pro_fiche.description = "Gewijzigd"
        self.world.pro_fiche.save()
        self.world.draft.save()
        assert self.changed() == set()

    def test_a_fiche_that_becomes_public_is_listed(self):
        draft = self.world.draft
        draft.status = Fiche.Status.PUBLISHED
        draft.save()
        assert self.changed() == self.ids(draft)

    def test_the_moment_is_inclusive_and_dates_and_offsets_work(self):
        fiche = self.world.vdab_gent
        fiche.phone = "09 111 22 33"
        fiche.save()
        fiche.refresh_from_db()
        exact = fiche.open_data_changed_at.isoformat()
        assert self.changed(exact) == self.ids(fiche)
        later = fiche.open_data_changed_at + timedelta(milliseconds=1)
        assert self.changed(later.isoformat()) == set()
        assert self.changed(timezone.localdate().isoformat()) == self.ids(fiche)
        # An unencoded + in the offset arrives as a space.
        brussels = timezone.localtime(fiche.open_data_changed_at - timedelta(seconds=1))
        assert self.changed(brussels.isoformat().replace("+", " ")) == self.ids(fiche)

    def test_a_bad_moment_is_a_clear_json_error(self):
        for bad in ["gisteren", "2026-13-01", "2026-02-30T10:00:00"]:
            response = self.client.get(API, {"modified_after": bad})
            assert response.status_code == 400, bad
            assert "ISO 8601" in response.json()["detail"]
