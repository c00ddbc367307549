"""load_demo_data: demo fiches for the seed zones and three demo logins."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from actors.models import (
    ActorType,
    ContactPerson,
    Fiche,
    Organisation,
    ProfessionalProfile,
    ZoneEditor,
)
from tests.actors.test_reference_data import clear_reference_data

pytestmark = pytest.mark.django_db

LOGINS = {
    "admin": "demo-admin-2026",
    "redacteur-gent": "demo-gent-2026",
    "huisarts": "demo-huisarts-2026",
}


@pytest.fixture(scope="module", autouse=True)
def reference_data(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_reference_data", stdout=StringIO())
    yield
    with django_db_blocker.unblock():
        clear_reference_data()


@pytest.fixture
def debug(settings):
    """What `make run` has: DEBUG on (pytest-django turns it off by default)."""
    settings.DEBUG = True


def load_demo(*args) -> str:
    out = StringIO()
    call_command("load_demo_data", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(debug) -> str:
    return load_demo()


def demo_counts() -> list[int]:
    return [
        Organisation.objects.count(),
        Fiche.objects.count(),
        Fiche.history.count(),
        ContactPerson.objects.count(),
        get_user_model().objects.count(),
        ProfessionalProfile.objects.count(),
        ZoneEditor.objects.count(),
    ]


# Running it ---------------------------------------------------------------------------------


def test_it_refuses_to_run_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        load_demo()
    assert not Fiche.objects.exists()
    assert not get_user_model().objects.exists()


def test_force_runs_it_even_when_debug_is_off(settings):
    settings.DEBUG = False
    load_demo("--force")
    assert Fiche.objects.filter(is_demo=True).exists()


def test_running_it_twice_duplicates_nothing(demo):
    before = demo_counts()
    printed = load_demo()
    assert demo_counts() == before
    assert "Fiche: 0 created, 0 updated" in printed


def test_it_repairs_a_changed_demo_fiche_on_the_next_run(demo):
    Fiche.objects.filter(slug="demo-vdab-infolijn").update(phone="09 999 99 99")
    load_demo()
    assert Fiche.objects.get(slug="demo-vdab-infolijn").phone == "0800 30 700"


def test_dry_run_saves_nothing(debug):
    printed = load_demo("--dry-run")
    assert "Fiche: " in printed
    assert "rolled back" in printed
    assert not Fiche.objects.exists()
    assert not Organisation.objects.exists()
    assert not get_user_model().objects.exists()


def test_it_asks_for_the_reference_data_first(debug):
    ActorType.objects.filter(slug="vdab").delete()
    with pytest.raises(CommandError, match="load_reference_data"):
        load_demo()


def test_it_prints_the_three_demo_logins(demo):
    for username, password in LOGINS.items():
        assert f"{username} / {password}" in demo


def test_the_demo_keeps_the_content_editors_question_text_permissions(demo):
    # The demo only sets up the zone editors' group; the content group also holds the
    # permissions pathways declares, which load_reference_data gave it.
    content = Group.objects.get(name="Inhoudsredacteurs").permissions
    assert {"change_actortype", "change_flowtext"} <= set(
        content.values_list("codename", flat=True)
    )
