"""What load_demo_data leaves behind: run once for the module, then only read."""

import re
from io import StringIO

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse

from actors.models import (
    ContactPerson,
    Fiche,
    Municipality,
    MunicipalityAlias,
    Mutuality,
    Organisation,
    PostalCode,
    ProfessionalProfile,
    Zone,
    ZoneEditor,
    can_see_professional,
    zones_editable_by,
)
from tests.actors.test_reference_data import clear_reference_data

pytestmark = pytest.mark.django_db

LOGINS = {
    "admin": "demo-admin-2026",
    "redacteur-gent": "demo-gent-2026",
    "huisarts": "demo-huisarts-2026",
}
SEED_ZONES = ["gent", "leuven", "noord-limburg"]


def clear_demo_data() -> None:
    Fiche.objects.all().delete()
    Organisation.objects.all().delete()
    for model in (Fiche, Organisation, ContactPerson):
        model.history.all().delete()
    ProfessionalProfile.objects.all().delete()
    ZoneEditor.objects.all().delete()
    get_user_model().objects.all().delete()
    Group.objects.all().delete()


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_reference_data", stdout=StringIO())
        # --force: pytest-django runs with DEBUG off; `make run` has it on.
        call_command("load_demo_data", "--force", stdout=StringIO())
    yield
    with django_db_blocker.unblock():
        clear_demo_data()
        clear_reference_data()


# What it creates ------------------------------------------------------------------------------


def test_every_demo_row_is_flagged_as_demo_and_unverified():
    assert Fiche.objects.count() >= 20
    assert not Fiche.objects.filter(is_demo=False).exists()
    assert not Organisation.objects.filter(is_demo=False).exists()
    assert not Fiche.objects.filter(verified_on__isnull=False).exists()
    for fiche in Fiche.objects.all():
        assert fiche.description.startswith("Demogegevens")


@pytest.mark.parametrize("slug", SEED_ZONES)
def test_each_seed_zone_has_a_handful_of_public_fiches(slug):
    zone = Zone.objects.get(slug=slug)
    own = Fiche.objects.public().filter(zones=zone)
    assert own.count() >= 4
    assert Fiche.objects.public().in_zone(zone).distinct().count() >= 7


def test_a_few_fiches_serve_all_of_flanders_with_the_vdab_free_number():
    flanders_wide = Fiche.objects.public().filter(serves_all_flanders=True)
    assert flanders_wide.count() >= 2
    assert flanders_wide.filter(actor_type__slug="vdab", phone="0800 30 700").exists()
    leuven = Zone.objects.get(slug="leuven")
    assert Fiche.objects.in_zone(leuven).filter(slug="demo-vdab-infolijn").exists()


def test_professional_only_fiches_reach_professionals_and_not_visitors():
    professional = Fiche.objects.published().filter(visibility=Fiche.Visibility.PROFESSIONAL)
    assert professional.count() >= 3
    huisarts = get_user_model().objects.get(username="huisarts")
    visitor_sees = set(Fiche.objects.visible_to(AnonymousUser()))
    huisarts_sees = set(Fiche.objects.visible_to(huisarts))
    assert visitor_sees.isdisjoint(professional)
    assert set(professional) <= huisarts_sees


def test_some_fiches_are_drafts_nobody_sees_on_the_site():
    drafts = Fiche.objects.filter(status=Fiche.Status.DRAFT)
    assert drafts.count() >= 2
    huisarts = get_user_model().objects.get(username="huisarts")
    assert set(Fiche.objects.visible_to(huisarts)).isdisjoint(drafts)


def test_mutuality_bound_fiches_name_their_ziekenfonds():
    bound = Fiche.objects.filter(actor_type__bound_to_mutuality=True)
    assert bound.exists()
    assert not bound.filter(mutuality__isnull=True).exists()
    assert set(bound.values_list("mutuality__code", flat=True)) <= set(
        Mutuality.objects.values_list("code", flat=True)
    )


def test_contact_persons_are_obviously_fictitious():
    contacts = ContactPerson.objects.all()
    assert contacts.count() >= 3
    for contact in contacts:
        assert contact.name.startswith("Demo Contactpersoon")
        assert "fictief" in contact.role
        assert contact.email.endswith("@example.org")
        assert "Fictief" in contact.note


def test_demo_emails_are_only_example_addresses():
    emails = [e for e in Fiche.objects.values_list("email", flat=True) if e]
    emails += list(get_user_model().objects.values_list("email", flat=True))
    assert emails
    assert all(email.endswith("@example.org") for email in emails)


def test_every_demo_row_passes_the_validation_editors_get():
    for fiche in Fiche.objects.all():
        fiche.full_clean()
    for contact in ContactPerson.objects.all():
        contact.full_clean()


# The demo logins ------------------------------------------------------------------------------


@pytest.mark.parametrize("username", ["admin", "redacteur-gent"])
def test_staff_logins_open_the_admin(client, username):
    response = client.post(
        "/beheer/login/?next=/beheer/",
        {"username": username, "password": LOGINS[username], "next": "/beheer/"},
    )
    assert response.status_code == 302
    assert response.url == "/beheer/"
    assert client.get("/beheer/").status_code == 200


def test_the_huisarts_login_works_and_sees_professional_fiches():
    request = RequestFactory().post("/")
    user = authenticate(request, username="huisarts", password=LOGINS["huisarts"])
    assert user is not None
    assert not user.is_staff
    assert can_see_professional(user)
    profile = user.professional
    assert profile.status == ProfessionalProfile.Status.APPROVED
    assert profile.zone.slug == "gent"


def test_a_wrong_password_does_not_log_in():
    request = RequestFactory().post("/")
    assert authenticate(request, username="huisarts", password="demo-admin-2026") is None


def test_admin_is_a_superuser():
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.is_staff


def test_the_gent_editor_edits_gent_through_the_editors_group():
    editor = get_user_model().objects.get(username="redacteur-gent")
    assert editor.is_staff and not editor.is_superuser
    assert list(zones_editable_by(editor).values_list("slug", flat=True)) == ["gent"]
    assert list(editor.groups.values_list("name", flat=True)) == ["ELZ-redacteurs"]
    for model in ("fiche", "contactperson"):
        for action in ("add", "change", "view", "delete"):
            assert editor.has_perm(f"actors.{action}_{model}")
    for model in ("errorreport", "professionalprofile"):
        assert editor.has_perm(f"actors.change_{model}")
    # Organisations are shared by all zones: an editor adds one but does not rename another's.
    assert editor.has_perm("actors.add_organisation")
    assert not editor.has_perm("actors.change_organisation")
    assert not editor.has_perm("actors.change_zone")
    assert not editor.has_perm("actors.change_actortype")


def test_nothing_demo_touches_the_geography():
    assert Zone.objects.count() == 61
    assert Municipality.objects.count() == 304
    assert MunicipalityAlias.objects.count() == 22
    assert PostalCode.objects.count() == 1176


# What a visitor finds -------------------------------------------------------------------------


def hint_examples(html: str, field: str) -> list[str]:
    """The examples a field's hint on the home page offers: "Bijvoorbeeld: a, b of c."."""
    hint = re.search(
        rf'<p class="field__hint" id="[a-z_-]*{field}-uitleg">([^<]+)</p>', html
    ).group(1)
    sentence = hint.split("Bijvoorbeeld", 1)[1].split(".", 1)[0].strip(" :")
    return [word.strip() for word in re.split(r",| of ", sentence) if word.strip()]


def result_count(client, **params) -> int:
    response = client.get(reverse("actors:fiche_list"), params)
    assert response.status_code == 200, params
    found = re.search(r"(\d+) adres(sen)? gevonden", response.content.decode())
    return int(found.group(1))


def test_every_example_on_the_home_page_gives_a_visitor_results(client):
    html = client.get("/").content.decode()
    words, places = hint_examples(html, "q"), hint_examples(html, "plaats")
    assert len(words) >= 2 and len(places) >= 2
    for word in words:
        assert result_count(client, q=word) >= 1, word
    for place in places:
        assert result_count(client, plaats=place) >= 1, place


@pytest.mark.parametrize("word", ["arbeidsarts", "preventiedienst", "werkherv", "re-integratie"])
def test_the_words_for_the_prevention_service_find_its_public_general_number(client, word):
    assert result_count(client, q=word) >= 1
    public = Fiche.objects.public().filter(actor_type__slug="arbeidsarts")
    assert public.exclude(phone="").exists()
    # Only direct lines and named people stay with professionals.
    assert not ContactPerson.objects.filter(fiche__in=public).exists()


def test_fiche_names_spell_the_ziekenfonds_as_it_spells_itself():
    for fiche in Fiche.objects.filter(mutuality__isnull=False).select_related("mutuality"):
        assert fiche.mutuality.short_name in fiche.name, fiche.name


def test_demo_fiches_show_some_access_and_cost_information():
    published = Fiche.objects.published()
    assert published.exclude(physical_access="").exists()
    assert published.exclude(cost_class="").exists()
    assert published.exclude(opening_hours="").exists()
