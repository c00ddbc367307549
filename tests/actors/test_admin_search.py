"""Admin search: accents and case do not matter; postcode, phone and contact person find a
fiche; and search never reaches outside the user's zones."""

from django.test import Client

from tests.actors.test_admin_scoping import ElzAdminCase, admin_url
from tests.factories import make_contact_person, make_fiche, make_organisation, make_professional

LIST = admin_url("fiche_changelist")


class AdminSearchTests(ElzAdminCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.coordinator = make_fiche(
            zones=[cls.gent],
            name="TNW-Coördinator CM",
            organisation=make_organisation(name="Christelijke Mutualiteit"),
            postcode="9050",
            phone="09 333 44 55",
        )
        make_contact_person(cls.coordinator, name="Éric Dubois")
        cls.leuven_coordinator = make_fiche(
            zones=[cls.leuven], name="TNW-coördinator Leuven", phone="016 33 44 55"
        )

    def search(self, user, term):
        response = self.as_user(user).get(LIST, {"q": term})
        self.assertEqual(response.status_code, 200)
        return set(response.context["cl"].result_list)

    def test_accents_and_case_do_not_matter(self):
        self.assertEqual(self.search(self.gent_editor, "coordinator"), {self.coordinator})
        self.assertEqual(self.search(self.gent_editor, "COÖRDINATOR cm"), {self.coordinator})

    def test_organisation_postcode_phone_and_contact_person_find_the_fiche(self):
        for term in ["christelijke", "9050", "093334455", "09/333.44.55", "eric dubois"]:
            with self.subTest(term=term):
                self.assertEqual(self.search(self.gent_editor, term), {self.coordinator})

    def test_the_gent_editor_never_finds_leuven_fiches_or_contacts(self):
        self.assertEqual(self.search(self.gent_editor, "016 33 44 55"), set())
        self.assertEqual(self.search(self.gent_editor, "ludo geheim"), set())

    def test_the_leuven_editor_finds_the_leuven_coordinator_only(self):
        self.assertEqual(self.search(self.leuven_editor, "coordinator"), {self.leuven_coordinator})

    def test_the_superuser_finds_both(self):
        found = self.search(self.superuser, "coordinator")
        self.assertEqual(found, {self.coordinator, self.leuven_coordinator})

    def test_an_outsider_cannot_search(self):
        client = Client()
        client.force_login(make_professional(self.gent))
        self.assertEqual(client.get(LIST, {"q": "coordinator"}).status_code, 302)


class AutocompleteTests(ElzAdminCase):
    URL = "/beheer/autocomplete/"

    def lookup(self, user, field, term):
        params = {"app_label": "actors", "model_name": "fiche", "field_name": field, "term": term}
        return self.as_user(user).get(self.URL, params)

    def test_the_gent_editor_finds_an_organisation_by_typing(self):
        make_organisation(name="Christelijke Mutualiteit")

        response = self.lookup(self.gent_editor, "organisation", "christ")

        self.assertEqual(response.status_code, 200)
        names = [row["text"] for row in response.json()["results"]]
        self.assertEqual(names, ["Christelijke Mutualiteit"])

    def test_the_change_form_uses_autocomplete_for_organisation(self):
        page = self.as_user(self.gent_editor).get(admin_url("fiche_change", self.gent_fiche.pk))

        self.assertContains(page, 'data-field-name="organisation"')
        self.assertContains(page, 'type="checkbox" name="zones"')  # an editor's own few zones

    def test_the_superuser_finds_zones_by_typing(self):
        response = self.lookup(self.superuser, "zones", "leu")

        self.assertEqual([row["text"] for row in response.json()["results"]], ["Leuven"])

    def test_an_editor_gets_no_zone_list_by_autocomplete(self):
        self.assertEqual(self.lookup(self.leuven_editor, "zones", "gen").status_code, 403)

    def test_an_outsider_gets_nothing(self):
        client = Client()
        client.force_login(make_professional(self.gent))
        params = {"app_label": "actors", "model_name": "fiche", "field_name": "organisation"}
        self.assertEqual(client.get(self.URL, params).status_code, 302)
