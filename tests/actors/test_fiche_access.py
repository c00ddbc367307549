"""Accessibility of the service: building access, cost class (and the languages a fiche already
had), kept by editors in the admin, shown on the fiche page and usable as directory filters."""

import pytest
from django.db import IntegrityError, transaction
from django.test import TestCase
from django.urls import reverse

from actors.models import Fiche
from tests.actors.test_admin_scoping import ElzAdminCase, admin_url, form_data
from tests.actors.test_directory_pages import result_names
from tests.factories import make_fiche
from tests.world import build_world

LIST = reverse("actors:fiche_list")


class AccessOnThePageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world(standing_users=False)
        w = cls.world
        cls.step_free = make_fiche(
            name="Gelijkvloers onthaal",
            zones=[w.gent],
            physical_access=Fiche.Access.STEP_FREE,
            cost_class=Fiche.CostClass.FREE,
            languages=[w.nl, w.fr],
        )
        cls.by_phone = make_fiche(
            name="Telefonische lijn",
            zones=[w.gent],
            physical_access=Fiche.Access.REMOTE,
            cost_class=Fiche.CostClass.FREE_FOR_MEMBERS,
            cost="Vraag het na bij je ziekenfonds.",
        )
        cls.paid = make_fiche(
            name="Betalende praktijk",
            zones=[w.gent],
            physical_access=Fiche.Access.NOT_STEP_FREE,
            cost_class=Fiche.CostClass.REFUNDED,
        )

    def test_the_fiche_page_shows_access_cost_and_languages(self):
        html = self.client.get(self.step_free.get_absolute_url()).content.decode()
        assert "<dt>Toegankelijkheid</dt><dd>Rolstoeltoegankelijk</dd>" in html
        assert "<dt>Wat kost het?</dt><dd>Gratis</dd>" in html
        assert "<dt>Talen</dt><dd>Frans, Nederlands</dd>" in html

    def test_the_cost_class_comes_before_the_editors_words(self):
        html = self.client.get(self.by_phone.get_absolute_url()).content.decode()
        expected = (
            "<dd>Gratis voor leden van het ziekenfonds. Vraag het na bij je ziekenfonds.</dd>"
        )
        assert expected in html
        assert "Geen bezoek nodig: telefonisch of online" in html

    def test_unknown_access_is_not_shown(self):
        html = self.client.get(self.world.tnw_gent.get_absolute_url()).content.decode()
        assert "Toegankelijkheid" not in html

    def test_the_directory_filters_on_building_access(self):
        response = self.client.get(LIST, {"toegang": "step-free"})
        assert result_names(response) == ["Gelijkvloers onthaal"]
        response = self.client.get(LIST, {"toegang": "remote"})
        assert result_names(response) == ["Telefonische lijn"]

    def test_free_includes_free_for_members(self):
        response = self.client.get(LIST, {"kosten": "gratis", "zone": "gent"})
        assert sorted(result_names(response)) == ["Gelijkvloers onthaal", "Telefonische lijn"]
        response = self.client.get(LIST, {"kosten": "refunded"})
        assert result_names(response) == ["Betalende praktijk"]

    def test_the_filters_sit_under_more_filters_and_open_it_when_used(self):
        html = self.client.get(LIST).content.decode()
        assert 'name="toegang"' in html and 'name="kosten"' in html
        assert '<details class="directory-filters__more">' in html
        html = self.client.get(LIST, {"toegang": "step-free"}).content.decode()
        assert '<details class="directory-filters__more" open>' in html

    def test_a_made_up_value_is_a_clear_dutch_error(self):
        response = self.client.get(LIST, {"toegang": "trap", "kosten": "duur"})
        assert response.status_code == 400
        self.assertContains(response, "Kies een toegankelijkheid uit de lijst.", status_code=400)
        self.assertContains(response, "Kies een soort kosten uit de lijst.", status_code=400)


class AccessConstraintTests(TestCase):
    def test_the_database_refuses_an_unknown_access_or_cost_class(self):
        for field in ("physical_access", "cost_class"):
            with pytest.raises(IntegrityError), transaction.atomic():
                make_fiche(**{field: "onbekend"})


class AccessInTheAdminTests(ElzAdminCase):
    def test_an_editor_sets_access_and_cost_class(self):
        url = admin_url("fiche_change", self.gent_fiche.pk)
        client = self.as_user(self.gent_editor)
        data = form_data(client.get(url), physical_access="partly", cost_class="paid")
        response = client.post(url, data)
        assert response.status_code == 302
        self.gent_fiche.refresh_from_db()
        assert self.gent_fiche.physical_access == Fiche.Access.PARTLY
        assert self.gent_fiche.cost_class == Fiche.CostClass.PAID
