from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from actors.models import Fiche
from tests.factories import make_fiche


class RefreshSearchCommandTests(TestCase):
    def test_it_fills_the_search_text_of_fiches_saved_without_save(self):
        fiche = make_fiche(name="Werkpunt Rabot")
        Fiche.objects.filter(pk=fiche.pk).update(search_name="", search_text="")

        out = StringIO()
        call_command("refresh_search", "--dry-run", stdout=out)
        assert "1 fiche(s) would change" in out.getvalue()
        assert Fiche.objects.get(pk=fiche.pk).search_text == ""

        call_command("refresh_search", stdout=StringIO())
        fiche.refresh_from_db()
        assert fiche.search_name == "werkpunt rabot"
        assert fiche.search_text.startswith("werkpunt rabot")

    def test_fiches_loaded_from_a_fixture_get_their_search_text(self):
        from django.core import serializers

        fiche = make_fiche(name="Loopbaancentrum Émile")
        # A fixture written by hand has no search columns.
        Fiche.objects.filter(pk=fiche.pk).update(search_name="", search_text="")
        data = serializers.serialize("json", Fiche.objects.filter(pk=fiche.pk))
        for loaded in serializers.deserialize("json", data):
            loaded.save()  # what loaddata does: save_base(raw=True), no Fiche.save()
        assert Fiche.objects.get(pk=fiche.pk).search_name == "loopbaancentrum emile"
