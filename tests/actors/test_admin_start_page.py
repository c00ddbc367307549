"""The admin start page shows an editor what waits in their zones, with working links."""

from django.test import Client
from django.urls import reverse

from actors.models import ErrorReport, Fiche
from tests.actors.test_admin_scoping import ElzAdminCase
from tests.factories import make_fiche, make_professional

START = reverse("admin:index")


def counts(response) -> dict[str, int]:
    return {item["key"]: item["count"] for item in response.context["items"]}


class StartPageTests(ElzAdminCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        make_fiche(zones=[cls.gent], name="Klad Gent", status=Fiche.Status.DRAFT)
        make_fiche(zones=[cls.gent], name="Zonder contact", phone="")
        ErrorReport.objects.create(fiche=cls.gent_fiche, message="Fout in Gent")
        ErrorReport.objects.create(fiche=cls.leuven_fiche, message="Fout in Leuven")

    def test_the_gent_editor_sees_the_counts_of_gent(self):
        response = self.as_user(self.gent_editor).get(START)

        self.assertContains(response, "Wat wacht er in je zones?")
        self.assertEqual(
            counts(response),
            {"reports": 1, "drafts": 1, "stale": 2, "unreachable": 1, "requests": 0},
        )

    def test_every_link_opens_a_list_with_that_many_rows(self):
        client = self.as_user(self.gent_editor)
        for item in client.get(START).context["items"]:
            with self.subTest(item=item["key"]):
                listing = client.get(item["url"])
                self.assertEqual(listing.status_code, 200)
                self.assertEqual(listing.context["cl"].result_count, item["count"])

    def test_the_leuven_editor_sees_leuven_counts(self):
        response = self.as_user(self.leuven_editor).get(START)

        self.assertEqual(counts(response)["reports"], 1)
        self.assertEqual(counts(response)["drafts"], 0)

    def test_the_superuser_sees_everything(self):
        response = self.as_user(self.superuser).get(START)

        self.assertEqual(counts(response)["reports"], 2)

    def test_an_outsider_gets_the_login_page(self):
        client = Client()
        client.force_login(make_professional(self.gent))
        self.assertEqual(client.get(START).status_code, 302)
