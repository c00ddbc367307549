"""Who sees which fiche in the admin (/beheer/): a Gent editor, a Leuven editor, a superuser.

`ElzAdminCase` holds the three standing users and their fiches; the other test_admin_* modules
build on it.
"""

from django.contrib.auth.models import Group, Permission
from django.test import TestCase
from django.urls import reverse

from actors.models import Fiche, Organisation, ZoneEditor
from actors.roles import EDITOR_GROUP, ensure_role_groups
from tests.factories import (
    make_contact_person,
    make_editor,
    make_fiche,
    make_organisation,
    make_user,
    make_zone,
)


def make_editor_group() -> Group:
    """The group production gets from load_reference_data, with exactly its permissions."""
    return ensure_role_groups()[EDITOR_GROUP]


def admin_url(name: str, *args) -> str:
    return reverse(f"admin:actors_{name}", args=args)


def form_data(response, **changes) -> dict:
    """The POST a person sends when they submit an admin form as shown, plus `changes`."""
    forms = [response.context["adminform"].form]
    for inline in response.context.get("inline_admin_formsets", []):
        forms.append(inline.formset.management_form)
        forms.extend(inline.formset.forms)
    data = {}
    for form in forms:
        for name in form.fields:
            bound = form[name]
            value = bound.value()
            if value is None or value is False:
                continue
            if value is True:
                data[bound.html_name] = "on"
            elif isinstance(value, list | tuple):
                # A browser sends only the boxes it shows.
                shown = {str(choice) for choice, _ in bound.field.choices}
                data[bound.html_name] = [str(item) for item in value if str(item) in shown]
            else:
                data[bound.html_name] = str(value)
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


class ElzAdminCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.gent = make_zone(code="t-gent", slug="t-gent", name="Gent", province="O-Vl")
        cls.leuven = make_zone(code="t-leuven", slug="t-leuven", name="Leuven", province="V-B")
        group = make_editor_group()
        cls.gent_editor = make_editor([cls.gent], username="griet", first_name="Griet")
        cls.leuven_editor = make_editor([cls.leuven], username="lucas", first_name="Lucas")
        for editor in (cls.gent_editor, cls.leuven_editor):
            editor.groups.add(group)
        cls.superuser = make_user("beheerder", is_staff=True, is_superuser=True)

        cls.gent_fiche = make_fiche(zones=[cls.gent], name="Onthaal Gent", phone="09 123 45 67")
        cls.leuven_fiche = make_fiche(
            zones=[cls.leuven], name="Onthaal Leuven", phone="016 12 34 56"
        )
        cls.flanders_fiche = make_fiche(name="Lijn voor heel Vlaanderen", serves_all_flanders=True)
        cls.gent_contact = make_contact_person(cls.gent_fiche, name="Gerda Geheim")
        cls.leuven_contact = make_contact_person(cls.leuven_fiche, name="Ludo Geheim")

    def as_user(self, user):
        self.client.force_login(user)
        return self.client


class ChangelistTests(ElzAdminCase):
    def test_the_gent_editor_lists_gent_fiches_and_those_for_all_of_flanders(self):
        response = self.as_user(self.gent_editor).get(admin_url("fiche_changelist"))

        self.assertEqual(response.status_code, 200)
        listed = set(response.context["cl"].result_list)
        self.assertEqual(listed, {self.gent_fiche, self.flanders_fiche})
        self.assertContains(response, "Onthaal Gent")
        self.assertNotContains(response, "Onthaal Leuven")

    def test_the_leuven_editor_does_not_list_gent_fiches(self):
        response = self.as_user(self.leuven_editor).get(admin_url("fiche_changelist"))

        self.assertEqual(
            set(response.context["cl"].result_list), {self.leuven_fiche, self.flanders_fiche}
        )
        self.assertNotContains(response, "Onthaal Gent")

    def test_the_superuser_lists_every_fiche(self):
        response = self.as_user(self.superuser).get(admin_url("fiche_changelist"))

        self.assertEqual(
            set(response.context["cl"].result_list),
            {self.gent_fiche, self.leuven_fiche, self.flanders_fiche},
        )

    def test_a_fiche_in_two_zones_is_listed_once(self):
        shared = make_fiche(zones=[self.gent, self.leuven], name="Gedeelde fiche")

        response = self.as_user(self.gent_editor).get(admin_url("fiche_changelist"))

        self.assertEqual(list(response.context["cl"].result_list).count(shared), 1)

    def test_the_zone_filter_offers_only_the_editors_zones(self):
        response = self.as_user(self.gent_editor).get(admin_url("fiche_changelist"))

        zone_filter = next(
            f for f in response.context["cl"].filter_specs if f.parameter_name == "zone"
        )
        names = [label for _, label in zone_filter.lookup_choices]
        self.assertIn("Gent", names)
        self.assertNotIn("Leuven", names)

    def test_a_staff_user_without_zones_sees_no_fiche(self):
        outsider = make_user(is_staff=True)
        outsider.groups.add(make_editor_group())

        response = self.as_user(outsider).get(admin_url("fiche_changelist"))

        self.assertEqual(list(response.context["cl"].result_list), [self.flanders_fiche])

    def test_contact_persons_are_listed_only_for_the_editors_fiches(self):
        response = self.as_user(self.gent_editor).get(admin_url("contactperson_changelist"))

        self.assertEqual(list(response.context["cl"].result_list), [self.gent_contact])
        self.assertNotContains(response, "Ludo Geheim")


class DirectUrlTests(ElzAdminCase):
    def test_the_gent_editor_opens_a_gent_fiche(self):
        response = self.as_user(self.gent_editor).get(admin_url("fiche_change", self.gent_fiche.pk))

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Onthaal Gent")
        self.assertContains(response, "Gerda Geheim")  # contact persons inline

    def test_another_zones_fiche_is_not_found_on_every_page(self):
        client = self.as_user(self.gent_editor)
        pk = self.leuven_fiche.pk
        for url in [
            admin_url("fiche_change", pk),
            admin_url("fiche_delete", pk),
            admin_url("fiche_history", pk),
            admin_url("fiche_simple_history", pk, self.leuven_fiche.history.first().pk),
            admin_url("contactperson_change", self.leuven_contact.pk),
            admin_url("contactperson_history", self.leuven_contact.pk),
        ]:
            with self.subTest(url=url):
                response = client.get(url)
                self.assertEqual(response.status_code, 404)
                self.assertNotContains(response, "Leuven", status_code=404)
                self.assertNotContains(response, "Ludo", status_code=404)

    def test_posting_to_another_zones_fiche_changes_nothing(self):
        client = self.as_user(self.gent_editor)
        pk = self.leuven_fiche.pk

        change = client.post(admin_url("fiche_change", pk), {"name": "Gekaapt"})
        delete = client.post(admin_url("fiche_delete", pk), {"post": "yes"})

        self.assertEqual(change.status_code, 404)
        self.assertEqual(delete.status_code, 404)
        self.assertEqual(Fiche.objects.get(pk=pk).name, "Onthaal Leuven")

    def test_the_superuser_opens_any_fiche(self):
        response = self.as_user(self.superuser).get(admin_url("fiche_change", self.leuven_fiche.pk))

        self.assertContains(response, "Onthaal Leuven")

    def test_a_fiche_for_all_of_flanders_is_read_only_for_an_editor(self):
        client = self.as_user(self.gent_editor)
        url = admin_url("fiche_change", self.flanders_fiche.pk)

        page = client.get(url)
        post = client.post(url, {"name": "Gewijzigd door Gent"})

        self.assertEqual(page.status_code, 200)
        self.assertNotContains(page, 'name="name"')  # shown, but no field to type in
        self.assertEqual(post.status_code, 403)
        self.assertEqual(
            Fiche.objects.get(pk=self.flanders_fiche.pk).name, "Lijn voor heel Vlaanderen"
        )
        self.assertEqual(
            client.post(
                admin_url("fiche_delete", self.flanders_fiche.pk), {"post": "yes"}
            ).status_code,
            403,
        )
        self.assertTrue(Fiche.objects.filter(pk=self.flanders_fiche.pk).exists())


class ReferenceDataTests(ElzAdminCase):
    def test_only_a_superuser_manages_zones_geography_and_editor_accounts(self):
        gent_editor = self.as_user(self.gent_editor)
        for name in ["zone", "municipality", "postalcode", "zoneeditor"]:
            with self.subTest(model=name):
                self.assertEqual(gent_editor.get(admin_url(f"{name}_changelist")).status_code, 403)
        self.assertEqual(gent_editor.get(admin_url("zone_change", self.gent.pk)).status_code, 403)

        superuser = self.as_user(self.superuser)
        for name in ["zone", "municipality", "postalcode", "zoneeditor", "actortype"]:
            with self.subTest(model=name):
                self.assertEqual(superuser.get(admin_url(f"{name}_changelist")).status_code, 200)

    def test_a_zone_permission_given_by_mistake_does_not_let_an_editor_widen_their_zones(self):
        self.gent_editor.user_permissions.add(
            *Permission.objects.filter(codename__in=["change_zoneeditor", "change_zone"])
        )
        editor_row = ZoneEditor.objects.get(user=self.gent_editor)

        response = self.as_user(self.gent_editor).post(
            admin_url("zoneeditor_change", editor_row.pk),
            {"user": self.gent_editor.pk, "zones": [self.gent.pk, self.leuven.pk]},
        )

        self.assertEqual(response.status_code, 403)
        self.assertEqual(list(editor_row.zones.all()), [self.gent])

    def test_actor_types_follow_normal_permissions(self):
        client = self.as_user(self.gent_editor)
        self.assertEqual(client.get(admin_url("actortype_changelist")).status_code, 403)

        content_editor = make_user(is_staff=True)
        content_editor.user_permissions.add(
            *Permission.objects.filter(codename__in=["view_actortype", "change_actortype"])
        )
        fiche_type = self.gent_fiche.actor_type
        response = self.as_user(content_editor).get(admin_url("actortype_change", fiche_type.pk))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'name="explanation"')

    def test_editors_view_and_add_organisations_but_do_not_change_them(self):
        client = self.as_user(self.gent_editor)
        organisation = make_organisation(name="VDAB")

        self.assertEqual(client.get(admin_url("organisation_changelist")).status_code, 200)
        created = client.post(
            admin_url("organisation_add"), {"name": "CAW Oost-Vlaanderen", "slug": "caw-ovl"}
        )
        changed = client.post(
            admin_url("organisation_change", organisation.pk), {"name": "X", "slug": "x"}
        )

        self.assertEqual(created.status_code, 302)
        self.assertTrue(Organisation.objects.filter(slug="caw-ovl").exists())
        self.assertEqual(changed.status_code, 403)
        organisation.refresh_from_db()
        self.assertEqual(organisation.name, "VDAB")

    def test_the_admin_speaks_dutch(self):
        response = self.as_user(self.gent_editor).get(admin_url("fiche_changelist"))

        self.assertContains(response, "niet nagekeken in 12 maanden")
        self.assertContains(response, "Markeer als nagekeken (vandaag)")
        self.assertContains(response, "Selecteer")  # Django's own Dutch strings
        self.assertNotContains(response, "Select fiche to change")
