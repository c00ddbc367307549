"""Spreadsheet import and export of fiches: preview, Dutch errors per cell, all or nothing,
zone scoping, history per changed fiche, contact persons, and a round trip that changes nothing."""

from django.test import Client

from actors.models import ContactPerson, Fiche
from tests.actors.spreadsheets import (
    CSV_FORMAT,
    IMPORT_URL,
    confirm,
    csv_bytes,
    export,
    read_xlsx,
    upload,
    xlsx_bytes,
)
from tests.actors.test_admin_scoping import ElzAdminCase
from tests.factories import make_fiche, make_professional


class SpreadsheetCase(ElzAdminCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.type_name = cls.gent_fiche.actor_type.name
        cls.org_name = cls.gent_fiche.organisation.name

    def new_row(self, **values):
        row = {
            "nummer": None,
            "naam": "Nieuw onthaal",
            "organisatie": self.org_name,
            "soort": self.type_name,
            "zones": "Gent",
            "postcode": 9000,
            "telefoon": "09 222 33 44",
            "status": "gepubliceerd",
            "zichtbaarheid": "iedereen",
        }
        row.update(values)
        return row


class ImportTests(SpreadsheetCase):
    def test_a_bad_row_shows_a_dutch_error_at_its_cell_and_nothing_is_saved(self):
        client = self.as_user(self.gent_editor)
        rows = [self.new_row(naam="Goede rij"), self.new_row(naam="Slechte rij", postcode="12")]

        preview = upload(client, xlsx_bytes(rows))

        self.assertEqual(preview.status_code, 200)
        self.assertContains(preview, "Rij 3, kolom ‘postcode’:")
        self.assertContains(preview, "er is niets bewaard")
        self.assertNotIn("confirm_form", preview.context)
        self.assertFalse(Fiche.objects.filter(name__in=["Goede rij", "Slechte rij"]).exists())

    def test_unknown_names_and_values_are_explained_per_column(self):
        client = self.as_user(self.gent_editor)
        row = self.new_row(organisatie="Bestaat Niet", status="misschien", zones="Gent, Nergens")

        preview = upload(client, xlsx_bytes([row]))

        self.assertContains(preview, "kolom ‘organisatie’:")
        self.assertContains(preview, "Geen organisatie met de naam ‘Bestaat Niet’")
        self.assertContains(preview, "kolom ‘status’:")
        self.assertContains(preview, "kolom ‘zones’:")
        self.assertNotContains(preview, "Traceback")

    def test_access_and_cost_are_read_by_their_dutch_labels(self):
        client = self.as_user(self.gent_editor)
        good = self.new_row(
            naam="Toegankelijk onthaal",
            toegankelijkheid="rolstoeltoegankelijk",
            **{"soort kost": "gratis"},
        )
        bad = self.new_row(naam="Onbekende toegang", toegankelijkheid="met de lift")

        preview = upload(client, xlsx_bytes([good, bad]))
        self.assertContains(preview, "kolom ‘toegankelijkheid’:")
        self.assertFalse(Fiche.objects.filter(name="Toegankelijk onthaal").exists())

        confirm(client, upload(client, xlsx_bytes([good])))
        fiche = Fiche.objects.get(name="Toegankelijk onthaal")
        self.assertEqual(fiche.physical_access, "step-free")
        self.assertEqual(fiche.cost_class, "free")

    def test_a_valid_file_is_previewed_then_saved_with_the_editor_in_the_history(self):
        client = self.as_user(self.gent_editor)
        rows = [self.new_row(contactpersonen="Ann Peeters | onthaal | 09 111 11 11")]

        preview = upload(client, xlsx_bytes(rows))
        self.assertFalse(Fiche.objects.filter(name="Nieuw onthaal").exists())
        self.assertContains(preview, "Nieuw onthaal")
        response = confirm(client, preview)

        self.assertEqual(response.status_code, 302)
        fiche = Fiche.objects.get(name="Nieuw onthaal")
        self.assertEqual(list(fiche.zones.all()), [self.gent])
        self.assertEqual(fiche.postcode, "9000")
        self.assertEqual(fiche.slug, "nieuw-onthaal")
        self.assertEqual([c.name for c in fiche.contact_persons.all()], ["Ann Peeters"])
        self.assertEqual(fiche.history.count(), 1)
        version = fiche.history.get()
        self.assertEqual(version.history_user, self.gent_editor)
        self.assertIn("spreadsheet", version.history_change_reason)
        self.assertEqual(version.contacts_snapshot[0]["name"], "Ann Peeters")

    def test_a_change_to_an_existing_fiche_is_one_version(self):
        client = self.as_user(self.gent_editor)
        before = self.gent_fiche.history.count()
        rows = read_xlsx(export(client).content)
        for row in rows:
            if row["nummer"] == self.gent_fiche.pk:
                row["openingsuren"] = "ma-vr 9-12 uur"

        confirm(client, upload(client, xlsx_bytes(rows)))

        fiche = Fiche.objects.get(pk=self.gent_fiche.pk)
        self.assertEqual(fiche.opening_hours, "ma-vr 9-12 uur")
        self.assertEqual(fiche.history.count(), before + 1)
        self.assertEqual(fiche.history.latest().history_user, self.gent_editor)

    def test_the_gent_editor_cannot_import_into_leuven(self):
        client = self.as_user(self.gent_editor)

        preview = upload(client, xlsx_bytes([self.new_row(zones="Leuven")]))

        self.assertContains(preview, "Je kunt een fiche alleen in je eigen zones zetten")
        self.assertFalse(Fiche.objects.filter(name="Nieuw onthaal").exists())

    def test_the_gent_editor_cannot_change_a_leuven_fiche_by_its_number(self):
        client = self.as_user(self.gent_editor)
        row = self.new_row(nummer=self.leuven_fiche.pk, naam="Gekaapt")

        preview = upload(client, xlsx_bytes([row]))

        self.assertContains(preview, "kolom ‘nummer’:")
        self.assertEqual(Fiche.objects.get(pk=self.leuven_fiche.pk).name, "Onthaal Leuven")

    def test_a_fiche_for_all_of_flanders_cannot_be_changed_by_an_editor(self):
        client = self.as_user(self.gent_editor)
        rows = read_xlsx(export(client).content)
        for row in rows:
            if row["nummer"] == self.flanders_fiche.pk:
                row["naam"] = "Door Gent gewijzigd"

        preview = upload(client, xlsx_bytes(rows))

        self.assertContains(preview, "Deze fiche beheer je niet")
        self.assertEqual(
            Fiche.objects.get(pk=self.flanders_fiche.pk).name, "Lijn voor heel Vlaanderen"
        )

    def test_the_superuser_imports_into_any_zone(self):
        client = self.as_user(self.superuser)

        confirm(client, upload(client, xlsx_bytes([self.new_row(zones="Leuven")])))

        self.assertEqual(list(Fiche.objects.get(name="Nieuw onthaal").zones.all()), [self.leuven])

    def test_an_outsider_cannot_import_or_export(self):
        client = Client()
        client.force_login(make_professional(self.gent))

        self.assertEqual(client.get(IMPORT_URL).status_code, 302)
        self.assertEqual(export(client).status_code, 302)

    def test_a_csv_file_works_the_same(self):
        client = self.as_user(self.gent_editor)

        preview = upload(client, csv_bytes([self.new_row()]), CSV_FORMAT, "fiches.csv")
        confirm(client, preview)

        self.assertTrue(Fiche.objects.filter(name="Nieuw onthaal").exists())

    def test_a_csv_file_from_dutch_excel_with_semicolons_works(self):
        client = self.as_user(self.gent_editor)
        content = csv_bytes([self.new_row(naam="Puntkomma")]).decode().replace(",", ";")

        confirm(client, upload(client, content.encode(), CSV_FORMAT, "fiches.csv"))

        self.assertTrue(Fiche.objects.filter(name="Puntkomma").exists())

    def test_a_shared_fiche_keeps_the_other_zone_and_stays_online(self):
        shared = make_fiche(zones=[self.gent, self.leuven], name="Gedeeld")
        client = self.as_user(self.gent_editor)
        rows = [r for r in read_xlsx(export(client).content) if r["nummer"] == shared.pk]
        rows[0]["status"] = "gearchiveerd"

        preview = upload(client, xlsx_bytes(rows))

        self.assertContains(preview, "kolom ‘status’:")
        rows[0]["status"] = "gepubliceerd"
        rows[0]["zones"] = "Gent"
        rows[0]["telefoon"] = "09 999 99 99"
        confirm(client, upload(client, xlsx_bytes(rows)))
        shared.refresh_from_db()
        self.assertEqual(set(shared.zones.all()), {self.gent, self.leuven})
        self.assertEqual(shared.phone, "09 999 99 99")


class ExportTests(SpreadsheetCase):
    def test_the_gent_editor_exports_gent_fiches_with_contacts_but_no_leuven_fiche(self):
        rows = read_xlsx(export(self.as_user(self.gent_editor)).content)

        names = {row["naam"] for row in rows}
        self.assertIn("Onthaal Gent", names)
        self.assertNotIn("Onthaal Leuven", names)
        gent = next(row for row in rows if row["naam"] == "Onthaal Gent")
        self.assertIn("Gerda Geheim", gent["contactpersonen"])
        self.assertEqual(gent["zones"], "Gent")
        self.assertEqual(gent["status"], "gepubliceerd")

    def test_the_leuven_editor_never_gets_gent_contacts(self):
        content = export(self.as_user(self.leuven_editor)).content

        self.assertNotIn("Gerda Geheim", str(read_xlsx(content)))

    def test_the_superuser_exports_everything(self):
        rows = read_xlsx(export(self.as_user(self.superuser)).content)

        self.assertEqual(len(rows), 3)

    def test_a_text_that_looks_like_a_formula_is_exported_as_text(self):
        make_fiche(zones=[self.gent], name="Formule", description='=HYPERLINK("x")')

        rows = read_xlsx(export(self.as_user(self.gent_editor)).content)

        row = next(r for r in rows if r["naam"] == "Formule")
        self.assertEqual(row["beschrijving"], '\'=HYPERLINK("x")')

    def test_a_round_trip_changes_nothing(self):
        client = self.as_user(self.gent_editor)
        make_fiche(zones=[self.gent], name="Met accenten: coördinatie", opening_hours="ma\ndi")
        make_fiche(zones=[self.gent], name="Formule", description="=1+1")
        ContactPerson.objects.create(
            fiche=self.gent_fiche, name="Zoë Zeker", role="arts", email="zoe@example.be"
        )
        versions = Fiche.history.count()
        contents = export(client).content

        preview = upload(client, contents)

        self.assertEqual(preview.status_code, 200)
        totals = preview.context["result"].totals
        self.assertEqual(totals["new"], 0)
        self.assertEqual(totals["update"], 0)
        self.assertEqual(totals["invalid"] + totals["error"], 0)
        confirm(client, preview)
        self.assertEqual(Fiche.history.count(), versions)
        self.assertEqual(read_xlsx(export(client).content), read_xlsx(contents))


class BadFileTests(SpreadsheetCase):
    def test_a_file_that_is_no_spreadsheet_gives_a_dutch_error_not_a_500(self):
        client = self.as_user(self.gent_editor)

        preview = upload(client, b"\x00\x01 dit is geen spreadsheet", name="fiches.xlsx")

        self.assertEqual(preview.status_code, 200)
        self.assertNotIn("confirm_form", preview.context)
        self.assertFalse(Fiche.objects.filter(name="Nieuw onthaal").exists())
        text = preview.content.decode()
        self.assertNotIn("Traceback", text)
        self.assertIn("Dit bestand kunnen we niet lezen in het gekozen formaat", text)
        self.assertNotIn("encountered", text)

    def test_a_file_with_only_number_and_opening_hours_changes_just_those(self):
        client = self.as_user(self.gent_editor)
        rows = [{"nummer": self.gent_fiche.pk, "openingsuren": "wo 13-17 uur"}]

        confirm(client, upload(client, xlsx_bytes(rows)))

        fiche = Fiche.objects.get(pk=self.gent_fiche.pk)
        self.assertEqual(fiche.opening_hours, "wo 13-17 uur")
        self.assertEqual(fiche.name, "Onthaal Gent")
        self.assertEqual(list(fiche.zones.all()), [self.gent])
        self.assertEqual(fiche.contact_persons.count(), 1)
